#include "FeedLatencyBench.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include "db/LocalCache.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterUrl.h"
#include "sync/SyncWorker.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::chrono::seconds kPolling{5};
constexpr std::chrono::seconds kGiveUp{15};

Result<void> exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        return fail(Error::Code::QueryFailed, q.lastError().text(), sql.left(80));
    return {};
}

/// A station's cache read from the bench's own thread (WAL: beside the sync thread's writes).
struct Probe
{
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<QSqlQuery> hasOrder;
};

/// Waits until the order is in every probed cache; the latency of each, in milliseconds.
Result<std::vector<double>> arrivals(std::vector<Probe>& probes, const QString& order, Clock::time_point since)
{
    std::vector<double> latencies(probes.size(), -1);
    size_t missing = probes.size();
    while (missing > 0) {
        for (size_t i = 0; i < probes.size(); ++i) {
            if (latencies[i] >= 0)
                continue;
            QSqlQuery& q = *probes[i].hasOrder;
            q.bindValue(0, order);
            if (!q.exec())
                return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("probe a cache"));
            const bool there = q.next();
            q.finish();
            if (there) {
                latencies[i] = std::chrono::duration<double, std::milli>(Clock::now() - since).count();
                --missing;
            }
        }
        if (Clock::now() - since > kGiveUp)
            return fail(Error::Code::QueryFailed,
                        QStringLiteral("order %1 did not reach %2 station(s) within %3 s")
                            .arg(order)
                            .arg(missing)
                            .arg(kGiveUp.count()));
        QThread::usleep(500);
    }
    return latencies;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace

Result<QJsonObject> FeedLatencyBench::run(const QString& ownerUrl, int stationCount, int orderCount)
{
    auto owner = sync::MasterUrl::parse(ownerUrl);
    if (!owner)
        return std::unexpected(owner.error());
    QTemporaryDir scratch;
    const QString tag = QStringLiteral("FEED%1").arg(QCoreApplication::applicationPid());
    const QString warehouse = QStringLiteral("WH-") + tag;
    const QString sku = tag + QStringLiteral("-1");
    std::vector<double> samples;
    {
        QSqlDatabase ownerDb = owner->connection(QStringLiteral("feed-owner"));
        if (!ownerDb.open())
            return fail(Error::Code::QueryFailed, ownerDb.lastError().text(), owner->redacted());
        sync::MasterAdmin admin(ownerDb);
        if (auto migrated = admin.migrate(); !migrated)
            return std::unexpected(migrated.error());
        if (auto added = admin.addWarehouse({warehouse,
                                             QStringLiteral("Feed"),
                                             QStringLiteral("DE"),
                                             QString(),
                                             QStringLiteral("UTC"),
                                             QStringLiteral("EUR"),
                                             QString()});
            !added)
            return std::unexpected(added.error());
        QSqlQuery seed(ownerDb);
        const qint64 bin = 800000000 + qint64(QCoreApplication::applicationPid());
        for (const QString& sql :
             {QStringLiteral("INSERT INTO master.product (sku, name) VALUES ('%1', 'Feed bench')").arg(sku),
              QStringLiteral("INSERT INTO master.location (id, warehouse_id, code, kind) VALUES (%1, '%2', 'F-1', "
                             "'pick')")
                  .arg(bin)
                  .arg(warehouse),
              QStringLiteral("INSERT INTO master.stock (sku, location_id, on_hand) VALUES ('%1', %2, 1000000)")
                  .arg(sku)
                  .arg(bin)})
            if (auto ok = exec(seed, sql); !ok)
                return std::unexpected(ok.error());
        // The stations, each as the app runs it.
        std::vector<std::unique_ptr<sync::SyncThread>> threads;
        std::vector<Probe> probes;
        for (int i = 1; i <= stationCount; ++i) {
            const QString station = QStringLiteral("ST-%1-%2").arg(tag).arg(i);
            auto credentials = admin.addStation(station, warehouse, *owner);
            if (!credentials)
                return std::unexpected(credentials.error());
            const QString path = scratch.filePath(station + QStringLiteral(".sqlite"));
            if (auto made = db::LocalCache::open(path, db::LocalCache::Missing::Create); !made)
                return std::unexpected(made.error());
            threads.push_back(std::make_unique<sync::SyncThread>(
                sync::SyncWorker::Settings{path, credentials->url, kPolling, std::chrono::seconds(60), station}));
            Probe probe{QStringLiteral("feed-probe-%1").arg(i), {}, {}};
            probe.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.connection);
            probe.db.setDatabaseName(path);
            probe.db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!probe.db.open())
                return fail(Error::Code::QueryFailed, probe.db.lastError().text(), path);
            probe.hasOrder = std::make_unique<QSqlQuery>(probe.db);
            probe.hasOrder->prepare(QStringLiteral("SELECT 1 FROM orders WHERE id = ?"));
            probes.push_back(std::move(probe));
        }
        // Each station's first round pulls its warehouse, after which it listens; a warm-up order
        // shows every one of them is there.
        QSqlQuery import(ownerDb);
        import.prepare(QStringLiteral("SELECT master.import_orders(?, CAST(? AS jsonb))"));
        const auto importOrder = [&](const QString& id) -> Result<void> {
            import.bindValue(0, warehouse);
            import.bindValue(1, QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject {
                                                      {QStringLiteral("id"), id},
                                                      {QStringLiteral("country"), QStringLiteral("DE")},
                                                      { QStringLiteral("lines"),
                                                        QJsonArray {
                                                            QJsonObject {
                                                                {QStringLiteral("line"), 1},
                                                                {QStringLiteral("sku"), sku},
                                                                { QStringLiteral("quantity"),
                                                                  1 }
                                                            }
                                                        } }
                                                  }}).toJson(QJsonDocument::Compact)));
            if (!import.exec())
                return fail(Error::Code::QueryFailed, import.lastError().text(), QStringLiteral("import an order"));
            return {};
        };
        if (auto ok = importOrder(tag + QStringLiteral("-warm")); !ok)
            return std::unexpected(ok.error());
        if (auto warm = arrivals(probes, tag + QStringLiteral("-warm"), Clock::now()); !warm)
            return std::unexpected(warm.error());
        QThread::msleep(200);
        for (int n = 1; n <= orderCount; ++n) {
            const QString id = QStringLiteral("%1-%2").arg(tag).arg(n);
            if (auto ok = importOrder(id); !ok)
                return std::unexpected(ok.error());
            const auto committed = Clock::now(); // autocommit: the import's own transaction is done
            auto latencies = arrivals(probes, id, committed);
            if (!latencies)
                return std::unexpected(latencies.error());
            samples.insert(samples.end(), latencies->begin(), latencies->end());
        }
        threads.clear();
        import = QSqlQuery();
        seed = QSqlQuery();
        for (auto& probe : probes) {
            probe.hasOrder.reset();
            probe.db.close();
            probe.db = {};
            QSqlDatabase::removeDatabase(probe.connection);
        }
        ownerDb.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("feed-owner"));
    const double p99 = percentile(samples, 0.99);
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("feed-latency")},
                       {QStringLiteral("stations"), stationCount},
                       {QStringLiteral("orders"), orderCount},
                       {QStringLiteral("samples"), qint64(samples.size())},
                       {QStringLiteral("p50_ms"), percentile(samples, 0.5)},
                       {QStringLiteral("p99_ms"), p99},
                       {QStringLiteral("max_ms"), percentile(samples, 1.0)},
                       {QStringLiteral("polling_interval_ms"), qint64(std::chrono::milliseconds(kPolling).count())},
                       {QStringLiteral("p99_within_1s"), p99 <= 1000.0}};
}

} // namespace wf::bench
