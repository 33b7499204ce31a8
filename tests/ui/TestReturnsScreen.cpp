#include "StationWindowFixture.h"

/// The station window offscreen: the Returns screen: a return of each path, graded and approved by keys.
class TestReturnsScreen : public StationWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCache(QStringLiteral("returnsscreen.sqlite")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void clerkProcessesAReturnOfEachPath();
};

void TestReturnsScreen::clerkProcessesAReturnOfEachPath()
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

QTEST_MAIN(TestReturnsScreen)
#include "TestReturnsScreen.moc"
