#include "sync/StationReadiness.h"

#include <QSqlQuery>

namespace wf::sync {

namespace {

qint64 count(const QSqlDatabase& cache, const QString& sql, const QString& bind = {})
{
    QSqlQuery q(cache);
    q.prepare(sql);
    if (!bind.isNull())
        q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

QStringList StationReadiness::missing(const QSqlDatabase& cache, const QString& warehouse)
{
    QStringList missing;
    const QList<std::pair<const char*, const char*>> kinds = {
        {"staging", "packed parcels wait there for the carrier: packing needs one"},
        {"returns", "returned items are restocked from there"},
        {"hold", "damaged returns are held there"},
    };
    for (const auto& [kind, why] : kinds)
        if (count(cache,
                  QStringLiteral("SELECT count(*) FROM location WHERE warehouse_id = ? AND kind = '%1'")
                      .arg(QLatin1String(kind)),
                  warehouse)
            == 0)
            missing << QStringLiteral("warehouse %1 has no %2 location (%3): add a row of kind %2 to its bins and "
                                      "run floorctl master import locations FILE --warehouse %1")
                           .arg(warehouse, QLatin1String(kind), QLatin1String(why));
    if (count(
            cache, QStringLiteral("SELECT count(*) FROM location WHERE warehouse_id = ? AND kind = 'pick'"), warehouse)
        == 0)
        missing << QStringLiteral("warehouse %1 has no pick location: pick lists would be empty").arg(warehouse);
    if (count(cache, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stock WHERE on_hand > 0)")) == 0)
        missing
            << QStringLiteral("no stock is on hand: floorctl master import stock FILE --warehouse %1").arg(warehouse);
    if (count(cache, QStringLiteral("SELECT count(*) FROM operator WHERE active = 1")) == 0)
        missing << QStringLiteral("no operator can log in: floorctl master add-operator or import operators");
    if (count(cache, QStringLiteral("SELECT count(*) FROM operator WHERE active = 1 AND roles LIKE '%supervisor%'"))
        == 0)
        missing << QStringLiteral(
            "no supervisor: overrides and approvals need one (add-operator … --roles supervisor)");
    if (const qint64 blind = count(cache,
                                   QStringLiteral("SELECT count(*) FROM shipment WHERE tracking_number = '' AND "
                                                  "label_barcode = '' AND sscc = '' AND status <> 'shipped'"));
        blind > 0)
        missing << QStringLiteral(
                       "%1 packages have no tracking number and no SSCC, so their labels cannot be verified: "
                       "give warehouse %2 a GS1 company prefix (floorctl master add-warehouse %2 … "
                       "--gs1-prefix DIGITS) before its orders are imported")
                       .arg(blind)
                       .arg(warehouse);
    if (count(cache, QStringLiteral("SELECT count(*) FROM warehouse WHERE id = ? AND country <> ''"), warehouse) == 0)
        missing << QStringLiteral("warehouse %1 has no country: every parcel is treated as crossing a border (floorctl "
                                  "master add-warehouse %1 --country CC …)")
                       .arg(warehouse);
    return missing;
}

QString StationReadiness::warehouseOf(const QSqlDatabase& cache, const QString& stationId)
{
    QSqlQuery q(cache);
    q.prepare(QStringLiteral("SELECT warehouse_id FROM station WHERE id = ?"));
    q.addBindValue(stationId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace wf::sync
