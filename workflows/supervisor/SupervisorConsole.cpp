#include "workflows/supervisor/SupervisorConsole.h"

#include <QCoreApplication>

#include "db/MetricsRepository.h"
#include "db/Transaction.h"
#include "workflows/CacheFailure.h"

namespace wf::workflows {

SupervisorConsole::SupervisorConsole(QSqlDatabase db, QString stationId, const Clock& clock)
    : m_db(db)
    , m_stationId(stationId)
    , m_clock(&clock)
    , m_exceptions(db, std::move(stationId), clock)
{}

Result<QList<db::AuditRecord>> SupervisorConsole::auditTail(int limit)
{
    return db::AuditLog(m_db, *m_clock).newest(limit);
}

Result<db::AuditChainCheck> SupervisorConsole::verifyAudit()
{
    return db::AuditLog(m_db, *m_clock).verify();
}

Result<FloorMetrics::Report> SupervisorConsole::metrics(const QDateTime& since, const QDateTime& until)
{
    return FloorMetrics::compute(m_db, since, until);
}

Result<std::optional<SupervisorConsole::WarehouseFigures>> SupervisorConsole::warehouseMetrics(int days)
{
    auto snap = db::MetricsRepository(m_db).snapshot(days == 0 ? QStringLiteral("today") : QStringLiteral("week"));
    if (!snap)
        return std::unexpected(snap.error());
    if (!*snap)
        return std::optional<WarehouseFigures>();
    const auto& s = **snap;
    return std::optional<WarehouseFigures>(WarehouseFigures{
        FloorMetrics::fromCounts(
            s.counts, QDateTime::fromMSecsSinceEpoch(s.sinceMs), QDateTime::fromMSecsSinceEpoch(s.untilMs)),
        QDateTime::fromMSecsSinceEpoch(s.takenAt)});
}

Verdict SupervisorConsole::recordChange(const OperatorSession& supervisor,
                                        const QString& what,
                                        const QString& change,
                                        const QString& reason)
{
    if (!supervisor.isSupervisor())
        return Verdict::of(codes::Code::NotSupervisor,
                           QCoreApplication::translate("SupervisorConsole", "Only a supervisor changes this."));
    if (reason.trimmed().isEmpty())
        return Verdict::of(codes::Code::ReasonRequired,
                           QCoreApplication::translate("SupervisorConsole", "Say why it is changed."));
    auto ok = db::inTransaction(m_db, [&] {
        return db::AuditLog(m_db, *m_clock)
            .append(supervisor.badge, m_stationId, QStringLiteral("change_") + what, change, reason.trimmed());
    });
    if (!ok)
        return cacheFailure(ok.error());
    return Verdict::of(codes::Code::ChangeRecorded,
                       QCoreApplication::translate("SupervisorConsole", "Saved and recorded in the audit trail."));
}

} // namespace wf::workflows
