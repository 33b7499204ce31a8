#include "workflows/supervisor/SupervisorApproval.h"

#include "workflows/supervisor/PinGate.h"

namespace wf::workflows {

std::expected<QString, Verdict> checkSupervisor(
    const QSqlDatabase& db, const QString& stationId, const QString& badge, const QString& pin, const Clock& clock)
{
    auto supervisor = PinGate(db, stationId, clock).check(badge, pin, PinGate::Purpose::Approval);
    if (!supervisor)
        return std::unexpected(supervisor.error());
    return supervisor->badge;
}

} // namespace wf::workflows
