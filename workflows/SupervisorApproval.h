#pragma once

#include <expected>

#include <QSqlDatabase>
#include <QString>

#include "workflows/Verdict.h"

namespace wf::workflows {

/// A supervisor's badge and PIN, as every override asks for them: the badge of an active
/// supervisor whose PIN matches, or the verdict to show (`not_supervisor`, `wrong_pin`,
/// `cache_error`). The caller records the override with this badge.
std::expected<QString, Verdict> checkSupervisor(const QSqlDatabase& db, const QString& badge, const QString& pin);

} // namespace wf::workflows
