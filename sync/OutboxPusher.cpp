#include "sync/OutboxPusher.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "db/MovementOutbox.h"
#include "db/Transaction.h"

namespace wf::sync {

OutboxPusher::OutboxPusher(QSqlDatabase cache, QSqlDatabase master)
    : m_cache(std::move(cache))
    , m_master(std::move(master))
{}

Result<OutboxPusher::Outcome> OutboxPusher::pushBatch(int batchSize)
{
    db::MovementOutbox outbox(m_cache);
    auto batch = outbox.nextBatch(batchSize, m_last ? &*m_last : nullptr);
    if (!batch)
        return std::unexpected(batch.error());
    Outcome outcome;
    const QList<db::OutboxKey>& pending = batch->movements;
    if (pending.isEmpty())
        return outcome;
    m_last = pending.last();
    QSqlQuery push(m_master);
    push.prepare(QStringLiteral("SELECT master.push_movements(CAST(? AS jsonb))"));
    push.addBindValue(QString::fromUtf8(batch->json));
    if (!push.exec() || !push.next())
        return fail(Error::Code::QueryFailed, push.lastError().text(), QStringLiteral("push movements"));
    const QJsonArray results = QJsonDocument::fromJson(push.value(0).toString().toUtf8()).array();
    // Refusals first, one by one; then what the master took, as one range per station when it
    // answered for every movement of the batch (the range skips rows already marked).
    QHash<QString, QString> statusOf;
    QHash<QString, QString> reasonOf;
    for (const auto& value : results) {
        const QJsonObject r = value.toObject();
        const QString uuid = r.value(QStringLiteral("uuid")).toString().toLower();
        statusOf.insert(uuid, r.value(QStringLiteral("status")).toString());
        reasonOf.insert(uuid, r.value(QStringLiteral("reason")).toString());
    }
    db::Transaction tx(m_cache);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    const bool answeredAll = std::ranges::all_of(pending, [&](const db::OutboxKey& m) {
        return statusOf.contains(m.uuid.toLower());
    });
    QHash<QString, std::pair<qint64, qint64>> takenRange; // station → first and last sequence taken
    for (const auto& m : pending) {
        const QString status = statusOf.value(m.uuid.toLower());
        if (status.isEmpty())
            continue; // not answered: stays pending for the next round
        if (status == QLatin1String("rejected")) {
            if (auto marked = outbox.markRejected(m, reasonOf.value(m.uuid.toLower())); !marked)
                return std::unexpected(marked.error());
            ++outcome.rejected;
            continue;
        }
        ++(status == QLatin1String("duplicate") ? outcome.duplicate : outcome.applied);
        if (!answeredAll) {
            if (auto marked = outbox.markAcked(m); !marked)
                return std::unexpected(marked.error());
            continue;
        }
        const auto range = takenRange.find(m.stationId);
        if (range == takenRange.end())
            takenRange.insert(m.stationId, {m.stationSeq, m.stationSeq});
        else
            *range = {std::min(range->first, m.stationSeq), std::max(range->second, m.stationSeq)};
    }
    if (answeredAll) {
        for (auto it = takenRange.cbegin(); it != takenRange.cend(); ++it)
            if (auto marked = outbox.markAckedRange(it.key(), it->first, it->second); !marked)
                return std::unexpected(marked.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return outcome;
}

Result<OutboxPusher::Outcome> OutboxPusher::pushAll(int batchSize)
{
    Outcome total;
    m_last.reset(); // a round starts at the oldest pending movement
    for (;;) {
        auto batch = pushBatch(batchSize);
        if (!batch)
            return batch;
        if (batch->total() == 0)
            return total;
        total.applied += batch->applied;
        total.duplicate += batch->duplicate;
        total.rejected += batch->rejected;
    }
}

} // namespace wf::sync
