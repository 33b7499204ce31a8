#pragma once

#include <expected>

#include "printing/LabelOutput.h"
#include "printing/ShippingLabel.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/pack/PackBench.h"

namespace wf::workflows {

/// The label of a shipment, as printed: its address, package k of n, tracking number and SSCC,
/// and a customs summary for a parcel that crosses a border.
printing::ShippingLabel shippingLabelOf(const db::PackShipmentRecord& shipment, const QList<db::PackLineRecord>& lines);

/// The label check at the bench (DESIGN.md §5): printing the closed package's label through the
/// station's label output (never without its customs data), reprinting it with a reason, then
/// scanning the label and the package, in either order, to prove they belong together — which
/// ships it: the `ship` movements, the order's status. A label of another package, or the
/// package's order id, is a mismatch and ships nothing.
class LabelCheck
{
public:
    /// A label on its way to the printer: printing is in two steps so that the sending (which
    /// may wait seconds for a printer) runs off the GUI thread. prepare() checks and renders on
    /// the session's thread; `output(job.label, job.format)` may run on any thread; finish()
    /// records it — the print count, the status and the audit row are written only when the
    /// printer took the label. print() does all three at once (replay, floorctl).
    struct PrintJob
    {
        printing::ShippingLabel label;
        QString format;
        QString reprintReason; ///< empty for the first print
        QString shipmentId;
    };

    LabelCheck(PackBench& bench, printing::LabelSink output)
        : m_bench(bench)
        , m_output(std::move(output))
    {}

    std::expected<PrintJob, Verdict> prepare(const QString& reprintReason);
    Verdict finish(const PrintJob& job, const Result<QString>& where);
    /// Prints (or, with a reason, reprints) and records it.
    Verdict print(const QString& reprintReason);
    /// The label or the package scanned while the package waits for its check.
    Verdict verify(const scanner::ScanEvent& scan);

    const printing::LabelSink& output() const { return m_output; }
    void setOutput(printing::LabelSink output) { m_output = std::move(output); }

private:
    /// The package's carrier, service, tracking number and print record as the cache has them
    /// now: the pull may have brought a tracking number while the package was on the bench.
    Result<void> refreshCarrierNumbers();
    Verdict ship(const scanner::ScanEvent& scan);
    Verdict mismatch(const QString& payload, const scanner::ScanEvent& scan);

    PackBench& m_bench;
    printing::LabelSink m_output;
};

} // namespace wf::workflows
