#include "workflows/pack/PackBench.h"

#include <algorithm>

#include <QCoreApplication>

#include "db/AuditLog.h"
#include "db/Transaction.h"
#include "workflows/CacheFailure.h"
#include "workflows/FloorLabels.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing class's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::PackBench", text);
}

} // namespace

QString sourceOf(const scanner::ScanEvent& scan)
{
    return scanner::ScanEvent::sourceName(scan.source);
}

PackBench::PackBench(QSqlDatabase database, QString stationId, PackSettings packSettings, const Clock& clock)
    : db(database)
    , settings(std::move(packSettings))
    , packs(database)
    , products(database)
    , journal(database, std::move(stationId), clock)
{}

QString PackBench::subject() const
{
    return view.shipment ? QStringLiteral("shipment:") + view.shipment->id : QString();
}

int PackBench::boxTare() const
{
    const QString code = view.shipment && !view.shipment->boxCode.isEmpty()
                             ? view.shipment->boxCode
                             : (view.suggestedBox ? view.suggestedBox->code : QString());
    for (const auto& box : boxes)
        if (box.code == code)
            return box.tareG;
    return 0;
}

Result<void> PackBench::loadPackage()
{
    auto lines = packs.lines(view.shipment->id);
    auto acknowledged = packs.prompts(view.shipment->id);
    if (!lines || !acknowledged)
        return std::unexpected(!lines ? lines.error() : acknowledged.error());
    view.lines = *lines;
    // The playbook's prompts for these items, with what was confirmed on this package so far.
    view.prompts = packing::playbookPrompts(packing::linesInPackage(view.lines), packingRules);
    for (const auto& done : *acknowledged) {
        const auto same = std::ranges::find_if(view.prompts, [&](const auto& p) {
            return p.code == done.code;
        });
        if (same == view.prompts.end())
            view.prompts.append(done);
        else
            same->acknowledgedBy = done.acknowledgedBy;
    }
    refreshChecks();
    return {};
}

Result<void> PackBench::reloadRules()
{
    auto destination = packs.destinationRules();
    auto playbook = packs.packingRules();
    auto boxTypes = packs.boxTypes();
    if (!destination || !playbook || !boxTypes)
        return std::unexpected(!destination ? destination.error() : (!playbook ? playbook.error() : boxTypes.error()));
    destinationRules = *destination;
    packingRules = *playbook;
    boxes = *boxTypes;
    return view.shipment ? loadPackage() : Result<void>{};
}

void PackBench::refreshChecks()
{
    const db::PackShipmentRecord& s = *view.shipment;
    const QList<db::PackLineRecord> packed = packing::linesInPackage(view.lines); // short lines are not in the box
    view.findings = packing::destinationFindings(s, packed, destinationRules);
    view.customsProblems = packing::customsProblems(s, packed);
    view.suggestedBox = packing::suggestBox(packed, boxes);
    view.weight = packing::expectedWeight(packed, boxTare(), settings.weightTolerance);
    view.unitsPacked = 0;
    view.unitsTotal = 0;
    for (const auto& l : view.lines) {
        view.unitsPacked += l.packedQty;
        view.unitsTotal += l.quantity;
    }
    const bool blocked = std::ranges::any_of(view.findings, [](const DestinationFinding& f) {
        return f.action == QLatin1String("block");
    });
    if (s.status == QLatin1String("labelled"))
        view.stage = Stage::Verifying;
    else if (s.status == QLatin1String("packed"))
        view.stage = Stage::Labelling;
    else if (blocked)
        view.stage = Stage::Blocked;
    else
        view.stage = Stage::Packing;
}

Verdict PackBench::prompt() const
{
    if (!view.shipment)
        return Verdict::of(codes::Code::ScanPackage, tr("Scan a tote, an order or a shipment to pack."));
    const auto& s = *view.shipment;
    const QString package =
        tr("Order %1, package %2 of %3 (%4).").arg(s.orderId).arg(s.packageNo).arg(s.packageCount).arg(s.id);
    switch (view.stage) {
    case Stage::NoPackage:
        break;
    case Stage::Blocked:
        return Verdict::of(
            codes::Code::RestrictedDestination,
            tr("%1 Do not pack: %2. Set it aside for a supervisor.").arg(package, view.findings.value(0).reason));
    case Stage::Packing:
        for (const auto& l : view.lines)
            if (l.remaining() > 0)
                return Verdict::of(
                    codes::Code::ScanItem,
                    tr("%1 Scan %2 × %3 (%4).").arg(package).arg(l.remaining()).arg(l.sku, l.productName));
        for (const auto& p : view.prompts)
            if (p.acknowledgedBy.isEmpty())
                return Verdict::of(codes::Code::AcknowledgePrompt,
                                   tr("%1 %2 — confirm when done.").arg(package, labels::defaultText(p.text)));
        if (view.shipment->weightG == 0)
            return Verdict::of(codes::Code::WeighPackage,
                               tr("%1 Put it on the scale (expected %2 g).").arg(package).arg(view.weight.expectedG));
        return Verdict::of(codes::Code::ClosePackage, tr("%1 Close the package.").arg(package));
    case Stage::Labelling:
        return Verdict::of(codes::Code::PrintLabel, tr("%1 Print the label.").arg(package));
    case Stage::Verifying:
        if (packing::printedLabelOutdated(s))
            return Verdict::of(codes::Code::LabelOutdated,
                               tr("%1 Its carrier tracking number %2 arrived after the label was printed: the label "
                                  "on the box is not the carrier's. Print it again (F7), put it over the old one and "
                                  "scan it.")
                                   .arg(package, packing::labelBarcodeOf(s)));
        return Verdict::of(codes::Code::ScanLabel, tr("%1 Scan the label on the box and the package.").arg(package));
    }
    return Verdict::of(codes::Code::ScanPackage, tr("Scan a tote, an order or a shipment to pack."));
}

Result<void> PackBench::logScan(const QString& source, const QString& text, const Verdict& verdict)
{
    return journal.scan(
        packer.badge, QStringLiteral("pack"), source, text, Verdict::kindName(verdict.kind), verdict.code);
}

Result<void> PackBench::raise(const QString& kind, const QString& sku, const QString& detail)
{
    return journal.exception(
        kind, subject(), view.shipment ? view.shipment->orderId : QString(), sku, detail, packer.badge);
}

Result<void> PackBench::audit(const QString& action, const QString& detail, const QString& by)
{
    return db::AuditLog(db, journal.clock())
        .append(by.isEmpty() ? packer.badge : by, journal.stationId(), action, subject(), detail);
}

Verdict PackBench::logged(const Verdict& verdict,
                          const scanner::ScanEvent& scan,
                          const QString& exceptionKind,
                          const QString& sku)
{
    auto ok = db::inTransaction(
        db,
        [&] {
            return logScan(sourceOf(scan), scan.text, verdict);
        },
        [&] {
            return exceptionKind.isEmpty() ? Result<void>{} : raise(exceptionKind, sku, verdict.message.left(200));
        });
    return ok ? verdict : cacheFailure(ok.error());
}

Verdict PackBench::writeFailed(const Error& error) const
{
    if (error.code != Error::Code::Conflict || !view.shipment)
        return cacheFailure(error);
    return Verdict::of(codes::Code::PackageMovedOn,
                       tr("Shipment %1 was changed meanwhile; scan it again.").arg(view.shipment->id));
}

Result<void> PackBench::writeMovements(const QString& kind, qint64 toLocation)
{
    const auto& s = *view.shipment;
    for (const auto& l : view.lines) {
        if (l.packedQty == 0)
            continue; // short: nothing of it was picked or packed
        auto uuid = journal.movement(
            {kind, l.sku, l.packedQty, staging, toLocation, QStringLiteral("shipment:%1/%2").arg(s.id).arg(l.lineNo)},
            packer.badge);
        if (!uuid)
            return std::unexpected(uuid.error());
    }
    return {};
}

std::optional<db::CodeMatch> PackBench::packageCode(const QStringList& candidates) const
{
    for (const QString& code : candidates) {
        const auto found = codes.constFind(code);
        if (found == codes.cend())
            continue;
        db::CodeMatch match;
        match.code = code;
        match.unitsPerScan = found->units;
        match.product.sku = found->sku;
        return match;
    }
    return std::nullopt;
}

} // namespace wf::workflows
