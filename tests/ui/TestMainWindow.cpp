#include <QAbstractItemView>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "printing/RawPrinter.h"
#include "scanner/KeyboardWedge.h"
#include "scanner/ScanRouter.h"
#include "support/TestCache.h"
#include "ui/Feedback.h"
#include "ui/LanguageSwitch.h"
#include "ui/MainWindow.h"
#include "ui/ScanSimulatorPanel.h"
#include "ui/Theme.h"
#include "ui/VerdictBanner.h"
#include "workflows/station/FloorServices.h"
#include "workflows/pick/PickSession.h"
#include "workflows/pack/PackSession.h"

using wf::ui::MainWindow;

/// The station window offscreen: a person types scans and presses keys, as on the floor.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusBarShowsStationAndCache();
    void pickerLogsInAndLooksUpAnItem();
    void unknownAndBadScansInLookup();
    void supervisorLogsInWithPin();
    void onlySupervisorsChangePickSettings();
    void modesFollowTheRoles();
    void supervisorConsoleResolvesAuditsAndCharts();
    void exceptionsResolveWithEnterAndTabLeavesTheTable();
    void germanOperatorSeesGerman();
    void simulatorInjectsScans();
    void simulatorOffersWhatTheStepNeeds();
    void feedbackFlashesTheVerdictColour();
    void scannerBurstGoesThroughTheRouter();
    void pickerPicksATwoOrderBatch();
    void quantityKeyComesAfterOneScanAndAsksForEnter();
    void clerkProcessesAReturnOfEachPath();
    void theNextOperatorStartsClean();
    void packerPacksASplitOrderWithAFragileAndABatteryItem();
    void aStalledPrinterLeavesTheScreenLive();
    void fiftyWrongPinsAtTheBenchLockTheSupervisor();
    void wrongPinsAtLoginLockTheApprovalsToo();
    void aScannedSupervisorBadgeFillsTheBadgeField();
    void escAsksBeforeLeavingAHalfPackedPackage();
    void onlySupervisorsEditThePlaybook();
    void syncStatusShowsOnTheBarAndTheSyncScreen();
    void scannersScreenLogsEveryEvent();
    void scannerSettingsChangeNeedsAReason();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    std::unique_ptr<wf::workflows::FloorServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_gtin;
    QString m_sku;

    QWidget* currentScreen() const;
    QLineEdit* scanField() const;
    void typeScan(const QString& text);
    /// S9001 with the right PIN, from the login screen.
    void logInAsSupervisor();
    /// A one-item package to Germany, picked; packer K2001 logged in, the package opened on the
    /// Pack screen, its item scanned and its prompts confirmed.
    void openOneItemPackage(const QString& orderId, const QString& tracking);
    /// A picked package of `units` of one standard item to Germany (shipment ORDER-1); the item's unit code.
    QString insertPickedPackage(const QString& orderId, const QString& tracking, int units);
    QString visibleText(const char* objectName) const;
    QString bannerCode() const;
};

void TestMainWindow::initTestCase()
{
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("gui.sqlite")));
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT b.code, b.sku FROM barcode b JOIN stock s ON s.sku = b.sku "
                                  "WHERE b.kind = 'gtin' AND s.on_hand > 0 LIMIT 1"))
            && q.next());
    m_gtin = q.value(0).toString();
    m_sku = q.value(1).toString();
}

void TestMainWindow::init()
{
    m_services = std::make_unique<wf::workflows::FloorServices>(m_cache->database(), QStringLiteral("ST-GUI"));
    m_window =
        std::make_unique<MainWindow>(*m_services, wf::ui::StationInfo{QStringLiteral("ST-GUI"), m_cache->path(), true});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(scanField() && scanField()->hasFocus());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_services.reset();
    wf::ui::LanguageSwitch::apply(QStringLiteral("en"));
}

QWidget* TestMainWindow::currentScreen() const
{
    auto* stack = m_window->findChild<QStackedWidget*>();
    return stack ? stack->currentWidget() : nullptr;
}

QLineEdit* TestMainWindow::scanField() const
{
    QWidget* screen = currentScreen();
    return screen ? screen->findChild<QLineEdit*>(QStringLiteral("scanLineEdit")) : nullptr;
}

void TestMainWindow::typeScan(const QString& text)
{
    QLineEdit* field = scanField();
    QVERIFY(field);
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString TestMainWindow::visibleText(const char* objectName) const
{
    auto* label = m_window->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

QString TestMainWindow::bannerCode() const
{
    auto* banner = currentScreen()->findChild<wf::ui::VerdictBanner*>();
    return banner ? banner->code() : QString();
}

void TestMainWindow::statusBarShowsStationAndCache()
{
    QVERIFY(visibleText("stationStatusLabel").contains(QStringLiteral("ST-GUI")));
    QVERIFY(visibleText("cacheStatusLabel").contains(QStringLiteral("gui.sqlite")));
    QCOMPARE(visibleText("pendingStatusLabel"), QStringLiteral("Pending movements: 0"));
    QVERIFY(visibleText("trainingBannerLabel").contains(QStringLiteral("TRAINING")));
}

void TestMainWindow::pickerLogsInAndLooksUpAnItem()
{
    typeScan(QStringLiteral("P1001"));
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QVERIFY(visibleText("operatorStatusLabel").contains(QStringLiteral("P1001")));
    QTest::keyClick(currentScreen(), Qt::Key_4);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("lookupScreen"));
    typeScan(m_gtin);
    QCOMPARE(bannerCode(), QStringLiteral("item_found"));
    QCOMPARE(visibleText("skuValueLabel"), m_sku);
    QVERIFY(!visibleText("customsValueLabel").isEmpty());
    QVERIFY(visibleText("reorderPointValueLabel").contains(QLatin1Char('+')));
    auto* table = currentScreen()->findChild<QTableWidget*>(QStringLiteral("stockTableWidget"));
    QVERIFY(table && table->isVisible());
    QVERIFY(table->rowCount() >= 1);
    const qint64 onHand = wf::test::scalar(
        m_cache->database(),
        QStringLiteral("SELECT on_hand FROM stock_position WHERE sku = '%1' ORDER BY pick_sequence LIMIT 1")
            .arg(m_sku));
    QCOMPARE(table->item(0, 1)->text(), QString::number(onHand));
    QVERIFY(scanField()->hasFocus()); // ready for the next scan without touching anything
    QVERIFY(scanField()->text().isEmpty());
    // Fits a 1280×800 touch station with the product shown.
    QVERIFY2(m_window->minimumSizeHint().height() <= 800,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));
    QVERIFY(m_window->minimumSizeHint().width() <= 1280);
}

void TestMainWindow::unknownAndBadScansInLookup()
{
    typeScan(QStringLiteral("K2001"));
    QTest::keyClick(currentScreen(), Qt::Key_4);
    const qint64 changes = wf::test::scalar(m_cache->database(), QStringLiteral("SELECT total_changes()"));
    typeScan(QStringLiteral("5901234123457"));
    QCOMPARE(bannerCode(), QStringLiteral("unknown_barcode"));
    QVERIFY(!currentScreen()->findChild<QTableWidget*>()->isVisible());
    typeScan(QStringLiteral("4000000000018"));
    QCOMPARE(bannerCode(), QStringLiteral("invalid_check_digit"));
    // A scanner that sends a control character inside the code.
    QTest::keyClicks(scanField(), QStringLiteral("4000"));
    QTest::keyClick(scanField(), Qt::Key_Escape, Qt::NoModifier); // Esc leaves Lookup...
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QTest::keyClick(currentScreen(), Qt::Key_4); // ...and comes back with an empty field
    scanField()->setText(QStringLiteral("4000") + QChar(0x07) + QStringLiteral("000017"));
    QTest::keyClick(scanField(), Qt::Key_Return);
    QCOMPARE(bannerCode(), QStringLiteral("control_character"));
    scanField()->setText(QString(10000, QLatin1Char('7')));
    QTest::keyClick(scanField(), Qt::Key_Return);
    QCOMPARE(bannerCode(), QStringLiteral("scan_too_long"));
    QCOMPARE(wf::test::scalar(m_cache->database(), QStringLiteral("SELECT total_changes()")), changes);
}

void TestMainWindow::supervisorLogsInWithPin()
{
    typeScan(QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(pin && pin->isVisible());
    QTRY_VERIFY(pin->hasFocus());
    QTest::keyClicks(pin, QStringLiteral("1111"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(bannerCode(), QStringLiteral("wrong_pin"));
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("loginScreen"));
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("supervisorModeButton"))->isEnabled());
}

void TestMainWindow::onlySupervisorsChangePickSettings()
{
    typeScan(QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTRY_VERIFY(pin->hasFocus());
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTest::keyClick(currentScreen(), Qt::Key_1);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("pickScreen"));
    auto* box = currentScreen()->findChild<QGroupBox*>(QStringLiteral("pickSettingsGroupBox"));
    QVERIFY(box && box->isVisible());
    QSignalSpy stored(m_window.get(), &wf::ui::MainWindow::pickSettingsApplied);
    box->findChild<QSpinBox*>(QStringLiteral("batchSizeSpinBox"))->setValue(6);
    box->findChild<QCheckBox*>(QStringLiteral("supervisorForShortCheckBox"))->setChecked(true);
    box->findChild<QCheckBox*>(QStringLiteral("forceBinScanCheckBox"))->setChecked(false);
    auto* apply = box->findChild<QPushButton*>(QStringLiteral("applyPickSettingsButton"));
    QTest::mouseClick(apply, Qt::LeftButton); // no reason given: refused, nothing changes
    QCOMPARE(bannerCode(), QStringLiteral("reason_required"));
    QCOMPARE(stored.count(), 0);
    QVERIFY(m_services->pick->settings().forceBinScan);
    QTest::keyClicks(box->findChild<QLineEdit*>(QStringLiteral("settingsReasonLineEdit")),
                     QStringLiteral("peak week, bigger carts"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(stored.count(), 1);
    QCOMPARE(
        wf::test::scalarText(m_cache->database(),
                             QStringLiteral("SELECT operator_badge || ': ' || subject || ' / ' || detail FROM audit "
                                            "WHERE action = 'change_pick_settings' ORDER BY id DESC LIMIT 1")),
        QStringLiteral("S9001: bin scan on, supervisor for short off, batch 2 -> bin scan off, supervisor for "
                       "short on, batch 6 / peak week, bigger carts"));
    const auto settings = m_services->pick->settings();
    QCOMPARE(settings.batchSize, 6);
    QVERIFY(settings.supervisorForShort);
    QVERIFY(!settings.forceBinScan);
    QCOMPARE(stored.at(0).at(0).value<wf::workflows::PickSettings>().batchSize, 6);
    QCOMPARE(bannerCode(), QStringLiteral("settings_applied"));
    // A picker on the same station picks with them but cannot see or change them.
    m_window->logout();
    QTRY_VERIFY(scanField() && scanField()->hasFocus());
    typeScan(QStringLiteral("P1001"));
    QTest::keyClick(currentScreen(), Qt::Key_1);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("pickScreen"));
    QVERIFY(!currentScreen()->findChild<QGroupBox*>(QStringLiteral("pickSettingsGroupBox"))->isVisible());
}

void TestMainWindow::modesFollowTheRoles()
{
    typeScan(QStringLiteral("R3001")); // returns clerk only
    auto button = [this](const char* name) {
        return m_window->findChild<QPushButton*>(QString::fromLatin1(name));
    };
    QVERIFY(button("returnsModeButton")->isEnabled());
    QVERIFY(button("lookupModeButton")->isEnabled());
    QVERIFY(!button("pickModeButton")->isEnabled());
    QVERIFY(!button("packModeButton")->isEnabled());
    QVERIFY(!button("supervisorModeButton")->isEnabled());
    QTest::keyClick(currentScreen(), Qt::Key_6); // the key of a disabled mode does nothing
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("loginScreen"));
    QCOMPARE(visibleText("operatorStatusLabel"), QStringLiteral("Nobody logged in"));
}

void TestMainWindow::supervisorConsoleResolvesAuditsAndCharts()
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
    QTest::mouseClick(console->findChild<QPushButton*>(QStringLiteral("exportDashboardButton")), Qt::LeftButton);
    for (const char* name : {"figures-*.csv", "operators-*.csv", "scans-trend-*.csv", "exceptions-by-kind-*.csv"})
        QCOMPARE(QDir(folder->text()).entryList({QString::fromLatin1(name)}).size(), 1);
    QTest::keyClick(currentScreen(), Qt::Key_Escape);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
}

void TestMainWindow::germanOperatorSeesGerman()
{
    auto* lookupButton = m_window->findChild<QPushButton*>(QStringLiteral("lookupModeButton"));
    typeScan(QStringLiteral("P1002")); // Jonas Becker works in German
    QCOMPARE(wf::ui::LanguageSwitch::current(), QStringLiteral("de"));
    QCOMPARE(lookupButton->text(), QStringLiteral("4  Artikel suchen"));
    QCOMPARE(visibleText("operatorStatusLabel"), QStringLiteral("Mitarbeiter Jonas Becker (P1002)"));
    QTest::keyClick(currentScreen(), Qt::Key_4);
    typeScan(QStringLiteral("5901234123457"));
    QVERIFY(currentScreen()->findChild<wf::ui::VerdictBanner*>()->text().contains(QStringLiteral("unbekannt")));
    QTest::keyClick(m_window.get(), Qt::Key_F12);                    // the next person starts in English again
    QTRY_COMPARE(lookupButton->text(), QStringLiteral("4  Lookup")); // LanguageChange is posted
}

void TestMainWindow::simulatorInjectsScans()
{
    auto* simulator = m_window->findChild<wf::ui::ScanSimulatorPanel*>();
    QVERIFY(simulator);
    QVERIFY(simulator->hintCount() >= 3); // operators and an unknown badge
    simulator->injectRow(0);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QCOMPARE(simulator->hintCount(), 0); // nothing to scan on the home screen
    QTest::keyClick(currentScreen(), Qt::Key_4);
    QVERIFY(simulator->hintCount() >= 8); // a unit and a case barcode per packing class, and wrong ones
    simulator->injectRow(0);
    QCOMPARE(bannerCode(), QStringLiteral("item_found"));
    simulator->injectRow(simulator->hintCount() - 1);
    QCOMPARE(bannerCode(), QStringLiteral("invalid_check_digit"));
}

void TestMainWindow::simulatorOffersWhatTheStepNeeds()
{
    // The first hint is always what the step asks for: the tote, then the bin, then the item (or
    // its serial); at the bench the package, its items, its prompts. A list picked and a package
    // packed by "Scan" on the first row alone proves the hints follow every verdict.
    auto* simulator = m_window->findChild<wf::ui::ScanSimulatorPanel*>();
    QVERIFY(simulator);
    const auto refused = [](const QString& code) {
        for (const char* word : {"wrong", "needed", "unknown", "mismatch", "invalid", "in_use", "not_"})
            if (code.contains(QLatin1String(word)))
                return true;
        return false;
    };
    typeScan(QStringLiteral("P1001"));
    QTest::keyClick(currentScreen(), Qt::Key_1);
    QStringList codes;
    for (int guard = 0; bannerCode() != QLatin1String("list_done"); ++guard) {
        QVERIFY2(guard < 200 && simulator->hintCount() > 0, qPrintable(codes.join(QLatin1Char(' '))));
        simulator->injectRow(0);
        QCoreApplication::processEvents(); // the hints follow the verdict (queued)
        codes << bannerCode();
        QVERIFY2(!refused(codes.last()), qPrintable(codes.join(QLatin1Char(' '))));
    }
    QVERIFY(codes.contains(QStringLiteral("tote_bound")));
    QVERIFY(codes.contains(QStringLiteral("bin_confirmed")));
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_COMPARE(currentScreen()->objectName(), QStringLiteral("loginScreen"));
    QTRY_VERIFY(scanField()->hasFocus());
    typeScan(QStringLiteral("K2001"));
    QTest::keyClick(currentScreen(), Qt::Key_2);
    codes.clear();
    for (int guard = 0; simulator->hintCount() > 0; ++guard) {
        QVERIFY2(guard < 80, qPrintable(codes.join(QLatin1Char(' '))));
        simulator->injectRow(0);
        QCoreApplication::processEvents();
        codes << bannerCode();
        QVERIFY2(!refused(codes.last()), qPrintable(codes.join(QLatin1Char(' '))));
    }
    const auto view = m_services->pack->view();
    QVERIFY2(view.shipment && view.unitsTotal > 0 && view.unitsPacked == view.unitsTotal,
             qPrintable(codes.join(QLatin1Char(' '))));
    for (const auto& prompt : view.prompts)
        QVERIFY2(!prompt.acknowledgedBy.isEmpty(), qPrintable(prompt.code));
}

void TestMainWindow::feedbackFlashesTheVerdictColour()
{
    auto* overlay = m_window->findChild<QWidget*>(QStringLiteral("flashOverlay"));
    QVERIFY(overlay && !overlay->isVisible());
    typeScan(QStringLiteral("Z9999")); // unknown badge: error
    QCOMPARE(m_window->feedback().lastFlash(), wf::ui::Theme::verdictColour(wf::workflows::Verdict::Kind::Error));
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), m_window->rect());
    QTRY_VERIFY(!overlay->isVisible()); // a flash, not a curtain
    const int played = m_window->feedback().played();
    typeScan(QStringLiteral("P1001"));
    QCOMPARE(m_window->feedback().lastFlash(), wf::ui::Theme::verdictColour(wf::workflows::Verdict::Kind::Ok));
    QCOMPARE(m_window->feedback().played(), played + 1);
    m_window->feedback().setSound(false, 0);
    QTest::keyClick(currentScreen(), Qt::Key_4);
    typeScan(QStringLiteral("5901234123457"));
    QCOMPARE(m_window->feedback().played(), played + 1); // muted: flash only
    QCOMPARE(m_window->feedback().lastFlash(), wf::ui::Theme::verdictColour(wf::workflows::Verdict::Kind::Error));
}

void TestMainWindow::scannerBurstGoesThroughTheRouter()
{
    // Wired as the station wires it: wedge → router → window → screen; typed scans → router.
    auto now = std::chrono::steady_clock::now();
    wf::scanner::KeyboardWedge wedge({}, [&now] {
        return now;
    });
    wf::scanner::ScanRouter router;
    router.addSource(&wedge);
    connect(&router, &wf::scanner::ScanRouter::scanRouted, m_window.get(), &MainWindow::routeScan);
    connect(m_window.get(), &MainWindow::scanEntered, &router, &wf::scanner::ScanRouter::submit);
    qApp->installEventFilter(&wedge);
    auto burst = [&](const QString& text) {
        for (QChar ch : text) {
            now += std::chrono::milliseconds(3);
            QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
        }
        now += std::chrono::milliseconds(3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    };
    burst(QStringLiteral("P1001"));
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QTest::keyClick(currentScreen(), Qt::Key_4);
    burst(QStringLiteral("(01)0") + m_gtin + QStringLiteral("(10)LOT-1"));
    QCOMPARE(bannerCode(), QStringLiteral("item_found"));
    QCOMPARE(visibleText("skuValueLabel"), m_sku);
    QVERIFY(scanField()->text().isEmpty()); // the burst never landed in the field
    qApp->removeEventFilter(&wedge);
}

void TestMainWindow::scannersScreenLogsEveryEvent()
{
    typeScan(QStringLiteral("S9002"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTest::keyClicks(pin, QStringLiteral("1357"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    QTest::keyClick(currentScreen(), Qt::Key_7);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("scannerScreen"));
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("scannerSettingsGroupBox"))->isEnabled());
    auto* log = currentScreen()->findChild<QTableWidget*>(QStringLiteral("scanLogTableWidget"));
    const int before = log->rowCount();
    wf::scanner::ScanEvent scan;
    scan.text = QStringLiteral("0109506000134352") + QChar(0x1D) + QStringLiteral("10L1");
    scan.symbologyId = QStringLiteral("]C1");
    scan.raw = scan.text.toUtf8();
    scan.source = wf::scanner::ScanEvent::Source::Serial;
    scan.deviceId = QStringLiteral("/dev/ttyACM0");
    scan.interpretGs1();
    m_window->routeScan(scan);
    m_window->routeProblem(
        {QStringLiteral("garbage"), QStringLiteral("noise"), QByteArray("\xff"), QStringLiteral("/dev/ttyACM0")});
    QCOMPARE(log->rowCount(), before + 2);
    QCOMPARE(log->item(1, 5)->text(), QStringLiteral("(01)09506000134352(10)L1"));
    QCOMPARE(log->item(0, 3)->text(), QStringLiteral("garbage"));
    QCOMPARE(log->item(1, 4)->text().left(8), QStringLiteral("30 31 30"));
}

void TestMainWindow::pickerPicksATwoOrderBatch()
{
    typeScan(QStringLiteral("P1001"));
    QTest::keyClick(currentScreen(), Qt::Key_1);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("pickScreen"));
    QCOMPARE(bannerCode(), QStringLiteral("scan_tote"));
    typeScan(QStringLiteral("TOTE-GUI-1"));
    typeScan(QStringLiteral("TOTE-GUI-2"));
    QCOMPARE(bannerCode(), QStringLiteral("tote_bound"));
    auto code = [this](const QString& sku, const QString& except) {
        QSqlQuery q(m_cache->database());
        q.prepare(QStringLiteral("SELECT code FROM barcode WHERE kind = 'gtin' AND (sku = ? OR ? <> '') AND sku <> ? "
                                 "LIMIT 1"));
        const QString none = QStringLiteral(""); // a null QString would bind as SQL NULL
        q.addBindValue(sku.isNull() ? none : sku);
        q.addBindValue(except.isNull() ? none : except);
        q.addBindValue(except.isNull() ? none : except);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    bool wrongTried = false, shorted = false;
    int shortUnits = 0, guard = 0;
    while (const auto task = m_services->pick->view().task) {
        QVERIFY2(++guard < 100,
                 qPrintable(bannerCode() + QStringLiteral(" ")
                            + currentScreen()->findChild<wf::ui::VerdictBanner*>()->text()));
        QVERIFY(visibleText("binLabel").contains(task->locationCode));
        QVERIFY(visibleText("toteLabel").contains(task->tote));
        if (task->state == QLatin1String("pending")) {
            typeScan(task->locationCode);
            QCOMPARE(bannerCode(), QStringLiteral("bin_confirmed"));
        }
        if (!wrongTried) {
            typeScan(code(QString(), task->sku)); // another SKU's barcode
            QCOMPARE(bannerCode(), QStringLiteral("wrong_item"));
            wrongTried = true;
        } else if (!shorted) {
            auto* reason = currentScreen()->findChild<QComboBox*>(QStringLiteral("shortReasonComboBox"));
            reason->setCurrentIndex(reason->findData(QStringLiteral("damaged")));
            shortUnits = task->remaining();
            QTest::keyClick(currentScreen(), Qt::Key_F4);
            QCOMPARE(bannerCode(), QStringLiteral("short_recorded"));
            shorted = true;
            continue;
        }
        const QString unit = task->requiredSerial.isEmpty() ? code(task->sku, QString())
                                                            : QStringLiteral("(01)0") + code(task->sku, QString())
                                                                  + QStringLiteral("(21)") + task->requiredSerial;
        for (int i = 0; i < task->remaining(); ++i)
            typeScan(unit);
    }
    QCOMPARE(bannerCode(), QStringLiteral("list_done"));
    QVERIFY(shorted);
    const auto db = m_cache->database();
    const qint64 listUnits = wf::test::scalar(db,
                                              QStringLiteral("SELECT sum(k.quantity) FROM pick_task k JOIN pick_list "
                                                             "p ON p.id = k.pick_list_id WHERE p.station_id = "
                                                             "'ST-GUI'"));
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT sum(quantity) FROM movement WHERE station_id = 'ST-GUI' AND "
                                             "kind = 'pick'")),
             listUnits - shortUnits);
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM movement WHERE station_id = 'ST-GUI' AND kind "
                                             "= 'short' AND quantity = %1")
                                  .arg(shortUnits)),
             qint64(1));
    QCOMPARE(wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE station_id = 'ST-GUI'")),
             wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM scan_log WHERE station_id = 'ST-GUI' AND code IN "
                                             "('item_picked', 'task_done', 'list_done', 'short_recorded')")));
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM scan_log WHERE station_id = 'ST-GUI' AND code = "
                                             "'wrong_item'")),
             qint64(1));
    // Counted right after the verdict is drawn (queued behind it).
    QTRY_COMPARE(
        visibleText("pendingStatusLabel"),
        QStringLiteral("Pending movements: %1")
            .arg(wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE state = 'pending'"))));
}

void TestMainWindow::clerkProcessesAReturnOfEachPath()
{
    auto db = m_cache->database();
    auto rmaOf = [&](const char* path, bool serial) {
        return wf::test::scalarText(
            db,
            QStringLiteral("SELECT a.id FROM return_auth a JOIN return_line l ON l.rma_id = a.id "
                           "WHERE a.return_path = '%1' AND (l.shipped_serial <> '') = %2 "
                           "AND a.status = 'expected' ORDER BY a.id LIMIT 1")
                .arg(QLatin1String(path))
                .arg(serial ? 1 : 0));
    };
    auto gtinOf = [&](const QString& rma) {
        return wf::test::scalarText(
            db,
            QStringLiteral("SELECT b.code FROM barcode b JOIN return_line l ON l.sku = b.sku "
                           "WHERE l.rma_id = '%1' AND b.kind = 'gtin' AND b.quantity = 1 LIMIT 1")
                .arg(rma));
    };
    const QString refundOnly = rmaOf("refund_only", false);
    const QString hub = rmaOf("inspect_at_hub", false);
    const QString proof = rmaOf("return_with_proof", true);
    QVERIFY(!refundOnly.isEmpty() && !hub.isEmpty() && !proof.isEmpty());
    auto click = [this](const char* name) {
        auto* button = currentScreen()->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
    };
    auto gradeAs = [this, &click](const QString& grade, const QString& reason) {
        auto* grades = currentScreen()->findChild<QComboBox*>(QStringLiteral("gradeComboBox"));
        auto* reasons = currentScreen()->findChild<QComboBox*>(QStringLiteral("reasonComboBox"));
        grades->setCurrentIndex(grades->findData(grade));
        reasons->setCurrentIndex(reasons->findData(reason));
        click("gradeButton");
    };
    typeScan(QStringLiteral("R3001"));
    QTest::keyClick(currentScreen(), Qt::Key_3);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("returnsScreen"));
    QCOMPARE(bannerCode(), QStringLiteral("scan_return"));

    // Low value: nothing comes back, the clerk records the refund.
    typeScan(refundOnly);
    QCOMPARE(bannerCode(), QStringLiteral("return_opened"));
    QVERIFY(visibleText("returnHeaderLabel").contains(refundOnly));
    click("refundButton");
    QCOMPARE(bannerCode(), QStringLiteral("refunded"));

    // Normal value: inspected at the hub, graded D and rejected to hold, then replaced.
    typeScan(hub);
    typeScan(gtinOf(hub));
    QCOMPARE(bannerCode(), QStringLiteral("item_received"));
    gradeAs(QStringLiteral("D"), QStringLiteral("defective"));
    QCOMPARE(bannerCode(), QStringLiteral("graded"));
    click("rejectButton");
    QCOMPARE(bannerCode(), QStringLiteral("restock_rejected"));
    click("replaceButton");
    QCOMPARE(bannerCode(), QStringLiteral("replaced"));

    // High value: the serial that comes back is not the one shipped; proof and the right serial.
    typeScan(proof);
    const QString shipped = wf::test::scalarText(
        db, QStringLiteral("SELECT shipped_serial FROM return_line WHERE rma_id = '%1'").arg(proof));
    typeScan(QStringLiteral("(01)%1(21)%2X").arg(gtinOf(proof).rightJustified(14, QLatin1Char('0')), shipped));
    QCOMPARE(bannerCode(), QStringLiteral("serial_mismatch"));
    gradeAs(QStringLiteral("A"), QStringLiteral("changed_mind"));
    click("approveButton");
    QCOMPARE(bannerCode(), QStringLiteral("proof_required"));
    QImage photo(80, 60, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    const QString photoPath = m_dir.filePath(QStringLiteral("proof.jpg"));
    QVERIFY(photo.save(photoPath, "JPG"));
    // Typed, not chosen with the mouse: the path completes from the folder, Enter attaches it.
    auto* photoField = currentScreen()->findChild<QLineEdit*>(QStringLiteral("photoPathLineEdit"));
    QVERIFY(photoField && photoField->completer());
    photoField->setFocus();
    QTest::keyClicks(photoField, m_dir.filePath(QStringLiteral("pro")));
    QTRY_COMPARE(photoField->completer()->currentCompletion(), photoPath);
    QTRY_VERIFY(photoField->completer()->popup()->isVisible());
    QTest::keyClick(photoField->completer()->popup(), Qt::Key_Down);
    // Enter on the completion takes it and attaches the photo at once.
    QTest::keyClick(photoField->completer()->popup(), Qt::Key_Return);
    QCOMPARE(bannerCode(), QStringLiteral("photo_attached"));
    click("approveButton");
    QCOMPARE(bannerCode(), QStringLiteral("serial_mismatch"));
    typeScan(shipped);
    QCOMPARE(bannerCode(), QStringLiteral("serial_recorded"));
    click("approveButton");
    QCOMPARE(bannerCode(), QStringLiteral("restock_approved"));
    click("refundButton");
    QCOMPARE(bannerCode(), QStringLiteral("refunded"));

    // Inventory changed exactly once per inspected line, and not at all for the refund-only one.
    auto count = [&](const QString& kind, const QString& rma) {
        return wf::test::scalar(
            db,
            QStringLiteral("SELECT count(*) FROM movement WHERE kind = '%1' AND reference LIKE 'rma:%2/%'")
                .arg(kind, rma));
    };
    QCOMPARE(count(QStringLiteral("return_restock"), refundOnly) + count(QStringLiteral("return_hold"), refundOnly),
             qint64(0));
    QCOMPARE(count(QStringLiteral("return_hold"), hub), qint64(1));
    QCOMPARE(count(QStringLiteral("return_restock"), hub), qint64(0));
    QCOMPARE(count(QStringLiteral("return_restock"), proof), qint64(1));
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM return_auth WHERE status = 'closed' AND id IN "
                                             "('%1', '%2', '%3')")
                                  .arg(refundOnly, hub, proof)),
             qint64(3));
    QCOMPARE(
        wf::test::scalar(
            db,
            QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'serial_mismatch' AND reference LIKE '%1/%'")
                .arg(proof)),
        qint64(1));
}

void TestMainWindow::packerPacksASplitOrderWithAFragileAndABatteryItem()
{
    auto db = m_cache->database();
    auto skuWhere = [&](const char* condition) {
        return wf::test::scalarText(db,
                                    QStringLiteral("SELECT sku FROM product WHERE is_bundle = 0 AND %1 ORDER BY sku "
                                                   "LIMIT 1")
                                        .arg(QLatin1String(condition)));
    };
    const QString vase = skuWhere("packing_class = 'fragile'");
    const QString cell = skuWhere("restriction_tags = 'battery_li_ion'");
    // Order G-1 to Australia in two packages: the vase, and a loose lithium battery.
    QSqlQuery q(db);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO orders (id, channel, customer_name, address_line, city, postal_code, "
                         "destination_country, service_level, ship_by, declared_value_minor, currency, status, "
                         "created_at) VALUES ('G-1', 'shop', 'Olivia Brown', '5 George St', 'Sydney', '2000', 'AU', "
                         "'standard', 1800000000000, 0, 'EUR', 'picking', 1790000000000)"),
          QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, "
                         "tracking_number, label_barcode, status) VALUES ('G-1-1', 'G-1', 1, 2, 'DHL', 'standard', "
                         "'JD0146000000000001', 'JD0146000000000001', 'picked'), ('G-1-2', 'G-1', 2, 2, 'DHL', "
                         "'standard', 'JD0146000000000002', 'JD0146000000000002', 'picked')"),
          QStringLiteral("INSERT INTO shipment_line (shipment_id, line_no, sku, quantity) VALUES ('G-1-1', 1, '%1', "
                         "1), ('G-1-2', 1, '%2', 1)")
              .arg(vase, cell)})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    auto click = [this](const char* name) {
        auto* button = currentScreen()->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button && button->isVisible(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    };
    auto unitCode = [&](const QString& sku) {
        return wf::test::scalarText(
            db,
            QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND kind = 'gtin' AND quantity = 1 LIMIT 1")
                .arg(sku));
    };
    auto prompts = [this] {
        auto* list = currentScreen()->findChild<QListWidget*>(QStringLiteral("promptList"));
        QStringList texts;
        for (int i = 0; list && i < list->count(); ++i)
            texts << list->item(i)->text();
        return texts;
    };
    typeScan(QStringLiteral("K2001"));
    QTest::keyClick(currentScreen(), Qt::Key_2);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("packScreen"));
    QCOMPARE(bannerCode(), QStringLiteral("scan_package"));
    QVERIFY(!currentScreen()->findChild<QWidget*>(QStringLiteral("playbookPanel"))->isVisible());

    // Package 2 first: the battery may not fly to Australia. Blocked before any item is scanned.
    typeScan(QStringLiteral("G-1-2"));
    QCOMPARE(bannerCode(), QStringLiteral("restricted_destination"));
    QVERIFY(visibleText("packageHeaderLabel").contains(QStringLiteral("package 2 of 2")));
    QVERIFY(visibleText("packNotesLabel").contains(QStringLiteral("AU")));
    typeScan(unitCode(cell));
    QCOMPARE(bannerCode(), QStringLiteral("unknown_package"));

    // Package 1: the vase. Order id for the customer, shipment id for the package.
    typeScan(QStringLiteral("G-1-1"));
    QCOMPARE(bannerCode(), QStringLiteral("package_open"));
    QVERIFY(visibleText("packageHeaderLabel").contains(QStringLiteral("Order G-1 · package 1 of 2 · shipment G-1-1")));
    QVERIFY2(prompts().join(QLatin1Char('|')).contains(QStringLiteral("☐  Wrap each fragile item")),
             qPrintable(prompts().join(QLatin1Char('|'))));
    typeScan(unitCode(vase));
    QCOMPARE(bannerCode(), QStringLiteral("line_packed"));
    QTest::keyClick(currentScreen(), Qt::Key_F5); // close before confirming: refused
    QCOMPARE(bannerCode(), QStringLiteral("prompts_open"));
    QTest::keyClick(currentScreen(), Qt::Key_F2);
    QCOMPARE(bannerCode(), QStringLiteral("prompt_acknowledged"));
    QVERIFY(prompts().value(0).startsWith(QStringLiteral("☑")));
    // The scale reports; F4 takes its steady reading.
    const int expected = m_services->pack->view().weight.expectedG;
    m_window->setScaleReading(expected + 400, false);
    m_window->setScaleReading(expected + 10, true);
    QVERIFY(visibleText("scaleLabel").contains(QString::number(expected + 10)));
    QTest::keyClick(currentScreen(), Qt::Key_F4);
    QCOMPARE(bannerCode(), QStringLiteral("weight_ok"));
    click("closePackageButton");
    QCOMPARE(bannerCode(), QStringLiteral("package_closed"));
    click("printLabelButton");
    QTRY_COMPARE(bannerCode(), QStringLiteral("label_printed")); // printed on a worker thread
    const QString label = wf::printing::LabelOutput::folderBeside(m_cache->path()) + QStringLiteral("/G-1-1.zpl");
    QVERIFY(QFile::exists(label));
    // The wrong label on the box is caught; the right one ships the package.
    typeScan(QStringLiteral("G-1-1"));
    QCOMPARE(bannerCode(), QStringLiteral("package_scanned"));
    typeScan(QStringLiteral("JD0146000000000002"));
    QCOMPARE(bannerCode(), QStringLiteral("label_mismatch"));
    typeScan(QStringLiteral("JD0146000000000001"));
    QCOMPARE(bannerCode(), QStringLiteral("label_scanned"));
    typeScan(QStringLiteral("G-1-1"));
    QCOMPARE(bannerCode(), QStringLiteral("shipped"));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT group_concat(id || ':' || status, ' ') FROM (SELECT * FROM "
                                                 "shipment WHERE order_id = 'G-1' ORDER BY id)")),
             QStringLiteral("G-1-1:shipped G-1-2:picked"));
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'ship' AND reference LIKE "
                                             "'shipment:G-1-%'")),
             qint64(1));
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM exception WHERE order_id = 'G-1' AND kind IN "
                                             "('restricted_destination', 'split_shipment', 'label_mismatch')")),
             qint64(3));
}

void TestMainWindow::onlySupervisorsEditThePlaybook()
{
    logInAsSupervisor();
    QTest::keyClick(currentScreen(), Qt::Key_2);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("packScreen"));
    auto* panel = currentScreen()->findChild<QWidget*>(QStringLiteral("playbookPanel"));
    QVERIFY(panel && panel->isVisible());
    auto* rules = currentScreen()->findChild<QTableWidget*>(QStringLiteral("playbookTable"));
    QVERIFY(rules->rowCount() >= 6);
    // Change the fragile prompt's text in the table: saved, audited, used from the next package.
    int fragile = -1;
    for (int row = 0; row < rules->rowCount(); ++row)
        if (rules->item(row, 3)->text() == QLatin1String("extra_protection"))
            fragile = row;
    QVERIFY(fragile >= 0);
    rules->item(fragile, 4)->setText(QStringLiteral("Double-box every fragile item"));
    QCOMPARE(bannerCode(), QStringLiteral("reason_required")); // refused without a reason; the table shows it as it is
    QCOMPARE(rules->item(fragile, 4)->text(), QStringLiteral("Wrap each fragile item in bubble wrap; fill voids"));
    QTest::keyClicks(currentScreen()->findChild<QLineEdit*>(QStringLiteral("ruleReasonLineEdit")),
                     QStringLiteral("breakage claims in November"));
    rules->item(fragile, 4)->setText(QStringLiteral("Double-box every fragile item"));
    QCOMPARE(bannerCode(), QStringLiteral("rule_saved"));
    QCOMPARE(wf::test::scalarText(m_cache->database(),
                                  QStringLiteral("SELECT prompt_text FROM packing_rule WHERE prompt_code = "
                                                 "'extra_protection'")),
             QStringLiteral("Double-box every fragile item"));
    QCOMPARE(wf::test::scalar(m_cache->database(),
                              QStringLiteral("SELECT count(*) FROM audit WHERE action = 'edit_packing_rule' AND "
                                             "operator_badge = 'S9001'")),
             qint64(1));
    QCOMPARE(m_services->pack->packingRules().value(fragile).promptText,
             QStringLiteral("Double-box every fragile item"));
}

void TestMainWindow::syncStatusShowsOnTheBarAndTheSyncScreen()
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
}

void TestMainWindow::scannerSettingsChangeNeedsAReason()
{
    typeScan(QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTRY_VERIFY(pin->hasFocus());
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTest::keyClick(currentScreen(), Qt::Key_7);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("scannerScreen"));
    QSignalSpy applied(m_window.get(), &wf::ui::MainWindow::scannerSettingsApplied);
    auto* apply = currentScreen()->findChild<QPushButton*>(QStringLiteral("applyScannerSettingsButton"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("reason_required"));
    QCOMPARE(applied.count(), 0);
    QTest::keyClicks(currentScreen()->findChild<QLineEdit*>(QStringLiteral("settingsReasonLineEdit")),
                     QStringLiteral("new scanner on bench 2"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("change_recorded"));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(
        wf::test::scalarText(m_cache->database(),
                             QStringLiteral("SELECT detail FROM audit WHERE action = 'change_scanner_settings' ORDER "
                                            "BY id DESC LIMIT 1")),
        QStringLiteral("new scanner on bench 2"));
}

void TestMainWindow::logInAsSupervisor()
{
    typeScan(QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(pin);
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
}

QString TestMainWindow::insertPickedPackage(const QString& orderId, const QString& tracking, int units)
{
    auto db = m_cache->database();
    const QString sku = wf::test::scalarText(
        db,
        QStringLiteral("SELECT p.sku FROM product p WHERE p.is_bundle = 0 AND p.packing_class = 'standard' AND "
                       "p.restriction_tags = '' AND EXISTS (SELECT 1 FROM barcode b WHERE b.sku = p.sku AND "
                       "b.kind = 'gtin' AND b.quantity = 1) ORDER BY p.sku LIMIT 1"));
    const QString shipment = orderId + QStringLiteral("-1");
    QSqlQuery q(db);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO orders (id, channel, customer_name, address_line, city, postal_code, "
                         "destination_country, service_level, ship_by, declared_value_minor, currency, status, "
                         "created_at) VALUES ('%1', 'shop', 'Jonas Weber', 'Hauptstr. 1', 'Berlin', '10115', 'DE', "
                         "'standard', 1800000000000, 0, 'EUR', 'picking', 1790000000000)")
              .arg(orderId),
          QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, "
                         "tracking_number, label_barcode, status) VALUES ('%1', '%2', 1, 1, 'DHL', 'standard', "
                         "'%3', '%3', 'picked')")
              .arg(shipment, orderId, tracking),
          QStringLiteral("INSERT INTO shipment_line (shipment_id, line_no, sku, quantity) VALUES ('%1', 1, '%2', %3)")
              .arg(shipment, sku)
              .arg(units)})
        if (!q.exec(sql))
            qFatal("cannot insert a package: %s", qPrintable(q.lastError().text()));
    return wf::test::scalarText(
        db,
        QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND kind = 'gtin' AND quantity = 1 LIMIT 1")
            .arg(sku));
}

void TestMainWindow::openOneItemPackage(const QString& orderId, const QString& tracking)
{
    const QString unit = insertPickedPackage(orderId, tracking, 1);
    typeScan(QStringLiteral("K2001"));
    QTest::keyClick(currentScreen(), Qt::Key_2);
    typeScan(orderId + QStringLiteral("-1"));
    QCOMPARE(bannerCode(), QStringLiteral("package_open"));
    typeScan(unit);
    while (m_services->pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
}

void TestMainWindow::aStalledPrinterLeavesTheScreenLive()
{
    // A network printer that takes the connection and never reads (paused, jammed): the Pack
    // screen says "printing…", keeps painting and answering, and after the bounded wait says the
    // label was not printed — nothing counted, nothing audited.
    const int stalled = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(stalled, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    QCOMPARE(::listen(stalled, 4), 0); // the kernel takes the connection; nobody ever reads it
    socklen_t length = sizeof(address);
    ::getsockname(stalled, reinterpret_cast<sockaddr*>(&address), &length);
    const quint16 port = ntohs(address.sin_port);
    m_services->pack->setOutput(
        [port](const wf::printing::ShippingLabel& label, const QString& format) -> wf::Result<QString> {
            auto bytes = label.render(format);
            if (!bytes)
                return std::unexpected(bytes.error());
            if (auto sent = wf::printing::RawPrinter::send(*bytes, QStringLiteral("127.0.0.1"), port); !sent)
                return std::unexpected(sent.error());
            return QStringLiteral("tcp:127.0.0.1:%1").arg(port);
        });
    auto db = m_cache->database();
    openOneItemPackage(QStringLiteral("STALL-1"), QStringLiteral("JD0146000000009001"));
    m_window->setScaleReading(m_services->pack->view().weight.expectedG, true);
    QTest::keyClick(currentScreen(), Qt::Key_F4);
    auto* close = currentScreen()->findChild<QPushButton*>(QStringLiteral("closePackageButton"));
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("package_closed"));
    const qint64 auditBefore =
        wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'label_print'"));

    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] {
        ++ticks;
    });
    heartbeat.start(20);
    QElapsedTimer clock;
    clock.start();
    auto* print = currentScreen()->findChild<QPushButton*>(QStringLiteral("printLabelButton"));
    QTest::mouseClick(print, Qt::LeftButton);
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed()))); // the click came back at once
    QCOMPARE(bannerCode(), QStringLiteral("label_printing"));
    QVERIFY(!print->isEnabled());
    typeScan(QStringLiteral("JD0146000000009001")); // the label is not out yet
    QCOMPARE(bannerCode(), QStringLiteral("label_printing"));
    QTRY_COMPARE_WITH_TIMEOUT(bannerCode(), QStringLiteral("label_not_printed"), 8000);
    // 150 ticks of 20 ms in the 3 s wait if the loop never stalls; a loaded machine may drop some.
    QVERIFY2(ticks >= 50, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(clock.elapsed())));
    QVERIFY(print->isEnabled());
    QCOMPARE(wf::test::scalar(db, QStringLiteral("SELECT label_prints FROM shipment WHERE id = 'STALL-1-1'")),
             qint64(0));
    QCOMPARE(wf::test::scalarText(db, QStringLiteral("SELECT status FROM shipment WHERE id = 'STALL-1-1'")),
             QStringLiteral("packed"));
    QCOMPARE(wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'label_print'")),
             auditBefore);
    ::close(stalled);
}

void TestMainWindow::fiftyWrongPinsAtTheBenchLockTheSupervisor()
{
    // A weight outside the tolerance waits for a supervisor at the Pack screen; someone types 50
    // PINs into the supervisor fields, key by key as a keyboard sends them. After the fifth the
    // badge is locked — the right PIN too — and nothing is accepted.
    auto db = m_cache->database();
    const auto unlock = qScopeGuard([db] {
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM pin_attempt"));
    });
    const qint64 overridesBefore =
        wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'override_weight'"));
    openOneItemPackage(QStringLiteral("PINS-1"), QStringLiteral("JD0146000000009201"));
    m_window->setScaleReading(m_services->pack->view().weight.expectedG + 5000, true);
    QTest::keyClick(currentScreen(), Qt::Key_F4);
    QCOMPARE(bannerCode(), QStringLiteral("weight_mismatch"));
    auto* reason = currentScreen()->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"));
    auto* badge = currentScreen()->findChild<QLineEdit*>(QStringLiteral("supervisorBadgeLineEdit"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("supervisorPinLineEdit"));
    QVERIFY(reason && badge && pin);
    QVERIFY(badge->isVisible() && pin->isVisible());
    QTest::keyClicks(reason, QStringLiteral("heavy packing"));
    QStringList codes;
    for (int i = 0; i < 51; ++i) {
        badge->clear();
        QTest::keyClicks(badge, QStringLiteral("S9001"));
        QVERIFY2(pin->isVisible(), qPrintable(QString::number(i))); // still there after a refusal
        QTest::keyClicks(pin, i < 50 ? QString::number(3000 + i) : QStringLiteral("2468"));
        QTest::keyClick(pin, Qt::Key_Return);
        codes << bannerCode();
    }
    QCOMPARE(codes.mid(0, 4), QStringList(4, QStringLiteral("wrong_pin")));
    QCOMPARE(codes.mid(4), QStringList(47, QStringLiteral("pin_locked")));
    QCOMPARE(wf::test::scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'override_weight'")),
             overridesBefore);
    QVERIFY(wf::test::scalar(db,
                             QStringLiteral("SELECT count(*) FROM audit WHERE action = 'approval_wrong_pin' AND "
                                            "subject = 'S9001'"))
            >= 51);
}

void TestMainWindow::wrongPinsAtLoginLockTheApprovalsToo()
{
    // One gate for every PIN: five wrong ones at the login screen lock the badge at the bench too.
    auto db = m_cache->database();
    const auto unlock = qScopeGuard([db] {
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM pin_attempt"));
    });
    typeScan(QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(pin && pin->isVisible());
    QStringList codes;
    for (const char* typed : {"1111", "2222", "3333", "4444", "5555", "2468"}) {
        if (!pin->isVisible()) // after the lock the screen asks for the badge again
            typeScan(QStringLiteral("S9001"));
        QTRY_VERIFY(pin->isVisible());
        QTest::keyClicks(pin, QString::fromLatin1(typed));
        QTest::keyClick(pin, Qt::Key_Return);
        codes << bannerCode();
    }
    QCOMPARE(codes,
             (QStringList{QStringLiteral("wrong_pin"),
                          QStringLiteral("wrong_pin"),
                          QStringLiteral("wrong_pin"),
                          QStringLiteral("wrong_pin"),
                          QStringLiteral("pin_locked"),
                          QStringLiteral("pin_locked")}));
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("loginScreen"));
    openOneItemPackage(QStringLiteral("LOCK-1"), QStringLiteral("JD0146000000009301"));
    m_window->setScaleReading(m_services->pack->view().weight.expectedG + 5000, true);
    QTest::keyClick(currentScreen(), Qt::Key_F4);
    QCOMPARE(bannerCode(), QStringLiteral("weight_mismatch"));
    QTest::keyClicks(currentScreen()->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit")),
                     QStringLiteral("heavy packing"));
    QTest::keyClicks(currentScreen()->findChild<QLineEdit*>(QStringLiteral("supervisorBadgeLineEdit")),
                     QStringLiteral("S9001"));
    auto* approvalPin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("supervisorPinLineEdit"));
    QTest::keyClicks(approvalPin, QStringLiteral("2468"));
    QTest::keyClick(approvalPin, Qt::Key_Return);
    QCOMPARE(bannerCode(), QStringLiteral("pin_locked"));
}

void TestMainWindow::aScannedSupervisorBadgeFillsTheBadgeField()
{
    // Before: "S9001 is not a known barcode", the badge field 11 Tabs away.
    openOneItemPackage(QStringLiteral("BADGE-1"), QStringLiteral("JD0146000000009401"));
    m_window->setScaleReading(m_services->pack->view().weight.expectedG + 5000, true);
    QTest::keyClick(currentScreen(), Qt::Key_F4);
    QCOMPARE(bannerCode(), QStringLiteral("weight_mismatch"));
    QTest::keyClicks(currentScreen()->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit")),
                     QStringLiteral("heavy packing"));
    scanField()->setFocus();
    typeScan(QStringLiteral("S9001"));
    QCOMPARE(bannerCode(), QStringLiteral("pin_required"));
    QCOMPARE(currentScreen()->findChild<QLineEdit*>(QStringLiteral("supervisorBadgeLineEdit"))->text(),
             QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("supervisorPinLineEdit"));
    QTRY_VERIFY(pin->hasFocus());
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(bannerCode(), QStringLiteral("weight_accepted"));
}

void TestMainWindow::quantityKeyComesAfterOneScanAndAsksForEnter()
{
    typeScan(QStringLiteral("P1001")); // an English-speaking picker: the hints are read below
    QTest::keyClick(currentScreen(), Qt::Key_1);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("pickScreen"));
    for (int i = 0; m_services->pick->view().bindingTotes && i < 20; ++i)
        typeScan(QStringLiteral("TOTE-QTY-%1").arg(i));
    QVERIFY(m_services->pick->view().task);
    QVERIFY2(scanField()->placeholderText().startsWith(QStringLiteral("Scan")), // the hint is the step's
             qPrintable(scanField()->placeholderText()));
    // Four units to pick here, whatever the list held (the list is read again when Pick reopens).
    QVERIFY(QSqlQuery(m_cache->database())
                .exec(QStringLiteral("UPDATE pick_task SET quantity = picked_qty + short_qty + 4 WHERE id = %1")
                          .arg(m_services->pick->view().task->id)));
    QTest::keyClick(scanField(), Qt::Key_Escape);
    QTest::keyClick(currentScreen(), Qt::Key_1);
    const auto task = *m_services->pick->view().task;
    QCOMPARE(task.remaining(), 4);
    if (task.state == QLatin1String("pending")) {
        QCOMPARE(scanField()->placeholderText(), QStringLiteral("Scan bin ") + task.locationCode);
        typeScan(task.locationCode);
    }
    QCOMPARE(scanField()->placeholderText(), QStringLiteral("Scan %1 (4 left)").arg(task.sku));
    QTest::keyClick(currentScreen(), Qt::Key_F2);
    QCOMPARE(bannerCode(), QStringLiteral("scan_item_first")); // before: the task was done, no item scanned
    typeScan(wf::test::scalarText(
        m_cache->database(),
        QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND quantity = 1 ORDER BY kind LIMIT 1")
            .arg(task.sku)));
    QCOMPARE(bannerCode(), QStringLiteral("item_picked"));
    auto* quantity = currentScreen()->findChild<QSpinBox*>(QStringLiteral("quantitySpinBox"));
    QCOMPARE(quantity->maximum(), 3);
    quantity->setValue(3);
    QTest::keyClick(currentScreen(), Qt::Key_F2);
    QCOMPARE(bannerCode(), QStringLiteral("quantity_confirm"));
    QTest::keyClick(scanField(), Qt::Key_Escape); // Esc cancels, it does not leave
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("pickScreen"));
    QCOMPARE(m_services->pick->view().task->picked, 1);
    QTest::keyClick(currentScreen(), Qt::Key_F2);
    QCOMPARE(bannerCode(), QStringLiteral("quantity_confirm"));
    QTest::keyClick(scanField(), Qt::Key_Return); // Enter on the empty field confirms
    QVERIFY2(bannerCode() == QLatin1String("task_done") || bannerCode() == QLatin1String("list_done"),
             qPrintable(bannerCode()));
    QCOMPARE(wf::test::scalar(m_cache->database(),
                              QStringLiteral("SELECT picked_qty FROM pick_task WHERE id = %1").arg(task.id)),
             qint64(task.picked + 4));
}

void TestMainWindow::theNextOperatorStartsClean()
{
    // Before: grade, reason, notes and the last message carried over to the next operator.
    typeScan(QStringLiteral("R3001"));
    QTest::keyClick(currentScreen(), Qt::Key_3);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("returnsScreen"));
    auto* grade = currentScreen()->findChild<QComboBox*>(QStringLiteral("gradeComboBox"));
    auto* reason = currentScreen()->findChild<QComboBox*>(QStringLiteral("reasonComboBox"));
    auto* notes = currentScreen()->findChild<QLineEdit*>(QStringLiteral("notesLineEdit"));
    grade->setCurrentIndex(grade->count() - 1);
    reason->setCurrentIndex(reason->count() - 1);
    QTest::keyClicks(notes, QStringLiteral("box crushed, item fine"));
    scanField()->setFocus();
    typeScan(QStringLiteral("NOT-AN-RMA"));
    QVERIFY(!bannerCode().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("loginScreen"));
    QTRY_VERIFY(scanField() && scanField()->hasFocus());
    logInAsSupervisor();
    QTest::keyClick(currentScreen(), Qt::Key_3);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("returnsScreen"));
    QCOMPARE(grade->currentIndex(), 0);
    QCOMPARE(reason->currentIndex(), 0);
    QCOMPARE(notes->text(), QString());
    QCOMPARE(bannerCode(), QStringLiteral("scan_return")); // this operator's prompt, not the last one's error
}

void TestMainWindow::escAsksBeforeLeavingAHalfPackedPackage()
{
    const QString unit = insertPickedPackage(QStringLiteral("HALF-1"), QStringLiteral("JD0146000000009501"), 2);
    typeScan(QStringLiteral("K2001"));
    QTest::keyClick(currentScreen(), Qt::Key_2);
    typeScan(QStringLiteral("HALF-1-1"));
    typeScan(unit);
    QCOMPARE(bannerCode(), QStringLiteral("item_packed")); // 1 of 2
    QTest::keyClick(scanField(), Qt::Key_Escape);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("packScreen")); // a stray Esc does not leave it
    QCOMPARE(bannerCode(), QStringLiteral("leave_half_packed"));
    QTest::keyClick(scanField(), Qt::Key_Escape);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    // The next packer is told.
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_VERIFY(scanField() && scanField()->hasFocus());
    typeScan(QStringLiteral("K2002"));
    QTest::keyClick(currentScreen(), Qt::Key_2);
    typeScan(QStringLiteral("HALF-1-1")); // Felix Hoffmann reads German
    QVERIFY2(currentScreen()->findChild<wf::ui::VerdictBanner*>()->toolTip().contains(QStringLiteral("halb gepackt")),
             qPrintable(currentScreen()->findChild<wf::ui::VerdictBanner*>()->toolTip()));
}

void TestMainWindow::exceptionsResolveWithEnterAndTabLeavesTheTable()
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
