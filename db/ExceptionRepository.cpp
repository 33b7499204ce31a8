#include "db/ExceptionRepository.h"

#include <QDateTime>
#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

ExceptionRepository::ExceptionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<ExceptionRecord>> ExceptionRepository::list(const ExceptionFilter& filter)
{
    QStringList where = {QStringLiteral("raised_at >= ?")};
    QVariantList binds = {filter.raisedAfterMs};
    if (filter.openOnly)
        where << QStringLiteral("status = 'open'");
    const QList<std::pair<QString, QString>> equals = {{QStringLiteral("kind"), filter.kind},
                                                       {QStringLiteral("operator_badge"), filter.operatorBadge},
                                                       {QStringLiteral("order_id"), filter.orderId}};
    for (const auto& [column, value] : equals)
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            binds << value;
        }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, kind, status, reference, order_id, sku, detail, operator_badge, station_id, "
                       "raised_at, resolved_by, coalesce(resolved_at, 0), resolution_note FROM exception WHERE %1 "
                       "ORDER BY raised_at DESC, id DESC LIMIT %2")
            .arg(where.join(QStringLiteral(" AND ")))
            .arg(std::max(1, filter.limit)));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("exceptions"));
    QList<ExceptionRecord> out;
    while (q.next()) {
        ExceptionRecord e;
        int c = 0;
        e.id = q.value(c++).toLongLong();
        e.kind = q.value(c++).toString();
        e.status = q.value(c++).toString();
        e.reference = q.value(c++).toString();
        e.orderId = q.value(c++).toString();
        e.sku = q.value(c++).toString();
        e.detail = q.value(c++).toString();
        e.operatorBadge = q.value(c++).toString();
        e.stationId = q.value(c++).toString();
        e.raisedAt = q.value(c++).toLongLong();
        e.resolvedBy = q.value(c++).toString();
        e.resolvedAt = q.value(c++).toLongLong();
        e.resolutionNote = q.value(c++).toString();
        out.append(e);
    }
    return out;
}

Result<QStringList> ExceptionRepository::kinds()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT kind FROM exception ORDER BY kind")))
        return queryFailure(q, QStringLiteral("exception kinds"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<std::optional<qint64>> ExceptionRepository::findOpen(const QString& handle)
{
    QSqlQuery q(m_db);
    const qsizetype colon = handle.indexOf(QLatin1Char(':'));
    bool numeric = false;
    const qint64 id = handle.toLongLong(&numeric);
    if (numeric) {
        q.prepare(QStringLiteral("SELECT id FROM exception WHERE id = ? AND status = 'open'"));
        q.addBindValue(id);
    } else if (colon > 0) {
        q.prepare(QStringLiteral("SELECT id FROM exception WHERE kind = ? AND reference = ? AND status = 'open' "
                                 "ORDER BY raised_at DESC, id DESC LIMIT 1"));
        q.addBindValue(handle.left(colon));
        q.addBindValue(handle.mid(colon + 1));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM exception WHERE uuid = ? AND status = 'open'"));
        q.addBindValue(handle.toLower());
    }
    if (!q.exec())
        return queryFailure(q, QStringLiteral("find exception"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<bool> ExceptionRepository::resolve(qint64 id, const QString& badge, const QString& note)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE exception SET status = 'resolved', resolved_by = ?, resolved_at = ?, "
                             "resolution_note = ? WHERE id = ? AND status = 'open'"));
    q.addBindValue(badge);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(textOrEmpty(note));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("resolve exception"));
    return q.numRowsAffected() > 0;
}

} // namespace wf::db
