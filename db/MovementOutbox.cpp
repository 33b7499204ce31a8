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

Result<QList<OutboxMovement>> MovementOutbox::pending(int limit, const OutboxMovement* after)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT uuid, station_id, station_seq, kind, sku, quantity, coalesce(from_location_id, 0), "
                       "coalesce(to_location_id, 0), reference, operator_badge, created_at FROM movement "
                       "WHERE (station_id, station_seq) > (?, ?) AND state IN ('pending', 'sent') "
                       "ORDER BY station_id, station_seq LIMIT ?"));
    q.addBindValue(after ? after->stationId : QStringLiteral(""));
    q.addBindValue(after ? after->stationSeq : qint64(0));
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("pending movements"));
    QList<OutboxMovement> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toLongLong(),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    q.value(5).toInt(),
                    q.value(6).toLongLong(),
                    q.value(7).toLongLong(),
                    q.value(8).toString(),
                    q.value(9).toString(),
                    q.value(10).toLongLong()});
    return out;
}

Result<void> MovementOutbox::markAcked(const OutboxMovement& movement)
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

Result<void> MovementOutbox::markRejected(const OutboxMovement& movement, const QString& reason)
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
    e.prepare(
        QStringLiteral("INSERT INTO exception (kind, reference, sku, detail, operator_badge, station_id, raised_at) "
                       "VALUES ('sync_rejected', ?, ?, ?, ?, ?, ?)"));
    e.addBindValue(QString(QStringLiteral("movement:") + movement.uuid));
    e.addBindValue(movement.sku);
    e.addBindValue(QStringLiteral("%1 × %2 (%3): %4").arg(movement.quantity).arg(movement.sku, movement.kind, reason));
    e.addBindValue(textOrEmpty(movement.operatorBadge));
    e.addBindValue(movement.stationId);
    e.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!e.exec())
        return queryFailure(e, QStringLiteral("raise sync rejection"));
    return {};
}

} // namespace wf::db
