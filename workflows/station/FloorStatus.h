#pragma once

#include <QSqlDatabase>

#include "db/MovementOutbox.h"

namespace wf::workflows {

/// The figures of the status bar that come from the cache.
class FloorStatus
{
public:
    explicit FloorStatus(QSqlDatabase db);

    /// Confirmed movements not yet acknowledged by the master; -1 when the cache cannot be read.
    qint64 pendingMovements();
    /// When the oldest of them was confirmed (ms since 1970); 0 when none waits or on an error.
    qint64 oldestPendingMs();

private:
    db::MovementOutbox m_outbox;
};

} // namespace wf::workflows
