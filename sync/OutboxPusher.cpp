#include "sync/OutboxPusher.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include "db/MovementOutbox.h"
#include "db/Transaction.h"

namespace wf::sync {

OutboxPusher::OutboxPusher(QSqlDatabase cache, QSqlDatabase master)
    : m_cache(std::move(cache))
    , m_master(std::move(master))
{}

namespace {

/// libpq's connection under a QPSQL connection; null when it is not open.
PGconn* postgresHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    const char* type = handle.isValid() ? handle.typeName() : "";
    if (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0) // the struct's name, or its typedef
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

Result<void> pushFailure(const QString& text)
{
    return fail(Error::Code::QueryFailed, text.trimmed(), QStringLiteral("push movements"));
}

constexpr const char* kPushMovements = "SELECT master.push_movements(CAST($1 AS jsonb))";
constexpr const char* kPushFloorEvents = "SELECT master.push_floor_events(CAST($1 AS jsonb))";

bool isEmpty(const db::OutboxBatch& batch)
{
    return batch.movements.isEmpty();
}

bool isEmpty(const db::FloorEventBatch& batch)
{
    return batch.events.isEmpty();
}

/// The master's answers by UUID (lower case): status and reason.
QHash<QString, std::pair<QString, QString>> answersByUuid(const QByteArray& answer)
{
    QHash<QString, std::pair<QString, QString>> answers;
    for (const auto& value : QJsonDocument::fromJson(answer).array()) {
        const QJsonObject r = value.toObject();
        answers.insert(r.value(QStringLiteral("uuid")).toString().toLower(),
                       {r.value(QStringLiteral("status")).toString(), r.value(QStringLiteral("reason")).toString()});
    }
    return answers;
}

} // namespace

Result<db::OutboxBatch> OutboxPusher::nextBatch(db::MovementOutbox& outbox, int batchSize)
{
    auto batch = outbox.nextBatch(batchSize, m_last ? &*m_last : nullptr);
    if (batch && !batch->movements.isEmpty())
        m_last = batch->movements.last();
    return batch;
}

Result<void> OutboxPusher::send(const char* call, const QByteArray& json)
{
    PGconn* master = postgresHandle(m_master);
    if (!master)
        return pushFailure(QStringLiteral("the master connection is not open"));
    const char* values[] = {json.constData()}; // text format: NUL-terminated, as QByteArray keeps it
    if (PQsendQueryParams(master, call, 1, nullptr, values, nullptr, nullptr, 0) == 0)
        return pushFailure(QString::fromUtf8(PQerrorMessage(master)));
    return {};
}

Result<QByteArray> OutboxPusher::receive()
{
    PGconn* master = postgresHandle(m_master);
    if (!master)
        return std::unexpected(pushFailure(QStringLiteral("the master connection is not open")).error());
    QByteArray answer;
    QString error;
    while (PGresult* result = PQgetResult(master)) { // every result of the query, to leave the link idle
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
            answer = QByteArray(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0));
        else if (error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (answer.isNull())
        return std::unexpected(
            pushFailure(error.isEmpty() ? QString::fromUtf8(PQerrorMessage(master)) : error).error());
    return answer;
}

Result<OutboxPusher::Outcome>
OutboxPusher::acknowledge(db::MovementOutbox& outbox, const db::OutboxBatch& batch, const QByteArray& answer)
{
    // Refusals first, one by one; then what the master took, as one range per station when it
    // answered for every movement of the batch (the range skips rows already marked).
    const auto answers = answersByUuid(answer);
    const QList<db::OutboxKey>& pending = batch.movements;
    Outcome outcome;
    db::Transaction tx(m_cache);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    const bool answeredAll = std::ranges::all_of(pending, [&](const db::OutboxKey& m) {
        return answers.contains(m.uuid.toLower());
    });
    QHash<QString, std::pair<qint64, qint64>> takenRange; // station → first and last sequence taken
    for (const auto& m : pending) {
        const auto [status, reason] = answers.value(m.uuid.toLower());
        if (status.isEmpty())
            continue; // not answered: stays pending for the next round
        if (status == QLatin1String("rejected")) {
            if (auto marked = outbox.markRejected(m, reason); !marked)
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

Result<void> OutboxPusher::acknowledgeEvents(db::FloorEventOutbox& outbox,
                                             const db::FloorEventBatch& batch,
                                             const QByteArray& answer,
                                             Outcome& outcome)
{
    const auto answers = answersByUuid(answer);
    db::Transaction tx(m_cache);
    if (auto ok = tx.begun(); !ok)
        return ok;
    // Refusals one by one; what the master took as one range when it answered every event.
    const bool answeredAll = std::ranges::all_of(batch.events, [&](const db::FloorEventKey& e) {
        return answers.contains(e.uuid.toLower());
    });
    for (const auto& event : batch.events) {
        const auto [status, reason] = answers.value(event.uuid.toLower());
        if (status.isEmpty())
            continue; // not answered: stays pending for the next round
        const bool refused = status == QLatin1String("rejected");
        ++(refused ? outcome.eventsRejected : outcome.events);
        if (!refused && answeredAll)
            continue;
        auto marked = refused ? outbox.markRejected(event, reason) : outbox.markAcked(event);
        if (!marked)
            return marked;
    }
    if (answeredAll && !batch.events.isEmpty()) {
        if (auto marked = outbox.markAckedRange(batch.events.first().id, batch.events.last().id); !marked)
            return marked;
    }
    return tx.commit();
}

Result<OutboxPusher::Outcome> OutboxPusher::pushBatch(int batchSize)
{
    db::MovementOutbox outbox(m_cache);
    auto batch = nextBatch(outbox, batchSize);
    if (!batch)
        return std::unexpected(batch.error());
    if (batch->movements.isEmpty())
        return Outcome{};
    if (auto sent = send(kPushMovements, batch->json); !sent)
        return std::unexpected(sent.error());
    auto answer = receive();
    if (!answer)
        return std::unexpected(answer.error());
    return acknowledge(outbox, *batch, *answer);
}

template <typename Batch, typename Next, typename Acknowledge>
Result<void> OutboxPusher::pipeline(const char* call, Next next, Acknowledge acknowledge)
{
    Result<Batch> batch = next();
    if (!batch)
        return std::unexpected(batch.error());
    if (isEmpty(*batch))
        return {};
    if (auto sent = send(call, batch->json); !sent)
        return sent;
    for (;;) {
        Result<Batch> following = next(); // read while the master applies `batch`
        auto answer = receive();
        if (!answer || !following)
            return std::unexpected(!answer ? answer.error() : following.error());
        const bool more = !isEmpty(*following);
        if (more) {
            if (auto sent = send(call, following->json); !sent)
                return sent;
        }
        if (auto recorded = acknowledge(*batch, *answer); !recorded) { // while the master applies `following`
            if (more)
                (void)receive(); // leave the link idle; that batch stays pending and counts once when re-sent
            return recorded;
        }
        if (!more)
            return {};
        batch = std::move(following);
    }
}

Result<OutboxPusher::Outcome> OutboxPusher::pushAll(int batchSize)
{
    Outcome total;
    db::MovementOutbox outbox(m_cache);
    m_last.reset(); // a round starts at the oldest pending movement
    auto movements = pipeline<db::OutboxBatch>(
        kPushMovements,
        [&] {
            return nextBatch(outbox, batchSize);
        },
        [&](const db::OutboxBatch& batch, const QByteArray& answer) -> Result<void> {
            auto outcome = acknowledge(outbox, batch, answer);
            if (!outcome)
                return std::unexpected(outcome.error());
            total.applied += outcome->applied;
            total.duplicate += outcome->duplicate;
            total.rejected += outcome->rejected;
            return {};
        });
    if (!movements)
        return std::unexpected(movements.error());
    db::FloorEventOutbox events(m_cache);
    if (auto gathered = events.gather(); !gathered)
        return std::unexpected(gathered.error());
    qint64 lastEvent = 0;
    auto pushed = pipeline<db::FloorEventBatch>(
        kPushFloorEvents,
        [&]() -> Result<db::FloorEventBatch> {
            auto batch = events.nextBatch(batchSize, lastEvent);
            if (batch && !batch->events.isEmpty())
                lastEvent = batch->events.last().id;
            return batch;
        },
        [&](const db::FloorEventBatch& batch, const QByteArray& answer) {
            return acknowledgeEvents(events, batch, answer, total);
        });
    if (!pushed)
        return std::unexpected(pushed.error());
    if (auto reported = reportContact(outbox, events); !reported)
        return std::unexpected(reported.error());
    return total;
}

Result<void> OutboxPusher::reportContact(db::MovementOutbox& movements, db::FloorEventOutbox& events)
{
    auto queued = movements.pendingCount();
    auto pending = events.pendingCount();
    if (!queued || !pending)
        return std::unexpected(!queued ? queued.error() : pending.error());
    QSqlQuery q(m_master);
    q.prepare(QStringLiteral("SELECT master.station_heartbeat(?, ?)"));
    q.addBindValue(*queued);
    q.addBindValue(*pending);
    if (!q.exec())
        return pushFailure(q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                  : q.lastError().databaseText());
    return {};
}

} // namespace wf::sync
