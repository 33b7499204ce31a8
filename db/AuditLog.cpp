#include "db/AuditLog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

#include "db/SqlErrors.h"
#include "db/Transaction.h"

namespace wf::db {

namespace {

AuditRecord recordOf(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString()};
}

const QString kColumns = QStringLiteral("id, at, operator_badge, station_id, action, subject, detail, prev_hash, hash");

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(&clock)
{}

QString AuditLog::genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::rowHash(const QString& prevHash, const AuditRecord& row)
{
    const QChar sep(0x1F);
    const QString content = QStringList{prevHash,
                                        QString::number(row.id),
                                        QString::number(row.at),
                                        row.operatorBadge,
                                        row.stationId,
                                        row.action,
                                        row.subject,
                                        row.detail}
                                .join(sep);
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::pair<qint64, QString>> AuditLog::lastLink()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")))
        return queryFailure(q, QStringLiteral("audit chain head"));
    if (!q.next())
        return std::pair<qint64, QString>{0, genesis()};
    return std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<void> AuditLog::append(const QString& operatorBadge,
                              const QString& stationId,
                              const QString& action,
                              const QString& subject,
                              const QString& detail)
{
    auto last = lastLink();
    if (!last)
        return std::unexpected(last.error());
    if (last->second.isEmpty()) { // rows a bulk writer left unsealed: chain them first
        if (auto sealed = sealUnchained(); !sealed)
            return std::unexpected(sealed.error());
        last = lastLink();
        if (!last)
            return std::unexpected(last.error());
    }
    AuditRecord row{
        last->first + 1, m_clock->nowMs(), operatorBadge, stationId, action, subject, detail, last->second, {}};
    row.hash = rowHash(row.prevHash, row);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit (id, at, operator_badge, station_id, action, subject, detail, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(row.at);
    q.addBindValue(textOrEmpty(operatorBadge));
    q.addBindValue(textOrEmpty(stationId));
    q.addBindValue(textOrEmpty(action));
    q.addBindValue(textOrEmpty(subject));
    q.addBindValue(textOrEmpty(detail));
    q.addBindValue(row.prevHash);
    q.addBindValue(row.hash);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("append audit"));
    return {};
}

Result<qint64> AuditLog::sealUnchained()
{
    QSqlQuery first(m_db);
    if (!first.exec(QStringLiteral("SELECT min(id) FROM audit WHERE hash = ''")) || !first.next())
        return queryFailure(first, QStringLiteral("unsealed audit rows"));
    if (first.value(0).isNull())
        return 0;
    const qint64 from = first.value(0).toLongLong();
    first.finish();
    // Savepoints nest: inside a caller's transaction this is part of it, alone it is its own.
    QSqlQuery sp(m_db);
    if (!sp.exec(QStringLiteral("SAVEPOINT seal_audit")))
        return queryFailure(sp, QStringLiteral("seal audit"));
    QString prev = genesis();
    QSqlQuery before(m_db);
    before.prepare(QStringLiteral("SELECT hash FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1"));
    before.addBindValue(from);
    if (!before.exec())
        return queryFailure(before, QStringLiteral("seal audit"));
    if (before.next())
        prev = before.value(0).toString();
    before.finish();
    QSqlQuery rowsToSeal(m_db);
    rowsToSeal.setForwardOnly(true);
    rowsToSeal.prepare(QStringLiteral("SELECT %1 FROM audit WHERE id >= ? ORDER BY id").arg(kColumns));
    rowsToSeal.addBindValue(from);
    if (!rowsToSeal.exec())
        return queryFailure(rowsToSeal, QStringLiteral("seal audit"));
    QList<AuditRecord> pending;
    while (rowsToSeal.next())
        pending.append(recordOf(rowsToSeal));
    QSqlQuery seal(m_db);
    seal.prepare(QStringLiteral("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ? AND hash = ''"));
    qint64 sealed = 0;
    for (const AuditRecord& row : pending) {
        const QString hash = rowHash(prev, row);
        seal.addBindValue(prev);
        seal.addBindValue(hash);
        seal.addBindValue(row.id);
        if (!seal.exec()) {
            sp.exec(QStringLiteral("ROLLBACK TO seal_audit"));
            return queryFailure(seal, QStringLiteral("seal audit"));
        }
        prev = hash;
        ++sealed;
    }
    if (!sp.exec(QStringLiteral("RELEASE seal_audit")))
        return queryFailure(sp, QStringLiteral("seal audit"));
    return sealed;
}

Result<AuditChainCheck> AuditLog::verify()
{
    return verify({});
}

namespace {

/// The anchor `a` no longer matches the trail: which, and since when it could have changed.
void anchorBroken(AuditChainCheck& check, const QList<AuditAnchor>& anchors, qsizetype a, const QString& why)
{
    check.firstBad = anchors[a].rowId;
    check.problem = why
                    + (a == 0 ? QStringLiteral(" (the trail was cut or rewritten at or before this row)")
                              : QStringLiteral(" (the trail was cut or rewritten after row %1, which still matches, "
                                               "and at or before this row)")
                                    .arg(anchors[a - 1].rowId));
}

} // namespace

Result<AuditChainCheck> AuditLog::verify(const QList<AuditAnchor>& anchors)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(kColumns)))
        return queryFailure(q, QStringLiteral("read audit"));
    AuditChainCheck check;
    QString prev = genesis();
    qsizetype next = 0; // the next anchor to meet
    while (q.next()) {
        const AuditRecord row = recordOf(q);
        ++check.rows;
        if (row.prevHash != prev) {
            check.firstBad = row.id;
            check.problem = check.rows == 1 ? QStringLiteral("the first row does not start the chain")
                                            : QStringLiteral("the row before it was changed, removed or moved");
            return check;
        }
        if (row.hash != rowHash(prev, row)) {
            check.firstBad = row.id;
            check.problem = row.hash.isEmpty() ? QStringLiteral("the row was never sealed")
                                               : QStringLiteral("the row's content was changed");
            return check;
        }
        for (; next < anchors.size() && anchors[next].rowId <= row.id; ++next) {
            if (anchors[next].rowId < row.id) {
                anchorBroken(check, anchors, next, QStringLiteral("the master anchored this row; it is gone"));
                return check;
            }
            if (anchors[next].hash != row.hash || anchors[next].rowCount != check.rows) {
                anchorBroken(check, anchors, next, QStringLiteral("the row differs from the head the master anchored"));
                return check;
            }
            ++check.anchorsChecked;
        }
        prev = row.hash;
    }
    if (next < anchors.size()) {
        anchorBroken(check, anchors, next, QStringLiteral("the master anchored this row; the trail ends before it"));
        return check;
    }
    check.head = prev;
    return check;
}

Result<QList<AuditRecord>> AuditLog::rows(qint64 afterId, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit WHERE id > ? ORDER BY id%2")
                  .arg(kColumns, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    q.addBindValue(afterId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("read audit"));
    QList<AuditRecord> out;
    while (q.next())
        out.append(recordOf(q));
    return out;
}

Result<QList<AuditRecord>> AuditLog::newest(int limit)
{
    auto head = lastLink();
    if (!head)
        return std::unexpected(head.error());
    return rows(std::max<qint64>(0, head->first - limit), limit);
}

} // namespace wf::db
