#include "db/CacheIntegrityWatch.h"

#include <sqlite3.h>

namespace wf::db {

CacheIntegrityWatch::CacheIntegrityWatch(QObject* parent)
    : QObject(parent)
{}

CacheIntegrityWatch::~CacheIntegrityWatch()
{
    m_stopping = true;
    if (sqlite3* handle = m_handle.load())
        sqlite3_interrupt(handle);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CacheIntegrityWatch::start(const QString& path)
{
    m_thread = QThread::create([this, path] {
        check(path);
    });
    m_thread->setObjectName(QStringLiteral("cache-integrity"));
    m_thread->start(QThread::LowPriority);
}

void CacheIntegrityWatch::check(const QString& path)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return; // the station opened it a moment ago; a vanished file shows on the next write
    }
    m_handle = handle;
    if (m_stopping)
        sqlite3_interrupt(handle);
    sqlite3_stmt* statement = nullptr;
    QString problem;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            if (qstrcmp(text, "ok") != 0 && problem.isEmpty())
                problem = QString::fromUtf8(text);
        }
    }
    const bool interrupted = rc == SQLITE_INTERRUPT || m_stopping;
    if (rc != SQLITE_DONE && !interrupted && problem.isEmpty())
        problem = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    m_handle = nullptr;
    sqlite3_close(handle);
    if (interrupted)
        return;
    // Queued: the signals reach the owner on its own thread.
    if (problem.isEmpty())
        QMetaObject::invokeMethod(this, &CacheIntegrityWatch::verified, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                emit damaged(problem);
            },
            Qt::QueuedConnection);
}

} // namespace wf::db
