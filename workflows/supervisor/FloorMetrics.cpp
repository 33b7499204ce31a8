#include "workflows/supervisor/FloorMetrics.h"

#include <cmath>

#include <QJsonArray>

namespace wf::workflows {

namespace {

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject ratesJson(const FloorMetrics::Rates& r)
{
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("scans"), r.scans},
            {QStringLiteral("scans_per_hour"), json(r.scansPerHour)},
            {QStringLiteral("picks_per_hour"), json(r.picksPerHour)},
            {QStringLiteral("wrong_scan_rate"), json(r.wrongScanRate)},
            {QStringLiteral("short_pick_rate"), json(r.shortPickRate)}};
}

QJsonArray ratesJson(const QList<FloorMetrics::Rates>& list)
{
    QJsonArray out;
    for (const auto& r : list)
        out.append(ratesJson(r));
    return out;
}

} // namespace

FloorMetrics::Rates FloorMetrics::ratesOf(const db::FloorCounts::Group& g)
{
    Rates r;
    r.key = g.key;
    r.scans = g.scans;
    r.scansPerHour = ratio(g.scans, g.activeHours);
    r.picksPerHour = ratio(g.unitsPicked, g.pickHours);
    r.wrongScanRate = ratio(g.errorScans, g.scans);
    r.shortPickRate = ratio(g.unitsShort, g.unitsPicked + g.unitsShort);
    return r;
}

Result<FloorMetrics::Report>
FloorMetrics::compute(const QSqlDatabase& db, const QDateTime& since, const QDateTime& until)
{
    auto counts = db::MetricsRepository(db).counts(since.toMSecsSinceEpoch(), until.toMSecsSinceEpoch());
    if (!counts)
        return std::unexpected(counts.error());
    return fromCounts(*counts, since, until);
}

FloorMetrics::Report
FloorMetrics::fromCounts(const db::FloorCounts& counts, const QDateTime& since, const QDateTime& until)
{
    Report report;
    report.since = since;
    report.until = until;
    report.counts = counts;
    report.all = ratesOf(counts.all);
    for (const auto& g : counts.byOperator)
        report.byOperator.append(ratesOf(g));
    for (const auto& g : counts.byStation)
        report.byStation.append(ratesOf(g));
    report.defectsPrevented = counts.defectsCaughtAtPack;
    report.onTimeDispatchRate = ratio(counts.shippedOnTime, counts.shipmentsShipped);
    report.splitShipmentRate = ratio(counts.splitOrders, counts.orders);
    report.restockRate = ratio(counts.returns.restocked, counts.returns.restocked + counts.returns.held);
    report.stockoutsAtPick = counts.stockoutsAtPick;
    report.trendBucket = bucketFor(since, until);
    report.trend = trendOf(counts, report.trendBucket);
    return report;
}

FloorMetrics::Bucket FloorMetrics::bucketFor(const QDateTime& since, const QDateTime& until)
{
    return since.msecsTo(until) > 24LL * 60 * 60 * 1000 ? Bucket::Day : Bucket::Hour;
}

QList<FloorMetrics::TrendPoint> FloorMetrics::trendOf(const db::FloorCounts& counts, Bucket bucket)
{
    QMap<qint64, TrendPoint> points; // bucket start (ms) → point
    for (auto it = counts.scansByHour.cbegin(); it != counts.scansByHour.cend(); ++it) {
        const QDateTime hour = QDateTime::fromMSecsSinceEpoch(it.key());
        const QDateTime start = bucket == Bucket::Day ? QDateTime(hour.date(), QTime(0, 0)) : hour;
        TrendPoint& point = points[start.toMSecsSinceEpoch()];
        point.start = start;
        point.scans += it.value();
        point.errors += counts.errorsByHour.value(it.key());
    }
    return points.values();
}

QJsonObject FloorMetrics::toJson(const Report& report)
{
    const db::FloorCounts& c = report.counts;
    QJsonObject refunds;
    for (const auto& reason : c.returns.byReason)
        refunds.insert(reason.reason,
                       QJsonObject{{QStringLiteral("lines"), reason.lines},
                                   {QStringLiteral("refunded"), reason.refunded},
                                   {QStringLiteral("refund_rate"), json(ratio(reason.refunded, reason.lines))}});
    QJsonObject exceptions;
    for (auto it = c.exceptionsByKind.cbegin(); it != c.exceptionsByKind.cend(); ++it)
        exceptions.insert(it.key(), it.value());
    QJsonArray trend;
    for (const TrendPoint& point : report.trend)
        trend.append(QJsonObject{{QStringLiteral("start"), point.start.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("scans"), point.scans},
                                 {QStringLiteral("errors"), point.errors}});
    QJsonArray hourly;
    for (auto it = c.scansByHour.cbegin(); it != c.scansByHour.cend(); ++it)
        hourly.append(QJsonObject{
            {QStringLiteral("hour"), QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("scans"), it.value()},
            {QStringLiteral("errors"), c.errorsByHour.value(it.key())}});
    QJsonObject all = ratesJson(report.all);
    all.remove(QStringLiteral("key"));
    QJsonObject figures{{QStringLiteral("since"), report.since.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("until"), report.until.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("floor"), all},
                        {QStringLiteral("units_picked"), c.all.unitsPicked},
                        {QStringLiteral("units_short"), c.all.unitsShort},
                        {QStringLiteral("order_defects_prevented"), report.defectsPrevented},
                        {QStringLiteral("shipments_shipped"), c.shipmentsShipped},
                        {QStringLiteral("on_time_dispatch_rate"), json(report.onTimeDispatchRate)},
                        {QStringLiteral("orders"), c.orders},
                        {QStringLiteral("split_shipment_rate"), json(report.splitShipmentRate)},
                        {QStringLiteral("stockouts_at_pick"), report.stockoutsAtPick},
                        {QStringLiteral("refunds_by_reason"), refunds},
                        {QStringLiteral("restock_rate"), json(report.restockRate)},
                        {QStringLiteral("exceptions_by_kind"), exceptions},
                        {QStringLiteral("by_operator"), ratesJson(report.byOperator)},
                        {QStringLiteral("by_station"), ratesJson(report.byStation)},
                        {QStringLiteral("hourly"), hourly},
                        {QStringLiteral("trend_bucket"),
                         report.trendBucket == Bucket::Day ? QStringLiteral("day") : QStringLiteral("hour")},
                        {QStringLiteral("trend"), trend}};
    if (!c.stations.isEmpty()) {
        QJsonArray stations;
        for (const auto& st : c.stations)
            stations.append(QJsonObject{
                {QStringLiteral("station"), st.id},
                {QStringLiteral("last_contact"),
                 st.lastContactMs > 0
                     ? QJsonValue(QDateTime::fromMSecsSinceEpoch(st.lastContactMs, Qt::UTC).toString(Qt::ISODate))
                     : QJsonValue()},
                {QStringLiteral("queue_depth"), st.queueDepth},
                {QStringLiteral("events_pending"), st.eventsPending}});
        figures.insert(QStringLiteral("stations"), stations);
    }
    return figures;
}

} // namespace wf::workflows
