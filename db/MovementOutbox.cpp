#include "db/MovementOutbox.h"

#include <QDateTime>
#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

MovementOutbox::MovementOutbox(QSqlDatabase db)
    : m_db(std::move(db))
    , m_ack(m_db)
    , m_reject(m_db)
{}

Result<qint64> MovementOutbox::pendingCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM movement WHERE state IN ('pending', 'sent')")) || !q.next())
        return queryFailure(q, QStringLiteral("count pending movements"));
    return q.value(0).toLongLong();
}

Result<qint64> MovementOutbox::oldestPendingMs()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(min(created_at), 0) FROM movement WHERE state IN ('pending', 'sent')"))
        || !q.next())
        return queryFailure(q, QStringLiteral("oldest pending movement"));
    return q.value(0).toLongLong();
}

Result<OutboxBatch> MovementOutbox::nextBatch(int limit, const OutboxKey* after)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT uuid, station_id, station_seq, json_object('uuid', uuid, 'station_id', station_id, 'station_seq', "
        "station_seq, 'kind', kind, 'sku', sku, 'quantity', quantity, 'from_location_id', from_location_id, "
        "'to_location_id', to_location_id, 'reference', reference, 'operator_badge', operator_badge, 'created_at', "
        "created_at) FROM movement WHERE (station_id, station_seq) > (?, ?) AND state IN ('pending', 'sent') "
        "ORDER BY station_id, station_seq LIMIT ?"));
    q.addBindValue(after ? after->stationId : QStringLiteral(""));
    q.addBindValue(after ? after->stationSeq : qint64(0));
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("pending movements"));
    OutboxBatch batch;
    batch.json.reserve(limit * 256);
    batch.json.append('[');
    while (q.next()) {
        if (!batch.movements.isEmpty())
            batch.json.append(',');
        batch.movements.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
        batch.json.append(q.value(3).toString().toUtf8());
    }
    batch.json.append(']');
    return batch;
}

Result<void> MovementOutbox::markAcked(const OutboxKey& movement)
{
    QSqlQuery& q = m_ack;
    if (q.lastQuery().isEmpty()
        && !q.prepare(QStringLiteral("UPDATE movement SET state = 'acked' WHERE station_id = ? AND station_seq = ? AND "
                                     "state IN ('pending', 'sent')")))
        return queryFailure(q, QStringLiteral("prepare acknowledgement"));
    q.bindValue(0, movement.stationId);
    q.bindValue(1, movement.stationSeq);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("mark movement acknowledged"));
    return {};
}

Result<void> MovementOutbox::markAckedRange(const QString& stationId, qint64 firstSeq, qint64 lastSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE movement SET state = 'acked' WHERE station_id = ? AND station_seq BETWEEN ? AND ? "
                             "AND state IN ('pending', 'sent')"));
    q.addBindValue(stationId);
    q.addBindValue(firstSeq);
    q.addBindValue(lastSeq);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("mark movements acknowledged"));
    return {};
}

Result<void> MovementOutbox::markRejected(const OutboxKey& movement, const QString& reason)
{
    QSqlQuery& q = m_reject;
    if (q.lastQuery().isEmpty()
        && !q.prepare(QStringLiteral("UPDATE movement SET state = 'rejected', reject_reason = ? WHERE station_id = ? "
                                     "AND station_seq = ? AND state IN ('pending', 'sent')")))
        return queryFailure(q, QStringLiteral("prepare rejection"));
    q.bindValue(0, textOrEmpty(reason));
    q.bindValue(1, movement.stationId);
    q.bindValue(2, movement.stationSeq);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("mark movement rejected"));
    if (q.numRowsAffected() == 0)
        return {}; // marked before: one exception is enough
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral(
        "INSERT INTO exception (kind, reference, sku, detail, operator_badge, station_id, raised_at) SELECT "
        "'sync_rejected', 'movement:' || uuid, sku, quantity || ' × ' || sku || ' (' || kind || '): ' || ?, "
        "operator_badge, station_id, ? FROM movement WHERE station_id = ? AND station_seq = ?"));
    e.addBindValue(textOrEmpty(reason));
    e.addBindValue(QDateTime::currentMSecsSinceEpoch());
    e.addBindValue(movement.stationId);
    e.addBindValue(movement.stationSeq);
    if (!e.exec())
        return queryFailure(e, QStringLiteral("raise sync rejection"));
    return {};
}

} // namespace wf::db
