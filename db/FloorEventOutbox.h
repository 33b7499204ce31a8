#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// Which floor event: its row and its UUID.
struct FloorEventKey
{
    qint64 id = 0;
    QString uuid;
    QString kind;
};

/// The next floor events to push: the JSON array push_floor_events takes, and their keys in order.
struct FloorEventBatch
{
    QByteArray json;
    QList<FloorEventKey> events;
};

/// The floor-event outbox (DESIGN.md §4): the facts the master learns besides movements. Package,
/// order, return-line and exception changes are written by the cache's own triggers, in the
/// transaction that made them; gather() adds the verdict counts and the sealed audit head since
/// the last gathering. An event is never changed; only its outbox state.
class FloorEventOutbox
{
public:
    /// Scans gathered into one verdict_counts event at most (the master takes 20,000 counts per event).
    static constexpr int kScansPerEvent = 20000;

    explicit FloorEventOutbox(QSqlDatabase db);
    FloorEventOutbox(const FloorEventOutbox&) = delete;
    FloorEventOutbox& operator=(const FloorEventOutbox&) = delete;

    /// Events not yet answered by the master.
    [[nodiscard]] Result<qint64> pendingCount();
    /// Verdict counts of the scans logged since the last call, and the audit trail's sealed head
    /// when it moved, as events; how many events were written. One transaction.
    [[nodiscard]] Result<int> gather();
    /// The next pending events, oldest first, after the row `afterId` (0: from the first).
    [[nodiscard]] Result<FloorEventBatch> nextBatch(int limit, qint64 afterId = 0);
    /// The master applied it, had it already, or knew a later state: it leaves the queue.
    [[nodiscard]] Result<void> markAcked(const FloorEventKey& event);
    /// Every pending event from `firstId` to `lastId`: one statement for a batch the master took
    /// whole (refused ones marked first are left as they are).
    [[nodiscard]] Result<void> markAckedRange(qint64 firstId, qint64 lastId);
    /// The master refused it: it leaves the queue with the reason, and the floor is told with a
    /// `sync_rejected` exception (but for a refused exception of its own, which would loop, and a
    /// package or order the master cancelled, which the pull reports).
    [[nodiscard]] Result<void> markRejected(const FloorEventKey& event, const QString& reason);

private:
    [[nodiscard]] Result<bool> gatherScans();
    [[nodiscard]] Result<bool> gatherAuditHead();

    QSqlDatabase m_db;
};

} // namespace wf::db
