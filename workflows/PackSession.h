#pragma once

#include <expected>
#include <functional>
#include <optional>

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include "db/FloorJournal.h"
#include "db/PackRepository.h"
#include "db/ProductRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/OperatorSession.h"
#include "workflows/PackSettings.h"
#include "workflows/PackingChecks.h"
#include "workflows/ShippingLabel.h"
#include "workflows/SupervisorCredentials.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

/// Packing at one station (DESIGN.md §5). Scan a tote, order or shipment id to open a package:
/// the destination rules and customs data are checked before any item is scanned; every unit is
/// then scanned against the package's lines (wrong item and over-scan refused, a short line keeps
/// it open); the playbook's prompts are acknowledged one by one; the box is suggested from the
/// items' sizes and the weight (scale or typed) must be within the tolerance of items plus box,
/// or a supervisor accepts it with a reason. Closing writes the `pack` movements; the label is
/// printed (ZPL or PDF) through the station's label output; scanning the label and the package
/// proves they belong together and writes the `ship` movements. Each confirmed step is one
/// transaction with its scan-log row, audit row or exception. Used by the Pack screen and by
/// floorctl replay alike.
class PackSession
{
public:
    /// Where a printed label goes: the station's printer, a raw TCP printer or a file. Returns a
    /// description of where it went, or why it could not.
    using LabelOutput = std::function<Result<QString>(const ShippingLabel& label, const QString& format)>;

    enum class Stage
    {
        NoPackage, ///< scan a tote, order or shipment
        Blocked,   ///< a destination rule forbids this package; set it aside
        Packing,   ///< scan items, acknowledge prompts, weigh, close
        Labelling, ///< packed: print the label
        Verifying, ///< labelled: scan the label and the package
    };

    struct View
    {
        Stage stage = Stage::NoPackage;
        std::optional<db::PackShipmentRecord> shipment;
        QList<db::PackLineRecord> lines;
        QList<db::PackPromptRecord> prompts;
        QList<DestinationFinding> findings;
        QStringList customsProblems;
        std::optional<db::BoxTypeRecord> suggestedBox;
        WeightCheck weight;
        bool labelScanned = false;
        bool packageScanned = false;
        int unitsPacked = 0;
        int unitsTotal = 0;
    };

    PackSession(QSqlDatabase db, QString stationId, PackSettings settings, LabelOutput output);

    /// Labels written as files into `folder` (one per shipment, a reprint replaces it).
    static LabelOutput labelFolder(const QString& folder);
    /// Where labels of the cache at `cachePath` go when no printer is set: a folder beside it.
    static QString labelFolderFor(const QString& cachePath);

    const PackSettings& settings() const { return m_settings; }
    void setSettings(const PackSettings& settings) { m_settings = settings; }
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
    View view() const { return m_view; }
    /// Packages waiting at the bench, for the demo's scan simulator.
    QStringList waitingToPack(int limit = 5);
    /// Reads the playbook, destination rules and boxes again (after a supervisor edited them).
    [[nodiscard]] Result<void> reloadRules();
    /// The playbook as the station has it.
    const QList<db::PackingRuleRecord>& packingRules() const { return m_packingRules; }
    const QList<db::BoxTypeRecord>& boxTypes() const { return m_boxes; }
    /// A supervisor adds or changes a playbook rule (id 0: a new one) and says why; audited.
    Verdict savePackingRule(const db::PackingRuleRecord& rule, const QString& reason);

    /// A label on its way to the printer: printing is in two steps so that the sending (which may
    /// wait seconds for a printer) runs off the GUI thread. preparePrint() checks and renders on
    /// the session's thread; `output()(job.label, job.format)` may run on any thread;
    /// finishPrint() records it — the print count, the status and the audit row are written only
    /// when the printer took the label. action("label") does all three at once (replay, floorctl).
    struct PrintJob
    {
        ShippingLabel label;
        QString format;
        QString reprintReason; ///< empty for the first print
        QString shipmentId;
    };
    std::expected<PrintJob, Verdict> preparePrint(const QString& reprintReason);
    Verdict finishPrint(const PrintJob& job, const Result<QString>& where);
    const LabelOutput& output() const { return m_output; }
    /// Where the next labels go (the station's label output changed).
    void setOutput(LabelOutput output) { m_output = std::move(output); }

private:
    Verdict openPackage(const QString& shipmentId, const scanner::ScanEvent& scan);
    Verdict packItem(const scanner::ScanEvent& scan);
    Verdict verifyLabel(const scanner::ScanEvent& scan);
    /// not_logged_in, or the prompt to open a package, where a key has no package to act on.
    std::optional<Verdict> noPackageHere() const;
    Verdict acknowledge(const QString& code);
    Verdict chooseBoxFor(const QString& code);
    Verdict weighText(const QString& text);
    Verdict acceptWeight(const SupervisorCredentials& supervisor, const QString& reason);
    Verdict switchService(const QString& service);
    Verdict close();
    Verdict print(const QString& reprintReason);
    Verdict ship(const scanner::ScanEvent& scan);
    Result<void> reload();
    Result<void> loadPackage();
    Result<void> startPacking();
    /// One movement of `kind` per line of the open package, from the staging area.
    Result<void> writeMovements(const QString& kind, qint64 toLocation);
    void refreshChecks();
    std::optional<db::CodeMatch> packageCode(const QStringList& codes) const;
    Verdict logged(const Verdict& verdict,
                   const scanner::ScanEvent& scan,
                   const QString& exceptionKind = {},
                   const QString& sku = {});
    Verdict prompt() const;
    Verdict cacheError(const Error& error) const;
    int boxTare() const;

    QSqlDatabase m_db;
    PackSettings m_settings;
    LabelOutput m_output;
    db::PackRepository m_packs;
    db::ProductRepository m_products;
    db::FloorJournal m_journal;
    OperatorSession m_operator;
    QList<db::DestinationRuleRecord> m_destinationRules;
    QList<db::PackingRuleRecord> m_packingRules;
    QList<db::BoxTypeRecord> m_boxes;
    QHash<QString, db::ListCode> m_codes; ///< the package's own codes: the expected scan needs no lookup
    qint64 m_staging = 0;
    View m_view;
};

} // namespace wf::workflows
