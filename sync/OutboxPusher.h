#pragma once

#include <optional>

#include <QSqlDatabase>

#include "common/Result.h"
#include "db/MovementOutbox.h"

namespace wf::sync {

/// Pushes the cache's movement outbox to the master in batches (DESIGN.md §6): each movement with
/// its UUID, so a batch sent twice (a lost acknowledgement, a retry after a crash) has its effect
/// once. `applied` and `duplicate` leave the queue as acknowledged; `rejected` leaves it with the
/// master's reason and raises a `sync_rejected` exception on the floor; the rest of the queue goes on.
///
/// pushAll() keeps the master and the cache busy at once: while the master applies one batch, the
/// next is read from the cache, and while it applies that one, the answer to the first is recorded
/// (libpq's asynchronous query on the Qt connection's own handle). A batch is acknowledged only
/// from its own answer, so a failure anywhere leaves the unanswered batches pending, to be sent
/// again and counted once by their UUIDs.
class OutboxPusher
{
public:
    struct Outcome
    {
        int applied = 0;
        int duplicate = 0;
        int rejected = 0;
        int total() const { return applied + duplicate + rejected; }
    };

    /// `cache` and `master` are open connections used on the calling thread.
    OutboxPusher(QSqlDatabase cache, QSqlDatabase master);

    /// One batch of at most `batchSize` movements; an empty outcome when nothing is pending.
    [[nodiscard]] Result<Outcome> pushBatch(int batchSize = 500);
    /// Batches until the outbox is empty.
    [[nodiscard]] Result<Outcome> pushAll(int batchSize = 500);

private:
    /// The next batch after those already handed over in this round.
    [[nodiscard]] Result<db::OutboxBatch> nextBatch(db::MovementOutbox& outbox, int batchSize);
    /// Hands a batch to the master without waiting for its answer.
    [[nodiscard]] Result<void> send(const QByteArray& json);
    /// Waits for the answer to the batch sent last: the master's JSON array, one entry per movement.
    [[nodiscard]] Result<QByteArray> receive();
    /// Records the master's answer in the outbox, in one cache transaction.
    [[nodiscard]] Result<Outcome>
    acknowledge(db::MovementOutbox& outbox, const db::OutboxBatch& batch, const QByteArray& answer);

    QSqlDatabase m_cache;
    QSqlDatabase m_master;
    std::optional<db::OutboxKey> m_last; ///< the last movement handed to the master in this round
};

} // namespace wf::sync
