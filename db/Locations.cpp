#include "db/Locations.h"

#include <QSqlQuery>

namespace wf::db {

Result<qint64> locationOfKind(const QSqlDatabase& db, const QString& kind)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM location WHERE kind = ? ORDER BY pick_sequence LIMIT 1"));
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no location of kind ") + kind);
    return q.value(0).toLongLong();
}

} // namespace wf::db
