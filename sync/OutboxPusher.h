#pragma once

#include <optional>

#include <QSqlDatabase>

#include "common/Result.h"
#include "db/FloorEventOutbox.h"
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
///
/// The floor events (package and order progress, return lines, exceptions, verdict counts, the
/// audit head) go in the same round, right after the movements and down the same pipeline, to
/// push_floor_events; each is acknowledged from its own answer too. A refused event leaves the
/// queue with its reason and raises `sync_rejected`; it never blocks the events behind it.
class OutboxPusher
{
public:
    struct Outcome
    {
        int applied = 0;
        int duplicate = 0;
        int rejected = 0;
        int events = 0;         ///< floor events the master took (applied, duplicate or superseded)
        int eventsRejected = 0; ///< floor events it refused
        int total() const { return applied + duplicate + rejected; }
    };

    /// `cache` and `master` are open connections used on the calling thread.
    OutboxPusher(QSqlDatabase cache, QSqlDatabase master);

    /// One batch of at most `batchSize` movements; an empty outcome when nothing is pending.
    [[nodiscard]] Result<Outcome> pushBatch(int batchSize = 500);
    /// Batches until the outbox is empty: the movements, then the floor events (gathered first).
    [[nodiscard]] Result<Outcome> pushAll(int batchSize = 500);

private:
    /// Sends batches from `next` to the master's `call` until one comes back empty, each while the
    /// answer to the one before is awaited, and records every answer with `acknowledge`.
    template <typename Batch, typename Next, typename Acknowledge>
    [[nodiscard]] Result<void> pipeline(const char* call, Next next, Acknowledge acknowledge);
    /// The next batch after those already handed over in this round.
    [[nodiscard]] Result<db::OutboxBatch> nextBatch(db::MovementOutbox& outbox, int batchSize);
    /// Hands a batch to the master's `call` (a statement with one jsonb parameter) without
    /// waiting for its answer.
    [[nodiscard]] Result<void> send(const char* call, const QByteArray& json);
    /// Waits for the answer to the batch sent last: the master's JSON array, one entry per movement.
    [[nodiscard]] Result<QByteArray> receive();
    /// Records the master's answer in the outbox, in one cache transaction.
    [[nodiscard]] Result<Outcome>
    acknowledge(db::MovementOutbox& outbox, const db::OutboxBatch& batch, const QByteArray& answer);
    /// Tells the master this station is here and what it still holds (its supervisor's dashboard
    /// shows a station that stopped reporting).
    [[nodiscard]] Result<void> reportContact(db::MovementOutbox& movements, db::FloorEventOutbox& events);
    /// Records the master's answer to a batch of floor events, in one cache transaction.
    [[nodiscard]] Result<void> acknowledgeEvents(db::FloorEventOutbox& outbox,
                                                 const db::FloorEventBatch& batch,
                                                 const QByteArray& answer,
                                                 Outcome& outcome);

    QSqlDatabase m_cache;
    QSqlDatabase m_master;
    std::optional<db::OutboxKey> m_last; ///< the last movement handed to the master in this round
};

} // namespace wf::sync
