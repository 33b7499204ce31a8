#pragma once

#include <QSqlDatabase>

#include "common/Result.h"

namespace wf::sync {

/// Pulls the master's change feed into the cache (DESIGN.md §6): pages after the stored cursor,
/// each page and the new cursor in one cache transaction, so a pull that is killed resumes where
/// it stopped. The master wins for what it owns: products, barcodes, locations, orders, shipments
/// and RMAs with their lines, packing and destination rules are written as the master has them (a
/// row still referenced locally is kept when the master deletes it); the floor's progress on an
/// order, a shipment or a return line stays, except that the master may cancel. Local pending
/// movements are not touched; they stay applied on top until the master has them.
class ChangePuller
{
public:
    ChangePuller(QSqlDatabase cache, QSqlDatabase master);

    /// One page of at most `pageSize` changes; the number applied (0: up to date).
    [[nodiscard]] Result<int> pullPage(int pageSize = 2000);
    /// Pages until up to date; the number of changes applied.
    [[nodiscard]] Result<qint64> pullAll(int pageSize = 2000);
    /// The last change-feed number applied.
    [[nodiscard]] Result<qint64> cursor();

private:
    QSqlDatabase m_cache;
    QSqlDatabase m_master;
};

} // namespace wf::sync
