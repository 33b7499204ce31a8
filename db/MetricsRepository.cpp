#include "db/MetricsRepository.h"

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

} // namespace wf::db
