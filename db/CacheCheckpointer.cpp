#include "db/CacheCheckpointer.h"

#include <sqlite3.h>

#include "db/SqliteHandle.h"

namespace wf::db {

namespace {

void keepWalFile(sqlite3* handle)
{
    int persist = 1;
    sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

// PASSIVE copies frames without blocking anyone but, under a steady stream of scans, never catches
// up with the writer. So: PASSIVE until what is left is a handful of frames, then RESTART, which
// holds writers back only while it copies that handful and syncs, and makes the next commit start
// the WAL from its beginning. A RESTART never copies the bulk: that would hold a scan for as long.
bool checkpointAndRewind(sqlite3* handle)
{
    constexpr int handful = 64;
    for (int round = 0; round < 8; ++round) {
        int frames = 0;
        int copied = 0;
        if (sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied) != SQLITE_OK)
            return false;
        if (frames - copied <= handful)
            return sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr) == SQLITE_OK;
    }
    return false; // the writer outpaces the copy; the next wake-up tries again
}

} // namespace

CacheCheckpointer::CacheCheckpointer(QSqlDatabase writer, Policy policy)
    : m_writer(std::move(writer))
    , m_path(m_writer.databaseName())
    , m_policy(policy)
{
    if (sqlite3* handle = sqliteHandleOf(m_writer)) {
        keepWalFile(handle);
        sqlite3_wal_hook(
            handle,
            [](void* self, sqlite3*, const char*, int frames) {
                static_cast<CacheCheckpointer*>(self)->walGrew(frames);
                return SQLITE_OK;
            },
            this);
    }
    m_thread = QThread::create([this] {
        run();
    });
    m_thread->setObjectName(QStringLiteral("cache-checkpoint"));
    m_thread->start(QThread::LowPriority);
}

CacheCheckpointer::~CacheCheckpointer()
{
    if (sqlite3* handle = sqliteHandleOf(m_writer))
        sqlite3_wal_hook(handle, nullptr, nullptr);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void CacheCheckpointer::walGrew(int frames)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_walFrames = frames;
        wake = frames >= m_policy.walFrames;
    }
    if (wake)
        m_wake.notify_one();
}

void CacheCheckpointer::run()
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return;
    }
    waitForLocksInFineSteps(handle, std::chrono::milliseconds(100));
    // A connection learns that the file is in WAL mode on its first read; until then a checkpoint
    // returns OK and does nothing.
    sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    keepWalFile(handle);
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, m_policy.interval, [this] {
            return m_stop || m_walFrames >= m_policy.walFrames;
        });
        if (m_stop)
            break;
        if (m_walFrames == 0)
            continue;
        lock.unlock();
        const bool done = checkpointAndRewind(handle);
        lock.lock();
        if (done) {
            ++m_checkpoints;
            m_walFrames = 0; // the writer's next commit reports the new count
        } else {
            // A long reader (the integrity check) holds the WAL: try again shortly, not at once.
            m_wake.wait_for(lock, std::chrono::milliseconds(200), [this] {
                return m_stop;
            });
        }
    }
    lock.unlock();
    sqlite3_close(handle);
}

} // namespace wf::db
