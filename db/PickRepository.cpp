#include "db/PickRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

#include "db/ProductRecords.h"
#include "db/SqlErrors.h"
#include "db/Transaction.h"

namespace wf::db {

namespace {

/// The shipments to pick next, earliest ship-by first, of which a pick face holds something: one
/// whose every SKU no pick face holds is left for when stock arrives (a list would have nothing
/// to pick for it). Each candidate is probed in ship-by order until `orders` are found.
Result<QStringList> shipmentsToPick(const QSqlDatabase& db, int orders)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id FROM shipment s JOIN orders o ON o.id = s.order_id "
                             "WHERE s.status = 'awaiting_pick' ORDER BY o.ship_by, s.id"));
    if (!q.exec())
        return queryFailure(q, QStringLiteral("shipments to pick"));
    QSqlQuery pickable(db);
    // CROSS JOIN keeps SQLite from walking every pick face for each line.
    pickable.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM shipment_line sl CROSS JOIN stock st CROSS JOIN "
                                    "location l WHERE sl.shipment_id = ? AND st.sku = sl.sku AND l.id = "
                                    "st.location_id AND l.kind = 'pick')"));
    QStringList ids;
    while (ids.size() < orders && q.next()) {
        const QString id = q.value(0).toString();
        pickable.addBindValue(id);
        if (!pickable.exec() || !pickable.next())
            return queryFailure(pickable, QStringLiteral("shipment pickable"));
        if (pickable.value(0).toBool())
            ids << id;
        pickable.finish();
    }
    return ids;
}

Result<void> exec(QSqlQuery& q, const QString& context)
{
    if (!q.exec())
        return queryFailure(q, context);
    return {};
}

} // namespace

PickRepository::PickRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_updateTask(m_db)
    , m_locationByCode(m_db)
    , m_available(m_db)
    , m_openException(m_db)
{}

Result<std::optional<qint64>> PickRepository::openList(const QString& stationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM pick_list WHERE station_id = ? AND status IN ('open', 'in_progress') "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(stationId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("open pick list"));
    if (!q.next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q.value(0).toLongLong()};
}

Result<std::optional<qint64>>
PickRepository::createList(const QString& stationId, const QString& operatorBadge, int orders)
{
    Transaction tx(m_db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto shipments = shipmentsToPick(m_db, orders);
    if (!shipments)
        return std::unexpected(shipments.error());
    if (shipments->isEmpty())
        return std::optional<qint64>{};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO pick_list (operator_badge, station_id, status, created_at) "
                             "VALUES (?, ?, 'open', ?) RETURNING id"));
    q.addBindValue(operatorBadge);
    q.addBindValue(stationId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return queryFailure(q, QStringLiteral("create pick list"));
    const qint64 listId = q.value(0).toLongLong();
    q.finish();
    for (int i = 0; i < shipments->size(); ++i) {
        QSqlQuery tote(m_db);
        tote.prepare(QStringLiteral("INSERT INTO pick_tote (pick_list_id, shipment_id, position) VALUES (?, ?, ?)"));
        tote.addBindValue(listId);
        tote.addBindValue(shipments->at(i));
        tote.addBindValue(i + 1);
        if (auto ok = exec(tote, QStringLiteral("add tote")); !ok)
            return std::unexpected(ok.error());
        QSqlQuery status(m_db);
        status.prepare(QStringLiteral("UPDATE shipment SET status = 'picking' WHERE id = ?"));
        status.addBindValue(shipments->at(i));
        if (auto ok = exec(status, QStringLiteral("shipment picking")); !ok)
            return std::unexpected(ok.error());
    }
    // One task per shipment line, at the SKU's first pick face holding the line reserved — where
    // the master reserved it at import, so the pick takes reserved units the master can give —
    // else the first with stock, else any pick face; numbered in walking order; at one bin the totes follow their
    // binding order.
    QSqlQuery tasks(m_db);
    tasks.prepare(QStringLiteral(
        "INSERT INTO pick_task (pick_list_id, seq, shipment_id, line_no, sku, location_id, tote, quantity, state, "
        "required_serial) "
        "SELECT ?, row_number() OVER (ORDER BY loc.pick_sequence, t.position, sl.line_no), sl.shipment_id, "
        "sl.line_no, sl.sku, loc.id, '', sl.quantity, 'pending', sl.serial "
        "FROM pick_tote t JOIN shipment_line sl ON sl.shipment_id = t.shipment_id "
        "JOIN location loc ON loc.id = coalesce((SELECT sp.location_id FROM stock_position sp WHERE sp.sku = sl.sku "
        "AND sp.location_kind = 'pick' AND sp.reserved >= sl.quantity AND sp.on_hand >= sl.quantity "
        "ORDER BY sp.pick_sequence LIMIT 1), (SELECT sp.location_id FROM stock_position sp WHERE sp.sku = sl.sku "
        "AND sp.location_kind = 'pick' ORDER BY sp.on_hand > 0 DESC, sp.pick_sequence LIMIT 1)) "
        "WHERE t.pick_list_id = ?"));
    tasks.addBindValue(listId);
    tasks.addBindValue(listId);
    if (auto ok = exec(tasks, QStringLiteral("create pick tasks")); !ok)
        return std::unexpected(ok.error());
    // What no pick face holds is short from the start: never picked, never packed, never "done".
    for (const char* sql :
         {"UPDATE shipment SET partial = 1 WHERE id IN (SELECT l.shipment_id FROM shipment_line l JOIN pick_tote t ON "
          "t.shipment_id = l.shipment_id WHERE t.pick_list_id = ? AND NOT EXISTS (SELECT 1 FROM pick_task k WHERE "
          "k.pick_list_id = ? AND k.shipment_id = l.shipment_id AND k.line_no = l.line_no))",
          "UPDATE shipment_line SET short_qty = quantity, short_reason = 'no_stock' WHERE shipment_id IN (SELECT "
          "shipment_id FROM pick_tote WHERE pick_list_id = ?) AND NOT EXISTS (SELECT 1 FROM pick_task k WHERE "
          "k.pick_list_id = ? AND k.shipment_id = shipment_line.shipment_id AND k.line_no = shipment_line.line_no)"}) {
        QSqlQuery shortLines(m_db);
        shortLines.prepare(QString::fromLatin1(sql));
        shortLines.addBindValue(listId);
        shortLines.addBindValue(listId);
        if (auto ok = exec(shortLines, QStringLiteral("lines without stock")); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return std::optional<qint64>{listId};
}

Result<QList<PickToteRecord>> PickRepository::totes(qint64 listId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.shipment_id, s.order_id, t.position, t.tote FROM pick_tote t "
                             "JOIN shipment s ON s.id = t.shipment_id WHERE t.pick_list_id = ? ORDER BY t.position"));
    q.addBindValue(listId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("totes"));
    QList<PickToteRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

Result<QList<PickTaskRecord>> PickRepository::tasks(qint64 listId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT k.id, k.seq, k.shipment_id, s.order_id, k.line_no, k.sku, p.name, p.size, p.colour, k.location_id, "
        "l.code, l.pick_sequence, t.tote, t.position, k.quantity, k.picked_qty, k.short_qty, k.state, "
        "k.required_lot, k.required_serial, p.daily_sales, p.lead_time_days, p.safety_stock "
        "FROM pick_task k JOIN shipment s ON s.id = k.shipment_id JOIN product p ON p.sku = k.sku "
        "JOIN location l ON l.id = k.location_id "
        "JOIN pick_tote t ON t.pick_list_id = k.pick_list_id AND t.shipment_id = k.shipment_id "
        "WHERE k.pick_list_id = ? ORDER BY k.seq"));
    q.addBindValue(listId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("pick tasks"));
    QList<PickTaskRecord> out;
    while (q.next()) {
        PickTaskRecord t;
        t.id = q.value(0).toLongLong();
        t.seq = q.value(1).toInt();
        t.shipmentId = q.value(2).toString();
        t.orderId = q.value(3).toString();
        t.lineNo = q.value(4).toInt();
        t.sku = q.value(5).toString();
        t.productName = q.value(6).toString();
        t.size = q.value(7).toString();
        t.colour = q.value(8).toString();
        t.locationId = q.value(9).toLongLong();
        t.locationCode = q.value(10).toString();
        t.pickSequence = q.value(11).toInt();
        t.tote = q.value(12).toString();
        t.totePosition = q.value(13).toInt();
        t.quantity = q.value(14).toInt();
        t.picked = q.value(15).toInt();
        t.shortQty = q.value(16).toInt();
        t.state = q.value(17).toString();
        t.requiredLot = q.value(18).toString();
        t.requiredSerial = q.value(19).toString();
        t.reorderPoint = reorderPointOf(q.value(20).toDouble(), q.value(21).toInt(), q.value(22).toInt());
        out.append(t);
    }
    return out;
}

Result<QHash<QString, ListCode>> PickRepository::listCodes(qint64 listId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.code, b.sku, b.kind, b.quantity FROM barcode b WHERE b.sku IN "
                             "(SELECT sku FROM pick_task WHERE pick_list_id = ?) "
                             "UNION ALL SELECT DISTINCT sku, sku, 'sku', 1 FROM pick_task WHERE pick_list_id = ?"));
    q.addBindValue(listId);
    q.addBindValue(listId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("pick list codes"));
    QHash<QString, ListCode> codes;
    while (q.next())
        codes.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return codes;
}

Result<void> PickRepository::bindTote(qint64 listId, const QString& shipmentId, const QString& tote)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE pick_tote SET tote = ? WHERE pick_list_id = ? AND shipment_id = ?"));
    q.addBindValue(tote);
    q.addBindValue(listId);
    q.addBindValue(shipmentId);
    if (auto ok = exec(q, QStringLiteral("bind tote")); !ok)
        return ok;
    QSqlQuery status(m_db);
    status.prepare(QStringLiteral("UPDATE pick_list SET status = 'in_progress' WHERE id = ? AND status = 'open'"));
    status.addBindValue(listId);
    return exec(status, QStringLiteral("pick list in progress"));
}

Result<void> PickRepository::updateTask(const PickTaskRecord& task,
                                        const QString& shortReason,
                                        const QString& lot,
                                        const QString& serial,
                                        const QString& expiry)
{
    QSqlQuery& q = m_updateTask;
    if (q.lastQuery().isEmpty()
        && !q.prepare(QStringLiteral(
            "UPDATE pick_task SET picked_qty = ?, short_qty = ?, state = ?, tote = ?, "
            "short_reason = CASE WHEN ? <> '' THEN ? ELSE short_reason END, "
            "lot = CASE WHEN ? <> '' THEN ? ELSE lot END, serial = CASE WHEN ? <> '' THEN ? ELSE serial END, "
            "expiry = CASE WHEN ? <> '' THEN ? ELSE expiry END WHERE id = ?")))
        return queryFailure(q, QStringLiteral("prepare update pick task"));
    int i = 0;
    q.bindValue(i++, task.picked);
    q.bindValue(i++, task.shortQty);
    q.bindValue(i++, task.state);
    q.bindValue(i++, textOrEmpty(task.tote));
    for (const QString& v : {shortReason, lot, serial, expiry}) {
        q.bindValue(i++, textOrEmpty(v));
        q.bindValue(i++, textOrEmpty(v));
    }
    q.bindValue(i++, task.id);
    return exec(q, QStringLiteral("update pick task"));
}

Result<QList<UnpickableLine>> PickRepository::unpickableLines(qint64 listId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT l.shipment_id, s.order_id, l.line_no, l.sku, l.quantity FROM shipment_line l "
                       "JOIN pick_tote t ON t.shipment_id = l.shipment_id JOIN shipment s ON s.id = l.shipment_id "
                       "WHERE t.pick_list_id = ? AND l.short_reason = 'no_stock' ORDER BY t.position, l.line_no"));
    q.addBindValue(listId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("lines without stock"));
    QList<UnpickableLine> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toInt(),
                    q.value(3).toString(),
                    q.value(4).toInt()});
    return out;
}

Result<void> PickRepository::markLineShort(const QString& shipmentId, int lineNo, int units, const QString& reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE shipment_line SET short_qty = min(quantity, short_qty + ?), short_reason = ? "
                             "WHERE shipment_id = ? AND line_no = ?"));
    q.addBindValue(units);
    q.addBindValue(reason);
    q.addBindValue(shipmentId);
    q.addBindValue(lineNo);
    return exec(q, QStringLiteral("line short"));
}

Result<void> PickRepository::markPartial(const QString& shipmentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE shipment SET partial = 1 WHERE id = ?"));
    q.addBindValue(shipmentId);
    return exec(q, QStringLiteral("mark partial"));
}

Result<void> PickRepository::markShipmentPicked(const QString& shipmentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE shipment SET status = 'picked' WHERE id = ?"));
    q.addBindValue(shipmentId);
    return exec(q, QStringLiteral("shipment picked"));
}

Result<void> PickRepository::finishList(qint64 listId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE pick_list SET status = 'done', closed_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(listId);
    return exec(q, QStringLiteral("finish pick list"));
}

Result<std::optional<qint64>> PickRepository::locationId(const QString& code)
{
    QSqlQuery& q = m_locationByCode;
    if (q.lastQuery().isEmpty() && !q.prepare(QStringLiteral("SELECT id FROM location WHERE code = ?")))
        return queryFailure(q, QStringLiteral("prepare location by code"));
    q.bindValue(0, code);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("location by code"));
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<int> PickRepository::available(const QString& sku)
{
    QSqlQuery& q = m_available;
    if (q.lastQuery().isEmpty()
        && !q.prepare(QStringLiteral("SELECT coalesce(sum(available), 0) FROM stock_position WHERE sku = ?")))
        return queryFailure(q, QStringLiteral("prepare available stock"));
    q.bindValue(0, sku);
    if (!q.exec() || !q.next())
        return queryFailure(q, QStringLiteral("available stock"));
    const int available = q.value(0).toInt();
    q.finish();
    return available;
}

Result<bool> PickRepository::hasOpenException(const QString& sku, const QString& kind)
{
    QSqlQuery& q = m_openException;
    if (q.lastQuery().isEmpty()
        && !q.prepare(
            QStringLiteral("SELECT count(*) FROM exception WHERE sku = ? AND kind = ? AND status = 'open' LIMIT 1")))
        return queryFailure(q, QStringLiteral("prepare open exception"));
    q.bindValue(0, sku);
    q.bindValue(1, kind);
    if (!q.exec() || !q.next())
        return queryFailure(q, QStringLiteral("open exception"));
    const bool open = q.value(0).toInt() > 0;
    q.finish();
    return open;
}

} // namespace wf::db
