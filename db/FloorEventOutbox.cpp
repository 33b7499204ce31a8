#include "db/FloorEventOutbox.h"

#include <QDateTime>
#include <QSqlQuery>

#include "db/SqlErrors.h"
#include "db/Transaction.h"

namespace wf::db {

FloorEventOutbox::FloorEventOutbox(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> FloorEventOutbox::pendingCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM floor_event WHERE state = 'pending'")) || !q.next())
        return queryFailure(q, QStringLiteral("count pending floor events"));
    return q.value(0).toLongLong();
}

Result<int> FloorEventOutbox::gather()
{
    Transaction tx(m_db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    int written = 0;
    for (;;) { // a long day offline is gathered in events of kScansPerEvent scans
        auto more = gatherScans();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        ++written;
    }
    auto head = gatherAuditHead();
    if (!head)
        return std::unexpected(head.error());
    written += *head ? 1 : 0;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<bool> FloorEventOutbox::gatherScans()
{
    QSqlQuery range(m_db);
    range.prepare(QStringLiteral(
        "SELECT m.value, (SELECT max(id) FROM (SELECT id FROM scan_log WHERE id > m.value ORDER BY id LIMIT ?)) "
        "FROM floor_event_mark m WHERE m.name = 'scan_log'"));
    range.addBindValue(kScansPerEvent);
    if (!range.exec() || !range.next())
        return queryFailure(range, QStringLiteral("scans to count"));
    const qint64 from = range.value(0).toLongLong();
    if (range.value(1).isNull())
        return false;
    const qint64 to = range.value(1).toLongLong();
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral(
        "INSERT INTO floor_event (uuid, kind, body, created_at) SELECT (SELECT uuid FROM new_uuid), 'verdict_counts', "
        "json_object('from_id', ?, 'to_id', ?, 'counts', json((SELECT json_group_array(json_object('operator', "
        "operator_badge, 'hour', hour, 'workflow', workflow, 'code', code, 'verdict', verdict, 'scans', n)) FROM "
        "(SELECT operator_badge, scanned_at / 3600000 * 3600000 AS hour, workflow, code, verdict, count(*) AS n "
        "FROM scan_log WHERE id > ? AND id <= ? GROUP BY 1, 2, 3, 4, 5)))), ?"));
    for (const qint64 bound : {from, to, from, to})
        write.addBindValue(bound);
    write.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!write.exec())
        return queryFailure(write, QStringLiteral("write verdict counts"));
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE floor_event_mark SET value = ? WHERE name = 'scan_log'"));
    mark.addBindValue(to);
    if (!mark.exec())
        return queryFailure(mark, QStringLiteral("mark counted scans"));
    return true;
}

Result<bool> FloorEventOutbox::gatherAuditHead()
{
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral(
            "SELECT a.id, a.hash, (SELECT count(*) FROM audit WHERE id <= a.id) FROM audit a, floor_event_mark m "
            "WHERE m.name = 'audit' AND a.id = (SELECT max(id) FROM audit WHERE hash <> '') AND a.id > m.value")))
        return queryFailure(head, QStringLiteral("audit head"));
    if (!head.next())
        return false;
    const qint64 id = head.value(0).toLongLong();
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("INSERT INTO floor_event (uuid, kind, body, created_at) SELECT (SELECT uuid FROM "
                                 "new_uuid), 'audit_head', json_object('row_id', ?, 'hash', ?, 'rows', ?), ?"));
    write.addBindValue(id);
    write.addBindValue(head.value(1).toString());
    write.addBindValue(head.value(2).toLongLong());
    write.addBindValue(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE floor_event_mark SET value = ? WHERE name = 'audit'"));
    mark.addBindValue(id);
    if (!write.exec() || !mark.exec())
        return queryFailure(write.lastError().isValid() ? write : mark, QStringLiteral("anchor audit head"));
    return true;
}

Result<FloorEventBatch> FloorEventOutbox::nextBatch(int limit, qint64 afterId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, uuid, kind, json_object('uuid', uuid, 'kind', kind, 'created_at', created_at, "
                             "'body', json(body)) FROM floor_event WHERE state = 'pending' AND id > ? ORDER BY id "
                             "LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("pending floor events"));
    FloorEventBatch batch;
    batch.json.append('[');
    while (q.next()) {
        if (!batch.events.isEmpty())
            batch.json.append(',');
        batch.events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        batch.json.append(q.value(3).toString().toUtf8());
    }
    batch.json.append(']');
    return batch;
}

Result<void> FloorEventOutbox::markAcked(const FloorEventKey& event)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE floor_event SET state = 'acked' WHERE id = ? AND state = 'pending'"));
    q.addBindValue(event.id);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("mark floor event acknowledged"));
    return {};
}

Result<void> FloorEventOutbox::markAckedRange(qint64 firstId, qint64 lastId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE floor_event SET state = 'acked' WHERE id BETWEEN ? AND ? AND state = 'pending'"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("mark floor events acknowledged"));
    return {};
}

Result<void> FloorEventOutbox::markRejected(const FloorEventKey& event, const QString& reason)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE floor_event SET state = 'rejected', reason = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(reason.left(2000));
    q.addBindValue(event.id);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("mark floor event rejected"));
    // Marked before; an exception about a refused exception would be refused again; and a package
    // or order cancelled on the master reaches the floor with the pull, with its own exception.
    if (q.numRowsAffected() == 0 || event.kind == QLatin1String("exception_raised")
        || reason == QLatin1String("shipment_cancelled") || reason == QLatin1String("order_cancelled"))
        return {};
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral(
        "INSERT INTO exception (kind, reference, order_id, detail, raised_at) SELECT 'sync_rejected', "
        "'event:' || uuid, coalesce(json_extract(body, '$.order_id'), ''), kind || ' ' || coalesce(json_extract(body, "
        "'$.shipment_id'), json_extract(body, '$.order_id'), json_extract(body, '$.rma_id'), json_extract(body, "
        "'$.uuid'), '') || ': ' || ?, ? FROM floor_event WHERE id = ?"));
    e.addBindValue(reason.left(500));
    e.addBindValue(QDateTime::currentMSecsSinceEpoch());
    e.addBindValue(event.id);
    if (!e.exec())
        return queryFailure(e, QStringLiteral("raise floor event rejection"));
    return {};
}

} // namespace wf::db
