#pragma once

#include <QSqlDatabase>

#include "common/Result.h"

namespace wf::db {

/// The append-only audit trail: who did what and when. Rows are never changed (triggers refuse it).
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    [[nodiscard]] Result<void> append(const QString& operatorBadge,
                                      const QString& stationId,
                                      const QString& action,
                                      const QString& subject,
                                      const QString& detail = {});

private:
    QSqlDatabase m_db;
};

} // namespace wf::db
