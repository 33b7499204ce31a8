#include "sync/SyncWorker.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include "db/FloorEventOutbox.h"
#include "db/LocalCache.h"
#include "db/MetricsRepository.h"
#include "db/MovementOutbox.h"
#include "sync/ChangePuller.h"
#include "sync/MasterMetrics.h"
#include "sync/MasterUrl.h"
#include "sync/OutboxPusher.h"
#include "sync/StationReadiness.h"
#include "sync/SyncConnection.h"

namespace wf::sync {

Q_LOGGING_CATEGORY(lcSync, "wf.sync")

namespace {

QString uniqueName(const char* kind)
{
    static QAtomicInt counter;
    return QStringLiteral("wf-sync-%1-%2").arg(QLatin1String(kind)).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SyncWorker::SyncWorker(Settings settings)
    : m_settings(std::move(settings))
    , m_masterConnection(uniqueName("master"))
{
    qRegisterMetaType<wf::sync::SyncStatus>();
}

SyncWorker::~SyncWorker()
{
    closeMaster();
    m_cache.reset();
}

std::chrono::milliseconds SyncWorker::backoff(int failures, std::chrono::milliseconds longestWait)
{
    std::chrono::milliseconds wait(1000);
    for (int i = 1; i < failures && wait < longestWait; ++i)
        wait *= 2;
    return std::min(wait, longestWait);
}

void SyncWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::round);
    round();
}

void SyncWorker::syncNow()
{
    if (m_timer)
        m_timer->stop();
    round();
}

QString SyncWorker::feedChannel(const QString& warehouse)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    if (warehouse.isEmpty())
        return QStringLiteral("wf_feed_all");
    return QString(QStringLiteral("wf_feed_") + warehouse.toLower().replace(other, QStringLiteral("_"))).left(60);
}

void SyncWorker::listen(QSqlDatabase& master, const QSqlDatabase& cache)
{
    if (m_listening)
        return;
    const QString warehouse = StationReadiness::warehouseOf(cache, m_settings.stationId);
    if (warehouse.isEmpty())
        return; // known after a pull
    QSqlDriver* driver = master.driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    const bool subscribed = driver->subscribeToNotification(feedChannel(warehouse))
                            && driver->subscribeToNotification(feedChannel(QString()));
    if (!subscribed) {
        qCWarning(lcSync) << "cannot listen to the master's feed, polling only:" << driver->lastError().text();
        return;
    }
    connect(driver,
            qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(&QSqlDriver::notification),
            this,
            &SyncWorker::feedGrew);
    m_listening = true;
}

void SyncWorker::feedGrew()
{
    if (!m_timer)
        return;
    m_timer->stop();
    m_timer->start(0); // after the notifications queued with this one, in one round
}

void SyncWorker::keepFloorFigures(const QSqlDatabase& master, const QSqlDatabase& cache)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (now.toMSecsSinceEpoch() - m_figuresTakenAt < 30000)
        return;
    m_figuresTakenAt = now.toMSecsSinceEpoch();
    for (const auto& [period, days] : {std::pair{QStringLiteral("today"), 0}, std::pair{QStringLiteral("week"), 6}}) {
        const qint64 since = QDateTime(now.date().addDays(-days), QTime(0, 0)).toMSecsSinceEpoch();
        auto json = masterFloorCountsJson(master, QString(), since, now.toMSecsSinceEpoch());
        auto kept = json ? db::MetricsRepository(cache).storeSnapshot(period, since, now.toMSecsSinceEpoch(), *json)
                         : Result<void>(std::unexpected(json.error()));
        if (!kept) { // a master without the figures yet: the dashboard shows this station's own
            qCDebug(lcSync).noquote() << "no floor figures from the master:" << kept.error().detail;
            return;
        }
    }
}

void SyncWorker::closeMaster()
{
    m_listening = false;
    if (!QSqlDatabase::contains(m_masterConnection))
        return;
    QSqlDatabase::database(m_masterConnection, false).close();
    QSqlDatabase::removeDatabase(m_masterConnection);
}

void SyncWorker::checkReadiness(const QSqlDatabase& cache)
{
    const QString warehouse = StationReadiness::warehouseOf(cache, m_settings.stationId);
    if (warehouse.isEmpty()) {
        m_status.setupMissing = {QStringLiteral("the master knows no station %1 behind this URL's login (use the URL "
                                                "floorctl master add-station %1 printed)")
                                     .arg(m_settings.stationId)};
        return; // a pull may bring it
    }
    m_status.setupMissing = StationReadiness::missing(cache, warehouse);
    m_readinessChecked = true;
}

void SyncWorker::round()
{
    if (!m_cache) {
        // This thread's own connection to the cache, opened once (the station checked the file).
        auto cache = db::LocalCache::open(
            m_settings.cachePath, db::LocalCache::Missing::Refuse, db::LocalCache::Integrity::Essential);
        if (cache) {
            if (auto prepared = prepareSyncConnection((*cache)->database()); !prepared)
                cache = std::unexpected(prepared.error());
        }
        if (!cache) {
            qCWarning(lcSync).noquote() << "cannot open the cache for sync:" << Error::codeName(cache.error().code)
                                        << cache.error().detail;
            m_status.lastError = cache.error().detail;
            emit statusChanged(m_status);
            m_timer->start(m_settings.interval);
            return;
        }
        m_cache = std::move(*cache);
    }
    const QSqlDatabase cacheDb = m_cache->database();
    db::MovementOutbox outbox(cacheDb);
    auto fail = [&](const QString& error) {
        closeMaster();
        ++m_failures;
        const auto wait = backoff(m_failures, m_settings.longestWait);
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const auto jittered = std::chrono::milliseconds(qint64(double(wait.count()) * jitter));
        m_status.link = SyncStatus::Link::Unreachable;
        m_status.lastError = error;
        m_status.retryInSeconds = int((jittered.count() + 999) / 1000);
        qCWarning(lcSync).noquote() << "sync round failed" << m_failures << "time(s) in a row, next try in"
                                    << m_status.retryInSeconds << "s:" << error;
        m_timer->start(jittered);
    };
    if (m_settings.masterUrl.isEmpty()) {
        m_status.link = SyncStatus::Link::NotConfigured;
        m_timer->start(m_settings.interval);
    } else if (auto url = MasterUrl::parse(m_settings.masterUrl); !url) {
        fail(url.error().detail);
    } else {
        QSqlDatabase master = QSqlDatabase::contains(m_masterConnection)
                                  ? QSqlDatabase::database(m_masterConnection, false)
                                  : url->connection(m_masterConnection);
        if (!master.isOpen() && !master.open()) {
            fail(master.lastError().text());
        } else {
            OutboxPusher pusher(cacheDb, master);
            auto pushed = pusher.pushAll();
            auto pulled = pushed ? ChangePuller(cacheDb, master).pullAll() : Result<qint64>(0);
            if (!pushed || !pulled) {
                fail(!pushed ? pushed.error().detail : pulled.error().detail);
            } else {
                m_failures = 0;
                m_status.link = SyncStatus::Link::Connected;
                m_status.lastSuccess = QDateTime::currentDateTime();
                m_status.lastError.clear();
                m_status.retryInSeconds = 0;
                m_status.rejectedTotal += pushed->rejected;
                if (pushed->rejected > 0)
                    qCWarning(lcSync) << "the master refused" << pushed->rejected << "movement(s); see Sync";
                qCDebug(lcSync) << "sync round done: pushed" << pushed->total() << "pulled" << *pulled;
                if (*pulled > 0 || !m_readinessChecked)
                    checkReadiness(cacheDb);
                listen(master, cacheDb);
                keepFloorFigures(master, cacheDb);
                m_timer->start(m_settings.interval);
            }
        }
    }
    m_status.queueDepth = outbox.pendingCount().value_or(m_status.queueDepth);
    m_status.eventsPending = db::FloorEventOutbox(cacheDb).pendingCount().value_or(m_status.eventsPending);
    m_status.oldestPendingMs = outbox.oldestPendingMs().value_or(0);
    emit statusChanged(m_status);
}

SyncThread::SyncThread(SyncWorker::Settings settings)
    : m_thread(new QThread)
    , m_worker(new SyncWorker(std::move(settings)))
{
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::started, m_worker, &SyncWorker::start);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

SyncThread::~SyncThread()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace wf::sync
