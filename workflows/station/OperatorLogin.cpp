#include "workflows/station/OperatorLogin.h"

#include <QCoreApplication>

#include "workflows/CacheFailure.h"
#include "workflows/ScanGate.h"

namespace wf::workflows {

namespace {

Verdict cacheError(const Error& error)
{
    return cacheFailure(error);
}

} // namespace

OperatorLogin::OperatorLogin(QSqlDatabase db, QString stationId, const Clock& clock)
    : m_operators(db)
    , m_audit(db, clock)
    , m_pins(db, stationId, clock)
    , m_stationId(std::move(stationId))
{}

OperatorLogin::Outcome OperatorLogin::scanBadge(const scanner::ScanEvent& scan)
{
    if (auto rejected = ScanGate::reject(scan))
        return {*rejected, std::nullopt, {}, {}};
    const QString badge = scan.text.trimmed();
    auto found = m_operators.findByBadge(badge);
    if (!found)
        return {cacheError(found.error()), std::nullopt, {}, {}};
    if (!*found)
        return {Verdict::of(codes::Code::UnknownBadge,
                            QCoreApplication::translate("OperatorLogin",
                                                        "Badge %1 is not known at this station. Ask a supervisor.")
                                .arg(badge)),
                std::nullopt,
                {},
                {}};
    const db::OperatorRecord& op = **found;
    if (!op.active)
        return {
            Verdict::of(codes::Code::InactiveBadge,
                        QCoreApplication::translate("OperatorLogin", "Badge %1 is no longer active. Ask a supervisor.")
                            .arg(badge)),
            std::nullopt,
            {},
            {}};
    if (!op.pinHash.isEmpty())
        return {Verdict::of(codes::Code::PinRequired,
                            QCoreApplication::translate("OperatorLogin", "%1, enter your PIN.").arg(op.name)),
                std::nullopt,
                op.badge,
                op.language};
    return loggedIn(op);
}

OperatorLogin::Outcome OperatorLogin::enterPin(const QString& badge, const QString& pin)
{
    auto op = m_pins.check(badge, pin, PinGate::Purpose::Login);
    if (!op)
        return {op.error(), std::nullopt, op.error().code == QLatin1String("wrong_pin") ? badge : QString(), {}};
    return loggedIn(*op);
}

bool OperatorLogin::isBadge(const QString& text)
{
    const QString badge = text.trimmed();
    if (badge.isEmpty() || badge.size() > 64)
        return false;
    auto found = m_operators.findByBadge(badge);
    return found && *found && (*found)->active;
}

Verdict OperatorLogin::logout(const OperatorSession& session)
{
    // A logout that cannot be audited is still a logout (the operator walks away either way), but
    // the station says so instead of pretending.
    if (auto audited = m_audit.append(session.badge, m_stationId, QStringLiteral("logout"), session.badge); !audited)
        return cacheError(audited.error());
    return Verdict::of(codes::Code::LoggedOut, QCoreApplication::translate("OperatorLogin", "Logged out."));
}

OperatorLogin::Outcome OperatorLogin::loggedIn(const db::OperatorRecord& op)
{
    // A login that cannot be audited does not happen (a full disk, a damaged cache).
    if (auto audited =
            m_audit.append(op.badge, m_stationId, QStringLiteral("login"), op.badge, op.roles.join(QLatin1Char(',')));
        !audited)
        return {cacheError(audited.error()), std::nullopt, {}, {}};
    OperatorSession session{op.badge, op.name, op.roles, op.language, m_stationId};
    return {
        Verdict::of(codes::Code::LoggedIn, QCoreApplication::translate("OperatorLogin", "Welcome, %1.").arg(op.name)),
        session,
        {},
        {}};
}

} // namespace wf::workflows
