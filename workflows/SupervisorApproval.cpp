#include "workflows/SupervisorApproval.h"

#include <QCoreApplication>

#include "db/OperatorRepository.h"
#include "db/PinHash.h"

namespace wf::workflows {

std::expected<QString, Verdict> checkSupervisor(const QSqlDatabase& db, const QString& badge, const QString& pin)
{
    auto found = db::OperatorRepository(db).findByBadge(badge);
    if (!found)
        return std::unexpected(
            Verdict::error(QStringLiteral("cache_error"),
                           QCoreApplication::translate("SupervisorApproval", "The cache could not be read: %1")
                               .arg(found.error().detail)));
    if (!*found || !(*found)->active || !(*found)->hasRole(QStringLiteral("supervisor")))
        return std::unexpected(
            Verdict::error(QStringLiteral("not_supervisor"),
                           QCoreApplication::translate("SupervisorApproval", "That badge is not a supervisor's.")));
    if (!db::PinHash::verify(pin, (*found)->pinHash))
        return std::unexpected(Verdict::error(
            QStringLiteral("wrong_pin"), QCoreApplication::translate("SupervisorApproval", "Wrong PIN. Try again.")));
    return (*found)->badge;
}

} // namespace wf::workflows
