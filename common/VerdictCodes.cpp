#include "common/VerdictCodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QtGlobal>

namespace wf::codes {

const QList<Entry>& all()
{
    static const QList<Entry> entries = {
        {Code::AcknowledgePrompt,
         "acknowledge_prompt",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Confirm the checklist")},
        {Code::AlreadyReceived,
         "already_received",
         Kind::Warn,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Already received")},
        {Code::AlreadyShipped,
         "already_shipped",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Already shipped")},
        {Code::BinConfirmed, "bin_confirmed", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Bin confirmed")},
        {Code::BinScanRequired,
         "bin_scan_required",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Scan the bin first")},
        {Code::BoxChosen, "box_chosen", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Box chosen")},
        {Code::CacheError, "cache_error", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Cache error")},
        {Code::ChangeRecorded,
         "change_recorded",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Change recorded")},
        {Code::ClosePackage,
         "close_package",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Close the package")},
        {Code::ControlCharacter,
         "control_character",
         Kind::Error,
         Answer | Problem,
         QT_TRANSLATE_NOOP("VerdictCodes", "Control character in the scan")},
        {Code::CustomsDataMissing,
         "customs_data_missing",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Customs data missing")},
        {Code::EmptyScan, "empty_scan", Kind::Error, Problem, QT_TRANSLATE_NOOP("VerdictCodes", "Empty scan")},
        {Code::ExceptionResolved,
         "exception_resolved",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Exception resolved")},
        {Code::ExportFailed, "export_failed", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Export failed")},
        {Code::Exported, "exported", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Exported")},
        {Code::FrameTooLong,
         "frame_too_long",
         Kind::Error,
         Problem,
         QT_TRANSLATE_NOOP("VerdictCodes", "Serial frame too long")},
        {Code::Garbage, "garbage", Kind::Error, Problem, QT_TRANSLATE_NOOP("VerdictCodes", "Unreadable serial data")},
        {Code::Graded, "graded", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Graded")},
        {Code::InactiveBadge,
         "inactive_badge",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Badge no longer active")},
        {Code::IncompleteFrame,
         "incomplete_frame",
         Kind::Error,
         Problem,
         QT_TRANSLATE_NOOP("VerdictCodes", "Incomplete serial frame")},
        {Code::InvalidCheckDigit,
         "invalid_check_digit",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Wrong check digit")},
        {Code::InvalidGrade, "invalid_grade", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Invalid grade")},
        {Code::InvalidGs1, "invalid_gs1", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Invalid GS1 code")},
        {Code::InvalidLine, "invalid_line", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Invalid line")},
        {Code::InvalidQuantity,
         "invalid_quantity",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Invalid quantity")},
        {Code::InvalidReason,
         "invalid_reason",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Invalid reason")},
        {Code::InvalidRule, "invalid_rule", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Invalid rule")},
        {Code::InvalidSerial,
         "invalid_serial",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Invalid serial")},
        {Code::InvalidTransition,
         "invalid_transition",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Not possible in this state")},
        {Code::InvalidWeight,
         "invalid_weight",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Invalid weight")},
        {Code::ItemFound, "item_found", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Item found")},
        {Code::ItemPacked, "item_packed", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Item packed")},
        {Code::ItemPicked, "item_picked", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Item picked")},
        {Code::ItemReceived, "item_received", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Item received")},
        {Code::KeyboardLayout,
         "keyboard_layout",
         Kind::Error,
         Problem,
         QT_TRANSLATE_NOOP("VerdictCodes", "Scanner on another keyboard layout")},
        {Code::LabelMismatch,
         "label_mismatch",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Wrong label")},
        {Code::LabelNotPrinted,
         "label_not_printed",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Label not printed")},
        {Code::LabelOutdated,
         "label_outdated",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Label printed before its tracking number")},
        {Code::LabelPrinted, "label_printed", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Label printed")},
        {Code::LabelReprinted,
         "label_reprinted",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Label printed again")},
        {Code::LabelPrinting,
         "label_printing",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Label printing")},
        {Code::LabelScanned, "label_scanned", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Label scanned")},
        {Code::LeaveHalfPacked,
         "leave_half_packed",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Leave a half-packed package?")},
        {Code::LineChosen, "line_chosen", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Line chosen")},
        {Code::LinePacked, "line_packed", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Line packed")},
        {Code::ListDone, "list_done", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Pick list done")},
        {Code::ListDoneShort,
         "list_done_short",
         Kind::Warn,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Pick list done, lines not picked")},
        {Code::LoggedIn, "logged_in", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Logged in")},
        {Code::LoggedOut, "logged_out", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Logged out")},
        {Code::LotMismatch, "lot_mismatch", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Wrong lot")},
        {Code::LotNeeded, "lot_needed", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Lot needed")},
        {Code::LowStock, "low_stock", Kind::Warn, Exception, QT_TRANSLATE_NOOP("VerdictCodes", "Low stock")},
        {Code::ModeLookup, "mode_lookup", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Lookup mode")},
        {Code::NoException,
         "no_exception",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "No such exception")},
        {Code::NoLabelYet, "no_label_yet", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "No label yet")},
        {Code::NoLine, "no_line", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "No line chosen")},
        {Code::NoMode, "no_mode", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "No mode chosen")},
        {Code::NoPickList, "no_pick_list", Kind::Warn, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "No pick list")},
        {Code::NoReturn, "no_return", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "No return open")},
        {Code::NoSuchPrompt,
         "no_such_prompt",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "No such prompt")},
        {Code::NoTask, "no_task", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "No task")},
        {Code::NotAPhoto, "not_a_photo", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Not a photo")},
        {Code::NotATote, "not_a_tote", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Not a tote")},
        {Code::NotAllowed, "not_allowed", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Not allowed")},
        {Code::NotInReturn,
         "not_in_return",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Not part of the return")},
        {Code::NotLoggedIn,
         "not_logged_in",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Nobody logged in")},
        {Code::NotOpen, "not_open", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Not open")},
        {Code::NotPicked, "not_picked", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Not picked yet")},
        {Code::NotSupervisor,
         "not_supervisor",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Not a supervisor")},
        {Code::NothingToApprove,
         "nothing_to_approve",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Nothing to approve")},
        {Code::NothingToConfirm,
         "nothing_to_confirm",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Nothing to confirm")},
        {Code::NothingToPick,
         "nothing_to_pick",
         Kind::Warn,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Nothing to pick")},
        {Code::NoStockToPick,
         "no_stock_to_pick",
         Kind::Warn,
         Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "No stock at any pick face")},
        {Code::NulByte, "nul_byte", Kind::Error, Problem, QT_TRANSLATE_NOOP("VerdictCodes", "NUL byte in serial data")},
        {Code::OverPick, "over_pick", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Too many picked")},
        {Code::OverScan,
         "over_scan",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "One too many")},
        {Code::PackageClosed, "package_closed", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Package closed")},
        {Code::PackageHalfPacked,
         "package_half_packed",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Another package is half packed")},
        {Code::PackageMovedOn,
         "package_moved_on",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Package moved on")},
        {Code::PackageOpen, "package_open", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Package open")},
        {Code::PackageOpenWithNotes,
         "package_open_with_notes",
         Kind::Warn,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Package open, with notes")},
        {Code::PackageScanned,
         "package_scanned",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Package scanned")},
        {Code::PhotoAttached, "photo_attached", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Photo attached")},
        {Code::PhotoUnreadable,
         "photo_unreadable",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Photo unreadable")},
        {Code::PinLocked, "pin_locked", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "PIN locked")},
        {Code::PinRequired, "pin_required", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "PIN needed")},
        {Code::PrintLabel, "print_label", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Print the label")},
        {Code::PromptsAllConfirmed,
         "prompts_all_confirmed",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Every prompt confirmed")},
        {Code::PromptAcknowledged,
         "prompt_acknowledged",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Checklist item confirmed")},
        {Code::PromptsOpen,
         "prompts_open",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Checklist not done")},
        {Code::ProofRequired, "proof_required", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Proof needed")},
        {Code::QuantityConfirm,
         "quantity_confirm",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Confirm the quantity")},
        {Code::ReasonRequired,
         "reason_required",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Reason needed")},
        {Code::RefundOnly, "refund_only", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Refund only")},
        {Code::RefundWithoutReturn,
         "refund_without_return",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Refund without return")},
        {Code::Refunded, "refunded", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Refunded")},
        {Code::Replaced, "replaced", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Replaced")},
        {Code::RestockApproved,
         "restock_approved",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Restock approved")},
        {Code::RestockRejected,
         "restock_rejected",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Sent to hold")},
        {Code::RestrictedDestination,
         "restricted_destination",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Restricted destination")},
        {Code::ReturnClosed, "return_closed", Kind::Warn, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Return closed")},
        {Code::ReturnOpened, "return_opened", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Return opened")},
        {Code::ReturnWrongItem,
         "return_wrong_item",
         Kind::Warn,
         Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Wrong item in a return")},
        {Code::RuleSaved, "rule_saved", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Rule saved")},
        {Code::ScanBin, "scan_bin", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Scan the bin")},
        {Code::ScanItem, "scan_item", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Scan the item")},
        {Code::ScanItemFirst,
         "scan_item_first",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Scan an item first")},
        {Code::ScanLabel, "scan_label", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Scan the label")},
        {Code::ScanPackage,
         "scan_package",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Scan the package")},
        {Code::ScanReceived, "scan_received", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Scan received")},
        {Code::ScanReturn, "scan_return", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Scan the return")},
        {Code::ScanTooLong,
         "scan_too_long",
         Kind::Error,
         Answer | Problem,
         QT_TRANSLATE_NOOP("VerdictCodes", "Scan too long")},
        {Code::ScanTote, "scan_tote", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Scan a tote")},
        {Code::SerialMismatch,
         "serial_mismatch",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Wrong serial")},
        {Code::SerialNeeded, "serial_needed", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Serial needed")},
        {Code::SerialRecorded,
         "serial_recorded",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Serial recorded")},
        {Code::ServiceChangeNeeded,
         "service_change_needed",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Service change needed")},
        {Code::ServiceChanged,
         "service_changed",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Service changed")},
        {Code::ServiceNotSuggested,
         "service_not_suggested",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Service not suggested")},
        {Code::SettingsApplied,
         "settings_applied",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Settings applied")},
        {Code::ShipmentCancelled,
         "shipment_cancelled",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Shipment cancelled")},
        {Code::Shipped, "shipped", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Shipped")},
        {Code::ShortPick, "short_pick", Kind::Warn, Exception, QT_TRANSLATE_NOOP("VerdictCodes", "Short pick")},
        {Code::ShortRecorded,
         "short_recorded",
         Kind::Warn,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Short pick recorded")},
        {Code::SplitShipment,
         "split_shipment",
         Kind::Warn,
         Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Order in several packages")},
        {Code::SupervisorRequired,
         "supervisor_required",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Supervisor needed")},
        {Code::SyncRejected,
         "sync_rejected",
         Kind::Warn,
         Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Refused by the master")},
        {Code::TaskDone, "task_done", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Task done")},
        {Code::ToteBound, "tote_bound", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Tote bound")},
        {Code::ToteInUse, "tote_in_use", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Tote in use")},
        {Code::UnderScan, "under_scan", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Items missing")},
        {Code::UnknownAction,
         "unknown_action",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Unknown action")},
        {Code::UnknownBadge, "unknown_badge", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Unknown badge")},
        {Code::UnknownBarcode,
         "unknown_barcode",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Unknown barcode")},
        {Code::UnknownBox, "unknown_box", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Unknown box")},
        {Code::UnknownCommand,
         "unknown_command",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Unknown command")},
        {Code::UnknownMode, "unknown_mode", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Unknown mode")},
        {Code::UnknownPackage,
         "unknown_package",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Unknown package")},
        {Code::WeighAfterPacking,
         "weigh_after_packing",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Weigh after packing")},
        {Code::WeighPackage,
         "weigh_package",
         Kind::Prompt,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Weigh the package")},
        {Code::WeightAccepted,
         "weight_accepted",
         Kind::Ok,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Weight accepted")},
        {Code::WeightMismatch,
         "weight_mismatch",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Weight outside tolerance")},
        {Code::WeightNeeded, "weight_needed", Kind::Prompt, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Weight needed")},
        {Code::WeightOk, "weight_ok", Kind::Ok, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Weight OK")},
        {Code::WeightRequired,
         "weight_required",
         Kind::Error,
         Answer,
         QT_TRANSLATE_NOOP("VerdictCodes", "Weigh first")},
        {Code::WrongItem,
         "wrong_item",
         Kind::Error,
         Answer | Exception,
         QT_TRANSLATE_NOOP("VerdictCodes", "Wrong item")},
        {Code::WrongLocation, "wrong_location", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Wrong bin")},
        {Code::WrongPin, "wrong_pin", Kind::Error, Answer, QT_TRANSLATE_NOOP("VerdictCodes", "Wrong PIN")}};
    return entries;
}

const Entry* find(QStringView name)
{
    static const QHash<QString, const Entry*> byName = [] {
        QHash<QString, const Entry*> map;
        for (const Entry& e : all())
            map.insert(QString::fromLatin1(e.name), &e);
        return map;
    }();
    const auto found = byName.constFind(name.toString());
    return found == byName.cend() ? nullptr : *found;
}

bool known(QStringView name)
{
    return find(name) != nullptr;
}

namespace {

const Entry& entry(Code code)
{
    // The table is in the enum's order: a code is its own index.
    return all()[int(code)];
}

} // namespace

QString name(Code code)
{
    return QString::fromLatin1(entry(code).name);
}

Kind kind(Code code)
{
    return entry(code).kind;
}

QString label(Code code)
{
    return QCoreApplication::translate("VerdictCodes", entry(code).label);
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Warn:
        return QStringLiteral("warn");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::Prompt:
        return QStringLiteral("prompt");
    }
    return {};
}

QString usesName(int uses)
{
    QStringList names;
    if (uses & Answer)
        names << QStringLiteral("answer");
    if (uses & Exception)
        names << QStringLiteral("exception");
    if (uses & Problem)
        names << QStringLiteral("problem");
    return names.join(QLatin1Char(','));
}

namespace {

void report(const QString& line)
{
    qWarning("%s", qPrintable(line));
    const QString log = qEnvironmentVariable("WF_UNKNOWN_CODES_LOG");
    if (log.isEmpty())
        return;
    QFile file(log);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write((line + QLatin1Char('\n')).toUtf8());
}

} // namespace

void reportIfUnknown(QStringView name, const char* where)
{
    if (!known(name))
        report(QStringLiteral("%1: the code \"%2\" is not in the registry (common/VerdictCodes)")
                   .arg(QLatin1String(where), name));
}

void reportIfUnknown(QStringView name, QStringView kind, const char* where)
{
    const Entry* entry = find(name);
    if (!entry)
        reportIfUnknown(name, where);
    else if (kindName(entry->kind) != kind)
        report(QStringLiteral("%1: the code \"%2\" written as %3, registered as %4 (common/VerdictCodes)")
                   .arg(QLatin1String(where), name, kind, kindName(entry->kind)));
}

} // namespace wf::codes
