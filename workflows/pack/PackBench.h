#pragma once

#include <optional>

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include "db/FloorJournal.h"
#include "db/PackRepository.h"
#include "db/ProductRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/pack/PackSettings.h"
#include "workflows/pack/PackingChecks.h"
#include "workflows/station/OperatorSession.h"

namespace wf::workflows {

/// The pack bench: the package open on it, the rules it is checked against (playbook, destination
/// rules, boxes) and the station's cache. The pack station, the label check and the playbook
/// editor each work on the one bench of a PackSession; what they share lives here: the next
/// prompt, the scan log, the package's exceptions and audit rows, its movements.
class PackBench
{
public:
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

    PackBench(QSqlDatabase db, QString stationId, PackSettings settings, const Clock& clock);

    /// What the packer should do next, as a prompt (or the block of a forbidden package).
    Verdict prompt() const;
    /// Writes the scan-log row (and an exception of `exceptionKind` on this package) in one
    /// transaction; the verdict, or the cache failure instead.
    Verdict logged(const Verdict& verdict,
                   const scanner::ScanEvent& scan,
                   const QString& exceptionKind = {},
                   const QString& sku = {});
    /// The scan-log row of a verdict at this bench (inside the caller's transaction).
    [[nodiscard]] Result<void> logScan(const QString& source, const QString& text, const Verdict& verdict);
    /// An exception on the open package (inside the caller's transaction).
    [[nodiscard]] Result<void> raise(const QString& kind, const QString& sku, const QString& detail);
    /// An audit row on the open package, by `by` (the operator when empty).
    [[nodiscard]] Result<void> audit(const QString& action, const QString& detail, const QString& by = {});
    /// One movement of `kind` per line of the open package, from the staging area.
    [[nodiscard]] Result<void> writeMovements(const QString& kind, qint64 toLocation);

    /// The open package's lines and prompts, read again; the checks follow.
    [[nodiscard]] Result<void> loadPackage();
    /// The playbook, destination rules and boxes, read again.
    [[nodiscard]] Result<void> reloadRules();
    /// Findings, customs, box, expected weight, units and stage from what the view holds.
    void refreshChecks();
    /// The package's own code among `codes` (its items' barcodes): no database lookup.
    std::optional<db::CodeMatch> packageCode(const QStringList& codes) const;
    /// A write that failed: "changed meanwhile" when another station or session moved the
    /// package on (a conflict), the cache failure otherwise.
    Verdict writeFailed(const Error& error) const;
    /// "shipment:ID" of the open package.
    QString subject() const;
    int boxTare() const;

    QSqlDatabase db;
    PackSettings settings;
    db::PackRepository packs;
    db::ProductRepository products;
    db::FloorJournal journal;
    OperatorSession packer;
    QList<db::DestinationRuleRecord> destinationRules;
    QList<db::PackingRuleRecord> packingRules;
    QList<db::BoxTypeRecord> boxes;
    QHash<QString, db::ListCode> codes; ///< the open package's own codes
    qint64 staging = 0;
    View view;
};

/// The command barcode that closes the package (F5 on a printed sheet); the scan log records a
/// close by it, whether it was scanned or the key pressed.
inline const QString kCloseCommand = QStringLiteral("CMD:CLOSE");

/// A scan's source as the scan log spells it.
QString sourceOf(const scanner::ScanEvent& scan);

} // namespace wf::workflows
