#include "PackScanBench.h"

#include <chrono>
#include <map>
#include <vector>

#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "BareCommit.h"
#include "LookupBench.h"
#include "TimedVerdicts.h"
#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"
#include "workflows/pack/PackSession.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;
using workflows::PackSession;
using workflows::Verdict;

/// The shipments the bench packs, marked picked as if a picker had brought them (untimed).
Result<QStringList> pickedShipments(const QSqlDatabase& db, int count)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return fail(Error::Code::QueryFailed, QStringLiteral("begin"));
    q.prepare(QStringLiteral("SELECT id FROM shipment WHERE status = 'awaiting_pick' ORDER BY id LIMIT ?"));
    q.addBindValue(count);
    if (!q.exec())
        return fail(Error::Code::QueryFailed, QStringLiteral("shipments to pack"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE shipment SET status = 'picked' WHERE id = ?"));
    for (const QString& id : ids) {
        mark.addBindValue(id);
        if (!mark.exec())
            return fail(Error::Code::QueryFailed, QStringLiteral("mark picked"));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(Error::Code::QueryFailed, QStringLiteral("commit"));
    return ids;
}

} // namespace

Result<QJsonObject> PackScanBench::run(const QString& cachePath, int scans)
{
    auto cache = db::LocalCache::open(cachePath, db::LocalCache::Missing::Refuse);
    if (!cache)
        return std::unexpected(cache.error());
    const auto db = (*cache)->database();
    const QString baselinePath = QFileInfo(cachePath).absolutePath() + QStringLiteral("/bench-baseline.sqlite");
    QTemporaryDir labels;
    auto shipments = pickedShipments(db, std::max(10, scans / 3));
    if (!shipments)
        return std::unexpected(shipments.error());
    BareCommit bare(baselinePath);
    db::CacheCheckpointer checkpointer(db); // as at a station
    PackSession pack(db, QStringLiteral("ST-BENCH"), {}, printing::LabelOutput::folder(labels.path()));
    const workflows::OperatorSession packer{QStringLiteral("K2001"),
                                            QStringLiteral("Bench"),
                                            {QStringLiteral("packer")},
                                            QStringLiteral("en"),
                                            QStringLiteral("ST-BENCH")};
    pack.begin(packer);
    TimedVerdicts ours;
    std::vector<double> baseline;
    int packed = 0;
    int setAside = 0;
    const auto scanBoth = [&](const QString& text) -> Result<Verdict> {
        const Verdict verdict = ours.time([&] {
            return pack.scan(scanner::ScanEvent::manual(text));
        });
        const auto t0 = Clock::now();
        if (!bare.insertAndCommit(qint64(baseline.size())))
            return fail(Error::Code::QueryFailed, QStringLiteral("baseline insert"));
        baseline.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        if (verdict.code == QLatin1String("cache_error"))
            return fail(Error::Code::QueryFailed, verdict.message);
        return verdict;
    };
    for (const QString& id : *shipments) {
        if (int(ours.all.size()) >= scans)
            break;
        auto opened = scanBoth(id);
        if (!opened)
            return std::unexpected(opened.error());
        const auto view = pack.view();
        QSet<QString> services; // two rules asking for different services: a supervisor decides
        for (const auto& finding : view.findings)
            if (finding.action == QLatin1String("suggest_service"))
                services.insert(finding.suggestedService);
        if (view.stage != PackSession::Stage::Packing || !view.customsProblems.isEmpty() || services.size() > 1) {
            ++setAside; // blocked, or no label without customs data: set aside as on the floor
            pack.setAside();
            continue;
        }
        for (const auto& line : view.lines)
            for (int unit = line.packedQty; unit < line.quantity; ++unit)
                if (auto v = scanBoth(unitCode(db, line.sku)); !v || v->kind != Verdict::Kind::Ok)
                    return fail(Error::Code::InvalidInput,
                                QStringLiteral("%1: %2").arg(
                                    id, v ? v->code + QStringLiteral(" ") + v->message : v.error().detail));
        for (const auto& prompt : pack.view().prompts)
            if (auto v = scanBoth(QStringLiteral("ACK:") + prompt.code); !v)
                return std::unexpected(v.error());
        for (const auto& finding : pack.view().findings)
            if (finding.action == QLatin1String("suggest_service"))
                pack.changeService(finding.suggestedService);
        pack.weigh(QString::number(pack.view().weight.expectedG) + QStringLiteral(" g"));
        if (auto v = scanBoth(QStringLiteral("CMD:CLOSE")); !v || v->code != QLatin1String("package_closed"))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 did not close: %2").arg(id, v ? v->message : v.error().detail));
        if (const auto printed = pack.printLabel(); printed.code != QLatin1String("label_printed"))
            return fail(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(id, printed.message));
        const auto shipment = *pack.view().shipment;
        if (auto v = scanBoth(shipment.labelBarcode.isEmpty() ? shipment.trackingNumber : shipment.labelBarcode); !v)
            return std::unexpected(v.error());
        if (auto v = scanBoth(shipment.id); !v || v->code != QLatin1String("shipped"))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 not shipped: %2").arg(id, v ? v->message : QString()));
        ++packed;
    }
    QFile::remove(baselinePath);
    QFile::remove(baselinePath + QStringLiteral("-wal"));
    QFile::remove(baselinePath + QStringLiteral("-shm"));
    if (ours.all.empty())
        return fail(Error::Code::NotFound, QStringLiteral("nothing to pack in this cache"));
    const QJsonObject byVerdict = ours.p99ByVerdict();
    return latencyBesideBaseline(ours.all,
                                 baseline,
                                 {{QStringLiteral("bench"), QStringLiteral("pack-scan")},
                                  {QStringLiteral("background_checkpoints"), checkpointer.checkpoints()},
                                  {QStringLiteral("by_verdict"), byVerdict},
                                  {QStringLiteral("packages_shipped"), packed},
                                  {QStringLiteral("packages_set_aside"), setAside},
                                  {QStringLiteral("scans"), int(ours.all.size())}});
}

} // namespace wf::bench
