#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "support/EnglishOnScreen.h"
#include "support/TestCache.h"
#include "ui/LanguageSwitch.h"
#include "ui/MainWindow.h"
#include "ui/VerdictBanner.h"
#include "workflows/pack/PackSession.h"
#include "workflows/pick/PickSession.h"
#include "workflows/station/FloorServices.h"

using wf::ui::MainWindow;

/// A German shift through the real screens: picker P1002, packer K2002, supervisor S9002 at the
/// returns bench and the console. After every step, nothing visible may be English — neither a
/// string of ours left untranslated nor text made outside tr() — codes and the seller's data aside.
class TestGermanShift : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theDetectorFindsEnglish();
    void pickerPicksInGerman();
    void packerPacksInGerman();
    void supervisorWorksReturnsAndTheConsoleInGerman();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    std::unique_ptr<wf::workflows::FloorServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<wf::test::EnglishOnScreen> m_english;
    QStringList m_found;

    QWidget* currentScreen() const;
    void typeScan(const QString& text);
    void pressKey(Qt::Key key);
    QString bannerCode() const;
    /// Records the English visible now, with the step it was seen at.
    void look(const QString& step);
    QString unitCode(const QString& sku) const;
    /// Fails with every English string seen, one per line (QVERIFY2 would cut a long list).
    void reportFound();
};

void TestGermanShift::reportFound()
{
    for (const QString& line : std::as_const(m_found))
        qInfo("English: %s", qPrintable(line));
    QVERIFY2(m_found.isEmpty(), qPrintable(QStringLiteral("%1 English strings, listed above").arg(m_found.size())));
}

void TestGermanShift::initTestCase()
{
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("german.sqlite")));
    m_english = std::make_unique<wf::test::EnglishOnScreen>(
        QStringLiteral(WF_SOURCE_DIR "/resources/i18n/warehouse-floor_de.ts"));
    QVERIFY(m_english->sourceCount() > 300);
    // The seller's data is not ours to translate: names, addresses, product names, SKUs.
    QStringList data;
    QSqlQuery q(m_cache->database());
    for (const char* sql : {"SELECT name FROM product",
                            "SELECT customer_name || ' ' || address_line || ' ' || city FROM orders",
                            "SELECT name FROM operator",
                            "SELECT code FROM location"}) {
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        while (q.next())
            data << q.value(0).toString();
    }
    m_english->addProperNames(data);
    // Recorded as written: an exception's detail and resolution, an audit row's subject and detail.
    for (int column : {6, 8})
        m_english->ignoreColumn(QStringLiteral("exceptionsTable"), column);
    for (int column : {5, 6})
        m_english->ignoreColumn(QStringLiteral("auditTable"), column);
}

void TestGermanShift::init()
{
    m_services = std::make_unique<wf::workflows::FloorServices>(m_cache->database(), QStringLiteral("ST-DE"));
    m_window =
        std::make_unique<MainWindow>(*m_services, wf::ui::StationInfo{QStringLiteral("ST-DE"), m_cache->path(), true});
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_found.clear();
}

void TestGermanShift::cleanup()
{
    m_window.reset();
    m_services.reset();
    wf::ui::LanguageSwitch::apply(QStringLiteral("en"));
}

QWidget* TestGermanShift::currentScreen() const
{
    auto* stack = m_window->findChild<QStackedWidget*>();
    return stack ? stack->currentWidget() : nullptr;
}

void TestGermanShift::typeScan(const QString& text)
{
    auto* field = currentScreen()->findChild<QLineEdit*>(QStringLiteral("scanLineEdit"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void TestGermanShift::pressKey(Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : currentScreen(), key);
    QCoreApplication::processEvents();
}

QString TestGermanShift::bannerCode() const
{
    auto* banner = currentScreen()->findChild<wf::ui::VerdictBanner*>();
    return banner ? banner->code() : QString();
}

void TestGermanShift::look(const QString& step)
{
    QCoreApplication::processEvents();
    for (const QString& english : m_english->findIn(m_window.get()))
        m_found << step + QStringLiteral(" → ") + english;
}

QString TestGermanShift::unitCode(const QString& sku) const
{
    return wf::test::scalarText(
        m_cache->database(),
        QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND kind = 'gtin' AND quantity = 1 LIMIT 1")
            .arg(sku));
}

void TestGermanShift::theDetectorFindsEnglish()
{
    // Without this the other tests could pass by finding nothing: an English operator's screen is English.
    typeScan(QStringLiteral("P1001"));
    pressKey(Qt::Key_1);
    look(QStringLiteral("English picker"));
    QVERIFY2(m_found.size() >= 5, qPrintable(m_found.join(QLatin1Char('\n'))));
    QVERIFY(m_english->isEnglish(QStringLiteral("Pending movements: 21")));
    QVERIFY(m_english->isEnglish(QStringLiteral("Large box")));
    QVERIFY(!m_english->isEnglish(QStringLiteral("Ausstehende Bewegungen: 21")));
    QVERIFY(!m_english->isEnglish(QStringLiteral("TOTE-101")));
}

void TestGermanShift::pickerPicksInGerman()
{
    typeScan(QStringLiteral("P1002"));
    QCOMPARE(wf::ui::LanguageSwitch::current(), QStringLiteral("de"));
    look(QStringLiteral("home"));
    pressKey(Qt::Key_1);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("pickScreen"));
    look(QStringLiteral("pick list"));
    typeScan(QStringLiteral("TOTE-DE-1"));
    typeScan(QStringLiteral("TOTE-DE-2"));
    look(QStringLiteral("totes bound"));
    bool shorted = false, wrong = false;
    int guard = 0;
    while (const auto task = m_services->pick->view().task) {
        QVERIFY(++guard < 60);
        if (task->state == QLatin1String("pending")) {
            typeScan(task->locationCode);
            look(QStringLiteral("bin confirmed"));
        }
        if (!wrong) {
            typeScan(QStringLiteral("4006381333931")); // a barcode nobody knows
            look(QStringLiteral("unknown barcode"));
            wrong = true;
        }
        if (!shorted) {
            auto* reason = currentScreen()->findChild<QComboBox*>(QStringLiteral("shortReasonComboBox"));
            QVERIFY(reason);
            reason->setCurrentIndex(reason->findData(QStringLiteral("damaged")));
            pressKey(Qt::Key_F4);
            QCOMPARE(bannerCode(), QStringLiteral("short_recorded"));
            look(QStringLiteral("short recorded"));
            shorted = true;
            continue;
        }
        const QString unit = task->requiredSerial.isEmpty() ? unitCode(task->sku)
                                                            : QStringLiteral("(01)0") + unitCode(task->sku)
                                                                  + QStringLiteral("(21)") + task->requiredSerial;
        typeScan(unit);
        look(QStringLiteral("item picked"));
        for (int i = 0; m_services->pick->view().task && i < task->remaining() - 1; ++i)
            typeScan(unit);
    }
    QCOMPARE(bannerCode(), QStringLiteral("list_done"));
    look(QStringLiteral("list done"));
    pressKey(Qt::Key_4);
    typeScan(unitCode(wf::test::scalarText(m_cache->database(), QStringLiteral("SELECT sku FROM product LIMIT 1"))));
    look(QStringLiteral("lookup"));
    reportFound();
}

void TestGermanShift::packerPacksInGerman()
{
    auto db = m_cache->database();
    const QString vase = wf::test::scalarText(
        db,
        QStringLiteral("SELECT sku FROM product WHERE is_bundle = 0 AND packing_class = 'fragile' AND "
                       "restriction_tags = '' ORDER BY sku LIMIT 1"));
    const QString shirt = wf::test::scalarText(
        db,
        QStringLiteral("SELECT sku FROM product WHERE is_bundle = 0 AND packing_class = 'apparel' AND "
                       "restriction_tags = '' ORDER BY sku LIMIT 1"));
    QVERIFY(!vase.isEmpty() && !shirt.isEmpty());
    QSqlQuery q(db);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO orders (id, channel, customer_name, address_line, city, postal_code, "
                         "destination_country, service_level, ship_by, declared_value_minor, currency, status, "
                         "created_at) VALUES ('DE-1', 'shop', 'Jonas Weber', 'Hauptstr. 1', 'Berlin', '10115', 'DE', "
                         "'standard', 1800000000000, 0, 'EUR', 'picking', 1790000000000)"),
          QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, "
                         "tracking_number, label_barcode, status) VALUES ('DE-1-1', 'DE-1', 1, 1, 'DHL', 'standard', "
                         "'JD0146000000000091', 'JD0146000000000091', 'picked')"),
          QStringLiteral("INSERT INTO shipment_line (shipment_id, line_no, sku, quantity) VALUES ('DE-1-1', 1, '%1', "
                         "1), ('DE-1-1', 2, '%2', 2)")
              .arg(vase, shirt)})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    typeScan(QStringLiteral("K2002"));
    pressKey(Qt::Key_2);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("packScreen"));
    look(QStringLiteral("pack bench"));
    typeScan(QStringLiteral("DE-1-1"));
    QCOMPARE(bannerCode(), QStringLiteral("package_open"));
    look(QStringLiteral("package open"));
    typeScan(unitCode(shirt));
    look(QStringLiteral("first shirt"));
    typeScan(unitCode(vase));
    look(QStringLiteral("vase"));
    typeScan(unitCode(vase)); // one too many
    look(QStringLiteral("over-scan"));
    typeScan(unitCode(shirt));
    look(QStringLiteral("all scanned"));
    pressKey(Qt::Key_F5); // close before the prompts: refused
    look(QStringLiteral("prompts open"));
    while (m_services->pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    pressKey(Qt::Key_F2);
    look(QStringLiteral("prompts confirmed"));
    auto* weight = currentScreen()->findChild<QLineEdit*>(QStringLiteral("weightLineEdit"));
    QVERIFY(weight);
    weight->setFocus();
    QTest::keyClicks(weight, QStringLiteral("1,2,3"));
    QTest::keyClick(weight, Qt::Key_Return);
    look(QStringLiteral("malformed weight"));
    weight->clear();
    QTest::keyClicks(weight, QString::number(m_services->pack->view().weight.expectedG) + QStringLiteral(" g"));
    QTest::keyClick(weight, Qt::Key_Return);
    look(QStringLiteral("weighed"));
    auto* close = currentScreen()->findChild<QPushButton*>(QStringLiteral("closePackageButton"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    look(QStringLiteral("closed"));
    QTest::mouseClick(currentScreen()->findChild<QPushButton*>(QStringLiteral("printLabelButton")), Qt::LeftButton);
    QTRY_COMPARE(bannerCode(), QStringLiteral("label_printed"));
    look(QStringLiteral("label printed"));
    typeScan(QStringLiteral("DE-1-1"));
    typeScan(QStringLiteral("JD0146000000000092"));
    QCOMPARE(bannerCode(), QStringLiteral("label_mismatch"));
    look(QStringLiteral("wrong label"));
    typeScan(QStringLiteral("JD0146000000000091"));
    typeScan(QStringLiteral("DE-1-1"));
    QCOMPARE(bannerCode(), QStringLiteral("shipped"));
    look(QStringLiteral("shipped"));
    reportFound();
}

void TestGermanShift::supervisorWorksReturnsAndTheConsoleInGerman()
{
    auto db = m_cache->database();
    const QString rma = wf::test::scalarText(
        db,
        QStringLiteral("SELECT a.id FROM return_auth a JOIN return_line l ON l.rma_id = a.id WHERE a.return_path = "
                       "'inspect_at_hub' AND l.shipped_serial = '' AND a.status = 'expected' ORDER BY a.id LIMIT "
                       "1"));
    const QString item = wf::test::scalarText(
        db,
        QStringLiteral("SELECT b.code FROM barcode b JOIN return_line l ON l.sku = b.sku WHERE l.rma_id = '%1' AND "
                       "b.kind = 'gtin' AND b.quantity = 1 LIMIT 1")
            .arg(rma));
    typeScan(QStringLiteral("S9002"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(pin);
    QCOMPARE(wf::ui::LanguageSwitch::current(), QStringLiteral("de")); // the PIN is asked in German
    QCoreApplication::processEvents();                                 // LanguageChange is posted
    look(QStringLiteral("PIN prompt"));
    QCOMPARE(bannerCode(), QStringLiteral("pin_required"));
    QTest::keyClicks(pin, QStringLiteral("1357"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
    look(QStringLiteral("home"));
    pressKey(Qt::Key_3);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("returnsScreen"));
    look(QStringLiteral("returns bench"));
    typeScan(rma);
    look(QStringLiteral("return opened"));
    typeScan(item);
    look(QStringLiteral("item received"));
    auto* grades = currentScreen()->findChild<QComboBox*>(QStringLiteral("gradeComboBox"));
    auto* reasons = currentScreen()->findChild<QComboBox*>(QStringLiteral("reasonComboBox"));
    grades->setCurrentIndex(grades->findData(QStringLiteral("D")));
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("defective")));
    QTest::mouseClick(currentScreen()->findChild<QPushButton*>(QStringLiteral("gradeButton")), Qt::LeftButton);
    look(QStringLiteral("graded"));
    QTest::mouseClick(currentScreen()->findChild<QPushButton*>(QStringLiteral("rejectButton")), Qt::LeftButton);
    QCOMPARE(bannerCode(), QStringLiteral("restock_rejected"));
    look(QStringLiteral("sent to hold"));
    pressKey(Qt::Key_Escape);
    bool chainVerified = false;
    for (Qt::Key mode : {Qt::Key_5, Qt::Key_6, Qt::Key_7}) {
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_COMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
        pressKey(mode);
        look(currentScreen()->objectName());
        if (auto* tabs = currentScreen()->findChild<QTabWidget*>())
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(currentScreen()->objectName() + QLatin1Char('/') + tabs->tabText(i));
                auto* verify = currentScreen()->findChild<QPushButton*>(QStringLiteral("verifyAuditButton"));
                if (verify && verify->isVisible()) {
                    QTest::mouseClick(verify, Qt::LeftButton);
                    look(QStringLiteral("chain verified"));
                    chainVerified = true;
                }
            }
    }
    QVERIFY(chainVerified);
    reportFound();
}

QTEST_MAIN(TestGermanShift)
#include "TestGermanShift.moc"
