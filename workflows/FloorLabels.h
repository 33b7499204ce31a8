#pragma once

#include <QString>

namespace wf::workflows {

/// What the floor reads instead of a code: each stored code (a reason, a grade, a status, a packing
/// class, an exception kind, an audit action, a role) shown as a label in the operator's language.
/// The codes stay what the cache, the scan log and the CLI hold; only the screen sees labels. A code
/// this table does not know is shown as it is, never hidden.
namespace labels {

QString shortReason(const QString& code);
QString returnReason(const QString& code);
/// "A — as new" … "D — defective"; an empty grade is "not graded".
QString grade(const QString& code);
QString returnStatus(const QString& code);
QString returnPath(const QString& code);
QString packingClass(const QString& code);
/// What a destination rule does: block, warn, suggest_service.
QString destinationAction(const QString& code);
QString exceptionKind(const QString& code);
QString exceptionStatus(const QString& code);
QString auditAction(const QString& code);
QString role(const QString& code);
/// A comma-separated role list ("supervisor,picker") as labels.
QString roles(const QString& codes);
/// Where a scan came from: "wedge", "serial", "camera", "manual" (keyboard).
QString scanSource(const QString& code);
/// Text the station wrote for the seller in English — box names and playbook prompts it starts
/// with — in the operator's language while it is still the default; a seller's own text as typed.
QString defaultText(const QString& text);

} // namespace labels
} // namespace wf::workflows
