#pragma once

#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/pack/PackBench.h"
#include "workflows/supervisor/SupervisorCredentials.h"

namespace wf::workflows {

/// Packing proper, on the bench's package (DESIGN.md §5): opening it (the destination rules and
/// customs data checked before any item), every unit scanned against its lines (wrong item and
/// over-scan refused), the playbook's prompts acknowledged one by one, the box (suggested from
/// the items' sizes, or chosen), the weight within the tolerance of items plus box or accepted
/// by a supervisor with a reason, the service a destination rule asks for, and closing, which
/// writes the `pack` movements. Each confirmed step is one transaction with its scan-log row,
/// audit row or exception.
class PackStation
{
public:
    explicit PackStation(PackBench& bench)
        : m_bench(bench)
    {}

    /// Opens a package found by its tote, order or shipment id.
    Verdict open(const QString& shipmentId, const scanner::ScanEvent& scan);
    /// An item of the open package (or a wrong, unknown or surplus one).
    Verdict packItem(const scanner::ScanEvent& scan);
    /// Confirms a checklist prompt (the next open one when `code` is empty).
    Verdict acknowledge(const QString& code);
    Verdict chooseBox(const QString& code);
    /// A weight as typed (1.88, 1,88 kg, 1880 g; a bare number in the station's unit).
    Verdict weigh(const QString& typed);
    Verdict acceptWeight(const SupervisorCredentials& credentials, const QString& reason);
    Verdict switchService(const QString& service);
    /// Closes the packed, checked and weighed package: the `pack` movements.
    Verdict close();

private:
    /// Marks the package as being packed at its first item (inside the caller's transaction).
    Result<void> startPacking();
    /// What a packer must know on opening: warnings, a service to use, missing customs data.
    QStringList openingNotes() const;
    /// Why the open package cannot close yet, or nothing.
    std::optional<Verdict> notReadyToClose() const;
    Verdict wrongOrUnknown(const QStringList& codes, const scanner::ScanEvent& scan);

    PackBench& m_bench;
};

} // namespace wf::workflows
