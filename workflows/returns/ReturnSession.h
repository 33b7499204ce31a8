#pragma once

#include <functional>
#include <optional>

#include <QSqlDatabase>
#include <QStringList>

#include "common/Clock.h"
#include "db/FloorJournal.h"
#include "db/ProductRepository.h"
#include "db/ReturnRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"
#include "workflows/supervisor/SupervisorCredentials.h"

namespace wf::workflows {

/// Returns inspection at one station (DESIGN.md §5). Scan an RMA, order or return tracking number
/// to open the return; its path was set by value and risk:
/// - refund_only: nothing comes back; the clerk records the refund (no stock change);
/// - inspect_at_hub: scan each item, grade it, approve for restock or reject to hold, refund or replace;
/// - return_with_proof: as at the hub, and approval also needs a photo and, for an item shipped
///   with a serial, the same serial scanned.
///
/// A line moves only along received → checking → restock_approved | restock_rejected →
/// refunded | replaced (refund_only lines: expected → refunded); anything else is refused with the
/// reason. Grades C and D need a supervisor's badge and PIN to restock. Every transition is one
/// transaction with its audit row and scan-log row; approval writes the return_restock movement,
/// rejection the return_hold movement, and because the line's status is changed only from the
/// status it was read in, no repeat, crash or replay writes a second one.
class ReturnSession
{
public:
    struct View
    {
        std::optional<db::ReturnRecord> rma;
        QList<db::ReturnLineRecord> lines;
        int current = -1;              ///< index into lines, -1: none chosen
        bool supervisorWanted = false; ///< an approval waits for a supervisor's badge and PIN
    };

    /// `proofFolder` receives the photos attached as proof (created when needed).
    ReturnSession(QSqlDatabase db, QString stationId, QString proofFolder, const Clock& clock = Clock::system());

    /// A as new, B opened, C damaged, D faulty or broken.
    enum class Grade
    {
        A,
        B,
        C,
        D,
    };
    /// Why the customer sent it back; stored by its code (changed_mind, defective, …).
    enum class Reason
    {
        ChangedMind,
        Defective,
        WrongItemSent,
        DamagedInTransit,
        NotAsDescribed,
    };
    static const QStringList& grades();                          ///< the grades' codes, in the enum's order
    static const QStringList& reasons();                         ///< the reasons' codes, in the enum's order
    static std::optional<Grade> gradeNamed(const QString& code); ///< "a" or "A"
    static std::optional<Reason> reasonNamed(const QString& code);
    /// The status machine: may a line of a return on `path` go from `from` to `to`?
    static bool allowed(const QString& path, const QString& from, const QString& to);
    /// The statuses a line may go to next.
    static QStringList nextStatuses(const QString& path, const QString& from);
    /// Where proofs of the cache at `cachePath` are kept: a folder beside it.
    static QString proofFolderFor(const QString& cachePath);

    Verdict begin(const OperatorSession& session);
    Verdict scan(const scanner::ScanEvent& scan);
    /// The line the next keys apply to (the table's row, or the script's `line N`).
    Verdict chooseLine(int lineNo);
    /// F3: the current line's grade and reason, with the clerk's notes (up to 500 characters).
    Verdict gradeLine(Grade grade, Reason reason, const QString& notes = {});
    /// The serial read off the returned item, typed or from its label.
    Verdict recordSerial(const QString& serial);
    /// F9: a photo of the item as proof.
    Verdict attachPhoto(const QString& path);
    /// F5: back to stock (a supervisor may have to approve first).
    Verdict approveRestock();
    /// F6: to hold, never available.
    Verdict rejectToHold();
    /// F7 / F8: the customer is refunded / gets a replacement; the line is closed.
    Verdict refund();
    Verdict replace();
    /// A supervisor's badge and PIN for the restock waiting for approval.
    Verdict approveBySupervisor(const SupervisorCredentials& supervisor);
    /// Esc: forgets an approval waiting for a supervisor.
    Verdict cancelPending();
    View view() const { return m_view; }

private:
    Verdict openReturn(const db::ReturnRecord& rma, const scanner::ScanEvent& scan);
    Verdict receiveItem(const scanner::ScanEvent& scan);
    /// no_return (or not_logged_in) where a key has no open return to act on.
    std::optional<Verdict> noReturnHere() const;
    Verdict recordSerial(const QString& serial, const scanner::ScanEvent& scan);
    Verdict attach(const QString& path);
    Verdict approve(const QString& supervisor);
    Verdict decide(const QString& to, const QString& supervisor);
    Verdict close(const QString& to);
    /// Moves the current line to `to` with `extra` writes, audit and scan log, in one transaction.
    Verdict transition(const QString& to, const Verdict& done, const std::function<Result<void>()>& extra);
    Result<void> reload();
    Result<void> logScan(const scanner::ScanEvent& scan, const Verdict& verdict);
    /// The return follows its lines: closed when every line is, else the furthest step reached.
    Result<void> followLines(const QString& rmaId);
    Verdict logged(const Verdict& verdict, const scanner::ScanEvent& scan, const QString& exceptionKind = {});
    Verdict cacheError(const Error& error) const;
    Verdict prompt() const;
    db::ReturnLineRecord* current();

    QSqlDatabase m_db;
    QString m_proofFolder;
    db::ReturnRepository m_returns;
    db::ProductRepository m_products;
    db::FloorJournal m_journal;
    OperatorSession m_operator;
    View m_view;
};

} // namespace wf::workflows
