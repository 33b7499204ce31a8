#include "LookupBench.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

#include <QSqlQuery>

#include <sqlite3.h>

#include "db/LocalCache.h"
#include "workflows/station/ItemLookup.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;

double microsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

Result<std::vector<QString>> allBarcodes(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code FROM barcode")))
        return fail(Error::Code::QueryFailed, QStringLiteral("read barcodes"));
    std::vector<QString> codes;
    while (q.next())
        codes.push_back(q.value(0).toString());
    if (codes.empty())
        return fail(Error::Code::NotFound, QStringLiteral("the cache holds no barcodes"));
    return codes;
}

/// The baseline: one prepared statement on its own connection, the same pragmas as the cache.
class BareSelect
{
public:
    explicit BareSelect(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(m_db, "PRAGMA cache_size=-16000", nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "SELECT sku FROM barcode WHERE code = ?", -1, &m_stmt, nullptr);
    }
    ~BareSelect()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    bool ok() const { return m_stmt != nullptr; }
    bool find(const QByteArray& code)
    {
        sqlite3_bind_text(m_stmt, 1, code.constData(), int(code.size()), SQLITE_STATIC);
        const bool found = sqlite3_step(m_stmt) == SQLITE_ROW;
        sqlite3_reset(m_stmt);
        return found;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace

double percentile(std::vector<double>& samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

QJsonObject latencyBesideBaseline(std::vector<double>& ours, std::vector<double>& baseline, QJsonObject own)
{
    const double p99 = percentile(ours, 99);
    const double b99 = percentile(baseline, 99);
    own.insert(QStringLiteral("p50_us"), percentile(ours, 50));
    own.insert(QStringLiteral("p99_us"), p99);
    own.insert(QStringLiteral("baseline_p50_us"), percentile(baseline, 50));
    own.insert(QStringLiteral("baseline_p99_us"), b99);
    own.insert(QStringLiteral("ratio"), b99 > 0 ? p99 / b99 : 0.0);
    return own;
}

Result<QJsonObject> LookupBench::run(const QString& cachePath, int lookups, quint64 seed)
{
    auto cache = db::LocalCache::open(cachePath, db::LocalCache::Missing::Refuse);
    if (!cache)
        return std::unexpected(cache.error());
    auto codes = allBarcodes((*cache)->database());
    if (!codes)
        return std::unexpected(codes.error());
    BareSelect bare(cachePath);
    if (!bare.ok())
        return fail(Error::Code::QueryFailed, QStringLiteral("prepare bare select"));
    workflows::ItemLookup lookup((*cache)->database());
    std::mt19937_64 rng(seed);
    std::vector<double> ours;
    std::vector<double> baseline;
    int misses = 0;
    const int warmup = std::min(1000, lookups / 10);
    for (int i = 0; i < lookups + warmup; ++i) {
        const QString& code = (*codes)[rng() % codes->size()];
        const QByteArray utf8 = code.toUtf8();
        auto t0 = Clock::now();
        const bool bareFound = bare.find(utf8);
        const double bareUs = microsSince(t0);
        t0 = Clock::now();
        const auto result = lookup.lookup(scanner::ScanEvent::manual(code));
        const double ourUs = microsSince(t0);
        if (!bareFound || !result.match)
            ++misses;
        if (i >= warmup) {
            baseline.push_back(bareUs);
            ours.push_back(ourUs);
        }
    }
    if (misses > 0)
        return fail(Error::Code::NotFound, QStringLiteral("%1 lookups found nothing").arg(misses));
    return latencyBesideBaseline(ours,
                                 baseline,
                                 {{QStringLiteral("bench"), QStringLiteral("lookup")},
                                  {QStringLiteral("barcodes"), qint64(codes->size())},
                                  {QStringLiteral("lookups"), lookups}});
}

} // namespace wf::bench
