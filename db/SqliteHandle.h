#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <thread>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace wf::db {

/// The sqlite3 handle behind a QSQLITE connection, or nullptr for another driver or a closed one.
/// For the few things Qt's SQL module does not expose (checkpoints, WAL hooks, file controls).
inline sqlite3* sqliteHandleOf(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

/// Makes `handle` wait for a lock held by another connection in fine steps: 50 µs for the first
/// 10 ms, then 1 ms, up to `limit`. SQLite's own busy_timeout sleeps 1, 2, 5, 10 … ms between
/// tries, so a scan that meets the checkpointer's sub-millisecond hold of the write lock would
/// wait whole milliseconds, and a checkpointer would rarely find the gap between two scans.
inline void waitForLocksInFineSteps(sqlite3* handle, std::chrono::milliseconds limit)
{
    constexpr std::intptr_t fineTries = 200;
    const std::intptr_t coarseTries = std::max<std::intptr_t>(0, std::intptr_t(limit.count()) - 10);
    sqlite3_busy_handler(
        handle,
        [](void* arg, int tries) -> int {
            if (tries >= fineTries + reinterpret_cast<std::intptr_t>(arg))
                return 0;
            std::this_thread::sleep_for(tries < fineTries ? std::chrono::microseconds(50)
                                                          : std::chrono::microseconds(1000));
            return 1;
        },
        reinterpret_cast<void*>(coarseTries));
}

} // namespace wf::db
