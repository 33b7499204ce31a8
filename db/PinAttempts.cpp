#include "db/PinAttempts.h"

#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

PinAttempts::PinAttempts(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> PinAttempts::lockedUntil(const QString& badge)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked_until FROM pin_attempt WHERE badge = ?"));
    q.addBindValue(badge);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("read PIN attempts"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<int>
PinAttempts::recordFailure(const QString& badge, qint64 now, qint64 windowMs, int maxFailures, qint64 lockMs)
{
    // One statement: two processes counting at once cannot both miss the fifth failure.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO pin_attempt (badge, failures, first_failure_at, locked_until) VALUES (:badge, 1, :now, 0) "
        "ON CONFLICT (badge) DO UPDATE SET "
        "failures = CASE WHEN first_failure_at + :window <= :now OR locked_until > 0 THEN 1 ELSE failures + 1 END, "
        "first_failure_at = CASE WHEN first_failure_at + :window <= :now OR locked_until > 0 THEN :now "
        "ELSE first_failure_at END, locked_until = 0 RETURNING failures"));
    q.bindValue(QStringLiteral(":badge"), badge);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":window"), windowMs);
    if (!q.exec() || !q.next())
        return queryFailure(q, QStringLiteral("count a wrong PIN"));
    const int failures = q.value(0).toInt();
    q.finish();
    if (failures < maxFailures)
        return failures;
    QSqlQuery lock(m_db);
    lock.prepare(QStringLiteral("UPDATE pin_attempt SET failures = 0, locked_until = ? WHERE badge = ?"));
    lock.addBindValue(now + lockMs);
    lock.addBindValue(badge);
    if (!lock.exec())
        return queryFailure(lock, QStringLiteral("lock a badge"));
    return 0;
}

Result<void> PinAttempts::clear(const QString& badge)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM pin_attempt WHERE badge = ?"));
    q.addBindValue(badge);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("clear PIN attempts"));
    return {};
}

} // namespace wf::db
