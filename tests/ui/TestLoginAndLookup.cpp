#include "StationWindowFixture.h"

/// The station window offscreen: the login, home and lookup screens: badges, PINs and their lockout, modes by role, the
/// language, the next operator.
class TestLoginAndLookup : public StationWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCache(QStringLiteral("loginandlookup.sqlite")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void pickerLogsInAndLooksUpAnItem();
    void unknownAndBadScansInLookup();
    void supervisorLogsInWithPin();
    void modesFollowTheRoles();
    void germanOperatorSeesGerman();
    void theNextOperatorStartsClean();
    void aScannedSupervisorBadgeFillsTheBadgeField();
    void wrongPinsAtLoginLockTheApprovalsToo();
};

void TestLoginAndLookup::pickerLogsInAndLooksUpAnItem()
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

void TestLoginAndLookup::unknownAndBadScansInLookup()
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

void TestLoginAndLookup::supervisorLogsInWithPin()
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

void TestLoginAndLookup::modesFollowTheRoles()
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

void TestLoginAndLookup::germanOperatorSeesGerman()
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

void TestLoginAndLookup::theNextOperatorStartsClean()
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

void TestLoginAndLookup::aScannedSupervisorBadgeFillsTheBadgeField()
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

void TestLoginAndLookup::wrongPinsAtLoginLockTheApprovalsToo()
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

QTEST_MAIN(TestLoginAndLookup)
#include "TestLoginAndLookup.moc"
