#pragma once

#include <expected>

#include <QSqlDatabase>
#include <QString>

#include "common/Clock.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

/// A supervisor's badge and PIN, as every override asks for them, through the station's PinGate:
/// the badge of an active supervisor whose PIN matches, or the verdict to show (`wrong_pin` —
/// also for a badge that is not a supervisor's —, `pin_locked`, `cache_error`). Wrong PINs are
/// counted and audited. The caller records the override with this badge.
std::expected<QString, Verdict> checkSupervisor(const QSqlDatabase& db,
                                                const QString& stationId,
                                                const QString& badge,
                                                const QString& pin,
                                                const Clock& clock = Clock::system());

} // namespace wf::workflows
