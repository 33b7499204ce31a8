#pragma once

#include <atomic>

#include <QObject>
#include <QPointer>
#include <QThread>

struct sqlite3;

namespace wf::db {

/// Runs the whole-file quick_check of a cache on a worker thread (its own read-only connection)
/// while the station already takes scans, and reports the outcome on the thread that started it.
/// The owner decides what to do with a damaged file (stop, move it aside). Destroying the watch
/// interrupts a check still running, so closing the app never waits for it.
class CacheIntegrityWatch : public QObject
{
    Q_OBJECT
public:
    explicit CacheIntegrityWatch(QObject* parent = nullptr);
    ~CacheIntegrityWatch() override;

    void start(const QString& path);

signals:
    void verified();
    void damaged(const QString& problem);

private:
    void check(const QString& path);

    QPointer<QThread> m_thread;
    std::atomic<sqlite3*> m_handle{nullptr};
    std::atomic<bool> m_stopping{false};
};

} // namespace wf::db
