#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// One movement waiting in the outbox, as it is pushed to the master.
struct OutboxMovement
{
    QString uuid;
    QString stationId;
    qint64 stationSeq = 0;
    QString kind;
    QString sku;
    int quantity = 0;
    qint64 fromLocationId = 0; ///< 0: none
    qint64 toLocationId = 0;
    QString reference;
    QString operatorBadge;
    qint64 createdAtMs = 0;
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
    [[nodiscard]] Result<QList<OutboxMovement>> pending(int limit, const OutboxMovement* after = nullptr);
    /// The master applied it, or had it already: it leaves the queue.
    [[nodiscard]] Result<void> markAcked(const OutboxMovement& movement);
    /// Every unsent movement of the station from `firstSeq` to `lastSeq`: one statement for a batch
    /// the master took whole.
    [[nodiscard]] Result<void> markAckedRange(const QString& stationId, qint64 firstSeq, qint64 lastSeq);
    /// The master refused it: it leaves the queue with the reason, and the floor gets an exception.
    [[nodiscard]] Result<void> markRejected(const OutboxMovement& movement, const QString& reason);

private:
    QSqlDatabase m_db;
    QSqlQuery m_ack; ///< prepared once: a batch acknowledges hundreds
    QSqlQuery m_reject;
};

} // namespace wf::db
