#include "sync/AuditAnchors.h"

#include <QSqlError>
#include <QSqlQuery>

#include "sync/MasterErrors.h"

namespace wf::sync {

Result<QList<db::AuditAnchor>> readAuditAnchors(const QSqlDatabase& master, const QString& stationId)
{
    QSqlQuery q(master);
    q.setForwardOnly(true);
    if (stationId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT row_id, hash, row_count FROM master.audit_anchors()"));
    } else {
        q.prepare(QStringLiteral("SELECT row_id, hash, row_count FROM master.audit_anchors_of(?)"));
        q.addBindValue(stationId);
    }
    if (!q.exec())
        return fail(
            Error::Code::QueryFailed, masterMessage(q.lastError()), QStringLiteral("read the master's audit anchors"));
    QList<db::AuditAnchor> anchors;
    while (q.next())
        anchors.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return anchors;
}

} // namespace wf::sync
