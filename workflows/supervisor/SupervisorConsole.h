#pragma once

#include <QDateTime>
#include <QSqlDatabase>

#include "common/Clock.h"
#include "db/AuditLog.h"
#include "workflows/supervisor/ExceptionQueue.h"
#include "workflows/supervisor/FloorMetrics.h"

namespace wf::workflows {

/// What the supervisor console reads and does: the exceptions queue, the audit trail and its
/// chain check, the floor's figures for a period.
class SupervisorConsole
{
public:
    SupervisorConsole(QSqlDatabase db, QString stationId, const Clock& clock = Clock::system());

    ExceptionQueue& exceptions() { return m_exceptions; }
    /// The newest `limit` audit rows, oldest first.
    [[nodiscard]] Result<QList<db::AuditRecord>> auditTail(int limit);
    [[nodiscard]] Result<db::AuditChainCheck> verifyAudit();
    [[nodiscard]] Result<FloorMetrics::Report> metrics(const QDateTime& since, const QDateTime& until);
    /// The whole warehouse's figures for today (`days` 0) or the week (6), as the master counted
    /// them at `takenAt` (the sync thread's last snapshot, with every station's last contact);
    /// none until the first one arrived.
    struct WarehouseFigures
    {
        FloorMetrics::Report report;
        QDateTime takenAt;
    };
    [[nodiscard]] Result<std::optional<WarehouseFigures>> warehouseMetrics(int days);
    /// A supervisor changes a station setting (`what`: pick_settings, scanner_settings …; `change`
    /// says from what to what): only a supervisor, only with a reason; audited as change_<what>.
    Verdict
    recordChange(const OperatorSession& supervisor, const QString& what, const QString& change, const QString& reason);

private:
    QSqlDatabase m_db;
    QString m_stationId;
    const Clock* m_clock;
    ExceptionQueue m_exceptions;
};

} // namespace wf::workflows
