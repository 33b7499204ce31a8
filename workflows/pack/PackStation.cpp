#include "workflows/pack/PackStation.h"

#include <algorithm>

#include <QCoreApplication>

#include "db/Transaction.h"
#include "workflows/CacheFailure.h"
#include "workflows/FloorLabels.h"
#include "workflows/station/ItemLookup.h"
#include "workflows/supervisor/SupervisorApproval.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing class's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::PackStation", text);
}

} // namespace

Verdict PackStation::open(const QString& shipmentId, const scanner::ScanEvent& scan)
{
    auto shipment = m_bench.packs.shipment(shipmentId);
    if (!shipment)
        return cacheFailure(shipment.error());
    const db::PackShipmentRecord s = **shipment;
    if (s.status == QLatin1String("shipped"))
        return m_bench.logged(
            Verdict::of(codes::Code::AlreadyShipped, tr("Shipment %1 has shipped already.").arg(s.id)), scan);
    if (s.status == QLatin1String("cancelled"))
        return m_bench.logged(
            Verdict::of(codes::Code::ShipmentCancelled, tr("Shipment %1 was cancelled: do not pack it.").arg(s.id)),
            scan);
    if (s.status == QLatin1String("awaiting_pick") || s.status == QLatin1String("picking"))
        return m_bench.logged(Verdict::of(codes::Code::NotPicked, tr("Shipment %1 has not been picked yet.").arg(s.id)),
                              scan);
    auto& view = m_bench.view;
    view = {};
    view.shipment = s;
    if (auto ok = m_bench.loadPackage(); !ok)
        return cacheFailure(ok.error());
    auto codes = m_bench.packs.codes(s.id);
    if (!codes)
        return cacheFailure(codes.error());
    m_bench.codes = *codes;

    Verdict verdict = m_bench.prompt();
    if (view.stage == PackBench::Stage::Packing) {
        if (const QStringList notes = openingNotes(); !notes.isEmpty())
            verdict = Verdict::of(codes::Code::PackageOpenWithNotes,
                                  verdict.message + QLatin1Char(' ') + notes.join(QLatin1Char(' ')));
        else
            verdict.code = QStringLiteral("package_open");
        // Someone left it half-packed (Esc at the bench, a crash): said, not a warning — the
        // units are counted and packing goes on.
        if (s.status == QLatin1String("packing") && view.unitsPacked > 0)
            verdict.message += QLatin1Char(' ')
                               + tr("It was left half-packed: %1 of %2 units are in the box already.")
                                     .arg(view.unitsPacked)
                                     .arg(view.unitsTotal);
    }
    // Opening writes only what the floor must know now; packing starts with the first item.
    const bool firstOpen = s.status == QLatin1String("picked");
    auto ok = db::inTransaction(
        m_bench.db,
        [&]() -> Result<void> {
            for (const auto& f : view.findings)
                if (f.action == QLatin1String("block"))
                    if (auto raised =
                            m_bench.raise(QStringLiteral("restricted_destination"),
                                          f.sku,
                                          QStringLiteral("%1 → %2: %3").arg(f.tag, s.destinationCountry, f.reason));
                        !raised)
                        return raised;
            return {};
        },
        [&] {
            return firstOpen && !view.customsProblems.isEmpty()
                       ? m_bench.raise(QStringLiteral("customs_data_missing"),
                                       {},
                                       view.customsProblems.join(QStringLiteral("; ")).left(500))
                       : Result<void>{};
        },
        [&] {
            return m_bench.logScan(sourceOf(scan), scan.text, verdict);
        });
    return ok ? verdict : cacheFailure(ok.error());
}

QStringList PackStation::openingNotes() const
{
    QStringList notes;
    for (const auto& f : m_bench.view.findings) {
        if (f.action == QLatin1String("warn"))
            notes << tr("Note: %1.").arg(f.reason);
        else if (f.action == QLatin1String("suggest_service"))
            notes << tr("Use service %1: %2.").arg(f.suggestedService, f.reason);
    }
    for (const auto& l : m_bench.view.lines)
        if (l.shortQty > 0)
            notes << tr("Line %1: %2 × %3 short (%4), not in this package.")
                         .arg(l.lineNo)
                         .arg(l.shortQty)
                         .arg(l.sku, labels::shortReason(l.shortReason));
    if (!m_bench.view.customsProblems.isEmpty())
        notes << tr("Customs data missing, no label until fixed: %1.")
                     .arg(m_bench.view.customsProblems.join(QStringLiteral("; ")));
    return notes;
}

Result<void> PackStation::startPacking()
{
    const auto& s = *m_bench.view.shipment;
    return inOrder(
        [&] {
            return m_bench.packs.moveStatus(s.id, QStringLiteral("picked"), QStringLiteral("packing"));
        },
        [&] {
            return s.packageCount > 1
                       ? m_bench.raise(QStringLiteral("split_shipment"),
                                       {},
                                       QStringLiteral("package %1 of %2").arg(s.packageNo).arg(s.packageCount))
                       : Result<void>{};
        });
}

Verdict PackStation::wrongOrUnknown(const QStringList& codes, const scanner::ScanEvent& scan)
{
    for (const QString& code : codes) {
        auto found = m_bench.products.findByCode(code);
        if (!found)
            return cacheFailure(found.error());
        if (*found)
            return m_bench.logged(Verdict::of(codes::Code::WrongItem,
                                              tr("Wrong item: %1 (%2) is not in this package. Take it out.")
                                                  .arg((*found)->product.sku, (*found)->product.name)),
                                  scan,
                                  QStringLiteral("wrong_item"),
                                  (*found)->product.sku);
    }
    return m_bench.logged(
        Verdict::of(codes::Code::UnknownBarcode, tr("%1 is not a known barcode.").arg(scan.text.trimmed())), scan);
}

Verdict PackStation::packItem(const scanner::ScanEvent& scan)
{
    const QString payload = scan.text.trimmed();
    scanner::ScanEvent interpreted = scan;
    interpreted.text = payload;
    interpreted.interpretGs1();
    QStringList codes = ItemLookup::candidateCodes(payload);
    if (interpreted.gs1 && !interpreted.gs1->gtin().isEmpty())
        codes += ItemLookup::candidateCodes(interpreted.gs1->gtin());
    const std::optional<db::CodeMatch> match = m_bench.packageCode(codes);
    if (!match)
        return wrongOrUnknown(codes, scan);
    int units = match->unitsPerScan;
    if (interpreted.gs1 && interpreted.gs1->count() > 0)
        units = interpreted.gs1->count();
    auto& view = m_bench.view;
    db::PackLineRecord* line = nullptr;
    for (auto& l : view.lines)
        if (l.sku == match->product.sku && l.remaining() > 0 && !line)
            line = &l;
    if (!line)
        return m_bench.logged(
            Verdict::of(
                codes::Code::OverScan,
                tr("Too many: every %1 of this package is scanned already. Take it out.").arg(match->product.sku)),
            scan,
            QStringLiteral("over_scan"),
            match->product.sku);
    if (units > line->remaining())
        return m_bench.logged(Verdict::of(codes::Code::OverScan,
                                          tr("Too many: this scan counts %1, only %2 × %3 are left.")
                                              .arg(units)
                                              .arg(line->remaining())
                                              .arg(line->sku)),
                              scan,
                              QStringLiteral("over_scan"),
                              line->sku);
    const QString serial = interpreted.gs1 ? interpreted.gs1->serial() : QString();
    if (!line->serial.isEmpty() && !serial.isEmpty() && serial != line->serial)
        return m_bench.logged(
            Verdict::of(codes::Code::SerialMismatch,
                        tr("Serial %1 is not the one picked for this order (%2).").arg(serial, line->serial)),
            scan,
            QStringLiteral("wrong_item"),
            line->sku);
    const int packed = line->packedQty + units;
    const bool lineDone = packed == line->quantity;
    Verdict verdict =
        lineDone ? Verdict::of(codes::Code::LinePacked, tr("%1 × %2 packed: line done.").arg(packed).arg(line->sku))
                 : Verdict::of(codes::Code::ItemPacked,
                               tr("%1 of %2 × %3 packed.").arg(packed).arg(line->quantity).arg(line->sku));
    const bool starting = view.shipment->status == QLatin1String("picked");
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return starting ? startPacking() : Result<void>{};
        },
        [&] {
            return m_bench.packs.setPacked(view.shipment->id, line->lineNo, packed);
        },
        [&] {
            return m_bench.logScan(sourceOf(scan), scan.text, verdict);
        });
    if (!ok)
        return cacheFailure(ok.error());
    line->packedQty = packed;
    view.unitsPacked += units;
    if (starting)
        view.shipment->status = QStringLiteral("packing");
    if (lineDone)
        verdict.message += QLatin1Char(' ') + m_bench.prompt().message;
    return verdict;
}

Verdict PackStation::acknowledge(const QString& code)
{
    auto& view = m_bench.view;
    if (!view.shipment || view.stage != PackBench::Stage::Packing)
        return m_bench.prompt();
    db::PackPromptRecord* target = nullptr;
    for (auto& p : view.prompts)
        if (!target && p.acknowledgedBy.isEmpty() && (code.isEmpty() || p.code == code))
            target = &p;
    if (!target) {
        // Nothing is wrong when every prompt is confirmed: say what comes next, not red.
        if (code.isEmpty())
            return Verdict::of(codes::Code::PromptsAllConfirmed,
                               tr("Nothing left to confirm. %1").arg(m_bench.prompt().message));
        return Verdict::of(codes::Code::NoSuchPrompt, tr("%1 is not an open prompt of this package.").arg(code));
    }
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return m_bench.packs.acknowledge(view.shipment->id, *target, m_bench.packer.badge);
        },
        [&] {
            return m_bench.audit(QStringLiteral("pack_prompt_acknowledged"), target->code);
        });
    if (!ok)
        return cacheFailure(ok.error());
    target->acknowledgedBy = m_bench.packer.badge;
    return Verdict::of(codes::Code::PromptAcknowledged,
                       tr("Confirmed: %1. %2").arg(target->text, m_bench.prompt().message));
}

Verdict PackStation::chooseBox(const QString& code)
{
    auto& view = m_bench.view;
    if (view.stage != PackBench::Stage::Packing)
        return m_bench.prompt();
    const auto box = std::ranges::find_if(m_bench.boxes, [&](const db::BoxTypeRecord& b) {
        return b.code == code;
    });
    if (box == m_bench.boxes.end())
        return Verdict::of(codes::Code::UnknownBox, tr("%1 is not a box of this station.").arg(code));
    if (auto ok = db::inTransaction(m_bench.db,
                                    [&] {
                                        return m_bench.packs.setBox(view.shipment->id, code);
                                    });
        !ok)
        return cacheFailure(ok.error());
    view.shipment->boxCode = code;
    m_bench.refreshChecks();
    return Verdict::of(codes::Code::BoxChosen,
                       tr("%1 (%2): expected weight now %3 g.").arg(box->code, box->name).arg(view.weight.expectedG));
}

Verdict PackStation::weigh(const QString& text)
{
    auto& view = m_bench.view;
    if (view.stage != PackBench::Stage::Packing)
        return m_bench.prompt();
    if (view.unitsPacked < view.unitsTotal)
        return Verdict::of(codes::Code::WeighAfterPacking,
                           tr("Scan every item first, then weigh the package. %1").arg(m_bench.prompt().message));
    const auto typed = TypedWeight::grams(text, m_bench.settings.weightUnit);
    if (!typed)
        return Verdict::of(codes::Code::InvalidWeight, typed.error());
    const int grams = *typed;
    const WeightCheck check = view.weight;
    const bool within = check.within(grams);
    Verdict verdict =
        within ? Verdict::of(codes::Code::WeightOk,
                             tr("%1 g, expected %2 g ± %3 g.").arg(grams).arg(check.expectedG).arg(check.toleranceG))
               : Verdict::of(codes::Code::WeightMismatch,
                             tr("%1 g is outside %2 g ± %3 g: check the items, or a supervisor "
                                "accepts the weight with a reason.")
                                 .arg(grams)
                                 .arg(check.expectedG)
                                 .arg(check.toleranceG));
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return m_bench.packs.setWeight(view.shipment->id, grams, {});
        },
        [&] {
            return m_bench.logScan(QStringLiteral("scale"), QString::number(grams), verdict);
        },
        [&] {
            return within ? Result<void>{}
                          : m_bench.raise(QStringLiteral("weight_mismatch"),
                                          {},
                                          QStringLiteral("%1 g, expected %2 ± %3 g")
                                              .arg(grams)
                                              .arg(check.expectedG)
                                              .arg(check.toleranceG));
        });
    if (!ok)
        return cacheFailure(ok.error());
    view.shipment->weightG = grams;
    view.shipment->weightOverrideBy.clear();
    if (within)
        verdict.message += QLatin1Char(' ') + m_bench.prompt().message;
    return verdict;
}

Verdict PackStation::acceptWeight(const SupervisorCredentials& credentials, const QString& reasonGiven)
{
    auto& view = m_bench.view;
    if (view.stage != PackBench::Stage::Packing || view.shipment->weightG == 0)
        return m_bench.prompt();
    const QString reason = reasonGiven.simplified();
    if (reason.isEmpty())
        return Verdict::of(codes::Code::ReasonRequired, tr("A weight override needs a reason."));
    auto supervisor = checkSupervisor(
        m_bench.db, m_bench.journal.stationId(), credentials.badge, credentials.pin, m_bench.journal.clock());
    if (!supervisor)
        return supervisor.error();
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return m_bench.packs.setWeight(view.shipment->id, view.shipment->weightG, *supervisor);
        },
        [&] {
            return m_bench.audit(QStringLiteral("override_weight"),
                                 QStringLiteral("%1 g, expected %2 g: %3")
                                     .arg(view.shipment->weightG)
                                     .arg(view.weight.expectedG)
                                     .arg(reason),
                                 *supervisor);
        });
    if (!ok)
        return cacheFailure(ok.error());
    view.shipment->weightOverrideBy = *supervisor;
    return Verdict::of(codes::Code::WeightAccepted,
                       tr("Weight accepted by %1. %2").arg(*supervisor, m_bench.prompt().message));
}

Verdict PackStation::switchService(const QString& service)
{
    auto& view = m_bench.view;
    const bool suggested = std::ranges::any_of(view.findings, [&](const DestinationFinding& f) {
        return f.action == QLatin1String("suggest_service") && f.suggestedService == service;
    });
    if (!suggested)
        return Verdict::of(codes::Code::ServiceNotSuggested,
                           tr("No rule asks for service %1 on this package.").arg(service));
    const QString before = view.shipment->service;
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return m_bench.packs.setService(view.shipment->id, service);
        },
        [&] {
            return m_bench.audit(QStringLiteral("change_service"), QStringLiteral("%1 -> %2").arg(before, service));
        });
    if (!ok)
        return cacheFailure(ok.error());
    view.shipment->service = service;
    m_bench.refreshChecks();
    return Verdict::of(codes::Code::ServiceChanged, tr("Service is now %1. %2").arg(service, m_bench.prompt().message));
}

std::optional<Verdict> PackStation::notReadyToClose() const
{
    const auto& view = m_bench.view;
    QStringList shortLines;
    for (const auto& l : view.lines)
        if (l.remaining() > 0)
            shortLines << QStringLiteral("%1 × %2").arg(l.remaining()).arg(l.sku);
    if (!shortLines.isEmpty())
        return Verdict::of(
            codes::Code::UnderScan,
            tr("Not everything is in the box: %1 still to scan.").arg(shortLines.join(QStringLiteral(", "))));
    QStringList open;
    for (const auto& p : view.prompts)
        if (p.acknowledgedBy.isEmpty())
            open << labels::defaultText(p.text);
    if (!open.isEmpty())
        return Verdict::of(codes::Code::PromptsOpen, tr("Confirm first: %1").arg(open.join(QStringLiteral("; "))));
    for (const auto& f : view.findings)
        if (f.action == QLatin1String("suggest_service"))
            return Verdict::of(codes::Code::ServiceChangeNeeded,
                               tr("Use service %1 first: %2.").arg(f.suggestedService, f.reason));
    const auto& s = *view.shipment;
    if (s.weightG == 0)
        return Verdict::of(codes::Code::WeightRequired,
                           tr("Weigh the package first (expected %1 g).").arg(view.weight.expectedG));
    if (!view.weight.within(s.weightG) && s.weightOverrideBy.isEmpty())
        return Verdict::of(codes::Code::WeightMismatch,
                           tr("%1 g is outside %2 g ± %3 g: weigh again, or a supervisor accepts it.")
                               .arg(s.weightG)
                               .arg(view.weight.expectedG)
                               .arg(view.weight.toleranceG));
    return std::nullopt;
}

Verdict PackStation::close()
{
    auto& view = m_bench.view;
    if (!view.shipment || view.stage != PackBench::Stage::Packing)
        return m_bench.prompt();
    if (auto refused = notReadyToClose())
        return *refused;
    const auto& s = *view.shipment;
    const QString box = !s.boxCode.isEmpty() ? s.boxCode : (view.suggestedBox ? view.suggestedBox->code : QString());
    const Verdict closed = Verdict::of(codes::Code::PackageClosed, {});
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return m_bench.packs.closePackage(s.id, box);
        },
        [&] {
            return m_bench.writeMovements(QStringLiteral("pack"), m_bench.staging);
        },
        [&] {
            return m_bench.logScan(QStringLiteral("manual"), kCloseCommand, closed);
        });
    if (!ok)
        return m_bench.writeFailed(ok.error());
    view.shipment->status = QStringLiteral("packed");
    view.shipment->boxCode = box;
    m_bench.refreshChecks();
    return Verdict::of(codes::Code::PackageClosed, tr("Package closed in %1. %2").arg(box, m_bench.prompt().message));
}

} // namespace wf::workflows
