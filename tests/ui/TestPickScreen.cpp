#include "StationWindowFixture.h"

/// The station window offscreen: the Pick screen: a batch picked by scans and keys, the quantity key, who changes the
/// pick settings.
class TestPickScreen : public StationWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCache(QStringLiteral("pickscreen.sqlite")); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void onlySupervisorsChangePickSettings();
    void pickerPicksATwoOrderBatch();
    void quantityKeyComesAfterOneScanAndAsksForEnter();
};

void TestPickScreen::onlySupervisorsChangePickSettings()
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

void TestPickScreen::pickerPicksATwoOrderBatch()
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

void TestPickScreen::quantityKeyComesAfterOneScanAndAsksForEnter()
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

QTEST_MAIN(TestPickScreen)
#include "TestPickScreen.moc"
