#pragma once

#include <memory>

#include <QDateTime>
#include <QSqlDatabase>

#include "common/Result.h"

namespace wf::demo {

/// What to generate. Defaults make a dataset that opens instantly; the limits keep a typo from
/// filling the disk (a million SKUs is a large seller, five million is not a demo).
struct DemoOptions
{
    static constexpr qint64 kMinSkus = 100;
    static constexpr qint64 kMaxSkus = 5'000'000;
    static constexpr qint64 kMinOrders = 20;
    static constexpr qint64 kMaxOrders = 1'000'000;

    qint64 skus = 2000;
    qint64 orders = 300;
    quint64 seed = 1;
    /// "Now" for the generated week of history and the ship-by times: midnight UTC of a day.
    QDateTime anchor = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);

    /// A clear reason when the options cannot make a dataset; nothing is written then.
    [[nodiscard]] Result<void> validate() const;
};

/// Counts of what was written, for the CLI's JSON line and for tests.
struct DemoSummary
{
    qint64 products = 0;
    qint64 bundles = 0;
    qint64 barcodes = 0;
    qint64 locations = 0;
    qint64 stockRows = 0;
    qint64 orders = 0;
    qint64 splitOrders = 0;
    qint64 shipments = 0;
    qint64 returns = 0;
    qint64 operators = 0;
    qint64 scanLogRows = 0;
    qint64 movements = 0;
    qint64 exceptions = 0;
    qint64 auditRows = 0;
};

/// Fills an empty, migrated cache with a deterministic cross-border dataset: the same options
/// give the same rows. Everything is written in one transaction: on failure nothing is left.
/// The facts behind it (product families, HS codes, origins, countries) are embedded resources.
class DemoDataGenerator
{
public:
    DemoDataGenerator(QSqlDatabase db, DemoOptions options);
    ~DemoDataGenerator();

    [[nodiscard]] Result<DemoSummary> generate();

private:
    class Run;
    QSqlDatabase m_db;
    DemoOptions m_options;
};

} // namespace wf::demo
