#include "workflows/supervisor/PinGate.h"

#include <QCoreApplication>
#include <QDateTime>

#include "db/PinHash.h"
#include "workflows/CacheFailure.h"

namespace wf::workflows {

namespace {

Verdict cacheError(const Error& error)
{
    return cacheFailure(error);
}

/// What a PIN is checked against when the badge has no PIN of its own to check: the same work,
/// so an unknown badge answers as slowly as a supervisor's.
const QString& standInHash()
{
    static const QString hash = db::PinHash::make(QStringLiteral("no badge has this PIN"));
    return hash;
}

QString attemptAction(PinGate::Purpose purpose)
{
    return purpose == PinGate::Purpose::Login ? QStringLiteral("login_wrong_pin")
                                              : QStringLiteral("approval_wrong_pin");
}

} // namespace

PinGate::PinGate(QSqlDatabase db, QString stationId, const Clock& clock)
    : m_operators(db)
    , m_attempts(db)
    , m_audit(db, clock)
    , m_stationId(std::move(stationId))
    , m_clock(&clock)
{}

std::expected<db::OperatorRecord, Verdict> PinGate::check(const QString& badge, const QString& pin, Purpose purpose)
{
    auto until = m_attempts.lockedUntil(badge);
    if (!until)
        return std::unexpected(cacheError(until.error()));
    if (*until > m_clock->nowMs()) {
        if (auto audited = m_audit.append(badge, m_stationId, attemptAction(purpose), badge, QStringLiteral("locked"));
            !audited)
            return std::unexpected(cacheError(audited.error()));
        return std::unexpected(locked(*until));
    }
    auto found = m_operators.findByBadge(badge);
    if (!found)
        return std::unexpected(cacheError(found.error()));
    const bool allowed = *found && (*found)->active && !(*found)->pinHash.isEmpty()
                         && (purpose == Purpose::Login || (*found)->hasRole(QStringLiteral("supervisor")));
    const bool pinMatches = db::PinHash::verify(pin, allowed ? (*found)->pinHash : standInHash());
    if (!allowed || !pinMatches)
        return std::unexpected(refused(badge, purpose));
    if (auto cleared = m_attempts.clear(badge); !cleared)
        return std::unexpected(cacheError(cleared.error()));
    return **found;
}

Verdict PinGate::refused(const QString& badge, Purpose purpose)
{
    const qint64 now = m_clock->nowMs();
    auto failures = m_attempts.recordFailure(badge, now, kWindowMs, kMaxFailures, kLockMs);
    if (!failures)
        return cacheError(failures.error());
    const QString detail =
        *failures == 0 ? QStringLiteral("locked") : QStringLiteral("%1 of %2").arg(*failures).arg(kMaxFailures);
    if (auto audited = m_audit.append(badge, m_stationId, attemptAction(purpose), badge, detail); !audited)
        return cacheError(audited.error());
    if (*failures == 0)
        return locked(now + kLockMs);
    const int left = kMaxFailures - *failures;
    const QString tries =
        QCoreApplication::translate("PinGate", "Tries left before this badge is locked for 15 minutes: %1.").arg(left);
    return Verdict::of(codes::Code::WrongPin,
                       (purpose == Purpose::Login
                            ? QCoreApplication::translate("PinGate", "Wrong PIN. Try again.")
                            : QCoreApplication::translate("PinGate", "That badge and PIN cannot approve this."))
                           + QLatin1Char(' ') + tries);
}

Verdict PinGate::locked(qint64 until) const
{
    return Verdict::of(codes::Code::PinLocked,
                       QCoreApplication::translate("PinGate", "Too many wrong PINs for this badge. Try again after %1.")
                           .arg(QDateTime::fromMSecsSinceEpoch(until).toString(QStringLiteral("HH:mm"))));
}

} // namespace wf::workflows
