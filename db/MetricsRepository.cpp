#include "db/MetricsRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

namespace {

constexpr qint64 kHourMs = 3'600'000;

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, qint64 sinceMs, qint64 untilMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(sinceMs);
    q.addBindValue(untilMs);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("floor metrics"));
    return q;
}

Result<qint64> single(const QSqlDatabase& db, const QString& sql, qint64 sinceMs, qint64 untilMs)
{
    auto q = run(db, sql, sinceMs, untilMs);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

MetricsRepository::MetricsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<FloorCounts::Group>> MetricsRepository::groups(const QString& column, qint64 sinceMs, qint64 untilMs)
{
    QMap<QString, FloorCounts::Group> byKey;
    auto scans = run(m_db,
                     QStringLiteral("SELECT %1, count(*), sum(verdict = 'error'), count(DISTINCT scanned_at / %2), "
                                    "count(DISTINCT CASE WHEN workflow = 'pick' THEN scanned_at / %2 END) FROM "
                                    "scan_log WHERE scanned_at >= ? AND scanned_at < ? GROUP BY 1")
                         .arg(column)
                         .arg(kHourMs),
                     sinceMs,
                     untilMs);
    if (!scans)
        return std::unexpected(scans.error());
    while (scans->next()) {
        auto& g = byKey[scans->value(0).toString()];
        g.key = scans->value(0).toString();
        g.scans = scans->value(1).toLongLong();
        g.errorScans = scans->value(2).toLongLong();
        g.activeHours = scans->value(3).toLongLong();
        g.pickHours = scans->value(4).toLongLong();
    }
    auto units = run(m_db,
                     QStringLiteral("SELECT %1, sum(CASE WHEN kind = 'pick' THEN quantity ELSE 0 END), sum(CASE WHEN "
                                    "kind = 'short' THEN quantity ELSE 0 END) FROM movement WHERE created_at >= ? AND "
                                    "created_at < ? AND kind IN ('pick', 'short') GROUP BY 1")
                         .arg(column),
                     sinceMs,
                     untilMs);
    if (!units)
        return std::unexpected(units.error());
    while (units->next()) {
        auto& g = byKey[units->value(0).toString()];
        g.key = units->value(0).toString();
        g.unitsPicked = units->value(1).toLongLong();
        g.unitsShort = units->value(2).toLongLong();
    }
    return byKey.values();
}

Result<FloorCounts> MetricsRepository::counts(qint64 sinceMs, qint64 untilMs)
{
    FloorCounts c;
    auto all = groups(QStringLiteral("'all'"), sinceMs, untilMs);
    auto operators = groups(QStringLiteral("operator_badge"), sinceMs, untilMs);
    auto stations = groups(QStringLiteral("station_id"), sinceMs, untilMs);
    if (!all || !operators || !stations)
        return std::unexpected(!all ? all.error() : (!operators ? operators.error() : stations.error()));
    c.all = all->value(0);
    c.all.key = QStringLiteral("all");
    c.byOperator = *operators;
    c.byStation = *stations;
    const QList<std::pair<qint64*, QString>> singles = {
        {&c.defectsCaughtAtPack,
         QStringLiteral("SELECT count(*) FROM scan_log WHERE scanned_at >= ? AND scanned_at < ? AND workflow = 'pack' "
                        "AND code IN ('wrong_item', 'over_scan', 'serial_mismatch', 'label_mismatch')")},
        {&c.shipmentsShipped,
         QStringLiteral(
             "SELECT count(*) FROM shipment WHERE shipped_at >= ? AND shipped_at < ? AND status = 'shipped'")},
        {&c.shippedOnTime,
         QStringLiteral(
             "SELECT count(*) FROM shipment s JOIN orders o ON o.id = s.order_id WHERE s.shipped_at >= ? AND "
             "s.shipped_at < ? AND s.status = 'shipped' AND s.shipped_at <= o.ship_by")},
        {&c.orders, QStringLiteral("SELECT count(*) FROM orders WHERE created_at >= ? AND created_at < ?")},
        {&c.splitOrders,
         QStringLiteral(
             "SELECT count(*) FROM orders o WHERE o.created_at >= ? AND o.created_at < ? AND (SELECT count(*) "
             "FROM shipment s WHERE s.order_id = o.id) > 1")},
        {&c.stockoutsAtPick,
         QStringLiteral("SELECT count(*) FROM exception WHERE raised_at >= ? AND raised_at < ? AND kind = 'short_pick' "
                        "AND (detail LIKE '%not_found' OR detail LIKE '%quantity_short')")},
    };
    for (const auto& [target, sql] : singles) {
        auto value = single(m_db, sql, sinceMs, untilMs);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    auto kinds = run(m_db,
                     QStringLiteral("SELECT kind, count(*) FROM exception WHERE raised_at >= ? AND raised_at < ? GROUP "
                                    "BY kind"),
                     sinceMs,
                     untilMs);
    if (!kinds)
        return std::unexpected(kinds.error());
    while (kinds->next())
        c.exceptionsByKind.insert(kinds->value(0).toString(), kinds->value(1).toLongLong());
    auto hours = run(m_db,
                     QStringLiteral("SELECT scanned_at / %1 * %1, count(*), sum(verdict = 'error') FROM scan_log WHERE "
                                    "scanned_at >= ? AND scanned_at < ? GROUP BY 1")
                         .arg(kHourMs),
                     sinceMs,
                     untilMs);
    if (!hours)
        return std::unexpected(hours.error());
    while (hours->next()) {
        c.scansByHour.insert(hours->value(0).toLongLong(), hours->value(1).toLongLong());
        c.errorsByHour.insert(hours->value(0).toLongLong(), hours->value(2).toLongLong());
    }
    auto returns = ReturnRepository(m_db).rates(sinceMs);
    if (!returns)
        return std::unexpected(returns.error());
    c.returns = *returns;
    return c;
}

namespace {

qint64 jsonNumber(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

FloorCounts::Group groupOf(const QJsonObject& o)
{
    FloorCounts::Group g;
    g.key = o.value(QStringLiteral("key")).toString();
    g.scans = jsonNumber(o, "scans");
    g.errorScans = jsonNumber(o, "error_scans");
    g.unitsPicked = jsonNumber(o, "units_picked");
    g.unitsShort = jsonNumber(o, "units_short");
    g.activeHours = jsonNumber(o, "active_hours");
    g.pickHours = jsonNumber(o, "pick_hours");
    return g;
}

QList<FloorCounts::Group> groupsOf(const QJsonValue& list)
{
    QList<FloorCounts::Group> groups;
    for (const auto& g : list.toArray())
        groups.append(groupOf(g.toObject()));
    return groups;
}

QMap<qint64, qint64> byHour(const QJsonObject& o)
{
    QMap<qint64, qint64> hours;
    for (auto it = o.begin(); it != o.end(); ++it)
        hours.insert(it.key().toLongLong(), qint64(it.value().toDouble()));
    return hours;
}

} // namespace

FloorCounts MetricsRepository::countsFromJson(const QJsonObject& json)
{
    FloorCounts c;
    c.all = groupOf(json.value(QStringLiteral("all")).toObject());
    c.all.key = QStringLiteral("all");
    c.byOperator = groupsOf(json.value(QStringLiteral("by_operator")));
    c.byStation = groupsOf(json.value(QStringLiteral("by_station")));
    c.defectsCaughtAtPack = jsonNumber(json, "defects_caught_at_pack");
    c.shipmentsShipped = jsonNumber(json, "shipments_shipped");
    c.shippedOnTime = jsonNumber(json, "shipped_on_time");
    c.orders = jsonNumber(json, "orders");
    c.splitOrders = jsonNumber(json, "split_orders");
    c.stockoutsAtPick = jsonNumber(json, "stockouts_at_pick");
    const QJsonObject kinds = json.value(QStringLiteral("exceptions_by_kind")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        c.exceptionsByKind.insert(it.key(), qint64(it.value().toDouble()));
    c.scansByHour = byHour(json.value(QStringLiteral("scans_by_hour")).toObject());
    c.errorsByHour = byHour(json.value(QStringLiteral("errors_by_hour")).toObject());
    const QJsonObject returns = json.value(QStringLiteral("returns")).toObject();
    for (const auto& r : returns.value(QStringLiteral("by_reason")).toArray()) {
        const QJsonObject o = r.toObject();
        ReturnRates::Reason reason{o.value(QStringLiteral("reason")).toString(),
                                   int(jsonNumber(o, "lines")),
                                   int(jsonNumber(o, "refunded")),
                                   0};
        reason.refundRate = reason.lines > 0 ? double(reason.refunded) / reason.lines : 0;
        c.returns.byReason.append(reason);
    }
    c.returns.restocked = int(jsonNumber(returns, "restocked"));
    c.returns.held = int(jsonNumber(returns, "held"));
    for (const auto& s : json.value(QStringLiteral("stations")).toArray()) {
        const QJsonObject o = s.toObject();
        c.stations.append({o.value(QStringLiteral("id")).toString(),
                           jsonNumber(o, "last_contact_ms"),
                           jsonNumber(o, "queue_depth"),
                           jsonNumber(o, "events_pending")});
    }
    return c;
}

Result<std::optional<FloorSnapshot>> MetricsRepository::snapshot(const QString& period)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT since_ms, until_ms, taken_at, counts FROM floor_snapshot WHERE period = ?"));
    q.addBindValue(period);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("read the warehouse's figures"));
    if (!q.next())
        return std::optional<FloorSnapshot>();
    FloorSnapshot snap;
    snap.sinceMs = q.value(0).toLongLong();
    snap.untilMs = q.value(1).toLongLong();
    snap.takenAt = q.value(2).toLongLong();
    snap.counts = countsFromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    return std::optional<FloorSnapshot>(snap);
}

Result<void>
MetricsRepository::storeSnapshot(const QString& period, qint64 sinceMs, qint64 untilMs, const QByteArray& countsJson)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO floor_snapshot (period, since_ms, until_ms, taken_at, counts) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(period);
    q.addBindValue(sinceMs);
    q.addBindValue(untilMs);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(countsJson));
    if (!q.exec())
        return queryFailure(q, QStringLiteral("keep the warehouse's figures"));
    return {};
}

} // namespace wf::db
