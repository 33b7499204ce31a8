#include "workflows/PackSession.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include "db/AuditLog.h"
#include "db/Locations.h"
#include "db/Transaction.h"
#include "workflows/CacheFailure.h"
#include "workflows/FloorLabels.h"
#include "workflows/ItemLookup.h"
#include "workflows/ModeAccess.h"
#include "workflows/ScanGate.h"
#include "workflows/SupervisorApproval.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing scope's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::PackSession", text);
}

QString sourceOf(const scanner::ScanEvent& scan)
{
    return scanner::ScanEvent::sourceName(scan.source);
}

const QString kAckPrefix = QStringLiteral("ACK:");
const QString kClose = QStringLiteral("CMD:CLOSE");

} // namespace

PackSession::LabelOutput PackSession::labelFolder(const QString& folder)
{
    return [folder](const ShippingLabel& label, const QString& format) -> Result<QString> {
        auto bytes = label.render(format);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (!QDir().mkpath(folder))
            return fail(Error::Code::CacheReadOnly, QStringLiteral("cannot create %1").arg(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("%1.%2").arg(label.shipmentId, format));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return fail(Error::Code::CacheReadOnly, file.errorString(), path);
        return path;
    };
}

QString PackSession::labelFolderFor(const QString& cachePath)
{
    return cachePath + QStringLiteral("-labels");
}

PackSession::PackSession(QSqlDatabase db, QString stationId, PackSettings settings, LabelOutput output)
    : m_db(db)
    , m_settings(std::move(settings))
    , m_output(std::move(output))
    , m_packs(db)
    , m_products(db)
    , m_journal(db, std::move(stationId))
{}

QStringList PackSession::waitingToPack(int limit)
{
    auto ids = m_packs.waitingToPack(limit);
    return ids ? *ids : QStringList();
}

Verdict PackSession::cacheError(const Error& error) const
{
    return cacheFailure(error);
}

Verdict PackSession::begin(const OperatorSession& session)
{
    if (auto refused = ModeAccess::refusal(session, FloorMode::Pack)) {
        m_operator = {}; // nobody works here: scans and keys are refused until an allowed begin()
        return *refused;
    }
    m_operator = session;
    m_view = {};
    auto staging = db::locationOfKind(m_db, QStringLiteral("staging"));
    if (!staging)
        return cacheError(staging.error());
    m_staging = *staging;
    if (auto ok = reloadRules(); !ok)
        return cacheError(ok.error());
    return prompt();
}

int PackSession::boxTare() const
{
    const QString code = m_view.shipment && !m_view.shipment->boxCode.isEmpty()
                             ? m_view.shipment->boxCode
                             : (m_view.suggestedBox ? m_view.suggestedBox->code : QString());
    for (const auto& box : m_boxes)
        if (box.code == code)
            return box.tareG;
    return 0;
}

Result<void> PackSession::reload()
{
    if (!m_view.shipment)
        return {};
    auto shipment = m_packs.shipment(m_view.shipment->id);
    if (!shipment)
        return std::unexpected(shipment.error());
    if (!*shipment)
        return fail(Error::Code::NotFound, m_view.shipment->id, QStringLiteral("shipment"));
    m_view.shipment = **shipment;
    return loadPackage();
}

Result<void> PackSession::loadPackage()
{
    auto lines = m_packs.lines(m_view.shipment->id);
    auto acknowledged = m_packs.prompts(m_view.shipment->id);
    if (!lines || !acknowledged)
        return std::unexpected(!lines ? lines.error() : acknowledged.error());
    m_view.lines = *lines;
    // The playbook's prompts for these items, with what was confirmed on this package so far.
    m_view.prompts = packing::playbookPrompts(m_view.lines, m_packingRules);
    for (const auto& done : *acknowledged) {
        const auto same = std::ranges::find_if(m_view.prompts, [&](const auto& p) {
            return p.code == done.code;
        });
        if (same == m_view.prompts.end())
            m_view.prompts.append(done);
        else
            same->acknowledgedBy = done.acknowledgedBy;
    }
    refreshChecks();
    return {};
}

Result<void> PackSession::reloadRules()
{
    auto destination = m_packs.destinationRules();
    auto packingRules = m_packs.packingRules();
    auto boxes = m_packs.boxTypes();
    if (!destination || !packingRules || !boxes)
        return std::unexpected(!destination ? destination.error()
                                            : (!packingRules ? packingRules.error() : boxes.error()));
    m_destinationRules = *destination;
    m_packingRules = *packingRules;
    m_boxes = *boxes;
    return m_view.shipment ? loadPackage() : Result<void>{};
}

void PackSession::refreshChecks()
{
    const db::PackShipmentRecord& s = *m_view.shipment;
    m_view.findings = packing::destinationFindings(s, m_view.lines, m_destinationRules);
    m_view.customsProblems = packing::customsProblems(s, m_view.lines);
    m_view.suggestedBox = packing::suggestBox(m_view.lines, m_boxes);
    m_view.weight = packing::expectedWeight(m_view.lines, boxTare(), m_settings.weightTolerance);
    m_view.unitsPacked = 0;
    m_view.unitsTotal = 0;
    for (const auto& l : m_view.lines) {
        m_view.unitsPacked += l.packedQty;
        m_view.unitsTotal += l.quantity;
    }
    const bool blocked = std::ranges::any_of(m_view.findings, [](const DestinationFinding& f) {
        return f.action == QLatin1String("block");
    });
    if (s.status == QLatin1String("labelled"))
        m_view.stage = Stage::Verifying;
    else if (s.status == QLatin1String("packed"))
        m_view.stage = Stage::Labelling;
    else if (blocked)
        m_view.stage = Stage::Blocked;
    else
        m_view.stage = Stage::Packing;
}

Verdict PackSession::prompt() const
{
    if (!m_view.shipment)
        return Verdict::prompt(QStringLiteral("scan_package"), tr("Scan a tote, an order or a shipment to pack."));
    const auto& s = *m_view.shipment;
    const QString package =
        tr("Order %1, package %2 of %3 (%4).").arg(s.orderId).arg(s.packageNo).arg(s.packageCount).arg(s.id);
    switch (m_view.stage) {
    case Stage::NoPackage:
        break;
    case Stage::Blocked:
        return Verdict::error(
            QStringLiteral("restricted_destination"),
            tr("%1 Do not pack: %2. Set it aside for a supervisor.").arg(package, m_view.findings.value(0).reason));
    case Stage::Packing:
        for (const auto& l : m_view.lines)
            if (l.remaining() > 0)
                return Verdict::prompt(
                    QStringLiteral("scan_item"),
                    tr("%1 Scan %2 × %3 (%4).").arg(package).arg(l.remaining()).arg(l.sku, l.productName));
        for (const auto& p : m_view.prompts)
            if (p.acknowledgedBy.isEmpty())
                return Verdict::prompt(QStringLiteral("acknowledge_prompt"),
                                       tr("%1 %2 — confirm when done.").arg(package, labels::defaultText(p.text)));
        if (m_view.shipment->weightG == 0)
            return Verdict::prompt(
                QStringLiteral("weigh_package"),
                tr("%1 Put it on the scale (expected %2 g).").arg(package).arg(m_view.weight.expectedG));
        return Verdict::prompt(QStringLiteral("close_package"), tr("%1 Close the package.").arg(package));
    case Stage::Labelling:
        return Verdict::prompt(QStringLiteral("print_label"), tr("%1 Print the label.").arg(package));
    case Stage::Verifying:
        return Verdict::prompt(QStringLiteral("scan_label"),
                               tr("%1 Scan the label on the box and the package.").arg(package));
    }
    return Verdict::prompt(QStringLiteral("scan_package"), tr("Scan a tote, an order or a shipment to pack."));
}

Verdict PackSession::logged(const Verdict& verdict,
                            const scanner::ScanEvent& scan,
                            const QString& exceptionKind,
                            const QString& sku)
{
    db::Transaction tx(m_db);
    if (auto ok = tx.begun(); !ok)
        return cacheError(ok.error());
    auto ok = m_journal.scan(m_operator.badge,
                             QStringLiteral("pack"),
                             sourceOf(scan),
                             scan.text,
                             Verdict::kindName(verdict.kind),
                             verdict.code);
    if (ok && !exceptionKind.isEmpty())
        ok = m_journal.exception(exceptionKind,
                                 m_view.shipment ? QStringLiteral("shipment:") + m_view.shipment->id : QString(),
                                 m_view.shipment ? m_view.shipment->orderId : QString(),
                                 sku,
                                 verdict.message.left(200),
                                 m_operator.badge);
    if (ok)
        ok = tx.commit();
    return ok ? verdict : cacheError(ok.error());
}

Verdict PackSession::scan(const scanner::ScanEvent& scan)
{
    if (m_operator.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_operator, FloorMode::Pack);
    if (auto rejected = ScanGate::reject(scan))
        return *rejected;
    const QString payload = scan.text.trimmed();
    if (payload.startsWith(kAckPrefix))
        return acknowledge(payload.mid(kAckPrefix.size()));
    if (payload == kClose)
        return close();
    if (m_view.shipment && m_view.stage == Stage::Verifying)
        return verifyLabel(scan);
    const bool packing = m_view.shipment && m_view.stage == Stage::Packing;
    if (packing && packageCode(ItemLookup::candidateCodes(payload)))
        return packItem(scan); // the package's own item: no database lookup
    auto found = m_packs.shipmentFor(payload);
    if (!found)
        return cacheError(found.error());
    if (*found && packing && **found == m_view.shipment->id)
        return prompt();
    if (*found && packing && m_view.unitsPacked > 0)
        return logged(Verdict::error(QStringLiteral("package_open"),
                                     tr("Package %1 is half packed: finish it, or cancel it, before opening %2.")
                                         .arg(m_view.shipment->id, **found)),
                      scan);
    if (*found)
        return openPackage(**found, scan);
    if (packing)
        return packItem(scan);
    return logged(Verdict::error(QStringLiteral("unknown_package"),
                                 tr("%1 is not a tote, order or shipment of this warehouse.").arg(payload)),
                  scan);
}

Verdict PackSession::openPackage(const QString& shipmentId, const scanner::ScanEvent& scan)
{
    auto shipment = m_packs.shipment(shipmentId);
    if (!shipment)
        return cacheError(shipment.error());
    const db::PackShipmentRecord s = **shipment;
    if (s.status == QLatin1String("shipped"))
        return logged(
            Verdict::error(QStringLiteral("already_shipped"), tr("Shipment %1 has shipped already.").arg(s.id)), scan);
    if (s.status == QLatin1String("cancelled"))
        return logged(Verdict::error(QStringLiteral("shipment_cancelled"),
                                     tr("Shipment %1 was cancelled: do not pack it.").arg(s.id)),
                      scan);
    if (s.status == QLatin1String("awaiting_pick") || s.status == QLatin1String("picking"))
        return logged(
            Verdict::error(QStringLiteral("not_picked"), tr("Shipment %1 has not been picked yet.").arg(s.id)), scan);
    m_view = {};
    m_view.shipment = s;
    if (auto ok = loadPackage(); !ok)
        return cacheError(ok.error());
    auto codes = m_packs.codes(s.id);
    if (!codes)
        return cacheError(codes.error());
    m_codes = *codes;
    const bool firstOpen = s.status == QLatin1String("picked");
    // Opening writes only what the floor must know now; packing starts with the first item.
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    for (const auto& f : m_view.findings)
        if (ok && f.action == QLatin1String("block"))
            ok = m_journal.exception(QStringLiteral("restricted_destination"),
                                     QStringLiteral("shipment:") + s.id,
                                     s.orderId,
                                     f.sku,
                                     QStringLiteral("%1 → %2: %3").arg(f.tag, s.destinationCountry, f.reason),
                                     m_operator.badge);
    if (ok && firstOpen && !m_view.customsProblems.isEmpty())
        ok = m_journal.exception(QStringLiteral("customs_data_missing"),
                                 QStringLiteral("shipment:") + s.id,
                                 s.orderId,
                                 {},
                                 m_view.customsProblems.join(QStringLiteral("; ")).left(500),
                                 m_operator.badge);
    Verdict verdict = prompt();
    if (m_view.stage == Stage::Packing) {
        QStringList notes;
        for (const auto& f : m_view.findings) {
            if (f.action == QLatin1String("warn"))
                notes << tr("Note: %1.").arg(f.reason);
            else if (f.action == QLatin1String("suggest_service"))
                notes << tr("Use service %1: %2.").arg(f.suggestedService, f.reason);
        }
        if (!m_view.customsProblems.isEmpty())
            notes << tr("Customs data missing, no label until fixed: %1.")
                         .arg(m_view.customsProblems.join(QStringLiteral("; ")));

        if (!notes.isEmpty())
            verdict = Verdict::warn(QStringLiteral("package_open_with_notes"),
                                    verdict.message + QLatin1Char(' ') + notes.join(QLatin1Char(' ')));
        else
            verdict.code = QStringLiteral("package_open");
        // Someone left it half-packed (Esc at the bench, a crash): said, not a warning — the
        // units are counted and packing goes on.
        if (s.status == QLatin1String("packing") && m_view.unitsPacked > 0)
            verdict.message += QLatin1Char(' ')
                               + tr("It was left half-packed: %1 of %2 units are in the box already.")
                                     .arg(m_view.unitsPacked)
                                     .arg(m_view.unitsTotal);
    }
    if (ok)
        ok = m_journal.scan(m_operator.badge,
                            QStringLiteral("pack"),
                            sourceOf(scan),
                            scan.text,
                            Verdict::kindName(verdict.kind),
                            verdict.code);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    return verdict;
}

std::optional<db::CodeMatch> PackSession::packageCode(const QStringList& codes) const
{
    for (const QString& code : codes) {
        const auto found = m_codes.constFind(code);
        if (found == m_codes.cend())
            continue;
        db::CodeMatch match;
        match.code = code;
        match.unitsPerScan = found->units;
        match.product.sku = found->sku;
        return match;
    }
    return std::nullopt;
}

Result<void> PackSession::startPacking()
{
    const auto& s = *m_view.shipment;
    auto ok = m_packs.moveStatus(s.id, QStringLiteral("picked"), QStringLiteral("packing"));
    if (ok && s.packageCount > 1)
        ok = m_journal.exception(QStringLiteral("split_shipment"),
                                 QStringLiteral("shipment:") + s.id,
                                 s.orderId,
                                 {},
                                 QStringLiteral("package %1 of %2").arg(s.packageNo).arg(s.packageCount),
                                 m_operator.badge);
    return ok;
}

Verdict PackSession::packItem(const scanner::ScanEvent& scan)
{
    const QString payload = scan.text.trimmed();
    scanner::ScanEvent interpreted = scan;
    interpreted.text = payload;
    interpreted.interpretGs1();
    QStringList codes = ItemLookup::candidateCodes(payload);
    if (interpreted.gs1 && !interpreted.gs1->gtin().isEmpty())
        codes += ItemLookup::candidateCodes(interpreted.gs1->gtin());
    std::optional<db::CodeMatch> match = packageCode(codes);
    if (!match) {
        for (const QString& code : codes) {
            auto found = m_products.findByCode(code);
            if (!found)
                return cacheError(found.error());
            if (*found) {
                return logged(Verdict::error(QStringLiteral("wrong_item"),
                                             tr("Wrong item: %1 (%2) is not in this package. Take it out.")
                                                 .arg((*found)->product.sku, (*found)->product.name)),
                              scan,
                              QStringLiteral("wrong_item"),
                              (*found)->product.sku);
            }
        }
        return logged(Verdict::error(QStringLiteral("unknown_barcode"), tr("%1 is not a known barcode.").arg(payload)),
                      scan);
    }
    int units = match->unitsPerScan;
    if (interpreted.gs1 && interpreted.gs1->count() > 0)
        units = interpreted.gs1->count();
    db::PackLineRecord* line = nullptr;
    for (auto& l : m_view.lines)
        if (l.sku == match->product.sku && l.remaining() > 0 && !line)
            line = &l;
    if (!line)
        return logged(
            Verdict::error(
                QStringLiteral("over_scan"),
                tr("Too many: every %1 of this package is scanned already. Take it out.").arg(match->product.sku)),
            scan,
            QStringLiteral("over_scan"),
            match->product.sku);
    if (units > line->remaining())
        return logged(Verdict::error(QStringLiteral("over_scan"),
                                     tr("Too many: this scan counts %1, only %2 × %3 are left.")
                                         .arg(units)
                                         .arg(line->remaining())
                                         .arg(line->sku)),
                      scan,
                      QStringLiteral("over_scan"),
                      line->sku);
    const QString serial = interpreted.gs1 ? interpreted.gs1->serial() : QString();
    if (!line->serial.isEmpty() && !serial.isEmpty() && serial != line->serial)
        return logged(
            Verdict::error(QStringLiteral("serial_mismatch"),
                           tr("Serial %1 is not the one picked for this order (%2).").arg(serial, line->serial)),
            scan,
            QStringLiteral("wrong_item"),
            line->sku);
    const int packed = line->packedQty + units;
    const bool lineDone = packed == line->quantity;
    Verdict verdict =
        lineDone
            ? Verdict::ok(QStringLiteral("line_packed"), tr("%1 × %2 packed: line done.").arg(packed).arg(line->sku))
            : Verdict::ok(QStringLiteral("item_packed"),
                          tr("%1 of %2 × %3 packed.").arg(packed).arg(line->quantity).arg(line->sku));
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    const bool starting = m_view.shipment->status == QLatin1String("picked");
    if (ok && starting)
        ok = startPacking();
    if (ok)
        ok = m_packs.setPacked(m_view.shipment->id, line->lineNo, packed);
    if (ok)
        ok = m_journal.scan(
            m_operator.badge, QStringLiteral("pack"), sourceOf(scan), scan.text, QStringLiteral("ok"), verdict.code);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    line->packedQty = packed;
    m_view.unitsPacked += units;
    if (starting)
        m_view.shipment->status = QStringLiteral("packing");
    if (lineDone) {
        const Verdict next = prompt();
        verdict.message += QLatin1Char(' ') + next.message;
    }
    return verdict;
}

std::optional<Verdict> PackSession::noPackageHere() const
{
    if (m_operator.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_operator, FloorMode::Pack);
    if (!m_view.shipment)
        return prompt();
    return std::nullopt;
}

Verdict PackSession::acknowledgePrompt(const QString& code)
{
    if (auto refused = noPackageHere())
        return *refused;
    return acknowledge(code);
}

Verdict PackSession::chooseBox(const QString& code)
{
    if (auto refused = noPackageHere())
        return *refused;
    return chooseBoxFor(code);
}

Verdict PackSession::weigh(const QString& typed)
{
    if (auto refused = noPackageHere())
        return *refused;
    return weighText(typed);
}

Verdict PackSession::weighGrams(int grams)
{
    return weigh(QString::number(grams) + QStringLiteral(" g"));
}

Verdict PackSession::overrideWeight(const SupervisorCredentials& supervisor, const QString& reason)
{
    if (auto refused = noPackageHere())
        return *refused;
    return acceptWeight(supervisor, reason);
}

Verdict PackSession::changeService(const QString& service)
{
    if (auto refused = noPackageHere())
        return *refused;
    return switchService(service);
}

Verdict PackSession::closePackage()
{
    if (auto refused = noPackageHere())
        return *refused;
    return close();
}

Verdict PackSession::printLabel()
{
    if (auto refused = noPackageHere())
        return *refused;
    return print({});
}

Verdict PackSession::reprintLabel(const QString& reason)
{
    if (auto refused = noPackageHere())
        return *refused;
    if (reason.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("reason_required"), tr("Say why the label is printed again."));
    return print(reason.trimmed());
}

Verdict PackSession::setAside()
{
    if (m_operator.badge.isEmpty())
        return *ModeAccess::refusal(m_operator, FloorMode::Pack);
    m_view = {};
    return prompt();
}

Verdict PackSession::savePackingRule(const db::PackingRuleRecord& rule, const QString& reason)
{
    if (!m_operator.hasRole(QStringLiteral("supervisor")))
        return Verdict::error(QStringLiteral("not_supervisor"), tr("Only a supervisor changes the packing playbook."));
    if (reason.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("reason_required"), tr("Say why the playbook changes."));
    static const QStringList classes = {QStringLiteral("*"),
                                        QStringLiteral("fragile"),
                                        QStringLiteral("apparel"),
                                        QStringLiteral("electronics"),
                                        QStringLiteral("liquid"),
                                        QStringLiteral("battery"),
                                        QStringLiteral("standard")};
    if (!classes.contains(rule.packingClass) || rule.minItems < 1 || rule.promptCode.trimmed().isEmpty()
        || rule.promptText.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("invalid_rule"),
                              tr("A rule needs a packing class (%1), at least one item, a code and a text.")
                                  .arg(classes.join(QStringLiteral(", "))));
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    Result<qint64> id = 0;
    if (ok) {
        id = m_packs.savePackingRule(rule);
        if (!id)
            ok = std::unexpected(id.error());
    }
    if (ok)
        ok = db::AuditLog(m_db).append(m_operator.badge,
                                       m_journal.stationId(),
                                       QStringLiteral("edit_packing_rule"),
                                       QStringLiteral("packing_rule:%1").arg(*id),
                                       QStringLiteral("%1 ≥ %2: %3 (%4)%5 — %6")
                                           .arg(rule.packingClass)
                                           .arg(rule.minItems)
                                           .arg(rule.promptCode, rule.promptText)
                                           .arg(rule.enabled ? QString() : QStringLiteral(", disabled"))
                                           .arg(reason.trimmed()));
    if (ok)
        ok = tx.commit();
    if (ok)
        ok = reloadRules();
    if (!ok)
        return cacheError(ok.error());
    return Verdict::ok(QStringLiteral("rule_saved"), tr("Playbook rule %1 saved.").arg(rule.promptCode));
}

Verdict PackSession::acknowledge(const QString& code)
{
    if (!m_view.shipment || m_view.stage != Stage::Packing)
        return prompt();
    db::PackPromptRecord* target = nullptr;
    for (auto& p : m_view.prompts)
        if (!target && p.acknowledgedBy.isEmpty() && (code.isEmpty() || p.code == code))
            target = &p;
    if (!target) {
        // Nothing is wrong when every prompt is confirmed: say what comes next, not red.
        if (code.isEmpty())
            return Verdict::prompt(QStringLiteral("no_such_prompt"),
                                   tr("Nothing left to confirm. %1").arg(prompt().message));
        return Verdict::error(QStringLiteral("no_such_prompt"),
                              tr("%1 is not an open prompt of this package.").arg(code));
    }
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok) {
        auto recorded = m_packs.acknowledge(m_view.shipment->id, *target, m_operator.badge);
        if (!recorded)
            ok = std::unexpected(recorded.error());
    }
    if (ok)
        ok = db::AuditLog(m_db).append(m_operator.badge,
                                       m_journal.stationId(),
                                       QStringLiteral("pack_prompt_acknowledged"),
                                       QStringLiteral("shipment:") + m_view.shipment->id,
                                       target->code);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    target->acknowledgedBy = m_operator.badge;
    return Verdict::ok(QStringLiteral("prompt_acknowledged"),
                       tr("Confirmed: %1. %2").arg(target->text, prompt().message));
}

Verdict PackSession::chooseBoxFor(const QString& code)
{
    if (m_view.stage != Stage::Packing)
        return prompt();
    const auto box = std::ranges::find_if(m_boxes, [&](const db::BoxTypeRecord& b) {
        return b.code == code;
    });
    if (box == m_boxes.end())
        return Verdict::error(QStringLiteral("unknown_box"), tr("%1 is not a box of this station.").arg(code));
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok)
        ok = m_packs.setBox(m_view.shipment->id, code);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    m_view.shipment->boxCode = code;
    refreshChecks();
    return Verdict::ok(QStringLiteral("box_chosen"),
                       tr("%1 (%2): expected weight now %3 g.").arg(box->code, box->name).arg(m_view.weight.expectedG));
}

Verdict PackSession::weighText(const QString& text)
{
    if (m_view.stage != Stage::Packing)
        return prompt();
    if (m_view.unitsPacked < m_view.unitsTotal)
        return Verdict::error(QStringLiteral("weigh_after_packing"),
                              tr("Scan every item first, then weigh the package. %1").arg(prompt().message));
    const auto typed = TypedWeight::grams(text, m_settings.weightUnit);
    if (!typed)
        return Verdict::error(QStringLiteral("invalid_weight"), typed.error());
    const int grams = *typed;
    const WeightCheck check = m_view.weight;
    const bool within = check.within(grams);
    Verdict verdict =
        within ? Verdict::ok(QStringLiteral("weight_ok"),
                             tr("%1 g, expected %2 g ± %3 g.").arg(grams).arg(check.expectedG).arg(check.toleranceG))
               : Verdict::error(QStringLiteral("weight_mismatch"),
                                tr("%1 g is outside %2 g ± %3 g: check the items, or a supervisor "
                                   "accepts the weight with a reason.")
                                    .arg(grams)
                                    .arg(check.expectedG)
                                    .arg(check.toleranceG));
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok)
        ok = m_packs.setWeight(m_view.shipment->id, grams, {});
    if (ok)
        ok = m_journal.scan(m_operator.badge,
                            QStringLiteral("pack"),
                            QStringLiteral("scale"),
                            QString::number(grams),
                            Verdict::kindName(verdict.kind),
                            verdict.code);
    if (ok && !within)
        ok = m_journal.exception(
            QStringLiteral("weight_mismatch"),
            QStringLiteral("shipment:") + m_view.shipment->id,
            m_view.shipment->orderId,
            {},
            QStringLiteral("%1 g, expected %2 ± %3 g").arg(grams).arg(check.expectedG).arg(check.toleranceG),
            m_operator.badge);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    m_view.shipment->weightG = grams;
    m_view.shipment->weightOverrideBy.clear();
    if (within)
        verdict.message += QLatin1Char(' ') + prompt().message;
    return verdict;
}

Verdict PackSession::acceptWeight(const SupervisorCredentials& credentials, const QString& reasonGiven)
{
    if (m_view.stage != Stage::Packing || m_view.shipment->weightG == 0)
        return prompt();
    const QString reason = reasonGiven.simplified();
    if (reason.isEmpty())
        return Verdict::error(QStringLiteral("reason_required"), tr("A weight override needs a reason."));
    auto supervisor = checkSupervisor(m_db, m_journal.stationId(), credentials.badge, credentials.pin);
    if (!supervisor)
        return supervisor.error();
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok)
        ok = m_packs.setWeight(m_view.shipment->id, m_view.shipment->weightG, *supervisor);
    if (ok)
        ok = db::AuditLog(m_db).append(*supervisor,
                                       m_journal.stationId(),
                                       QStringLiteral("override_weight"),
                                       QStringLiteral("shipment:") + m_view.shipment->id,
                                       QStringLiteral("%1 g, expected %2 g: %3")
                                           .arg(m_view.shipment->weightG)
                                           .arg(m_view.weight.expectedG)
                                           .arg(reason));
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    m_view.shipment->weightOverrideBy = *supervisor;
    return Verdict::ok(QStringLiteral("weight_accepted"),
                       tr("Weight accepted by %1. %2").arg(*supervisor, prompt().message));
}

Verdict PackSession::switchService(const QString& service)
{
    const bool suggested = std::ranges::any_of(m_view.findings, [&](const DestinationFinding& f) {
        return f.action == QLatin1String("suggest_service") && f.suggestedService == service;
    });
    if (!suggested)
        return Verdict::error(QStringLiteral("service_not_suggested"),
                              tr("No rule asks for service %1 on this package.").arg(service));
    const QString before = m_view.shipment->service;
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok)
        ok = m_packs.setService(m_view.shipment->id, service);
    if (ok)
        ok = db::AuditLog(m_db).append(m_operator.badge,
                                       m_journal.stationId(),
                                       QStringLiteral("change_service"),
                                       QStringLiteral("shipment:") + m_view.shipment->id,
                                       QStringLiteral("%1 -> %2").arg(before, service));
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    m_view.shipment->service = service;
    refreshChecks();
    return Verdict::ok(QStringLiteral("service_changed"), tr("Service is now %1. %2").arg(service, prompt().message));
}

Verdict PackSession::close()
{
    if (!m_view.shipment || m_view.stage != Stage::Packing)
        return prompt();
    QStringList shortLines;
    for (const auto& l : m_view.lines)
        if (l.remaining() > 0)
            shortLines << QStringLiteral("%1 × %2").arg(l.remaining()).arg(l.sku);
    if (!shortLines.isEmpty())
        return Verdict::error(
            QStringLiteral("under_scan"),
            tr("Not everything is in the box: %1 still to scan.").arg(shortLines.join(QStringLiteral(", "))));
    QStringList open;
    for (const auto& p : m_view.prompts)
        if (p.acknowledgedBy.isEmpty())
            open << labels::defaultText(p.text);
    if (!open.isEmpty())
        return Verdict::error(QStringLiteral("prompts_open"),
                              tr("Confirm first: %1").arg(open.join(QStringLiteral("; "))));
    for (const auto& f : m_view.findings)
        if (f.action == QLatin1String("suggest_service"))
            return Verdict::error(QStringLiteral("service_change_needed"),
                                  tr("Use service %1 first: %2.").arg(f.suggestedService, f.reason));
    const auto& s = *m_view.shipment;
    if (s.weightG == 0)
        return Verdict::error(QStringLiteral("weight_required"),
                              tr("Weigh the package first (expected %1 g).").arg(m_view.weight.expectedG));
    if (!m_view.weight.within(s.weightG) && s.weightOverrideBy.isEmpty())
        return Verdict::error(QStringLiteral("weight_mismatch"),
                              tr("%1 g is outside %2 g ± %3 g: weigh again, or a supervisor accepts it.")
                                  .arg(s.weightG)
                                  .arg(m_view.weight.expectedG)
                                  .arg(m_view.weight.toleranceG));
    const QString box =
        !s.boxCode.isEmpty() ? s.boxCode : (m_view.suggestedBox ? m_view.suggestedBox->code : QString());
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok)
        ok = m_packs.closePackage(s.id, box);
    if (ok)
        ok = writeMovements(QStringLiteral("pack"), m_staging);
    if (ok)
        ok = m_journal.scan(m_operator.badge,
                            QStringLiteral("pack"),
                            QStringLiteral("manual"),
                            kClose,
                            QStringLiteral("ok"),
                            QStringLiteral("package_closed"));
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok.error().code == Error::Code::NotFound
                   ? Verdict::error(QStringLiteral("package_moved_on"),
                                    tr("Shipment %1 was changed meanwhile; scan it again.").arg(s.id))
                   : cacheError(ok.error());
    m_view.shipment->status = QStringLiteral("packed");
    m_view.shipment->boxCode = box;
    refreshChecks();
    return Verdict::ok(QStringLiteral("package_closed"), tr("Package closed in %1. %2").arg(box, prompt().message));
}

Verdict PackSession::print(const QString& reprintReason)
{
    auto job = preparePrint(reprintReason);
    if (!job)
        return job.error();
    return finishPrint(*job,
                       m_output ? m_output(job->label, job->format)
                                : Result<QString>(fail(Error::Code::InvalidInput, QStringLiteral("no label output"))));
}

std::expected<PackSession::PrintJob, Verdict> PackSession::preparePrint(const QString& reprintReason)
{
    if (!m_view.shipment)
        return std::unexpected(prompt());
    const bool reprint = !reprintReason.isEmpty();
    if (!reprint && m_view.stage != Stage::Labelling)
        return std::unexpected(prompt());
    if (reprint && m_view.stage != Stage::Verifying)
        return std::unexpected(
            Verdict::error(QStringLiteral("no_label_yet"), tr("No label was printed for this package yet.")));
    const auto& s = *m_view.shipment;
    if (!m_view.customsProblems.isEmpty()) {
        const Verdict refused = Verdict::error(
            QStringLiteral("customs_data_missing"),
            tr("No label: customs data missing — %1.").arg(m_view.customsProblems.join(QStringLiteral("; "))));
        return std::unexpected(logged(
            refused, scanner::ScanEvent::manual(QStringLiteral("label")), QStringLiteral("customs_data_missing")));
    }
    return PrintJob{
        ShippingLabel::of(s, m_view.lines, packing::crossBorder(s)), m_settings.labelFormat, reprintReason, s.id};
}

Verdict PackSession::finishPrint(const PrintJob& job, const Result<QString>& where)
{
    if (!where)
        return Verdict::error(QStringLiteral("label_not_printed"),
                              tr("The label could not be printed: %1").arg(where.error().detail));
    if (!m_view.shipment || m_view.shipment->id != job.shipmentId)
        return Verdict::error(QStringLiteral("label_not_printed"),
                              tr("The package changed while its label printed; print it again."));
    const auto& s = *m_view.shipment;
    const bool reprint = !job.reprintReason.isEmpty();
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok && !reprint)
        ok = m_packs.moveStatus(s.id, QStringLiteral("packed"), QStringLiteral("labelled"));
    if (ok)
        ok = m_packs.countLabelPrint(s.id);
    if (ok)
        ok = db::AuditLog(m_db).append(m_operator.badge,
                                       m_journal.stationId(),
                                       reprint ? QStringLiteral("label_reprint") : QStringLiteral("label_print"),
                                       QStringLiteral("shipment:") + s.id,
                                       reprint ? job.reprintReason : *where);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return cacheError(ok.error());
    m_view.shipment->labelPrints += 1;
    if (!reprint)
        m_view.shipment->status = QStringLiteral("labelled");
    m_view.labelScanned = false;
    m_view.packageScanned = false;
    refreshChecks();
    return Verdict::ok(reprint ? QStringLiteral("label_reprinted") : QStringLiteral("label_printed"),
                       tr("Label printed (%1). %2").arg(*where, prompt().message));
}

Verdict PackSession::verifyLabel(const scanner::ScanEvent& scan)
{
    const auto& s = *m_view.shipment;
    const QString payload = scan.text.trimmed();
    scanner::ScanEvent interpreted = scan;
    interpreted.text = payload;
    interpreted.interpretGs1();
    const QString sscc = interpreted.gs1 ? interpreted.gs1->sscc() : QString();
    const bool isLabel =
        payload == s.labelBarcode || payload == s.trackingNumber || (!s.sscc.isEmpty() && sscc == s.sscc);
    if (isLabel || payload == s.id) {
        (isLabel ? m_view.labelScanned : m_view.packageScanned) = true;
        if (m_view.labelScanned && m_view.packageScanned)
            return ship(scan);
        const Verdict half = Verdict::ok(isLabel ? QStringLiteral("label_scanned") : QStringLiteral("package_scanned"),
                                         isLabel ? tr("Label matches. Now scan the package (%1).").arg(s.id)
                                                 : tr("Package %1. Now scan the label on the box.").arg(s.id));
        return logged(half, scan);
    }
    auto other = m_packs.shipmentFor(payload);
    if (!other)
        return cacheError(other.error());
    m_view.labelScanned = false;
    m_view.packageScanned = false;
    // Say what was expected: the label's tracking barcode and the package's own barcode.
    const QString expected = tr("Scan the label's barcode %1 and the package %2.").arg(s.trackingNumber, s.id);
    if (payload == s.orderId || (*other && **other == s.id)) // its order id or another of its codes, not its label
        return logged(
            Verdict::error(QStringLiteral("label_mismatch"),
                           tr("%1 is this package's order, not its label. Nothing shipped. %2").arg(payload, expected)),
            scan,
            QStringLiteral("label_mismatch"));
    if (*other)
        return logged(Verdict::error(QStringLiteral("label_mismatch"),
                                     tr("Mismatch: %1 belongs to package %2, not to this one (%3). Nothing shipped; "
                                        "check the label on the box. %4")
                                         .arg(payload, **other, s.id, expected)),
                      scan,
                      QStringLiteral("label_mismatch"));
    return logged(
        Verdict::error(
            QStringLiteral("label_mismatch"),
            tr("%1 is neither this package's label nor the package. Nothing shipped. %2").arg(payload, expected)),
        scan,
        QStringLiteral("label_mismatch"));
}

Result<void> PackSession::writeMovements(const QString& kind, qint64 toLocation)
{
    const auto& s = *m_view.shipment;
    for (const auto& l : m_view.lines) {
        auto uuid = m_journal.movement(
            {kind, l.sku, l.packedQty, m_staging, toLocation, QStringLiteral("shipment:%1/%2").arg(s.id).arg(l.lineNo)},
            m_operator.badge);
        if (!uuid)
            return std::unexpected(uuid.error());
    }
    return {};
}

Verdict PackSession::ship(const scanner::ScanEvent& scan)
{
    const db::PackShipmentRecord s = *m_view.shipment;
    const Verdict verdict =
        Verdict::ok(QStringLiteral("shipped"),
                    tr("Package %1 of %2 of order %3 shipped.").arg(s.packageNo).arg(s.packageCount).arg(s.orderId));
    db::Transaction tx(m_db);
    auto ok = tx.begun();
    if (ok)
        ok = m_packs.markShipped(s.id, m_operator.badge);
    if (ok)
        ok = writeMovements(QStringLiteral("ship"), 0);
    if (ok)
        ok = m_packs.updateOrderStatus(s.orderId);
    if (ok)
        ok = m_journal.scan(
            m_operator.badge, QStringLiteral("pack"), sourceOf(scan), scan.text, QStringLiteral("ok"), verdict.code);
    if (ok)
        ok = tx.commit();
    if (!ok)
        return ok.error().code == Error::Code::NotFound
                   ? Verdict::error(QStringLiteral("package_moved_on"),
                                    tr("Shipment %1 was changed meanwhile; scan it again.").arg(s.id))
                   : cacheError(ok.error());
    m_view = {};
    return Verdict::ok(verdict.code, verdict.message + QLatin1Char(' ') + prompt().message);
}

} // namespace wf::workflows
