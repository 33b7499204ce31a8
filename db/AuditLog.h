#pragma once

#include <optional>

#include <QByteArray>
#include <QSqlDatabase>

#include "common/Clock.h"
#include "common/Result.h"

namespace wf::db {

/// One audit row as the chain sees it.
struct AuditRecord
{
    qint64 id = 0;
    qint64 at = 0; ///< ms since the epoch
    QString operatorBadge;
    QString stationId;
    QString action;
    QString subject;
    QString detail;
    QString prevHash;
    QString hash;
};

/// A head of a station's trail as the master keeps it (DESIGN.md §4): the row, its hash and how
/// many rows the trail had up to it.
struct AuditAnchor
{
    qint64 rowId = 0;
    QString hash;
    qint64 rowCount = 0;
};

/// What a check of the whole chain found.
struct AuditChainCheck
{
    qint64 rows = 0;
    int anchorsChecked = 0;         ///< anchors from the master the trail still matches
    QString head;                   ///< the last row's hash
    std::optional<qint64> firstBad; ///< the first row that does not fit the chain
    QString problem;                ///< why, for the person reading the report
    bool intact() const { return !firstBad; }
};

/// The append-only audit trail: who did what and when. Rows are never changed (triggers refuse
/// it) and form a hash chain: hash = SHA-256 hex of the previous row's hash and this row's id,
/// time, operator, station, action, subject and detail, separated by U+001F; the first row's
/// previous hash is 64 zeros. A changed, removed or reordered row breaks the chain at that row.
/// The chain alone shows tampering inside the file; rows cut off its end, or every row rewritten
/// from a changed one on, show only against the heads anchored at the master (verify(anchors)).
class AuditLog
{
public:
    /// Rows are stamped by `clock` (which must outlive the log).
    explicit AuditLog(QSqlDatabase db, const Clock& clock = Clock::system());

    /// Inside the caller's transaction.
    [[nodiscard]] Result<void> append(const QString& operatorBadge,
                                      const QString& stationId,
                                      const QString& action,
                                      const QString& subject,
                                      const QString& detail = {});
    /// Chains rows written without a hash (before migration 0008, or by a bulk writer), in id
    /// order, in one transaction of its own; the number sealed.
    [[nodiscard]] Result<qint64> sealUnchained();
    /// Walks the whole trail in id order.
    [[nodiscard]] Result<AuditChainCheck> verify();
    /// The same, and each anchor must still be in the trail with its hash and row count: the first
    /// that is not is named (the trail was cut or rewritten at or before it, after the anchor
    /// before it). `anchors` in row order.
    [[nodiscard]] Result<AuditChainCheck> verify(const QList<AuditAnchor>& anchors);
    /// Rows in id order, newest last, `limit` at most (0: all) after `afterId`.
    [[nodiscard]] Result<QList<AuditRecord>> rows(qint64 afterId = 0, int limit = 0);
    /// The newest `limit` rows, oldest first.
    [[nodiscard]] Result<QList<AuditRecord>> newest(int limit);

    static QString genesis();
    static QString rowHash(const QString& prevHash, const AuditRecord& row);

private:
    Result<std::pair<qint64, QString>> lastLink();
    QSqlDatabase m_db;
    const Clock* m_clock;
};

} // namespace wf::db
