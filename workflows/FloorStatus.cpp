#include "workflows/FloorStatus.h"

namespace wf::workflows {

FloorStatus::FloorStatus(QSqlDatabase db)
    : m_outbox(std::move(db))
{}

qint64 FloorStatus::pendingMovements()
{
    auto count = m_outbox.pendingCount();
    return count ? *count : -1;
}

} // namespace wf::workflows
