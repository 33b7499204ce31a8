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
    QSqlDatabase m_cache;
    QSqlDatabase m_master;
    std::optional<db::OutboxKey> m_last; ///< the last movement handed to the master in this round
};

} // namespace wf::sync
