#include "db/PackRepository.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

namespace {

Result<void> exec(QSqlQuery& q, const QString& context)
{
    if (!q.exec())
        return queryFailure(q, context);
    return {};
}

Result<std::optional<QString>> firstText(QSqlQuery& q, const QString& context)
{
    if (!q.exec())
        return queryFailure(q, context);
    std::optional<QString> found;
    if (q.next())
        found = q.value(0).toString();
    q.finish(); // no read left open on the connection
    return found;
}

} // namespace

PackRepository::PackRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

PackRepository::~PackRepository()
{
    qDeleteAll(m_statements);
}

QSqlQuery& PackRepository::statement(const QString& sql)
{
    QSqlQuery*& q = m_statements[sql];
    if (!q) {
        q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        q->prepare(sql); // a failure shows when it runs, with the driver's text
    }
    return *q;
}

Result<std::optional<QString>> PackRepository::shipmentFor(const QString& code)
{
    const QList<std::pair<QString, const char*>> ways = {
        {QStringLiteral("SELECT id FROM shipment WHERE id = ?"), "shipment by id"},
        {QStringLiteral(
             "SELECT t.shipment_id FROM pick_tote t JOIN shipment s ON s.id = t.shipment_id WHERE t.tote = ? "
             "AND t.tote <> '' AND s.status NOT IN ('shipped', 'cancelled') ORDER BY t.pick_list_id DESC LIMIT 1"),
         "shipment by tote"},
        // A tote another station of the warehouse picked into: the master's record of it.
        {QStringLiteral(
             "SELECT id FROM shipment WHERE tote = ? AND tote <> '' AND status NOT IN ('shipped', 'cancelled') "
             "ORDER BY id LIMIT 1"),
         "shipment by tote picked elsewhere"},
        {QStringLiteral("SELECT id FROM shipment WHERE order_id = ? ORDER BY status IN ('shipped', 'cancelled'), "
                        "package_no LIMIT 1"),
         "shipment by order"},
        {QStringLiteral("SELECT id FROM shipment WHERE label_barcode = ? LIMIT 1"), "shipment by label"},
    };
    for (const auto& [sql, context] : ways) {
        QSqlQuery& q = statement(sql);
        q.addBindValue(code);
        auto found = firstText(q, QString::fromLatin1(context));
        if (!found || *found)
            return found;
    }
    return std::optional<QString>{};
}

Result<std::optional<PackShipmentRecord>> PackRepository::shipment(const QString& id)
{
    QSqlQuery& q = statement(QStringLiteral(
        "SELECT s.id, s.order_id, s.package_no, s.package_count, s.carrier, s.service, s.tracking_number, "
        "s.label_barcode, s.sscc, s.status, s.box_code, coalesce(s.weight_g, 0), s.weight_override_by, "
        "s.label_prints, s.printed_barcode, o.customer_name, o.address_line, o.city, o.postal_code, "
        "o.destination_country, o.currency, "
        "coalesce((SELECT country FROM warehouse ORDER BY country = '', id LIMIT 1), '') "
        "FROM shipment s JOIN orders o ON o.id = s.order_id WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("shipment"));
    if (!q.next())
        return std::optional<PackShipmentRecord>{};
    const auto done = qScopeGuard([&q] {
        q.finish();
    });
    PackShipmentRecord s;
    int c = 0;
    s.id = q.value(c++).toString();
    s.orderId = q.value(c++).toString();
    s.packageNo = q.value(c++).toInt();
    s.packageCount = q.value(c++).toInt();
    s.carrier = q.value(c++).toString();
    s.service = q.value(c++).toString();
    s.trackingNumber = q.value(c++).toString();
    s.labelBarcode = q.value(c++).toString();
    s.sscc = q.value(c++).toString();
    s.status = q.value(c++).toString();
    s.boxCode = q.value(c++).toString();
    s.weightG = q.value(c++).toInt();
    s.weightOverrideBy = q.value(c++).toString();
    s.labelPrints = q.value(c++).toInt();
    s.printedBarcode = q.value(c++).toString();
    s.customerName = q.value(c++).toString();
    s.addressLine = q.value(c++).toString();
    s.city = q.value(c++).toString();
    s.postalCode = q.value(c++).toString();
    s.destinationCountry = q.value(c++).toString();
    s.currency = q.value(c++).toString();
    s.originCountry = q.value(c++).toString();
    return std::optional<PackShipmentRecord>{s};
}

Result<QStringList> PackRepository::waitingToPack(int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id FROM shipment s JOIN orders o ON o.id = s.order_id WHERE s.status IN "
                             "('picked', 'packing', 'packed', 'labelled') ORDER BY o.ship_by, s.id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("waiting to pack"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QList<PackLineRecord>> PackRepository::lines(const QString& shipmentId)
{
    QSqlQuery& q = statement(QStringLiteral(
        "SELECT l.line_no, l.sku, p.name, p.size, l.quantity - l.short_qty, l.packed_qty, p.packing_class, "
        "p.restriction_tags, p.weight_g, p.length_mm, p.width_mm, p.height_mm, p.hs_code, p.origin_country, "
        "p.customs_description, p.declared_value_minor, p.currency, l.serial, l.lot, l.quantity, l.short_qty, "
        "l.short_reason "
        "FROM shipment_line l JOIN product p ON p.sku = l.sku WHERE l.shipment_id = ? ORDER BY l.line_no"));
    q.addBindValue(shipmentId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("shipment lines"));
    QList<PackLineRecord> out;
    while (q.next()) {
        PackLineRecord l;
        int c = 0;
        l.lineNo = q.value(c++).toInt();
        l.sku = q.value(c++).toString();
        l.productName = q.value(c++).toString();
        l.size = q.value(c++).toString();
        l.quantity = q.value(c++).toInt();
        l.packedQty = q.value(c++).toInt();
        l.packingClass = q.value(c++).toString();
        l.restrictionTags = q.value(c++).toString();
        l.weightG = q.value(c++).toInt();
        l.lengthMm = q.value(c++).toInt();
        l.widthMm = q.value(c++).toInt();
        l.heightMm = q.value(c++).toInt();
        l.hsCode = q.value(c++).toString();
        l.originCountry = q.value(c++).toString();
        l.customsDescription = q.value(c++).toString();
        l.declaredValueMinor = q.value(c++).toLongLong();
        l.currency = q.value(c++).toString();
        l.serial = q.value(c++).toString();
        l.lot = q.value(c++).toString();
        l.orderedQty = q.value(c++).toInt();
        l.shortQty = q.value(c++).toInt();
        l.shortReason = q.value(c++).toString();
        out.append(l);
    }
    return out;
}

Result<QHash<QString, ListCode>> PackRepository::codes(const QString& shipmentId)
{
    QSqlQuery& q = statement(
        QStringLiteral("SELECT b.code, b.sku, b.kind, b.quantity FROM barcode b WHERE b.sku IN "
                       "(SELECT sku FROM shipment_line WHERE shipment_id = ?) "
                       "UNION ALL SELECT DISTINCT sku, sku, 'sku', 1 FROM shipment_line WHERE shipment_id = ?"));
    q.addBindValue(shipmentId);
    q.addBindValue(shipmentId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("package codes"));
    QHash<QString, ListCode> codes;
    while (q.next())
        codes.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return codes;
}

Result<QList<PackingRuleRecord>> PackRepository::packingRules()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, packing_class, min_items, prompt_code, prompt_text, enabled FROM packing_rule ORDER BY id")))
        return queryFailure(q, QStringLiteral("packing rules"));
    QList<PackingRuleRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    q.value(1).toString(),
                    q.value(2).toInt(),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    q.value(5).toBool()});
    return out;
}

Result<QList<DestinationRuleRecord>> PackRepository::destinationRules()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, restriction_tag, country, service, action, suggested_service, reason, "
                               "enabled FROM destination_rule ORDER BY id")))
        return queryFailure(q, QStringLiteral("destination rules"));
    QList<DestinationRuleRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    q.value(5).toString(),
                    q.value(6).toString(),
                    q.value(7).toBool()});
    return out;
}

Result<QList<BoxTypeRecord>> PackRepository::boxTypes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT code, name, inner_length_mm, inner_width_mm, inner_height_mm, tare_g, "
                               "max_weight_g FROM box_type ORDER BY inner_length_mm * inner_width_mm * "
                               "inner_height_mm, code")))
        return queryFailure(q, QStringLiteral("box types"));
    QList<BoxTypeRecord> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toInt(),
                    q.value(3).toInt(),
                    q.value(4).toInt(),
                    q.value(5).toInt(),
                    q.value(6).toInt()});
    return out;
}

Result<QList<PackPromptRecord>> PackRepository::prompts(const QString& shipmentId)
{
    QSqlQuery& q = statement(
        QStringLiteral("SELECT prompt_code, prompt_text, acknowledged_by FROM pack_prompt WHERE shipment_id = ? "
                       "ORDER BY prompt_code"));
    q.addBindValue(shipmentId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("pack prompts"));
    QList<PackPromptRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<bool>
PackRepository::acknowledge(const QString& shipmentId, const PackPromptRecord& prompt, const QString& badge)
{
    QSqlQuery& q = statement(QStringLiteral(
        "INSERT INTO pack_prompt (shipment_id, prompt_code, prompt_text, acknowledged_by, acknowledged_at) VALUES (?, "
        "?, ?, ?, ?) ON CONFLICT (shipment_id, prompt_code) DO NOTHING"));
    q.addBindValue(shipmentId);
    q.addBindValue(prompt.code);
    q.addBindValue(textOrEmpty(prompt.text));
    q.addBindValue(badge);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (auto ok = exec(q, QStringLiteral("acknowledge prompt")); !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() > 0;
}

Result<void> PackRepository::setPacked(const QString& shipmentId, int lineNo, int packedQty)
{
    QSqlQuery& q =
        statement(QStringLiteral("UPDATE shipment_line SET packed_qty = ? WHERE shipment_id = ? AND line_no = ?"));
    q.addBindValue(packedQty);
    q.addBindValue(shipmentId);
    q.addBindValue(lineNo);
    return exec(q, QStringLiteral("packed quantity"));
}

Result<void> PackRepository::moveStatus(const QString& shipmentId, const QString& from, const QString& to)
{
    QSqlQuery& q = statement(QStringLiteral("UPDATE shipment SET status = ? WHERE id = ? AND status = ?"));
    q.addBindValue(to);
    q.addBindValue(shipmentId);
    q.addBindValue(from);
    if (auto ok = exec(q, QStringLiteral("shipment status")); !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::Conflict,
                    QStringLiteral("shipment %1 is no longer %2").arg(shipmentId, from),
                    QStringLiteral("shipment status"));
    return {};
}

Result<void> PackRepository::closePackage(const QString& shipmentId, const QString& boxCode)
{
    QSqlQuery& q = statement(
        QStringLiteral("UPDATE shipment SET status = 'packed', box_code = ? WHERE id = ? AND status = 'packing'"));
    q.addBindValue(textOrEmpty(boxCode));
    q.addBindValue(shipmentId);
    if (auto ok = exec(q, QStringLiteral("close package")); !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::Conflict,
                    QStringLiteral("shipment %1 is no longer being packed").arg(shipmentId),
                    QStringLiteral("close package"));
    return {};
}

Result<void> PackRepository::setService(const QString& shipmentId, const QString& service)
{
    QSqlQuery& q = statement(QStringLiteral("UPDATE shipment SET service = ? WHERE id = ?"));
    q.addBindValue(service);
    q.addBindValue(shipmentId);
    return exec(q, QStringLiteral("shipment service"));
}

Result<void> PackRepository::setBox(const QString& shipmentId, const QString& boxCode)
{
    QSqlQuery& q = statement(QStringLiteral("UPDATE shipment SET box_code = ? WHERE id = ?"));
    q.addBindValue(boxCode);
    q.addBindValue(shipmentId);
    return exec(q, QStringLiteral("shipment box"));
}

Result<void> PackRepository::setWeight(const QString& shipmentId, int weightG, const QString& overrideBy)
{
    QSqlQuery& q = statement(QStringLiteral("UPDATE shipment SET weight_g = ?, weight_override_by = ? WHERE id = ?"));
    q.addBindValue(weightG);
    q.addBindValue(textOrEmpty(overrideBy));
    q.addBindValue(shipmentId);
    return exec(q, QStringLiteral("shipment weight"));
}

Result<void> PackRepository::countLabelPrint(const QString& shipmentId, const QString& barcode)
{
    QSqlQuery& q = statement(
        QStringLiteral("UPDATE shipment SET label_prints = label_prints + 1, printed_barcode = ? WHERE id = ?"));
    q.addBindValue(barcode);
    q.addBindValue(shipmentId);
    return exec(q, QStringLiteral("label print"));
}

Result<void> PackRepository::markShipped(const QString& shipmentId, const QString& verifiedBy)
{
    QSqlQuery& q = statement(
        QStringLiteral("UPDATE shipment SET status = 'shipped', shipped_at = ?, label_verified_by = ? WHERE id "
                       "= ? AND status = 'labelled'"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(verifiedBy);
    q.addBindValue(shipmentId);
    if (auto ok = exec(q, QStringLiteral("ship")); !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::Conflict,
                    QStringLiteral("shipment %1 is not labelled").arg(shipmentId),
                    QStringLiteral("ship"));
    return {};
}

Result<qint64> PackRepository::savePackingRule(const PackingRuleRecord& rule)
{
    QSqlQuery& q = statement(QStringLiteral(
        "INSERT INTO packing_rule (id, packing_class, min_items, prompt_code, prompt_text, enabled) VALUES (?, ?, ?, "
        "?, ?, ?) ON CONFLICT (id) DO UPDATE SET packing_class = excluded.packing_class, min_items = "
        "excluded.min_items, prompt_code = excluded.prompt_code, prompt_text = excluded.prompt_text, enabled = "
        "excluded.enabled RETURNING id"));
    q.addBindValue(rule.id > 0 ? QVariant(rule.id) : QVariant());
    q.addBindValue(rule.packingClass);
    q.addBindValue(rule.minItems);
    q.addBindValue(rule.promptCode);
    q.addBindValue(textOrEmpty(rule.promptText));
    q.addBindValue(rule.enabled ? 1 : 0);
    if (!q.exec() || !q.next())
        return queryFailure(q, QStringLiteral("save packing rule"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<void> PackRepository::updateOrderStatus(const QString& orderId)
{
    QSqlQuery& q = statement(QStringLiteral(
        "UPDATE orders SET status = CASE WHEN NOT EXISTS (SELECT 1 FROM shipment WHERE order_id = orders.id AND status "
        "NOT IN ('shipped', 'cancelled')) THEN 'shipped' WHEN NOT EXISTS (SELECT 1 FROM shipment WHERE order_id = "
        "orders.id AND status NOT IN ('packed', 'labelled', 'shipped', 'cancelled')) THEN 'packed' ELSE status END "
        "WHERE id = ? AND status <> 'cancelled' AND status IS NOT (CASE WHEN NOT EXISTS (SELECT 1 FROM shipment WHERE "
        "order_id = ? AND status NOT IN ('shipped', 'cancelled')) THEN 'shipped' WHEN NOT EXISTS (SELECT 1 FROM "
        "shipment WHERE order_id = ? AND status NOT IN ('packed', 'labelled', 'shipped', 'cancelled')) THEN 'packed' "
        "ELSE status END)")); // a row that would not change is not written
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    return exec(q, QStringLiteral("order status"));
}

} // namespace wf::db
