#include "db/AuditLog.h"

#include <QDateTime>
#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> AuditLog::append(const QString& operatorBadge,
                              const QString& stationId,
                              const QString& action,
                              const QString& subject,
                              const QString& detail)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit (at, operator_badge, station_id, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(textOrEmpty(operatorBadge));
    q.addBindValue(textOrEmpty(stationId));
    q.addBindValue(textOrEmpty(action));
    q.addBindValue(textOrEmpty(subject));
    q.addBindValue(textOrEmpty(detail));
    if (!q.exec())
        return queryFailure(q, QStringLiteral("append audit"));
    return {};
}

} // namespace wf::db
