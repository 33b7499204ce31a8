#include "db/OperatorRepository.h"

#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

namespace {

OperatorRecord operatorFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toBool()};
}

const QString kColumns = QStringLiteral("badge, name, roles, pin_hash, language, active");

} // namespace

OperatorRepository::OperatorRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<std::optional<OperatorRecord>> OperatorRepository::findByBadge(const QString& badge)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operator WHERE badge = ?"));
    q.addBindValue(badge);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("find operator"));
    if (!q.next())
        return std::optional<OperatorRecord>{};
    return std::optional<OperatorRecord>{operatorFrom(q)};
}

Result<void> OperatorRepository::save(const OperatorRecord& op)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO operator (") + kColumns
              + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (badge) DO UPDATE SET name = excluded.name, "
                               "roles = excluded.roles, pin_hash = excluded.pin_hash, language = excluded.language, "
                               "active = excluded.active"));
    q.addBindValue(textOrEmpty(op.badge));
    q.addBindValue(textOrEmpty(op.name));
    q.addBindValue(op.roles.join(QLatin1Char(',')));
    q.addBindValue(textOrEmpty(op.pinHash));
    q.addBindValue(textOrEmpty(op.language));
    q.addBindValue(op.active ? 1 : 0);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("save operator"));
    return {};
}

Result<QList<OperatorRecord>> OperatorRepository::all()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operator ORDER BY badge")))
        return queryFailure(q, QStringLiteral("list operators"));
    QList<OperatorRecord> ops;
    while (q.next())
        ops.append(operatorFrom(q));
    return ops;
}

} // namespace wf::db
