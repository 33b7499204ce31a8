#pragma once

#include <chrono>
#include <memory>

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include "sync/SyncStatus.h"

class QThread;
class QTimer;

namespace wf::db {
class LocalCache;
}

namespace wf::sync {

/// The station's sync loop (DESIGN.md §6) on a thread of its own, with its own connections to the
/// cache and the master: push the outbox, pull the change feed, every `interval`; while the master
/// cannot be reached, wait 1 s, 2 s, 4 s … up to a minute, each with ±20 % jitter so stations
/// that lost the master together do not return together. Publishes a SyncStatus after each round.
/// Between rounds it listens on its warehouse's feed channel (LISTEN/NOTIFY): when the master's
/// feed grows, a round starts at once, so changes reach the station in about a second; the
/// interval stays as the fallback.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString cachePath;
        QString masterUrl; ///< empty: not configured, the queue just grows
        std::chrono::milliseconds interval{std::chrono::seconds(5)};
        std::chrono::milliseconds longestWait{std::chrono::seconds(60)};
        QString stationId; ///< whose warehouse the Sync screen checks for what the floor lacks
    };

    explicit SyncWorker(Settings settings);
    ~SyncWorker() override;

    /// The wait after `failures` failed rounds in a row, before jitter: 1 s doubling to longestWait.
    static std::chrono::milliseconds backoff(int failures, std::chrono::milliseconds longestWait);

public slots:
    /// On the worker's thread: opens the connections and runs the first round.
    void start();
    /// A round now (the Sync screen's button), whatever the timer says.
    void syncNow();

signals:
    void statusChanged(const wf::sync::SyncStatus& status);

private:
    void round();
    void closeMaster();
    /// What the warehouse lacks for the floor, into the status (after a pull that changed something).
    void checkReadiness(const QSqlDatabase& cache);
    /// LISTENs on the station's warehouse channel and the every-warehouse one, once per connection.
    void listen(QSqlDatabase& master, const QSqlDatabase& cache);
    /// The master's feed grew: a round now. Notifications arrive through this thread's event loop,
    /// so never during a round; several queued together start one.
    void feedGrew();
    /// The whole warehouse's figures for today and the week into the cache, for the supervisor's
    /// dashboard; at most every 30 s.
    void keepFloorFigures(const QSqlDatabase& master, const QSqlDatabase& cache);

public:
    /// The channel a warehouse's feed notifies (master.feed_channel).
    static QString feedChannel(const QString& warehouse);

private:
    Settings m_settings;
    std::unique_ptr<db::LocalCache> m_cache; ///< this thread's own connection, opened by start()
    QString m_masterConnection;
    QTimer* m_timer = nullptr;
    int m_failures = 0;
    bool m_readinessChecked = false;
    bool m_listening = false;
    qint64 m_figuresTakenAt = 0;
    SyncStatus m_status;
};

/// Owns the worker and its thread: started on construction, stopped and joined on destruction.
class SyncThread
{
public:
    explicit SyncThread(SyncWorker::Settings settings);
    ~SyncThread();
    SyncThread(const SyncThread&) = delete;
    SyncThread& operator=(const SyncThread&) = delete;

    SyncWorker* worker() const { return m_worker; }

private:
    QThread* m_thread;
    SyncWorker* m_worker;
};

} // namespace wf::sync
