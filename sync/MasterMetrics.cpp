#include "sync/MasterMetrics.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "sync/MasterErrors.h"

namespace wf::sync {

namespace {

qint64 number(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

db::FloorCounts::Group groupOf(const QJsonObject& o)
{
    db::FloorCounts::Group g;
    g.key = o.value(QStringLiteral("key")).toString();
    g.scans = number(o, "scans");
    g.errorScans = number(o, "error_scans");
    g.unitsPicked = number(o, "units_picked");
    g.unitsShort = number(o, "units_short");
    g.activeHours = number(o, "active_hours");
    g.pickHours = number(o, "pick_hours");
    return g;
}

QList<db::FloorCounts::Group> groupsOf(const QJsonValue& list)
{
    QList<db::FloorCounts::Group> groups;
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

db::FloorCounts floorCountsFromJson(const QJsonObject& json)
{
    db::FloorCounts c;
    c.all = groupOf(json.value(QStringLiteral("all")).toObject());
    c.all.key = QStringLiteral("all");
    c.byOperator = groupsOf(json.value(QStringLiteral("by_operator")));
    c.byStation = groupsOf(json.value(QStringLiteral("by_station")));
    c.defectsCaughtAtPack = number(json, "defects_caught_at_pack");
    c.shipmentsShipped = number(json, "shipments_shipped");
    c.shippedOnTime = number(json, "shipped_on_time");
    c.orders = number(json, "orders");
    c.splitOrders = number(json, "split_orders");
    c.stockoutsAtPick = number(json, "stockouts_at_pick");
    const QJsonObject kinds = json.value(QStringLiteral("exceptions_by_kind")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        c.exceptionsByKind.insert(it.key(), qint64(it.value().toDouble()));
    c.scansByHour = byHour(json.value(QStringLiteral("scans_by_hour")).toObject());
    c.errorsByHour = byHour(json.value(QStringLiteral("errors_by_hour")).toObject());
    const QJsonObject returns = json.value(QStringLiteral("returns")).toObject();
    for (const auto& r : returns.value(QStringLiteral("by_reason")).toArray()) {
        const QJsonObject o = r.toObject();
        db::ReturnRates::Reason reason{
            o.value(QStringLiteral("reason")).toString(), int(number(o, "lines")), int(number(o, "refunded")), 0};
        reason.refundRate = reason.lines > 0 ? double(reason.refunded) / reason.lines : 0;
        c.returns.byReason.append(reason);
    }
    c.returns.restocked = int(number(returns, "restocked"));
    c.returns.held = int(number(returns, "held"));
    for (const auto& s : json.value(QStringLiteral("stations")).toArray()) {
        const QJsonObject o = s.toObject();
        c.stations.append({o.value(QStringLiteral("id")).toString(),
                           number(o, "last_contact_ms"),
                           number(o, "queue_depth"),
                           number(o, "events_pending")});
    }
    return c;
}

Result<db::FloorCounts>
masterFloorCounts(const QSqlDatabase& master, const QString& warehouse, qint64 sinceMs, qint64 untilMs)
{
    QSqlQuery q(master);
    if (warehouse.isEmpty()) {
        q.prepare(QStringLiteral("SELECT master.warehouse_floor_counts(to_timestamp(? / 1000.0), "
                                 "to_timestamp(? / 1000.0))::text"));
    } else {
        q.prepare(
            QStringLiteral("SELECT master.floor_counts(?, to_timestamp(? / 1000.0), to_timestamp(? / 1000.0))::text"));
        q.addBindValue(warehouse);
    }
    q.addBindValue(sinceMs);
    q.addBindValue(untilMs);
    if (!q.exec() || !q.next())
        return fail(
            Error::Code::QueryFailed, masterMessage(q.lastError()), QStringLiteral("floor counts on the master"));
    return floorCountsFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

} // namespace wf::sync
