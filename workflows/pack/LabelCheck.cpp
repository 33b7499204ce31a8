#include "workflows/pack/LabelCheck.h"

#include <QCoreApplication>

#include "db/Transaction.h"
#include "workflows/CacheFailure.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing class's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::LabelCheck", text);
}

} // namespace

printing::ShippingLabel shippingLabelOf(const db::PackShipmentRecord& s, const QList<db::PackLineRecord>& lines)
{
    printing::ShippingLabel label;
    label.shipmentId = s.id;
    label.orderId = s.orderId;
    label.trackingNumber = !s.labelBarcode.isEmpty() ? s.labelBarcode : s.trackingNumber;
    label.sscc = s.sscc;
    label.carrier = s.carrier;
    label.service = s.service;
    label.packageNo = s.packageNo;
    label.packageCount = s.packageCount;
    label.shipToName = s.customerName;
    label.addressLine = s.addressLine;
    label.city = s.city;
    label.postalCode = s.postalCode;
    label.country = s.destinationCountry;
    label.shipFromCountry = s.originCountry;
    label.weightG = s.weightG;
    label.crossBorder = packing::crossBorder(s);
    for (const auto& l : packing::linesInPackage(lines))
        label.customs.append({l.customsDescription.isEmpty() ? l.productName : l.customsDescription,
                              l.hsCode,
                              l.originCountry,
                              l.quantity,
                              l.declaredValueMinor * l.quantity,
                              l.currency});
    return label;
}

Verdict LabelCheck::print(const QString& reprintReason)
{
    auto job = prepare(reprintReason);
    if (!job)
        return job.error();
    return finish(*job,
                  m_output ? m_output(job->label, job->format)
                           : Result<QString>(fail(Error::Code::DeviceUnavailable, QStringLiteral("no label output"))));
}

Result<void> LabelCheck::refreshCarrierNumbers()
{
    auto& view = m_bench.view;
    auto now = m_bench.packs.shipment(view.shipment->id);
    if (!now)
        return std::unexpected(now.error());
    if (!*now)
        return {};
    const db::PackShipmentRecord& cached = **now;
    auto& s = *view.shipment;
    s.carrier = cached.carrier;
    s.service = cached.service;
    s.trackingNumber = cached.trackingNumber;
    s.labelBarcode = cached.labelBarcode;
    s.labelPrints = cached.labelPrints;
    s.printedBarcode = cached.printedBarcode;
    return {};
}

std::expected<LabelCheck::PrintJob, Verdict> LabelCheck::prepare(const QString& reprintReason)
{
    const auto& view = m_bench.view;
    if (!view.shipment)
        return std::unexpected(m_bench.prompt());
    if (auto fresh = refreshCarrierNumbers(); !fresh)
        return std::unexpected(cacheFailure(fresh.error()));
    const bool reprint = !reprintReason.isEmpty();
    if (!reprint && view.stage != PackBench::Stage::Labelling)
        return std::unexpected(m_bench.prompt());
    if (reprint && view.stage != PackBench::Stage::Verifying)
        return std::unexpected(Verdict::of(codes::Code::NoLabelYet, tr("No label was printed for this package yet.")));
    const auto& s = *view.shipment;
    if (!view.customsProblems.isEmpty()) {
        const Verdict refused = Verdict::of(
            codes::Code::CustomsDataMissing,
            tr("No label: customs data missing — %1.").arg(view.customsProblems.join(QStringLiteral("; "))));
        return std::unexpected(m_bench.logged(
            refused, scanner::ScanEvent::manual(QStringLiteral("label")), QStringLiteral("customs_data_missing")));
    }
    return PrintJob{shippingLabelOf(s, view.lines), m_bench.settings.labelFormat, reprintReason, s.id};
}

Verdict LabelCheck::finish(const PrintJob& job, const Result<QString>& where)
{
    auto& view = m_bench.view;
    if (!where)
        return Verdict::of(codes::Code::LabelNotPrinted,
                           tr("The label could not be printed: %1").arg(where.error().detail));
    if (!view.shipment || view.shipment->id != job.shipmentId)
        return Verdict::of(codes::Code::LabelNotPrinted,
                           tr("The package changed while its label printed; print it again."));
    const auto& s = *view.shipment;
    const bool reprint = !job.reprintReason.isEmpty();
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return reprint ? Result<void>{}
                           : m_bench.packs.moveStatus(s.id, QStringLiteral("packed"), QStringLiteral("labelled"));
        },
        [&] {
            return m_bench.packs.countLabelPrint(s.id, packing::labelBarcodeOf(s));
        },
        [&] {
            return m_bench.audit(reprint ? QStringLiteral("label_reprint") : QStringLiteral("label_print"),
                                 reprint ? job.reprintReason : *where);
        });
    if (!ok)
        return m_bench.writeFailed(ok.error());
    view.shipment->labelPrints += 1;
    view.shipment->printedBarcode = packing::labelBarcodeOf(s);
    if (!reprint)
        view.shipment->status = QStringLiteral("labelled");
    view.labelScanned = false;
    view.packageScanned = false;
    m_bench.refreshChecks();
    return Verdict::of(reprint ? codes::Code::LabelReprinted : codes::Code::LabelPrinted,
                       tr("Label printed (%1). %2").arg(*where, m_bench.prompt().message));
}

Verdict LabelCheck::verify(const scanner::ScanEvent& scan)
{
    auto& view = m_bench.view;
    if (auto fresh = refreshCarrierNumbers(); !fresh)
        return cacheFailure(fresh.error());
    const auto& s = *view.shipment;
    const QString payload = scan.text.trimmed();
    scanner::ScanEvent interpreted = scan;
    interpreted.text = payload;
    interpreted.interpretGs1();
    const QString sscc = interpreted.gs1 ? interpreted.gs1->sscc() : QString();
    const bool isLabel = payload == s.labelBarcode || payload == s.trackingNumber || payload == s.printedBarcode
                         || (!s.sscc.isEmpty() && sscc == s.sscc);
    if (!isLabel && payload != s.id)
        return mismatch(payload, scan);
    if (isLabel && packing::printedLabelOutdated(s)) {
        view.labelScanned = false;
        return m_bench.logged(m_bench.prompt(), scan);
    }
    (isLabel ? view.labelScanned : view.packageScanned) = true;
    if (view.labelScanned && view.packageScanned)
        return ship(scan);
    const Verdict half = Verdict::of(isLabel ? codes::Code::LabelScanned : codes::Code::PackageScanned,
                                     isLabel ? tr("Label matches. Now scan the package (%1).").arg(s.id)
                                             : tr("Package %1. Now scan the label on the box.").arg(s.id));
    return m_bench.logged(half, scan);
}

Verdict LabelCheck::mismatch(const QString& payload, const scanner::ScanEvent& scan)
{
    auto& view = m_bench.view;
    const auto& s = *view.shipment;
    auto other = m_bench.packs.shipmentFor(payload);
    if (!other)
        return cacheFailure(other.error());
    view.labelScanned = false;
    view.packageScanned = false;
    // Say what was expected: the label's tracking barcode and the package's own barcode.
    const QString expected = tr("Scan the label's barcode %1 and the package %2.").arg(s.trackingNumber, s.id);
    QString message;
    if (payload == s.orderId || (*other && **other == s.id)) // its order id or another of its codes, not its label
        message = tr("%1 is this package's order, not its label. Nothing shipped. %2").arg(payload, expected);
    else if (*other)
        message = tr("Mismatch: %1 belongs to package %2, not to this one (%3). Nothing shipped; "
                     "check the label on the box. %4")
                      .arg(payload, **other, s.id, expected);
    else
        message = tr("%1 is neither this package's label nor the package. Nothing shipped. %2").arg(payload, expected);
    return m_bench.logged(Verdict::of(codes::Code::LabelMismatch, message), scan, QStringLiteral("label_mismatch"));
}

Verdict LabelCheck::ship(const scanner::ScanEvent& scan)
{
    const db::PackShipmentRecord s = *m_bench.view.shipment;
    // The master may have cancelled the order while the package was on the bench (the pull writes
    // the cache meanwhile): it does not leave the building.
    auto now = m_bench.packs.shipment(s.id);
    if (!now)
        return m_bench.writeFailed(now.error());
    if (*now && (*now)->status == QLatin1String("cancelled")) {
        m_bench.view = {};
        return m_bench.logged(Verdict::of(codes::Code::ShipmentCancelled,
                                          tr("Order %1 was cancelled while it was packed: do not ship package %2; "
                                             "unpack it and put its units back.")
                                              .arg(s.orderId, s.id)),
                              scan);
    }
    const Verdict verdict =
        Verdict::of(codes::Code::Shipped,
                    tr("Package %1 of %2 of order %3 shipped.").arg(s.packageNo).arg(s.packageCount).arg(s.orderId));
    auto ok = db::inTransaction(
        m_bench.db,
        [&] {
            return m_bench.packs.markShipped(s.id, m_bench.packer.badge);
        },
        [&] {
            return m_bench.writeMovements(QStringLiteral("ship"), 0);
        },
        [&] {
            return m_bench.packs.updateOrderStatus(s.orderId);
        },
        [&] {
            return m_bench.logScan(sourceOf(scan), scan.text, verdict);
        });
    if (!ok)
        return m_bench.writeFailed(ok.error());
    m_bench.view = {};
    return Verdict::ok(verdict.code, verdict.message + QLatin1Char(' ') + m_bench.prompt().message);
}

} // namespace wf::workflows
