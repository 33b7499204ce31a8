#pragma once

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
#include "workflows/pack/PackSession.h"
#include "workflows/pick/PickSession.h"
#include "workflows/station/FloorServices.h"

using wf::ui::MainWindow;

/// The station window offscreen over a demo cache: a person types scans and presses keys, as on
/// the floor. Each ui test class of a screen derives from it and calls setUpCache() from its
/// initTestCase(), openWindow() from init() and closeWindow() from cleanup().
class StationWindowFixture : public QObject
{
protected:
    void setUpCache(const QString& fileName);
    void openWindow();
    void closeWindow();

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

inline void StationWindowFixture::setUpCache(const QString& fileName)
{
    m_cache = wf::test::makeDemoCache(m_dir.filePath(fileName));
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT b.code, b.sku FROM barcode b JOIN stock s ON s.sku = b.sku "
                                  "WHERE b.kind = 'gtin' AND s.on_hand > 0 LIMIT 1"))
            && q.next());
    m_gtin = q.value(0).toString();
    m_sku = q.value(1).toString();
}

inline void StationWindowFixture::openWindow()
{
    m_services = std::make_unique<wf::workflows::FloorServices>(m_cache->database(), QStringLiteral("ST-GUI"));
    m_window =
        std::make_unique<MainWindow>(*m_services, wf::ui::StationInfo{QStringLiteral("ST-GUI"), m_cache->path(), true});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(scanField() && scanField()->hasFocus());
}

inline void StationWindowFixture::closeWindow()
{
    m_window.reset();
    m_services.reset();
    wf::ui::LanguageSwitch::apply(QStringLiteral("en"));
}

inline QWidget* StationWindowFixture::currentScreen() const
{
    auto* stack = m_window->findChild<QStackedWidget*>();
    return stack ? stack->currentWidget() : nullptr;
}

inline QLineEdit* StationWindowFixture::scanField() const
{
    QWidget* screen = currentScreen();
    return screen ? screen->findChild<QLineEdit*>(QStringLiteral("scanLineEdit")) : nullptr;
}

inline void StationWindowFixture::typeScan(const QString& text)
{
    QLineEdit* field = scanField();
    QVERIFY(field);
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

inline QString StationWindowFixture::visibleText(const char* objectName) const
{
    auto* label = m_window->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

inline QString StationWindowFixture::bannerCode() const
{
    auto* banner = currentScreen()->findChild<wf::ui::VerdictBanner*>();
    return banner ? banner->code() : QString();
}

inline void StationWindowFixture::logInAsSupervisor()
{
    typeScan(QStringLiteral("S9001"));
    auto* pin = currentScreen()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(pin);
    QTest::keyClicks(pin, QStringLiteral("2468"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(currentScreen()->objectName(), QStringLiteral("homeScreen"));
}

inline QString StationWindowFixture::insertPickedPackage(const QString& orderId, const QString& tracking, int units)
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

inline void StationWindowFixture::openOneItemPackage(const QString& orderId, const QString& tracking)
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
