#include <QRegularExpression>

#include "StationWindowFixture.h"

/// The station window offscreen: the Supervisor screen: exceptions resolved, the audit trail and its chain, the
/// dashboard's charts.
class TestSupervisorScreen : public StationWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCache(QStringLiteral("supervisorscreen.sqlite")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void supervisorConsoleResolvesAuditsAndCharts();
    void exceptionsResolveWithEnterAndTabLeavesTheTable();
    void aFailingCacheShowsNoDriverText();
};

void TestSupervisorScreen::supervisorConsoleResolvesAuditsAndCharts()
{
    // A packer and a picker see no console; key 6 does nothing for them (modesFollowTheRoles: a clerk).
    for (const char* badge : {"K2001", "P1001"}) {
        QTRY_VERIFY(scanField() && scanField()->hasFocus());
        typeScan(QString::fromLatin1(badge));
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("supervisorModeButton"))->isEnabled());
        QTest::keyClick(currentScreen(), Qt::Key_6);
        QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
        QTest::keyClick(m_window.get(), Qt::Key_F12);
    }
    auto db = m_cache->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO exception (kind, order_id, sku, detail, operator_badge, station_id, "
                                  "raised_at) VALUES ('label_mismatch', 'CONSOLE-1', '', 'wrong label on the box', "
                                  "'K2001', 'ST-GUI', %1)")
                       .arg(QDateTime::currentMSecsSinceEpoch())));
    const qint64 id = q.lastInsertId().toLongLong();
    // Scans on two days of this week (the demo's history ends before it).
    for (int daysAgo : {0, 2})
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO scan_log (scanned_at, station_id, operator_badge, workflow, source, "
                                  "payload, verdict, code) VALUES (%1, 'ST-CONSOLE', 'K2001', 'pack', 'wedge', 'x', "
                                  "'ok', 'item_packed')")
                       .arg(QDateTime::currentDateTime().addDays(-daysAgo).toMSecsSinceEpoch())));
    QTRY_VERIFY(scanField() && scanField()->hasFocus());
    logInAsSupervisor();
    QTest::keyClick(currentScreen(), Qt::Key_6);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("supervisorScreen"));
    QWidget* console = currentScreen();
    // Filter by order: the one exception; resolve it with a note.
    auto* order = console->findChild<QLineEdit*>(QStringLiteral("orderFilterLineEdit"));
    QTest::keyClicks(order, QStringLiteral("CONSOLE-1"));
    QTest::keyClick(order, Qt::Key_Return);
    auto* table = console->findChild<QTableWidget*>(QStringLiteral("exceptionsTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Wrong label"));
    table->selectRow(0);
    auto* resolve = console->findChild<QPushButton*>(QStringLiteral("resolveButton"));
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("reason_required"));
    table->selectRow(0);
    QTest::keyClicks(console->findChild<QLineEdit*>(QStringLiteral("resolutionNoteLineEdit")),
                     QStringLiteral("relabelled and checked"));
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("exception_resolved"));
    QCOMPARE(table->rowCount(), 0); // open only
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT status || '/' || resolved_by || '/' || resolution_note FROM "
                                                 "exception WHERE id = %1")
                                      .arg(id)),
             QStringLiteral("resolved/S9001/relabelled and checked"));
    // CSV export of the table into the chosen folder.
    auto* folder = console->findChild<QLineEdit*>(QStringLiteral("exportFolderLineEdit"));
    folder->setText(m_dir.filePath(QStringLiteral("exports")));
    console->findChild<QCheckBox*>(QStringLiteral("openOnlyCheckBox"))->setChecked(false);
    QCOMPARE(table->rowCount(), 1);
    // The export writes the data, not what a cell shows: a cell's text changed on screen stays out.
    table->item(0, 5)->setText(QStringLiteral("shown only"));
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("exportExceptionsButton")), Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("exported"));
    const QStringList files = QDir(folder->text()).entryList({QStringLiteral("exceptions-*.csv")});
    QCOMPARE(files.size(), 1);
    QFile csv(QDir(folder->text()).filePath(files.first()));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.startsWith(QStringLiteral("Id,Raised,Kind,")));
    QVERIFY(text.contains(QStringLiteral("label_mismatch")) && text.contains(QStringLiteral("relabelled and checked")));
    QVERIFY(!text.contains(QStringLiteral("shown only")));
    // The audit trail shows the resolution and the chain checks out.
    auto* tabs = console->findChild<QTabWidget*>(QStringLiteral("supervisorTabs"));
    tabs->setCurrentIndex(1);
    auto* audit = console->findChild<QTableWidget*>(QStringLiteral("auditTable"));
    QCOMPARE(audit->item(0, 4)->text(), QStringLiteral("Exception resolved"));
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("verifyAuditButton")), Qt::LeftButton);
    QVERIFY(visibleText("auditChainLabel").startsWith(QStringLiteral("Intact")));
    // The dashboard: figures, charts with data, exports of every table behind them.
    tabs->setCurrentIndex(2);
    auto* period = console->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
    period->setCurrentIndex(1);
    QMetaObject::invokeMethod(period, "activated", Q_ARG(int, 1));
    auto* figures = console->findChild<QTableWidget*>(QStringLiteral("figuresTable"));
    QVERIFY(figures->rowCount() >= 10);
    auto* trend = console->findChild<QChartView*>(QStringLiteral("trendChartView"));
    QCOMPARE(trend->chart()->title(), QStringLiteral("Scans and errors per day"));
    auto* perDay = qobject_cast<QLineSeries*>(trend->chart()->series().first());
    QVERIFY(perDay && perDay->count() >= 2); // a point per day with scans
    auto* kinds = console->findChild<QChartView*>(QStringLiteral("kindChartView"));
    QVERIFY(kinds && !kinds->chart()->series().isEmpty());
    auto* kindSeries = qobject_cast<QBarSeries*>(kinds->chart()->series().first());
    QVERIFY(kindSeries && kindSeries->barSets().first()->count() >= 1);
    // The whole warehouse: nothing from the master yet, so this station's figures, and it says so;
    // then the sync thread's snapshot of the master's counts, with every station's contact.
    auto* scope = console->findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    auto* stations = console->findChild<QTableWidget*>(QStringLiteral("stationsTable"));
    scope->setCurrentIndex(1);
    QMetaObject::invokeMethod(scope, "activated", Q_ARG(int, 1));
    QVERIFY(visibleText("scopeNoteLabel").contains(QStringLiteral("not arrived yet")));
    const QString ownScans = figures->item(0, 1)->text();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO floor_snapshot (period, since_ms, until_ms, taken_at, counts) VALUES ('week', %1, "
                       "%2, %2, '{\"all\": {\"key\": \"all\", \"scans\": 1234, \"error_scans\": 12, "
                       "\"active_hours\": 10, \"pick_hours\": 8, \"units_picked\": 400, \"units_short\": 4}, "
                       "\"shipments_shipped\": 90, \"shipped_on_time\": 81, \"stations\": [{\"id\": \"ST-PICK-1\", "
                       "\"last_contact_ms\": %2, \"queue_depth\": 3, \"events_pending\": 1}, {\"id\": \"ST-PACK-9\", "
                       "\"last_contact_ms\": 0, \"queue_depth\": 0, \"events_pending\": 0}]}')")
            .arg(now - 6 * 86400000LL)
            .arg(now)));
    QMetaObject::invokeMethod(scope, "activated", Q_ARG(int, 1));
    QVERIFY(visibleText("scopeNoteLabel").contains(QStringLiteral("as the master counted them")));
    QCOMPARE(figures->item(0, 1)->text(), QStringLiteral("1234"));
    QVERIFY(ownScans != QStringLiteral("1234"));
    QVERIFY(stations->isVisible());
    QCOMPARE(stations->rowCount(), 2);
    QCOMPARE(stations->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(stations->item(1, 1)->text(), QStringLiteral("never")); // a station the master never heard from
    scope->setCurrentIndex(0);
    QMetaObject::invokeMethod(scope, "activated", Q_ARG(int, 0));
    QCOMPARE(figures->item(0, 1)->text(), ownScans);
    QVERIFY(!stations->isVisible());
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("exportDashboardButton")), Qt::LeftButton);
    for (const char* name : {"figures-*.csv", "operators-*.csv", "scans-trend-*.csv", "exceptions-by-kind-*.csv"})
        QCOMPARE(QDir(folder->text()).entryList({QString::fromLatin1(name)}).size(), 1);
    QTest::keyClick(currentScreen(), Qt::Key_Escape);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
}

void TestSupervisorScreen::exceptionsResolveWithEnterAndTabLeavesTheTable()
{
    auto db = m_cache->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO exception (kind, order_id, sku, detail, operator_badge, station_id, "
                                  "raised_at) VALUES ('label_mismatch', 'KEYS-1', '', 'wrong label', 'K2001', "
                                  "'ST-GUI', %1)")
                       .arg(QDateTime::currentMSecsSinceEpoch())));
    const qint64 id = q.lastInsertId().toLongLong();
    logInAsSupervisor();
    QTest::keyClick(currentScreen(), Qt::Key_6);
    QWidget* console = currentScreen();
    auto* order = console->findChild<QLineEdit*>(QStringLiteral("orderFilterLineEdit"));
    QTest::keyClicks(order, QStringLiteral("KEYS-1"));
    QTest::keyClick(order, Qt::Key_Return);
    auto* table = console->findChild<QTableWidget*>(QStringLiteral("exceptionsTable"));
    QCOMPARE(table->rowCount(), 1);
    QTest::keyClicks(console->findChild<QLineEdit*>(QStringLiteral("resolutionNoteLineEdit")),
                     QStringLiteral("checked by keyboard"));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Tab); // Tab leaves the table (before: it walked its cells)
    QVERIFY(!table->hasFocus());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return); // Enter on the row resolves it
    QCOMPARE(bannerCode(), QStringLiteral("exception_resolved"));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT status || '/' || resolution_note FROM exception WHERE "
                                                 "id = %1")
                                      .arg(id)),
             QStringLiteral("resolved/checked by keyboard"));
}

void TestSupervisorScreen::aFailingCacheShowsNoDriverText()
{
    logInAsSupervisor();
    QTest::keyClick(currentScreen(), Qt::Key_6);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("supervisorScreen"));
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE scan_log RENAME TO scan_log_away")));
    const auto restore = qScopeGuard([this] {
        QSqlQuery(m_cache->database()).exec(QStringLiteral("ALTER TABLE scan_log_away RENAME TO scan_log"));
    });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("cache failure, QueryFailed while floor metrics")));
    currentScreen()->findChild<QTabWidget*>()->setCurrentIndex(2); // the dashboard reads the scan log
    auto* banner = currentScreen()->findChild<wf::ui::VerdictBanner*>();
    QCOMPARE(banner->code(), QStringLiteral("cache_error"));
    // What the supervisor reads: what happened and what to do; the driver's words are in the log.
    QVERIFY2(!banner->text().contains(QStringLiteral("scan_log")), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QStringLiteral("no such"), Qt::CaseInsensitive), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("nothing was recorded")));
}

QTEST_MAIN(TestSupervisorScreen)
#include "TestSupervisorScreen.moc"
