#pragma once

#include <expected>
#include <memory>
#include <optional>

#include <QSqlDatabase>
#include <QStringList>

#include "common/Clock.h"
#include "printing/LabelOutput.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/pack/LabelCheck.h"
#include "workflows/pack/PackBench.h"
#include "workflows/pack/PackSettings.h"
#include "workflows/pack/PackStation.h"
#include "workflows/pack/PlaybookEditor.h"
#include "workflows/station/OperatorSession.h"
#include "workflows/supervisor/SupervisorCredentials.h"

namespace wf::workflows {

/// Packing at one station (DESIGN.md §5), as the Pack screen and floorctl replay use it: one pack
/// bench with its three parts — the pack station (open, items, prompts, box, weight, close), the
/// label check (print, reprint, label and package scanned, ship) and the playbook editor. A scan
/// goes to the part the package's stage calls for; each key to its part. Every call checks that
/// the operator may pack (ModeAccess) and that a package is open where one is needed.
class PackSession
{
public:
    using LabelOutput = printing::LabelSink;
    using Stage = PackBench::Stage;
    using View = PackBench::View;
    using PrintJob = LabelCheck::PrintJob;

    PackSession(QSqlDatabase db,
                QString stationId,
                PackSettings settings,
                LabelOutput output,
                const Clock& clock = Clock::system());
    PackSession(const PackSession&) = delete;
    PackSession& operator=(const PackSession&) = delete;

    const PackSettings& settings() const { return m_bench.settings; }
    void setSettings(const PackSettings& settings) { m_bench.settings = settings; }
    Verdict begin(const OperatorSession& session);
    /// A package id (tote, order, shipment), an item, a command barcode (`ACK:code`,
    /// `CMD:CLOSE`), or the label and the package when verifying.
    Verdict scan(const scanner::ScanEvent& scan);
    /// F2 or a scanned ACK:CODE: confirms a checklist prompt (the next open one when `code` is empty).
    Verdict acknowledgePrompt(const QString& code = {});
    /// Another box than the one suggested (its code).
    Verdict chooseBox(const QString& code);
    /// F4: a weight as typed (1.88, 1,88 kg, 1880 g; a bare number in the station's unit), or the
    /// scale's steady reading in grams.
    Verdict weigh(const QString& typed);
    Verdict weighGrams(int grams);
    /// A supervisor accepts a weight outside the tolerance, with a reason (audited).
    Verdict overrideWeight(const SupervisorCredentials& supervisor, const QString& reason);
    /// F8: the service a destination rule suggests.
    Verdict changeService(const QString& service);
    /// F5: closes the packed, checked and weighed package.
    Verdict closePackage();
    /// F6 / F7: prints the label; a reprint needs a reason.
    Verdict printLabel();
    Verdict reprintLabel(const QString& reason);
    /// Esc: the package is set aside as it is (counted units stay counted).
    Verdict setAside();
    const View& view() const { return m_bench.view; }
    /// Packages waiting at the bench, for the demo's scan simulator.
    QStringList waitingToPack(int limit = 5);
    /// Reads the playbook, destination rules and boxes again (after a supervisor edited them).
    [[nodiscard]] Result<void> reloadRules() { return m_bench.reloadRules(); }
    /// The playbook as the station has it.
    const QList<db::PackingRuleRecord>& packingRules() const { return m_bench.packingRules; }
    const QList<db::BoxTypeRecord>& boxTypes() const { return m_bench.boxes; }
    /// A supervisor adds or changes a playbook rule (id 0: a new one) and says why; audited.
    Verdict savePackingRule(const db::PackingRuleRecord& rule, const QString& reason);

    /// The label in two steps, for a sending off the GUI thread (LabelCheck::PrintJob).
    std::expected<PrintJob, Verdict> preparePrint(const QString& reprintReason);
    Verdict finishPrint(const PrintJob& job, const Result<QString>& where);
    const LabelOutput& output() const { return m_labels.output(); }
    /// Where the next labels go (the station's label output changed).
    void setOutput(LabelOutput output) { m_labels.setOutput(std::move(output)); }

private:
    /// not_logged_in, or the prompt to open a package, where a key has no package to act on.
    std::optional<Verdict> noPackageHere() const;
    /// A payload that is not the open package's own item: another package, or a wrong item.
    Verdict findPackage(const scanner::ScanEvent& scan, const QString& payload);

    PackBench m_bench;
    PackStation m_station{m_bench};
    LabelCheck m_labels;
    PlaybookEditor m_playbook{m_bench};
};

} // namespace wf::workflows
