#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include "common/Result.h"
#include "db/MetricsRepository.h"

namespace wf::workflows {

/// The supervisor's figures for a period (DESIGN.md §5, the supervisor issue). A rate with nothing
/// to divide by is absent (null in JSON), never a made-up zero.
///
/// - picks per hour: units picked ÷ clock hours in which the operator (or anyone) scanned in Pick;
/// - scans per hour: scans ÷ clock hours with at least one scan;
/// - wrong-scan rate: scans answered with an error (caught before anything moved) ÷ scans;
/// - short-pick rate: units reported short ÷ (units picked + units short);
/// - order defects prevented: wrong items, extra items, wrong serials and wrong labels caught at
///   the pack bench;
/// - on-time dispatch rate: shipments shipped no later than their order's ship-by ÷ shipped;
/// - split-shipment rate: orders created in the period sent in more than one package ÷ orders;
/// - stockouts at pick: short picks because the bin was empty or held too few;
/// - refund rate per return reason and restock rate (approved ÷ decided), from the returns.
class FloorMetrics
{
public:
    struct Rates
    {
        QString key; ///< operator badge, station id, or "all"
        qint64 scans = 0;
        std::optional<double> scansPerHour;
        std::optional<double> picksPerHour;
        std::optional<double> wrongScanRate;
        std::optional<double> shortPickRate;
    };

    /// How the trend is cut: by clock hour for a period of a day or less, by local day beyond.
    enum class Bucket
    {
        Hour,
        Day,
    };

    /// One point of the trend: scans and the errors among them from `start` to the next bucket.
    struct TrendPoint
    {
        QDateTime start;
        qint64 scans = 0;
        qint64 errors = 0;
    };

    struct Report
    {
        QDateTime since;
        QDateTime until;
        Rates all;
        QList<Rates> byOperator;
        QList<Rates> byStation;
        qint64 defectsPrevented = 0;
        std::optional<double> onTimeDispatchRate;
        std::optional<double> splitShipmentRate;
        std::optional<double> restockRate; ///< approved ÷ decided (approved + sent to hold); none decided: none
        qint64 stockoutsAtPick = 0;
        Bucket trendBucket = Bucket::Hour;
        QList<TrendPoint> trend; ///< oldest first; only buckets with scans
        db::FloorCounts counts;
    };

    static Bucket bucketFor(const QDateTime& since, const QDateTime& until);
    /// The hourly counts gathered into `bucket`s (a day starts at local midnight).
    static QList<TrendPoint> trendOf(const db::FloorCounts& counts, Bucket bucket);

    static Rates ratesOf(const db::FloorCounts::Group& group);
    [[nodiscard]] static Result<Report> compute(const QSqlDatabase& db, const QDateTime& since, const QDateTime& until);
    /// The figures from counts made elsewhere (the master's, for the whole warehouse).
    static Report fromCounts(const db::FloorCounts& counts, const QDateTime& since, const QDateTime& until);
    static QJsonObject toJson(const Report& report);
};

} // namespace wf::workflows
