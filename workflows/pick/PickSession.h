#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QStringList>

#include "common/Clock.h"
#include "db/FloorJournal.h"
#include "db/PickRepository.h"
#include "db/ProductRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/pick/PickSettings.h"
#include "workflows/station/OperatorSession.h"
#include "workflows/supervisor/SupervisorCredentials.h"

namespace wf::workflows {

/// Picking at one station: a pick list over one order or a batch (cluster picking, one tote per
/// shipment bound by scanning its label), tasks in walking order, bin scan then item scans, a
/// quantity key with confirmation, short picks with a reason (optionally approved by a
/// supervisor). Every confirmed step writes the task, the scan-log row and its movement in one
/// transaction before the verdict is returned; a new session on the same cache resumes the
/// station's open list at the same task. Used by the Pick screen and by floorctl replay alike.
class PickSession
{
public:
    using Settings = PickSettings;

    /// What the screen shows.
    struct View
    {
        bool active = false;
        bool bindingTotes = false;
        std::optional<db::PickToteRecord> toteToBind;
        std::optional<db::PickTaskRecord> task;
        int taskNumber = 0; ///< 1-based
        int taskCount = 0;
        int unitsDone = 0;
        int unitsTotal = 0;
        int pendingQuantity = 0; ///< typed with the quantity key, awaiting confirm
        QList<db::PickToteRecord> totes;
    };

    /// Why a task could not be picked in full; stored by its code (not_found, damaged, …).
    enum class ShortReason
    {
        NotFound,
        Damaged,
        QuantityShort,
        WrongItemInBin,
    };
    /// The reasons' codes, in the enum's order.
    static const QStringList& shortReasons();
    static QString shortReasonCode(ShortReason reason);
    static std::optional<ShortReason> shortReasonNamed(const QString& code);

    PickSession(QSqlDatabase db, QString stationId, Settings settings, const Clock& clock = Clock::system());

    /// Resumes the station's open list or starts a new one for this operator.
    const Settings& settings() const { return m_settings; }
    /// New settings apply from the next step; a new batch size from the next list.
    void setSettings(const Settings& settings);
    Verdict begin(const OperatorSession& session);
    Verdict scan(const scanner::ScanEvent& scan);
    /// The quantity key: after one scanned unit, counts `units` of the task once confirmed.
    Verdict enterQuantity(int units);
    /// Enter after the quantity key: picks the units it asked about.
    Verdict confirmQuantity();
    /// Esc: forgets a quantity or a short pick waiting for confirmation or approval.
    Verdict cancelPending();
    /// F4: the rest of the task cannot be picked, for this reason (a supervisor may have to approve).
    Verdict reportShort(ShortReason reason);
    /// A supervisor's badge and PIN for the short pick waiting for approval.
    Verdict approveShort(const SupervisorCredentials& supervisor);
    View view() const;

private:
    /// not_logged_in or no_task where a key has nothing to act on.
    std::optional<Verdict> noTaskHere();
    Result<void> reload();
    /// A no_stock_to_pick exception for each line of the new list no pick face holds (m_unpickable).
    Result<void> raiseUnpickable();
    Verdict bindTote(const scanner::ScanEvent& scan);
    Verdict pickItem(const scanner::ScanEvent& scan, const QString& payload);
    Verdict confirmBin(const scanner::ScanEvent& scan);
    /// Records `units` picked; the lot, serial and expiry come from the GS1 scan, or the serial
    /// from the item's serial label scanned on its own.
    Verdict applyPick(int units,
                      const scanner::ScanEvent& scan,
                      const std::optional<scanner::Gs1Message>& gs1,
                      const QString& serialLabel = {});
    Verdict applyShort(const QString& reason, const QString& approvedBy);
    Verdict logged(const Verdict& verdict, const scanner::ScanEvent& scan, const QString& exceptionKind = {});
    Verdict afterStep(const Verdict& done);
    Result<void> raiseLowStock(const db::PickTaskRecord& task);
    /// After a task finished: marks its shipment picked when it was the shipment's last task, the next
    /// task's bin confirmed when it is the same bin; ends the list after its last task.
    Result<void> advance();
    /// The scanned code as one of the current task's own codes, found without a database lookup.
    std::optional<db::CodeMatch> taskCode(const db::PickTaskRecord& task, const QStringList& codes) const;
    db::PickTaskRecord* current();
    Verdict prompt() const;
    Verdict cacheError(const Error& error) const;

    QSqlDatabase m_db;
    Settings m_settings;
    db::PickRepository m_picks;
    db::ProductRepository m_products;
    db::FloorJournal m_journal;
    OperatorSession m_operator;
    std::optional<qint64> m_listId;
    QList<db::PickTaskRecord> m_tasks;
    QList<db::UnpickableLine> m_unpickable; ///< lines of the list no pick face holds
    QList<db::PickToteRecord> m_totes;
    QHash<QString, db::ListCode> m_listCodes; ///< the list's own codes: the expected scan needs no lookup
    qint64 m_staging = 0;                     ///< where picked units go (the totes' staging area)
    qint64 m_hold = 0;                        ///< where damaged units go
    int m_pendingQuantity = 0;
    QString m_pendingShortReason;
};

} // namespace wf::workflows
