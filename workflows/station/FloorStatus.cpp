#include "workflows/station/FloorStatus.h"

namespace wf::workflows {

FloorStatus::FloorStatus(QSqlDatabase db)
    : m_outbox(std::move(db))
{}

qint64 FloorStatus::pendingMovements()
{
    auto count = m_outbox.pendingCount();
    return count ? *count : -1;
}

qint64 FloorStatus::oldestPendingMs()
{
    auto oldest = m_outbox.oldestPendingMs();
    return oldest ? *oldest : 0;
}

} // namespace wf::workflows
