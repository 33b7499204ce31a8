#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringView>

/// The registry of every code the floor writes: the answer to a scan or an action (the verdict
/// code in the scan log, the CLI's JSON and the tests), the kind of an exception, a scanner's
/// problem. The strings are the API and never change; the enum is what code should name.
/// `floorctl codes` lists it; docs/replay.md carries the same table (checked by a test); every
/// scan-log and exception row the station writes is checked against it (reportIfUnknown).
namespace wf::codes {

Q_NAMESPACE

/// Sets colour and sound: green ok, amber warn, red error, blue prompt.
enum class Kind
{
    Ok,
    Warn,
    Error,
    Prompt,
};
Q_ENUM_NS(Kind)

enum class Code
{
    AcknowledgePrompt,
    AlreadyReceived,
    AlreadyShipped,
    BinConfirmed,
    BinScanRequired,
    BoxChosen,
    CacheError,
    ChangeRecorded,
    ClosePackage,
    ControlCharacter,
    CustomsDataMissing,
    EmptyScan,
    ExceptionResolved,
    ExportFailed,
    Exported,
    FrameTooLong,
    Garbage,
    Graded,
    InactiveBadge,
    IncompleteFrame,
    InvalidCheckDigit,
    InvalidGrade,
    InvalidGs1,
    InvalidLine,
    InvalidQuantity,
    InvalidReason,
    InvalidRule,
    InvalidSerial,
    InvalidTransition,
    InvalidWeight,
    ItemFound,
    ItemPacked,
    ItemPicked,
    ItemReceived,
    KeyboardLayout,
    LabelMismatch,
    LabelNotPrinted,
    LabelOutdated,
    LabelPrinted,
    LabelReprinted,
    LabelPrinting,
    LabelScanned,
    LeaveHalfPacked,
    LineChosen,
    LinePacked,
    ListDone,
    ListDoneShort,
    LoggedIn,
    LoggedOut,
    LotMismatch,
    LotNeeded,
    LowStock,
    ModeLookup,
    NoException,
    NoLabelYet,
    NoLine,
    NoMode,
    NoPickList,
    NoReturn,
    NoSuchPrompt,
    NoTask,
    NotAPhoto,
    NotATote,
    NotAllowed,
    NotInReturn,
    NotLoggedIn,
    NotOpen,
    NotPicked,
    NotSupervisor,
    NothingToApprove,
    NothingToConfirm,
    NothingToPick,
    NoStockToPick,
    NulByte,
    OverPick,
    OverScan,
    PackageClosed,
    PackageHalfPacked,
    PackageMovedOn,
    PackageOpen,
    PackageOpenWithNotes,
    PackageScanned,
    PhotoAttached,
    PhotoUnreadable,
    PinLocked,
    PinRequired,
    PrintLabel,
    PromptsAllConfirmed,
    PromptAcknowledged,
    PromptsOpen,
    ProofRequired,
    QuantityConfirm,
    ReasonRequired,
    RefundOnly,
    RefundWithoutReturn,
    Refunded,
    Replaced,
    RestockApproved,
    RestockRejected,
    RestrictedDestination,
    ReturnClosed,
    ReturnOpened,
    ReturnWrongItem,
    RuleSaved,
    ScanBin,
    ScanItem,
    ScanItemFirst,
    ScanLabel,
    ScanPackage,
    ScanReceived,
    ScanReturn,
    ScanTooLong,
    ScanTote,
    SerialMismatch,
    SerialNeeded,
    SerialRecorded,
    ServiceChangeNeeded,
    ServiceChanged,
    ServiceNotSuggested,
    SettingsApplied,
    ShipmentCancelled,
    Shipped,
    ShortPick,
    ShortRecorded,
    SplitShipment,
    SupervisorRequired,
    SyncRejected,
    TaskDone,
    ToteBound,
    ToteInUse,
    UnderScan,
    UnknownAction,
    UnknownBadge,
    UnknownBarcode,
    UnknownBox,
    UnknownCommand,
    UnknownMode,
    UnknownPackage,
    WeighAfterPacking,
    WeighPackage,
    WeightAccepted,
    WeightMismatch,
    WeightNeeded,
    WeightOk,
    WeightRequired,
    WrongItem,
    WrongLocation,
    WrongPin
};
Q_ENUM_NS(Code)

/// Where a code is written.
enum Use : int
{
    Answer = 1,    ///< a verdict: the answer to a scan or an action, in the scan log
    Exception = 2, ///< the kind of an exception row for a supervisor
    Problem = 4,   ///< what a scanner reported (before any workflow saw the scan)
};

struct Entry
{
    Code code;
    const char* name;  ///< the stable string
    Kind kind;         ///< the kind of its verdict, wherever it is given
    int uses;          ///< Use flags
    const char* label; ///< English; label() translates it
};

const QList<Entry>& all();
/// The entry of this stable string, or nullptr.
const Entry* find(QStringView name);
bool known(QStringView name);
QString name(Code code);
Kind kind(Code code);
/// The label in the running language.
QString label(Code code);
/// "ok", "warn", "error", "prompt".
QString kindName(Kind kind);
/// "answer", "exception", "problem" joined with commas.
QString usesName(int uses);
/// A row about to be written with a code the registry does not know: said on the log, and a line
/// appended to the file WF_UNKNOWN_CODES_LOG names (the test suite fails on any line there).
void reportIfUnknown(QStringView name, const char* where);
/// The same for a scan-log row, which also carries its verdict's kind ("ok", "warn" …): a code
/// written with another kind than its registered one is reported too — one code, one colour.
void reportIfUnknown(QStringView name, QStringView kind, const char* where);

} // namespace wf::codes
