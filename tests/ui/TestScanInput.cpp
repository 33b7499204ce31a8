#include "StationWindowFixture.h"

/// The station window offscreen: scans reaching the window: the demo's simulator, the verdict's flash, a scanner burst
/// through the router, the Scanners screen and its settings.
class TestScanInput : public StationWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCache(QStringLiteral("scaninput.sqlite")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void simulatorInjectsScans();
    void simulatorOffersWhatTheStepNeeds();
    void feedbackFlashesTheVerdictColour();
    void scannerBurstGoesThroughTheRouter();
    void scannersScreenLogsEveryEvent();
    void scannerSettingsChangeNeedsAReason();
};

void TestScanInput::simulatorInjectsScans()
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

void TestScanInput::simulatorOffersWhatTheStepNeeds()
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

void TestScanInput::feedbackFlashesTheVerdictColour()
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

void TestScanInput::scannerBurstGoesThroughTheRouter()
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

void TestScanInput::scannersScreenLogsEveryEvent()
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

void TestScanInput::scannerSettingsChangeNeedsAReason()
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

QTEST_MAIN(TestScanInput)
#include "TestScanInput.moc"
