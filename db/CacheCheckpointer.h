#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include <QSqlDatabase>
#include <QString>
#include <QThread>

namespace wf::db {

/// Moves the WAL into the cache file off the scan path.
///
/// The station's connection runs with wal_autocheckpoint=0, so no scan's commit pays for a
/// checkpoint. This thread, with a connection of its own, checkpoints when the writer's WAL passes
/// `walFrames` frames (the writer's commit hook wakes it) or after `interval` with anything in the
/// WAL. Each checkpoint is PASSIVE (copies the bulk, never blocks the writer) then RESTART (copies
/// the few frames added meanwhile and makes the next commit write the WAL from its start), so
/// commits overwrite blocks the WAL file already has instead of extending it: an extending write
/// makes every fsync a file-system journal commit as well. The WAL file is kept, at its size, when
/// the cache closes, so a restarted station is as quick from its first scan.
class CacheCheckpointer
{
public:
    struct Policy
    {
        std::chrono::milliseconds interval{std::chrono::seconds(5)};
        int walFrames = 4000; ///< SQLite's own autocheckpoint default, 4 MB of 4 KiB pages
    };

    /// `writer` is the station's open connection; it must stay open until this is destroyed.
    explicit CacheCheckpointer(QSqlDatabase writer, Policy policy);
    explicit CacheCheckpointer(QSqlDatabase writer)
        : CacheCheckpointer(std::move(writer), Policy{})
    {}
    ~CacheCheckpointer();
    CacheCheckpointer(const CacheCheckpointer&) = delete;
    CacheCheckpointer& operator=(const CacheCheckpointer&) = delete;

    /// Completed checkpoints (both steps succeeded).
    qint64 checkpoints() const { return m_checkpoints; }

private:
    void run();
    void walGrew(int frames);

    QSqlDatabase m_writer;
    QString m_path;
    Policy m_policy;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_walFrames = 0; // guarded by m_mutex
    bool m_stop = false; // guarded by m_mutex
    std::atomic<qint64> m_checkpoints{0};
    QThread* m_thread = nullptr;
};

} // namespace wf::db
