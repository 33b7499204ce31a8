#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// Which movement: its UUID and its place in its station's sequence.
struct OutboxKey
{
    QString uuid;
    QString stationId;
    qint64 stationSeq = 0;
};

/// The next movements to push: the JSON array the master takes (DESIGN.md §6), built by SQLite
/// from the rows, and the keys of the movements in it, in the same order.
struct OutboxBatch
{
    QByteArray json;
    QList<OutboxKey> movements;
};

/// The movement outbox: what the master has not yet acknowledged, and the marks the sync module
/// sets when it answers. A movement itself is never changed; only its outbox state.
class MovementOutbox
{
public:
    explicit MovementOutbox(QSqlDatabase db);
    MovementOutbox(const MovementOutbox&) = delete;
    MovementOutbox& operator=(const MovementOutbox&) = delete;

    /// Movements written on this station and not yet acknowledged by the master.
    [[nodiscard]] Result<qint64> pendingCount();
    /// Creation time of the oldest pending movement (ms since the epoch), 0 when none.
    [[nodiscard]] Result<qint64> oldestPendingMs();
    /// The next movements to push, oldest first per station, after `after` (a movement already
    /// handed out in this round, so the scan starts there instead of at the first movement).
    [[nodiscard]] Result<OutboxBatch> nextBatch(int limit, const OutboxKey* after = nullptr);
    /// The master applied it, or had it already: it leaves the queue.
    [[nodiscard]] Result<void> markAcked(const OutboxKey& movement);
    /// Every unsent movement of the station from `firstSeq` to `lastSeq`: one statement for a batch
    /// the master took whole.
    [[nodiscard]] Result<void> markAckedRange(const QString& stationId, qint64 firstSeq, qint64 lastSeq);
    /// The master refused it: it leaves the queue with the reason, and the floor gets an exception.
    [[nodiscard]] Result<void> markRejected(const OutboxKey& movement, const QString& reason);

private:
    QSqlDatabase m_db;
    QSqlQuery m_ack; ///< prepared once: a batch acknowledges hundreds
    QSqlQuery m_reject;
};

} // namespace wf::db
