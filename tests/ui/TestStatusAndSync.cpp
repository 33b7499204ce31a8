#include <QLabel>

#include "StationWindowFixture.h"

/// The station window offscreen: the status bar and the Sync screen.
class TestStatusAndSync : public StationWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCache(QStringLiteral("statusandsync.sqlite")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void statusBarShowsStationAndCache();
    void syncStatusShowsOnTheBarAndTheSyncScreen();
};

void TestStatusAndSync::statusBarShowsStationAndCache()
{
    QVERIFY(visibleText("stationStatusLabel").contains(QStringLiteral("ST-GUI")));
    QVERIFY(visibleText("cacheStatusLabel").contains(QStringLiteral("statusandsync.sqlite")));
    QCOMPARE(visibleText("pendingStatusLabel"), QStringLiteral("Pending movements: 0"));
    QVERIFY(visibleText("trainingBannerLabel").contains(QStringLiteral("TRAINING")));
}

void TestStatusAndSync::syncStatusShowsOnTheBarAndTheSyncScreen()
{
    // One queue count everywhere: the cache's. Before, the Sync screen said "queue 0 — nothing
    // waiting" beside "Pending movements: 21".
    auto db = m_cache->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, "
                                  "from_location_id, operator_badge, created_at) VALUES ('ST-GUI', 900001, "
                                  "'0190a1b2-0000-7000-8000-0000009a0001', 'pack', 'SKU-X', 1, 1, 'K2001', %1)")
                       .arg(QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000)));
    const QString waiting = QString::number(
        wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE state IN ('pending', 'sent')")));
    QVERIFY(visibleText("syncStatusLabel").contains(QStringLiteral("no master")));
    wf::sync::SyncStatus away;
    away.link = wf::sync::SyncStatus::Link::Unreachable;
    away.queueDepth = 3; // the worker's older count: the cache's own is shown
    away.lastError = QStringLiteral("connection refused");
    away.retryInSeconds = 4;
    m_window->setSyncStatus(away);
    QVERIFY(visibleText("syncStatusLabel").contains(QStringLiteral("unreachable")));
    QVERIFY2(visibleText("syncStatusLabel").contains(QStringLiteral("queue ") + waiting),
             qPrintable(visibleText("syncStatusLabel")));
    QCOMPARE(visibleText("pendingStatusLabel"), QStringLiteral("Pending movements: ") + waiting);
    QVERIFY(visibleText("syncStatusLabel").contains(QStringLiteral("4 s")));
    typeScan(QStringLiteral("P1001"));
    QTest::keyClick(currentScreen(), Qt::Key_5);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("syncScreen"));
    QVERIFY(visibleText("syncQueueLabel").endsWith(QStringLiteral(": ") + waiting));
    QVERIFY2(!visibleText("syncOldestLabel").contains(QStringLiteral("Nothing waiting")),
             qPrintable(visibleText("syncOldestLabel")));
    QVERIFY(visibleText("syncLastErrorLabel").contains(QStringLiteral("connection refused")));
    QVERIFY(visibleText("syncLastSuccessLabel").contains(QStringLiteral("No success yet")));
    QSignalSpy now(m_window.get(), &wf::ui::MainWindow::syncNowRequested);
    QTest::keyClick(currentScreen(), Qt::Key_F5);
    QCOMPARE(now.count(), 1);
    QVERIFY(visibleText("syncAnswerLabel").contains(QStringLiteral("Sync asked for at"))); // F5 says what it did
    wf::sync::SyncStatus none; // no master set: F5 says so, and sends nothing
    m_window->setSyncStatus(none);
    QTest::keyClick(currentScreen(), Qt::Key_F5);
    QCOMPARE(now.count(), 1);
    QVERIFY2(visibleText("syncAnswerLabel").contains(QStringLiteral("No master is set")),
             qPrintable(visibleText("syncAnswerLabel")));
    QVERIFY(q.exec(QStringLiteral("UPDATE movement SET state = 'acked' WHERE state IN ('pending', 'sent')")));
    wf::sync::SyncStatus back;
    back.link = wf::sync::SyncStatus::Link::Connected;
    back.lastSuccess = QDateTime::currentDateTime();
    m_window->setSyncStatus(back);
    QVERIFY(visibleText("syncStatusLabel").contains(QStringLiteral("connected; queue 0")));
    QVERIFY(visibleText("syncOldestLabel").contains(QStringLiteral("Nothing waiting")));
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("syncSetupLabel"))->isVisible());
    // What the warehouse lacks for the floor: counted on the bar, listed with its command on Sync.
    back.setupMissing = {QStringLiteral("warehouse LEJ has no hold location (damaged returns are held there): add a "
                                        "row of kind hold to its bins and run floorctl master import locations FILE "
                                        "--warehouse LEJ")};
    m_window->setSyncStatus(back);
    QVERIFY2(visibleText("syncStatusLabel").contains(QStringLiteral("setup incomplete (1")),
             qPrintable(visibleText("syncStatusLabel")));
    QVERIFY2(visibleText("syncSetupLabel").contains(QStringLiteral("floorctl master import locations FILE")),
             qPrintable(visibleText("syncSetupLabel")));
}

QTEST_MAIN(TestStatusAndSync)
#include "TestStatusAndSync.moc"
