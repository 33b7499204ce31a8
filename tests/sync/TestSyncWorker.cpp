#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "db/LocalCache.h"
#include "support/TestCache.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterUrl.h"
#include "sync/SyncWorker.h"

using namespace std::chrono_literals;
using wf::sync::SyncStatus;
using wf::sync::SyncThread;
using wf::sync::SyncWorker;

/// The station's sync loop on its own thread: backoff while the master is away, an emptied queue
/// when it is there (a real PostgreSQL from the fixture).
class TestSyncWorker : public QObject
{
    Q_OBJECT

private slots:
    void waitsLongerAfterEachFailureUpToALimit();
    void unreachableMasterKeepsTheQueueAndSaysSo();
    void reachableMasterEmptiesTheQueue();

private:
    QTemporaryDir m_dir;
    QString cacheWithPending(const QString& name, const QString& station, int count);
    static SyncStatus lastStatus(const QSignalSpy& spy) { return spy.last().at(0).value<SyncStatus>(); }
};

QString TestSyncWorker::cacheWithPending(const QString& name, const QString& station, int count)
{
    const QString path = m_dir.filePath(name);
    auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Create);
    if (!cache)
        qFatal("cannot create a cache");
    QSqlQuery q((*cache)->database());
    for (int i = 1; i <= count; ++i)
        if (!q.exec(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, "
                                   "from_location_id, operator_badge, created_at) VALUES ('%1', %2, '%3', 'pack', "
                                   "'SKU-X', 1, 1, 'K2001', 1790000000000)")
                        .arg(station)
                        .arg(i)
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))))
            qFatal("cannot queue a movement");
    return path;
}

void TestSyncWorker::waitsLongerAfterEachFailureUpToALimit()
{
    QCOMPARE(SyncWorker::backoff(1, 60s), std::chrono::milliseconds(1000));
    QCOMPARE(SyncWorker::backoff(2, 60s), std::chrono::milliseconds(2000));
    QCOMPARE(SyncWorker::backoff(3, 60s), std::chrono::milliseconds(4000));
    QCOMPARE(SyncWorker::backoff(7, 60s), std::chrono::milliseconds(60000));
    QCOMPARE(SyncWorker::backoff(1000, 60s), std::chrono::milliseconds(60000));
}

namespace {

QMutex g_logMutex;
QStringList g_syncLog;
QtMessageHandler g_previousHandler = nullptr;

void recordSyncLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && context.category && QByteArray(context.category) == "wf.sync") {
        QMutexLocker lock(&g_logMutex);
        g_syncLog << message;
    }
    g_previousHandler(type, context, message);
}

QStringList syncLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_syncLog;
}

} // namespace

void TestSyncWorker::unreachableMasterKeepsTheQueueAndSaysSo()
{
    g_previousHandler = qInstallMessageHandler(recordSyncLog);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(g_previousHandler);
    });
    const QString path = cacheWithPending(QStringLiteral("away.sqlite"), QStringLiteral("ST-AWAY"), 3);
    SyncThread sync(
        {path, QStringLiteral("postgresql://wf:Pa55word@localhost:1/none"), 100ms, 4s, QStringLiteral("ST-AWAY")});
    QSignalSpy statuses(sync.worker(), &SyncWorker::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(statuses.count() >= 2, 10000);
    const SyncStatus first = statuses.at(0).at(0).value<SyncStatus>();
    const SyncStatus second = statuses.at(1).at(0).value<SyncStatus>();
    QCOMPARE(first.link, SyncStatus::Link::Unreachable);
    QCOMPARE(first.queueDepth, qint64(3));
    QVERIFY(first.oldestPendingMs > 0);
    QVERIFY(!first.lastError.isEmpty());
    QVERIFY(!first.lastError.contains(QStringLiteral("Pa55word")));
    QVERIFY(!first.lastSuccess.isValid());
    // 1 s ±20 %, then 2 s ±20 % (rounded up to whole seconds).
    QVERIFY2(first.retryInSeconds >= 1 && first.retryInSeconds <= 2, qPrintable(QString::number(first.retryInSeconds)));
    QVERIFY2(second.retryInSeconds >= 2 && second.retryInSeconds <= 3,
             qPrintable(QString::number(second.retryInSeconds)));
    QCOMPARE(second.queueDepth, qint64(3));
    // The station's log says why, under wf.sync at warning, and never with the password.
    const QStringList logged = syncLog();
    QVERIFY2(!logged.isEmpty(), "no wf.sync warning was logged");
    QVERIFY2(logged.first().contains(QStringLiteral("sync round failed")), qPrintable(logged.first()));
    for (const QString& line : logged)
        QVERIFY2(!line.contains(QStringLiteral("Pa55word")), qPrintable(line));
}

void TestSyncWorker::reachableMasterEmptiesTheQueue()
{
    QFile urlFile(qEnvironmentVariable("WF_TEST_MASTER_URL_FILE"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the master fixture did not start (see master.Start)");
    auto admin = wf::sync::MasterUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    QVERIFY(admin);
    const QString database = QStringLiteral("wf_worker_%1").arg(QCoreApplication::applicationPid());
    QString stationUrl;
    {
        QSqlDatabase server = admin->connection(QStringLiteral("server"));
        QVERIFY(server.open());
        QSqlQuery(server).exec(QStringLiteral("CREATE DATABASE %1").arg(database));
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    admin->database = database;
    {
        QSqlDatabase owner = admin->connection(QStringLiteral("owner"));
        QVERIFY(owner.open());
        wf::sync::MasterAdmin masterAdmin(owner);
        QVERIFY(masterAdmin.migrate());
        QVERIFY(masterAdmin.addWarehouse({QStringLiteral("WH1"),
                                          QStringLiteral("Test"),
                                          QStringLiteral("DE"),
                                          QStringLiteral("Hafenstr. 1, Leipzig"),
                                          QStringLiteral("Europe/Berlin"),
                                          QStringLiteral("EUR"),
                                          QString()}));
        auto station = masterAdmin.addStation(QStringLiteral("ST-WORK"), QStringLiteral("WH1"), *admin);
        QVERIFY(station);
        stationUrl = station->url;
        // What the pack movements name: a product and the station's staging location.
        QSqlQuery seed(owner);
        QVERIFY2(seed.exec(QStringLiteral("INSERT INTO master.product (sku, name) VALUES ('SKU-X', 'Test mug'); "
                                          "INSERT INTO master.location (id, warehouse_id, code, kind) VALUES (1, "
                                          "'WH1', 'STAGE', 'staging')")),
                 qPrintable(seed.lastError().text()));
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    const QString path = cacheWithPending(QStringLiteral("here.sqlite"), QStringLiteral("ST-WORK"), 5);
    // A long interval: rounds come from start and syncNow.
    SyncThread sync({path, stationUrl, 30s, 4s, QStringLiteral("ST-WORK")});
    QSignalSpy statuses(sync.worker(), &SyncWorker::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(statuses.count() >= 1, 10000);
    SyncStatus status = lastStatus(statuses);
    QCOMPARE(status.link, SyncStatus::Link::Connected);
    QCOMPARE(status.queueDepth, qint64(0));
    QCOMPARE(status.oldestPendingMs, qint64(0));
    QVERIFY(status.lastSuccess.isValid());
    QVERIFY(status.lastError.isEmpty());
    // What station init lists, the Sync screen shows: the warehouse has a staging bin and nothing
    // else the floor needs.
    const QString setup = status.setupMissing.join(QLatin1Char('\n'));
    QVERIFY2(setup.contains(QStringLiteral("warehouse WH1 has no returns location"))
                 && setup.contains(QStringLiteral("no operator can log in"))
                 && !setup.contains(QStringLiteral("no staging location")),
             qPrintable(setup));
    // A scan adds a movement; "sync now" sends it without waiting for the interval.
    {
        auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Refuse);
        QVERIFY(cache);
        QVERIFY(QSqlQuery((*cache)->database())
                    .exec(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, "
                                         "from_location_id, operator_badge, created_at) VALUES ('ST-WORK', 6, '%1', "
                                         "'pack', 'SKU-X', 1, 1, 'K2001', 1790000000000)")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    }
    QMetaObject::invokeMethod(sync.worker(), &SyncWorker::syncNow, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(statuses.count() >= 2, 10000);
    status = lastStatus(statuses);
    QCOMPARE(status.queueDepth, qint64(0));
    auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Refuse);
    QVERIFY(cache);
    QCOMPARE(
        wf::test::scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM movement WHERE state = 'acked'")),
        qint64(6));
    // The supervisor's dashboard gets the whole warehouse's figures from the master, for today and
    // the week, with this station's contact in them.
    QCOMPARE(wf::test::scalar((*cache)->database(),
                              QStringLiteral("SELECT count(*) FROM floor_snapshot WHERE json_extract(counts, "
                                             "'$.stations[0].id') = 'ST-WORK' AND json_extract(counts, "
                                             "'$.stations[0].last_contact_ms') > 0")),
             qint64(2));
    // A change on the master reaches the station at once (LISTEN/NOTIFY), not at the next of its
    // 30 s rounds.
    {
        QSqlDatabase owner = admin->connection(QStringLiteral("owner"));
        QVERIFY(owner.open());
        QVERIFY(QSqlQuery(owner).exec(
            QStringLiteral("INSERT INTO master.product (sku, name) VALUES ('SKU-NOTIFIED', 'Arrives at once')")));
        owner.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    QElapsedTimer arrived;
    arrived.start();
    QTRY_VERIFY_WITH_TIMEOUT(wf::test::scalar((*cache)->database(),
                                              QStringLiteral("SELECT count(*) FROM product WHERE sku = 'SKU-NOTIFIED'"))
                                 == 1,
                             5000);
    QVERIFY2(arrived.elapsed() < 5000, qPrintable(QString::number(arrived.elapsed())));
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "TestSyncWorker.moc"
