#include "PickScanBench.h"

#include <chrono>
#include <map>
#include <vector>

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include "BareCommit.h"
#include "LookupBench.h"
#include "TimedVerdicts.h"
#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"
#include "workflows/pick/PickSession.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kCartTotes = 12;

// One scan through the pick workflow, timed from the scan to the verdict (durable by then).
// A pick bench scan must be accepted: anything else means the bench lost its way.
Result<void> timedScan(TimedVerdicts& ours, workflows::PickSession& pick, const QString& text)
{
    const auto verdict = ours.time([&] {
        return pick.scan(scanner::ScanEvent::manual(text));
    });
    if (verdict.kind != workflows::Verdict::Kind::Ok)
        return fail(Error::Code::InvalidInput, verdict.code + QStringLiteral(": ") + verdict.message);
    return {};
}

} // namespace

Result<QJsonObject> PickScanBench::run(const QString& cachePath, int scans)
{
    auto cache = db::LocalCache::open(cachePath, db::LocalCache::Missing::Refuse);
    if (!cache)
        return std::unexpected(cache.error());
    const auto db = (*cache)->database();
    const QString baselinePath = QFileInfo(cachePath).absolutePath() + QStringLiteral("/bench-baseline.sqlite");
    BareCommit bare(baselinePath);
    db::CacheCheckpointer checkpointer(db); // as at a station
    // A cluster cart of twelve totes, as on a floor; every scan counts, tote labels included.
    workflows::PickSession pick(db, QStringLiteral("ST-BENCH"), {true, false, kCartTotes});
    const workflows::OperatorSession picker{QStringLiteral("P1001"),
                                            QStringLiteral("Bench"),
                                            {QStringLiteral("picker")},
                                            QStringLiteral("en"),
                                            QStringLiteral("ST-BENCH")};
    TimedVerdicts ours;
    std::vector<double> baseline;
    const auto baselineCommit = [&]() -> Result<void> {
        const auto t0 = Clock::now();
        if (!bare.insertAndCommit(qint64(baseline.size())))
            return fail(Error::Code::QueryFailed, QStringLiteral("baseline insert"));
        baseline.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        return {};
    };
    int tote = 0;
    while (int(ours.all.size()) < scans) {
        const auto begun = pick.begin(picker);
        if (begun.code == QLatin1String("nothing_to_pick"))
            break;
        if (begun.kind == workflows::Verdict::Kind::Error)
            return fail(Error::Code::QueryFailed, begun.code + QStringLiteral(": ") + begun.message);
        while (pick.view().bindingTotes && int(ours.all.size()) < scans) {
            if (auto ok = timedScan(ours,
                                    pick,
                                    QStringLiteral("BENCH-%1-TOTE-%2")
                                        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))
                                        .arg(++tote));
                !ok)
                return std::unexpected(ok.error());
            if (auto ok = baselineCommit(); !ok)
                return std::unexpected(ok.error());
        }
        while (int(ours.all.size()) < scans) {
            const auto view = pick.view();
            if (!view.task)
                break;
            if (auto ok = timedScan(ours, pick, nextPickScan(db, *view.task)); !ok)
                return std::unexpected(ok.error());
            if (auto ok = baselineCommit(); !ok)
                return std::unexpected(ok.error());
        }
    }
    QFile::remove(baselinePath);
    QFile::remove(baselinePath + QStringLiteral("-wal"));
    QFile::remove(baselinePath + QStringLiteral("-shm"));
    if (ours.all.empty())
        return fail(Error::Code::NotFound, QStringLiteral("nothing to pick in this cache"));
    const QJsonObject byVerdict = ours.p99ByVerdict();
    return latencyBesideBaseline(ours.all,
                                 baseline,
                                 {{QStringLiteral("bench"), QStringLiteral("pick-scan")},
                                  {QStringLiteral("background_checkpoints"), checkpointer.checkpoints()},
                                  {QStringLiteral("by_verdict"), byVerdict},
                                  {QStringLiteral("scans"), int(ours.all.size())}});
}

} // namespace wf::bench
