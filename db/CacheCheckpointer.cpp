#include "db/CacheCheckpointer.h"

#include <sqlite3.h>

namespace wf::db {

CacheCheckpointer::CacheCheckpointer(QString path, std::chrono::milliseconds interval)
    : m_path(std::move(path))
    , m_interval(interval)
{
    m_thread = QThread::create([this] {
        sqlite3* handle = nullptr;
        if (sqlite3_open_v2(m_path.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(handle);
            return;
        }
        sqlite3_busy_timeout(handle, 100);
        while (!m_stop) {
            for (auto waited = std::chrono::milliseconds(0); waited < m_interval && !m_stop;
                 waited += std::chrono::milliseconds(50))
                QThread::msleep(50);
            if (m_stop)
                break;
            if (sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
                ++m_checkpoints;
        }
        sqlite3_close(handle);
    });
    m_thread->setObjectName(QStringLiteral("cache-checkpoint"));
    m_thread->start(QThread::LowPriority);
}

CacheCheckpointer::~CacheCheckpointer()
{
    m_stop = true;
    m_thread->wait();
    delete m_thread;
}

} // namespace wf::db
