#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"
#include "db/ReturnRepository.h"

namespace wf::db {

/// What the floor did in a period, counted from the scan log, the movements, the exceptions and
/// the shipments (the rates are workflows::FloorMetrics').
struct FloorCounts
{
    struct Group ///< one operator, one station, or everything
    {
        QString key;
        qint64 scans = 0;
        qint64 errorScans = 0;  ///< scans answered with an error verdict: caught before anything moved
        qint64 unitsPicked = 0; ///< units of `pick` movements
        qint64 unitsShort = 0;  ///< units of `short` movements
        qint64 activeHours = 0; ///< distinct clock hours with at least one scan
        qint64 pickHours = 0;   ///< distinct clock hours with at least one pick-workflow scan
    };

    /// A station as the master last heard from it (master metrics only).
    struct StationContact
    {
        QString id;
        qint64 lastContactMs = 0; ///< 0: never
        qint64 queueDepth = 0;    ///< movements it still had to send then
        qint64 eventsPending = 0; ///< floor events it still had to send then
    };

    Group all;
    QList<Group> byOperator;
    QList<Group> byStation;
    qint64 defectsCaughtAtPack = 0; ///< wrong item, over-scan, serial, wrong label at the pack bench
    qint64 shipmentsShipped = 0;
    qint64 shippedOnTime = 0;   ///< shipped no later than the order's ship-by
    qint64 orders = 0;          ///< orders created in the period
    qint64 splitOrders = 0;     ///< of them, sent in more than one package
    qint64 stockoutsAtPick = 0; ///< short picks because the bin was empty or held too few
    QMap<QString, qint64> exceptionsByKind;
    QMap<qint64, qint64> scansByHour; ///< start of the hour (ms) → scans
    QMap<qint64, qint64> errorsByHour;
    ReturnRates returns;
    QList<StationContact> stations; ///< every station of the warehouse, when counted on the master
};

/// The whole warehouse's counts as the master made them, kept in the cache by the sync thread.
struct FloorSnapshot
{
    FloorCounts counts;
    qint64 sinceMs = 0;
    qint64 untilMs = 0;
    qint64 takenAt = 0; ///< when the master was asked (ms since the epoch)
};

/// Reads the counts behind the supervisor's figures for [sinceMs, untilMs).
class MetricsRepository
{
public:
    explicit MetricsRepository(QSqlDatabase db);
    [[nodiscard]] Result<FloorCounts> counts(qint64 sinceMs, qint64 untilMs);
    /// Counts made on the master for a whole warehouse (master.floor_counts' JSON).
    static FloorCounts countsFromJson(const QJsonObject& json);
    /// The last snapshot of a period ("today" or "week"); none before the first one arrived.
    [[nodiscard]] Result<std::optional<FloorSnapshot>> snapshot(const QString& period);
    /// Keeps the master's JSON for a period (the sync thread, after a round).
    [[nodiscard]] Result<void>
    storeSnapshot(const QString& period, qint64 sinceMs, qint64 untilMs, const QByteArray& countsJson);

private:
    Result<QList<FloorCounts::Group>> groups(const QString& column, qint64 sinceMs, qint64 untilMs);
    QSqlDatabase m_db;
};

} // namespace wf::db
