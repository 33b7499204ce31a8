#include "db/MovementOutbox.h"

#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

MovementOutbox::MovementOutbox(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> MovementOutbox::pendingCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM movement WHERE state IN ('pending', 'sent')")) || !q.next())
        return queryFailure(q, QStringLiteral("count pending movements"));
    return q.value(0).toLongLong();
}

} // namespace wf::db
