#pragma once

#include <atomic>
#include <chrono>

#include <QString>
#include <QThread>

namespace wf::db {

/// Moves the WAL into the cache file off the scan path. The station's connection runs with
/// wal_autocheckpoint=0, so no scan's commit ever pays for a checkpoint; this thread, with a
/// connection of its own, runs PRAGMA wal_checkpoint(PASSIVE) every interval, which never blocks
/// a writer. On exit SQLite checkpoints once more when the last connection closes.
class CacheCheckpointer
{
public:
    explicit CacheCheckpointer(QString path, std::chrono::milliseconds interval = std::chrono::seconds(5));
    ~CacheCheckpointer();
    CacheCheckpointer(const CacheCheckpointer&) = delete;
    CacheCheckpointer& operator=(const CacheCheckpointer&) = delete;

    qint64 checkpoints() const { return m_checkpoints; }

private:
    QString m_path;
    std::chrono::milliseconds m_interval;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_checkpoints{0};
    QThread* m_thread = nullptr;
};

} // namespace wf::db
