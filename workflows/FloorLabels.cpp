#include "workflows/FloorLabels.h"

#include <QCoreApplication>
#include <QStringList>

namespace wf::workflows::labels {

namespace {

struct Label
{
    const char* code;
    const char* text;
};

template <std::size_t N>
QString lookUp(const Label (&table)[N], const QString& code)
{
    for (const Label& label : table)
        if (code == QLatin1String(label.code))
            return QCoreApplication::translate("FloorLabels", label.text);
    return code;
}

constexpr Label kShortReasons[] = {
    {"not_found", QT_TRANSLATE_NOOP("FloorLabels", "Not in the bin")},
    {"damaged", QT_TRANSLATE_NOOP("FloorLabels", "Damaged")},
    {"quantity_short", QT_TRANSLATE_NOOP("FloorLabels", "Fewer than listed")},
    {"wrong_item_in_bin", QT_TRANSLATE_NOOP("FloorLabels", "Another item in the bin")},
    {"no_stock", QT_TRANSLATE_NOOP("FloorLabels", "No pick face holds it")},
};

constexpr Label kReturnReasons[] = {
    {"changed_mind", QT_TRANSLATE_NOOP("FloorLabels", "Changed their mind")},
    {"damaged_in_transit", QT_TRANSLATE_NOOP("FloorLabels", "Damaged in transit")},
    {"defective", QT_TRANSLATE_NOOP("FloorLabels", "Defective")},
    {"not_as_described", QT_TRANSLATE_NOOP("FloorLabels", "Not as described")},
    {"wrong_item_sent", QT_TRANSLATE_NOOP("FloorLabels", "Wrong item sent")},
};

constexpr Label kGrades[] = {
    {"", QT_TRANSLATE_NOOP("FloorLabels", "not graded")},
    {"A", QT_TRANSLATE_NOOP("FloorLabels", "A — as new")},
    {"B", QT_TRANSLATE_NOOP("FloorLabels", "B — opened, as good as new")},
    {"C", QT_TRANSLATE_NOOP("FloorLabels", "C — signs of use")},
    {"D", QT_TRANSLATE_NOOP("FloorLabels", "D — faulty or broken")},
};

constexpr Label kReturnStatuses[] = {
    {"expected", QT_TRANSLATE_NOOP("FloorLabels", "Expected")},
    {"received", QT_TRANSLATE_NOOP("FloorLabels", "Received")},
    {"checking", QT_TRANSLATE_NOOP("FloorLabels", "Being checked")},
    {"restock_approved", QT_TRANSLATE_NOOP("FloorLabels", "Back to stock")},
    {"restock_rejected", QT_TRANSLATE_NOOP("FloorLabels", "To hold")},
    {"refunded", QT_TRANSLATE_NOOP("FloorLabels", "Refunded")},
    {"replaced", QT_TRANSLATE_NOOP("FloorLabels", "Replaced")},
    {"closed", QT_TRANSLATE_NOOP("FloorLabels", "Closed")},
};

constexpr Label kReturnPaths[] = {
    {"refund_only", QT_TRANSLATE_NOOP("FloorLabels", "Refund only, nothing comes back")},
    {"inspect_at_hub", QT_TRANSLATE_NOOP("FloorLabels", "Inspect here")},
    {"return_with_proof", QT_TRANSLATE_NOOP("FloorLabels", "Inspect with photo proof")},
};

constexpr Label kPackingClasses[] = {
    {"standard", QT_TRANSLATE_NOOP("FloorLabels", "Standard")},
    {"fragile", QT_TRANSLATE_NOOP("FloorLabels", "Fragile")},
    {"apparel", QT_TRANSLATE_NOOP("FloorLabels", "Clothing")},
    {"electronics", QT_TRANSLATE_NOOP("FloorLabels", "Electronics")},
    {"liquid", QT_TRANSLATE_NOOP("FloorLabels", "Liquid")},
    {"battery", QT_TRANSLATE_NOOP("FloorLabels", "Battery")},
    {"*", QT_TRANSLATE_NOOP("FloorLabels", "Every class")},
};

constexpr Label kDestinationActions[] = {
    {"block", QT_TRANSLATE_NOOP("FloorLabels", "Do not ship")},
    {"warn", QT_TRANSLATE_NOOP("FloorLabels", "Check")},
    {"suggest_service", QT_TRANSLATE_NOOP("FloorLabels", "Another service")},
};

constexpr Label kExceptionKinds[] = {
    {"low_stock", QT_TRANSLATE_NOOP("FloorLabels", "Low stock")},
    {"short_pick", QT_TRANSLATE_NOOP("FloorLabels", "Short pick")},
    {"weight_mismatch", QT_TRANSLATE_NOOP("FloorLabels", "Weight off")},
    {"customs_data_missing", QT_TRANSLATE_NOOP("FloorLabels", "Customs data missing")},
    {"label_mismatch", QT_TRANSLATE_NOOP("FloorLabels", "Wrong label")},
    {"restricted_destination", QT_TRANSLATE_NOOP("FloorLabels", "Not allowed to the destination")},
    {"split_shipment", QT_TRANSLATE_NOOP("FloorLabels", "Order in several packages")},
    {"wrong_item", QT_TRANSLATE_NOOP("FloorLabels", "Wrong item")},
    {"serial_mismatch", QT_TRANSLATE_NOOP("FloorLabels", "Serial number differs")},
    {"return_wrong_item", QT_TRANSLATE_NOOP("FloorLabels", "Wrong item returned")},
    {"over_pick", QT_TRANSLATE_NOOP("FloorLabels", "Picked too many")},
};

constexpr Label kExceptionStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("FloorLabels", "Open")},
    {"resolved", QT_TRANSLATE_NOOP("FloorLabels", "Resolved")},
};

constexpr Label kAuditActions[] = {
    {"login", QT_TRANSLATE_NOOP("FloorLabels", "Logged in")},
    {"logout", QT_TRANSLATE_NOOP("FloorLabels", "Logged out")},
    {"login_wrong_pin", QT_TRANSLATE_NOOP("FloorLabels", "Wrong PIN at login")},
    {"approval_wrong_pin", QT_TRANSLATE_NOOP("FloorLabels", "Wrong PIN at an approval")},
    {"locked", QT_TRANSLATE_NOOP("FloorLabels", "PIN locked")},
    {"shipment_shipped", QT_TRANSLATE_NOOP("FloorLabels", "Package shipped")},
    {"override_weight", QT_TRANSLATE_NOOP("FloorLabels", "Weight accepted by a supervisor")},
    {"override_short_pick", QT_TRANSLATE_NOOP("FloorLabels", "Short pick accepted by a supervisor")},
    {"override_restock_grade", QT_TRANSLATE_NOOP("FloorLabels", "Restock of a low grade approved")},
    {"label_print", QT_TRANSLATE_NOOP("FloorLabels", "Label printed")},
    {"label_reprint", QT_TRANSLATE_NOOP("FloorLabels", "Label printed again")},
    {"pack_prompt_acknowledged", QT_TRANSLATE_NOOP("FloorLabels", "Packing step confirmed")},
    {"edit_packing_rule", QT_TRANSLATE_NOOP("FloorLabels", "Playbook changed")},
    {"change_service", QT_TRANSLATE_NOOP("FloorLabels", "Shipping service changed")},
    {"resolve_exception", QT_TRANSLATE_NOOP("FloorLabels", "Exception resolved")},
    {"return_restock_approved", QT_TRANSLATE_NOOP("FloorLabels", "Return back to stock")},
    {"return_restock_rejected", QT_TRANSLATE_NOOP("FloorLabels", "Return to hold")},
    {"return_refunded", QT_TRANSLATE_NOOP("FloorLabels", "Return refunded")},
    {"return_replaced", QT_TRANSLATE_NOOP("FloorLabels", "Return replaced")},
    {"return_graded", QT_TRANSLATE_NOOP("FloorLabels", "Return graded")},
    {"return_received", QT_TRANSLATE_NOOP("FloorLabels", "Return received")},
    {"return_checking", QT_TRANSLATE_NOOP("FloorLabels", "Return being checked")},
    {"return_closed", QT_TRANSLATE_NOOP("FloorLabels", "Return closed")},
    {"return_photo", QT_TRANSLATE_NOOP("FloorLabels", "Return photo attached")},
    {"change_scanner_settings", QT_TRANSLATE_NOOP("FloorLabels", "Scanner settings changed")},
    {"change_pick_settings", QT_TRANSLATE_NOOP("FloorLabels", "Pick settings changed")},
};

constexpr Label kRoles[] = {
    {"picker", QT_TRANSLATE_NOOP("FloorLabels", "picker")},
    {"packer", QT_TRANSLATE_NOOP("FloorLabels", "packer")},
    {"returns", QT_TRANSLATE_NOOP("FloorLabels", "returns clerk")},
    {"supervisor", QT_TRANSLATE_NOOP("FloorLabels", "supervisor")},
};

constexpr Label kScanSources[] = {
    {"wedge", QT_TRANSLATE_NOOP("FloorLabels", "USB scanner")},
    {"serial", QT_TRANSLATE_NOOP("FloorLabels", "serial scanner")},
    {"camera", QT_TRANSLATE_NOOP("FloorLabels", "camera")},
    {"manual", QT_TRANSLATE_NOOP("FloorLabels", "typed")},
    {"keyboard", QT_TRANSLATE_NOOP("FloorLabels", "keyboard")},
    {"simulator", QT_TRANSLATE_NOOP("FloorLabels", "simulator")},
};

/// The English the station starts with (db/migrations/0007_packing.sql): its boxes and playbook.
constexpr const char* kDefaults[] = {
    QT_TRANSLATE_NOOP("FloorLabels", "Small box"),
    QT_TRANSLATE_NOOP("FloorLabels", "Medium box"),
    QT_TRANSLATE_NOOP("FloorLabels", "Large box"),
    QT_TRANSLATE_NOOP("FloorLabels", "Extra large box"),
    QT_TRANSLATE_NOOP("FloorLabels", "Wrap each fragile item in bubble wrap; fill voids"),
    QT_TRANSLATE_NOOP("FloorLabels", "Fold into a poly bag; apply the size label"),
    QT_TRANSLATE_NOOP("FloorLabels", "Use shock protection: foam corners or air pillows"),
    QT_TRANSLATE_NOOP("FloorLabels", "Seal the liquid in a leak-proof bag, upright"),
    QT_TRANSLATE_NOOP("FloorLabels", "Apply the lithium battery handling label"),
    QT_TRANSLATE_NOOP("FloorLabels", "Separate items inside the box with dividers or paper"),
};

} // namespace

QString shortReason(const QString& code)
{
    return lookUp(kShortReasons, code);
}
QString returnReason(const QString& code)
{
    return lookUp(kReturnReasons, code);
}
QString grade(const QString& code)
{
    return lookUp(kGrades, code);
}
QString returnStatus(const QString& code)
{
    return lookUp(kReturnStatuses, code);
}
QString returnPath(const QString& code)
{
    return lookUp(kReturnPaths, code);
}
QString packingClass(const QString& code)
{
    return lookUp(kPackingClasses, code);
}
QString destinationAction(const QString& code)
{
    return lookUp(kDestinationActions, code);
}
QString exceptionKind(const QString& code)
{
    return lookUp(kExceptionKinds, code);
}
QString exceptionStatus(const QString& code)
{
    return lookUp(kExceptionStatuses, code);
}
QString auditAction(const QString& code)
{
    return lookUp(kAuditActions, code);
}
QString role(const QString& code)
{
    return lookUp(kRoles, code);
}
QString scanSource(const QString& code)
{
    return lookUp(kScanSources, code);
}

QString roles(const QString& codes)
{
    QStringList out;
    for (const QString& code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << role(code.trimmed());
    return out.join(QStringLiteral(", "));
}

QString defaultText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char* english : kDefaults)
        if (utf8 == english)
            return QCoreApplication::translate("FloorLabels", english);
    return text;
}

} // namespace wf::workflows::labels
