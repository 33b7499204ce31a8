#include "sync/MasterMetrics.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "sync/MasterErrors.h"

namespace wf::sync {

Result<db::FloorCounts>
masterFloorCounts(const QSqlDatabase& master, const QString& warehouse, qint64 sinceMs, qint64 untilMs)
{
    auto json = masterFloorCountsJson(master, warehouse, sinceMs, untilMs);
    if (!json)
        return std::unexpected(json.error());
    return db::MetricsRepository::countsFromJson(QJsonDocument::fromJson(*json).object());
}

Result<QByteArray>
masterFloorCountsJson(const QSqlDatabase& master, const QString& warehouse, qint64 sinceMs, qint64 untilMs)
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
    return q.value(0).toString().toUtf8();
}

} // namespace wf::sync
