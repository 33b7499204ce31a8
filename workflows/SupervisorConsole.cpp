#include "workflows/SupervisorConsole.h"

namespace wf::workflows {

SupervisorConsole::SupervisorConsole(QSqlDatabase db, QString stationId)
    : m_db(db)
    , m_exceptions(db, std::move(stationId))
{}

Result<QList<db::AuditRecord>> SupervisorConsole::auditTail(int limit)
{
    return db::AuditLog(m_db).newest(limit);
}

Result<db::AuditChainCheck> SupervisorConsole::verifyAudit()
{
    return db::AuditLog(m_db).verify();
}

Result<FloorMetrics::Report> SupervisorConsole::metrics(const QDateTime& since, const QDateTime& until)
{
    return FloorMetrics::compute(m_db, since, until);
}

} // namespace wf::workflows
