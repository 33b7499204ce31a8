#include "workflows/station/ModeAccess.h"

#include <QCoreApplication>

namespace wf::workflows {

bool ModeAccess::allows(const OperatorSession& session, FloorMode mode)
{
    if (session.badge.isEmpty())
        return false;
    switch (mode) {
    case FloorMode::Pick:
        return session.hasRole(QStringLiteral("picker"));
    case FloorMode::Pack:
        return session.hasRole(QStringLiteral("packer"));
    case FloorMode::Returns:
        return session.hasRole(QStringLiteral("returns"));
    case FloorMode::Lookup:
    case FloorMode::Sync:
    case FloorMode::Scanners:
        return true;
    case FloorMode::Supervisor:
        return session.isSupervisor();
    }
    return false;
}

std::optional<Verdict> ModeAccess::refusal(const OperatorSession& session, FloorMode mode)
{
    if (allows(session, mode))
        return std::nullopt;
    if (session.badge.isEmpty())
        return Verdict::of(codes::Code::NotLoggedIn, QCoreApplication::translate("ModeAccess", "Log in first."));
    switch (mode) {
    case FloorMode::Pick:
        return Verdict::of(codes::Code::NotAllowed,
                           QCoreApplication::translate("ModeAccess", "%1 may not pick.").arg(session.badge));
    case FloorMode::Pack:
        return Verdict::of(codes::Code::NotAllowed,
                           QCoreApplication::translate("ModeAccess", "%1 may not pack.").arg(session.badge));
    case FloorMode::Returns:
        return Verdict::of(codes::Code::NotAllowed,
                           QCoreApplication::translate("ModeAccess", "%1 may not process returns.").arg(session.badge));
    case FloorMode::Supervisor:
        return Verdict::of(codes::Code::NotAllowed,
                           QCoreApplication::translate("ModeAccess", "%1 is not a supervisor.").arg(session.badge));
    case FloorMode::Lookup:
    case FloorMode::Sync:
    case FloorMode::Scanners:
        break;
    }
    return Verdict::of(codes::Code::NotAllowed,
                       QCoreApplication::translate("ModeAccess", "%1 may not use this mode.").arg(session.badge));
}

} // namespace wf::workflows
