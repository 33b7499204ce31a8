#pragma once

#include <QSqlDatabase>

#include "common/Result.h"

namespace wf::db {

/// Reads the movement outbox; later issues add the writers and the sync side.
class MovementOutbox
{
public:
    explicit MovementOutbox(QSqlDatabase db);

    /// Movements written on this station and not yet acknowledged by the master.
    [[nodiscard]] Result<qint64> pendingCount();

private:
    QSqlDatabase m_db;
};

} // namespace wf::db
