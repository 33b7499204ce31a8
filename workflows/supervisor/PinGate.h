#pragma once

#include <expected>
#include <functional>

#include <QSqlDatabase>
#include <QString>

#include "common/Clock.h"
#include "db/AuditLog.h"
#include "db/OperatorRepository.h"
#include "db/PinAttempts.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

/// The one gate every PIN passes: login and every supervisor approval (short pick, weight
/// override, poor-grade restock, and whatever asks for a supervisor later). Five wrong PINs for a
/// badge within 15 minutes lock that badge for 15 minutes, counted in the cache so that a new
/// process does not start from zero. Every refused attempt is audited. An approval answers the
/// same `wrong_pin` for an unknown badge, a badge that is not a supervisor's and a wrong PIN, and
/// takes as long for each (the PIN is checked against a stand-in hash), so the answer does not tell
/// an attacker which badges are supervisors. Used on the thread of the connection it was given.
class PinGate
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr qint64 kLockMs = 15 * 60 * 1000;

    enum class Purpose
    {
        Login,   ///< any active operator with a PIN
        Approval ///< an active supervisor
    };

    /// Attempts are counted and locks measured by `clock` (which must outlive the gate).
    PinGate(QSqlDatabase db, QString stationId, const Clock& clock = Clock::system());

    /// The operator whose badge and PIN these are, or the verdict to show (`wrong_pin`,
    /// `pin_locked`, `cache_error`).
    std::expected<db::OperatorRecord, Verdict> check(const QString& badge, const QString& pin, Purpose purpose);

private:
    db::OperatorRepository m_operators;
    db::PinAttempts m_attempts;
    db::AuditLog m_audit;
    QString m_stationId;
    const Clock* m_clock;

    Verdict refused(const QString& badge, Purpose purpose);
    Verdict locked(qint64 until) const;
};

} // namespace wf::workflows
