#include "workflows/OperatorLogin.h"

#include <QCoreApplication>

#include "db/PinHash.h"
#include "workflows/ScanGate.h"

namespace wf::workflows {

namespace {

Verdict cacheError(const Error& error)
{
    return Verdict::error(
        QStringLiteral("cache_error"),
        QCoreApplication::translate("OperatorLogin", "The cache could not be read: %1").arg(error.detail));
}

} // namespace

OperatorLogin::OperatorLogin(QSqlDatabase db, QString stationId)
    : m_operators(db)
    , m_audit(db)
    , m_stationId(std::move(stationId))
{}

OperatorLogin::Outcome OperatorLogin::scanBadge(const scanner::ScanEvent& scan)
{
    if (auto rejected = ScanGate::reject(scan))
        return {*rejected, std::nullopt, {}};
    const QString badge = scan.text.trimmed();
    auto found = m_operators.findByBadge(badge);
    if (!found)
        return {cacheError(found.error()), std::nullopt, {}};
    if (!*found)
        return {Verdict::error(QStringLiteral("unknown_badge"),
                               QCoreApplication::translate("OperatorLogin",
                                                           "Badge %1 is not known at this station. Ask a supervisor.")
                                   .arg(badge)),
                std::nullopt,
                {}};
    const db::OperatorRecord& op = **found;
    if (!op.active)
        return {Verdict::error(
                    QStringLiteral("inactive_badge"),
                    QCoreApplication::translate("OperatorLogin", "Badge %1 is no longer active. Ask a supervisor.")
                        .arg(badge)),
                std::nullopt,
                {}};
    if (!op.pinHash.isEmpty())
        return {Verdict::prompt(QStringLiteral("pin_required"),
                                QCoreApplication::translate("OperatorLogin", "%1, enter your PIN.").arg(op.name)),
                std::nullopt,
                op.badge};
    return loggedIn(op);
}

OperatorLogin::Outcome OperatorLogin::enterPin(const QString& badge, const QString& pin)
{
    Attempts& attempts = m_attempts[badge];
    const auto now = std::chrono::steady_clock::now();
    if (attempts.lockedUntil > now)
        return {Verdict::error(QStringLiteral("pin_locked"),
                               QCoreApplication::translate(
                                   "OperatorLogin", "Too many wrong PINs. Wait a minute, then scan your badge again.")),
                std::nullopt,
                {}};
    auto found = m_operators.findByBadge(badge);
    if (!found)
        return {cacheError(found.error()), std::nullopt, {}};
    if (!*found || !(*found)->active)
        return {Verdict::error(QStringLiteral("unknown_badge"),
                               QCoreApplication::translate("OperatorLogin", "Scan your badge first.")),
                std::nullopt,
                {}};
    if (!db::PinHash::verify(pin, (*found)->pinHash)) {
        if (++attempts.failures >= kMaxPinAttempts) {
            attempts = {0, now + kLockout};
        }
        (void)m_audit.append(badge, m_stationId, QStringLiteral("login_wrong_pin"), badge);
        return {Verdict::error(QStringLiteral("wrong_pin"),
                               QCoreApplication::translate("OperatorLogin", "Wrong PIN. Try again.")),
                std::nullopt,
                badge};
    }
    m_attempts.remove(badge);
    return loggedIn(**found);
}

void OperatorLogin::logout(const OperatorSession& session)
{
    (void)m_audit.append(session.badge, m_stationId, QStringLiteral("logout"), session.badge);
}

OperatorLogin::Outcome OperatorLogin::loggedIn(const db::OperatorRecord& op)
{
    (void)m_audit.append(op.badge, m_stationId, QStringLiteral("login"), op.badge, op.roles.join(QLatin1Char(',')));
    OperatorSession session{op.badge, op.name, op.roles, op.language, m_stationId};
    return {Verdict::ok(QStringLiteral("logged_in"),
                        QCoreApplication::translate("OperatorLogin", "Welcome, %1.").arg(op.name)),
            session,
            {}};
}

} // namespace wf::workflows
