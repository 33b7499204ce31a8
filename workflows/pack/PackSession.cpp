#include "workflows/pack/PackSession.h"

#include <QCoreApplication>

#include "db/Locations.h"
#include "workflows/CacheFailure.h"
#include "workflows/ScanGate.h"
#include "workflows/station/ItemLookup.h"
#include "workflows/station/ModeAccess.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing class's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::PackSession", text);
}

const QString kAckPrefix = QStringLiteral("ACK:");

} // namespace

PackSession::PackSession(
    QSqlDatabase db, QString stationId, PackSettings settings, LabelOutput output, const Clock& clock)
    : m_bench(db, std::move(stationId), std::move(settings), clock)
    , m_labels(m_bench, std::move(output))
{}

QStringList PackSession::waitingToPack(int limit)
{
    auto ids = m_bench.packs.waitingToPack(limit);
    return ids ? *ids : QStringList();
}

Verdict PackSession::begin(const OperatorSession& session)
{
    if (auto refused = ModeAccess::refusal(session, FloorMode::Pack)) {
        m_bench.packer = {}; // nobody works here: scans and keys are refused until an allowed begin()
        return *refused;
    }
    m_bench.packer = session;
    m_bench.view = {};
    auto staging = db::locationOfKind(m_bench.db, QStringLiteral("staging"));
    if (!staging)
        return cacheFailure(staging.error());
    m_bench.staging = *staging;
    if (auto ok = m_bench.reloadRules(); !ok)
        return cacheFailure(ok.error());
    return m_bench.prompt();
}

Verdict PackSession::scan(const scanner::ScanEvent& scan)
{
    if (m_bench.packer.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_bench.packer, FloorMode::Pack);
    if (auto rejected = ScanGate::reject(scan))
        return *rejected;
    const QString payload = scan.text.trimmed();
    if (payload.startsWith(kAckPrefix))
        return m_station.acknowledge(payload.mid(kAckPrefix.size()));
    if (payload == kCloseCommand)
        return m_station.close();
    const auto& view = m_bench.view;
    if (view.shipment && view.stage == Stage::Verifying)
        return m_labels.verify(scan);
    const bool packing = view.shipment && view.stage == Stage::Packing;
    if (packing && m_bench.packageCode(ItemLookup::candidateCodes(payload)))
        return m_station.packItem(scan); // the package's own item: no database lookup
    return findPackage(scan, payload);
}

Verdict PackSession::findPackage(const scanner::ScanEvent& scan, const QString& payload)
{
    const auto& view = m_bench.view;
    const bool packing = view.shipment && view.stage == Stage::Packing;
    auto found = m_bench.packs.shipmentFor(payload);
    if (!found)
        return cacheFailure(found.error());
    if (*found && packing && **found == view.shipment->id)
        return m_bench.prompt();
    if (*found && packing && view.unitsPacked > 0)
        return m_bench.logged(Verdict::of(codes::Code::PackageHalfPacked,
                                          tr("Package %1 is half packed: finish it, or cancel it, before opening %2.")
                                              .arg(view.shipment->id, **found)),
                              scan);
    if (*found)
        return m_station.open(**found, scan);
    if (packing)
        return m_station.packItem(scan);
    return m_bench.logged(Verdict::of(codes::Code::UnknownPackage,
                                      tr("%1 is not a tote, order or shipment of this warehouse.").arg(payload)),
                          scan);
}

std::optional<Verdict> PackSession::noPackageHere() const
{
    if (m_bench.packer.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_bench.packer, FloorMode::Pack);
    if (!m_bench.view.shipment)
        return m_bench.prompt();
    return std::nullopt;
}

Verdict PackSession::acknowledgePrompt(const QString& code)
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_station.acknowledge(code);
}

Verdict PackSession::chooseBox(const QString& code)
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_station.chooseBox(code);
}

Verdict PackSession::weigh(const QString& typed)
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_station.weigh(typed);
}

Verdict PackSession::weighGrams(int grams)
{
    return weigh(QString::number(grams) + QStringLiteral(" g"));
}

Verdict PackSession::overrideWeight(const SupervisorCredentials& supervisor, const QString& reason)
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_station.acceptWeight(supervisor, reason);
}

Verdict PackSession::changeService(const QString& service)
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_station.switchService(service);
}

Verdict PackSession::closePackage()
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_station.close();
}

Verdict PackSession::printLabel()
{
    if (auto refused = noPackageHere())
        return *refused;
    return m_labels.print({});
}

Verdict PackSession::reprintLabel(const QString& reason)
{
    if (auto refused = noPackageHere())
        return *refused;
    if (reason.trimmed().isEmpty())
        return Verdict::of(codes::Code::ReasonRequired, tr("Say why the label is printed again."));
    return m_labels.print(reason.trimmed());
}

std::expected<PackSession::PrintJob, Verdict> PackSession::preparePrint(const QString& reprintReason)
{
    return m_labels.prepare(reprintReason);
}

Verdict PackSession::finishPrint(const PrintJob& job, const Result<QString>& where)
{
    return m_labels.finish(job, where);
}

Verdict PackSession::setAside()
{
    if (m_bench.packer.badge.isEmpty())
        return *ModeAccess::refusal(m_bench.packer, FloorMode::Pack);
    m_bench.view = {};
    return m_bench.prompt();
}

Verdict PackSession::savePackingRule(const db::PackingRuleRecord& rule, const QString& reason)
{
    return m_playbook.save(rule, reason);
}

} // namespace wf::workflows
