#include <functional>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/PackRepository.h"
#include "support/Xvfb.h"
#include "workflows/pack/PackingChecks.h"

namespace {

bool g_display = false;
QString g_size;

} // namespace

/// The station as a user runs it: `warehouse-floor --demo` in its own process on a real X server
/// (Xvfb), a fresh demo cache made on first use, and nothing but the keyboard — every scan typed by
/// xdotool as a USB wedge scanner types it (a Shift press around each capital, 12 ms between keys,
/// Enter last), F-keys and Esc pressed as a person presses them. A picker picks a list, a packer
/// packs and ships what was picked, a returns clerk restocks a return. The test reads the cache the
/// station writes (as a person reads the screen: what to scan next) and checks at the end that
/// every movement is the one the shift should make and that no exception was raised by mistake.
/// The window's geometry is read from the X server after every step; screenshots are kept.
class TestRealDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pickerPicksAListWithTheKeyboard();
    void packerPacksAndShipsWhatWasPicked();
    void returnsClerkRestocksAReturn();
    void theShiftLeftExactlyItsMovementsAndNoFalseException();
    void theWindowStayedOnTheScreen();

private:
    QTemporaryDir m_home;
    QProcess m_station;
    QString m_windowId;
    QString m_cachePath;
    QSqlDatabase m_cache;
    qint64 m_lastExceptionAtStart = -1;
    qint64 m_lastScanAtStart = -1;
    qint64 m_shiftStartedMs = 0;
    QStringList m_outsideScreen;
    QStringList m_shipped;
    int m_screenshot = 0;
    int m_quantityKeyUsed = 0;

    QString xdotool(const QStringList& args);
    void typeScan(const QString& code);
    void press(const QString& key);
    bool waitFor(const std::function<bool()>& done, int ms = 5000);
    qint64 number(const QString& sql);
    QString text(const QString& sql);
    /// Where the window is now; a step that moved it off the screen is remembered.
    void checkGeometry(const QString& step);
    void screenshot(const QString& step);
    void logIn(const QString& badge);
    QString unitCode(const QString& sku);
    QString lastScan();
    int expectedGrams(const QString& shipment);
};

int TestRealDisplay::expectedGrams(const QString& shipment)
{
    wf::db::PackRepository packs(m_cache);
    const auto lines = packs.lines(shipment);
    const auto boxes = packs.boxTypes();
    if (!lines || !boxes)
        return -1;
    const auto box = wf::workflows::packing::suggestBox(*lines, *boxes);
    return wf::workflows::packing::expectedWeight(*lines, box ? box->tareG : 0, {}).expectedG;
}

QString TestRealDisplay::lastScan()
{
    return text(
        QStringLiteral("SELECT workflow || ' ' || payload || ' ' || code FROM scan_log ORDER BY id DESC LIMIT 1"));
}

QString TestRealDisplay::xdotool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    const bool searching = args.value(0) == QLatin1String("search"); // finds nothing until the window is up
    if (!p.waitForFinished(20000) || (p.exitCode() != 0 && !searching))
        qWarning("xdotool %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().data());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void TestRealDisplay::typeScan(const QString& code)
{
    // A wedge scanner: a burst of key presses through XTEST (Shift around capitals), then Enter.
    xdotool(wf::test::scannerKeys(code, 8));
    QTest::qWait(150); // the station answers within a frame; the cache is read after that
}

void TestRealDisplay::press(const QString& key)
{
    QTest::qWait(120); // a person's key comes well after the scan's burst
    xdotool({QStringLiteral("key"), key});
    QTest::qWait(150);
}

bool TestRealDisplay::waitFor(const std::function<bool()>& done, int ms)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (done())
            return true;
        QTest::qWait(50);
    }
    if (done())
        return true;
    screenshot(QStringLiteral("timed-out")); // what the screen said when the cache did not change
    return false;
}

qint64 TestRealDisplay::number(const QString& sql)
{
    QSqlQuery q(m_cache);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestRealDisplay::text(const QString& sql)
{
    QSqlQuery q(m_cache);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

QString TestRealDisplay::unitCode(const QString& sku)
{
    return text(QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND kind = 'gtin' AND quantity = 1 LIMIT 1")
                    .arg(sku));
}

void TestRealDisplay::checkGeometry(const QString& step)
{
    // xdotool prints "Position: X,Y (screen: 0)" and "Geometry: WxH".
    const QString out = xdotool({QStringLiteral("getwindowgeometry"), m_windowId});
    const auto pos = QRegularExpression(QStringLiteral("Position: (-?\\d+),(-?\\d+)")).match(out);
    const auto size = QRegularExpression(QStringLiteral("Geometry: (\\d+)x(\\d+)")).match(out);
    const QStringList screen = g_size.split(QLatin1Char('x'));
    if (!pos.hasMatch() || !size.hasMatch()) {
        m_outsideScreen << step + QStringLiteral(": no geometry (") + out + QLatin1Char(')');
        return;
    }
    const int x = pos.captured(1).toInt(), y = pos.captured(2).toInt();
    const int w = size.captured(1).toInt(), h = size.captured(2).toInt();
    if (x < 0 || y < 0 || x + w > screen.value(0).toInt() || y + h > screen.value(1).toInt())
        m_outsideScreen << QStringLiteral("%1: %2x%3 at %4,%5 on %6").arg(step).arg(w).arg(h).arg(x).arg(y).arg(g_size);
}

void TestRealDisplay::screenshot(const QString& step)
{
    checkGeometry(step);
    const QString folder = qEnvironmentVariable("WF_SCREENSHOT_DIR", QStringLiteral("screenshots"));
    QDir().mkpath(folder);
    // The whole X screen as the user sees it, grabbed from the server (another process's window).
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(QDir(folder).filePath(
        QStringLiteral("real-display-%1-%2.png").arg(++m_screenshot, 2, 10, QLatin1Char('0')).arg(step))));
}

void TestRealDisplay::logIn(const QString& badge)
{
    const qint64 logins = number(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'login'"));
    typeScan(badge);
    QVERIFY2(waitFor([&] {
                 return number(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'login'")) > logins;
             }),
             qPrintable(badge + QStringLiteral(" was not logged in")));
    QCOMPARE(text(QStringLiteral("SELECT operator_badge FROM audit WHERE action = 'login' ORDER BY id DESC LIMIT 1")),
             badge);
}

void TestRealDisplay::initTestCase()
{
    if (!g_display) {
        if (qEnvironmentVariableIsSet("WF_REQUIRE_REAL_DISPLAY"))
            QFAIL("Xvfb or xdotool is missing or did not start, and ./dev test requires them");
        QSKIP("Xvfb or xdotool is not installed (./dev test installs both)");
    }
    QVERIFY(m_home.isValid());
    // A user of its own: a fresh HOME, so `--demo` makes a fresh demo cache on first use.
    const QString runtime = m_home.filePath(QStringLiteral("xdg"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    m_station.setProcessEnvironment(env);
    m_station.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_station.start(QStringLiteral(WF_STATION_BINARY), {QStringLiteral("--demo")});
    QVERIFY(m_station.waitForStarted(5000));
    m_cachePath = m_home.filePath(QStringLiteral(".local/share/WarehouseFloor/warehouse-floor/demo-cache.sqlite"));

    // The window appears once the demo cache is made (a few seconds on a fresh HOME).
    for (int i = 0; i < 300 && m_windowId.isEmpty(); ++i) {
        m_windowId = xdotool({QStringLiteral("search"),
                              QStringLiteral("--onlyvisible"),
                              QStringLiteral("--pid"),
                              QString::number(m_station.processId()),
                              QStringLiteral("--name"),
                              QStringLiteral("Warehouse Floor")})
                         .section(QLatin1Char('\n'), 0, 0);
        if (m_windowId.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY2(!m_windowId.isEmpty(), "the station's window never appeared");
    // No window manager here: focus the window as the X server's input focus.
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), m_windowId});
    QTest::qWait(500);

    m_cache = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
    m_cache.setDatabaseName(m_cachePath);
    m_cache.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    QVERIFY2(m_cache.open(), qPrintable(m_cache.lastError().text()));
    m_lastExceptionAtStart = number(QStringLiteral("SELECT coalesce(max(id), 0) FROM exception"));
    m_lastScanAtStart = number(QStringLiteral("SELECT coalesce(max(id), 0) FROM scan_log"));
    m_shiftStartedMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_lastExceptionAtStart >= 0 && m_lastScanAtStart >= 0);
    screenshot(QStringLiteral("login"));
}

void TestRealDisplay::cleanupTestCase()
{
    if (m_station.state() != QProcess::NotRunning) {
        m_station.terminate(); // as the desktop closes it: the window closes, the cache is checkpointed
        if (!m_station.waitForFinished(10000))
            m_station.kill();
    }
}

void TestRealDisplay::pickerPicksAListWithTheKeyboard()
{
    logIn(QStringLiteral("P1001"));
    screenshot(QStringLiteral("picker-home"));
    press(QStringLiteral("1"));
    QVERIFY2(
        waitFor([&] {
            return number(QStringLiteral("SELECT count(*) FROM pick_list WHERE operator_badge = 'P1001' AND status IN "
                                         "('open','in_progress')"))
                   == 1;
        }),
        "no pick list was started");
    const qint64 list = number(
        QStringLiteral("SELECT id FROM pick_list WHERE operator_badge = 'P1001' AND status IN ('open','in_progress')"));
    // A tote label for each order, capitals and all.
    const qint64 totes = number(QStringLiteral("SELECT count(*) FROM pick_tote WHERE pick_list_id = %1").arg(list));
    QVERIFY(totes >= 1);
    for (int i = 1; i <= totes; ++i) {
        typeScan(QStringLiteral("TOTE-%1").arg(i));
        QVERIFY2(waitFor([&] {
                     return number(QStringLiteral("SELECT count(*) FROM pick_tote WHERE pick_list_id = %1 AND tote = "
                                                  "'TOTE-%2'")
                                       .arg(list)
                                       .arg(i))
                            == 1;
                 }),
                 qPrintable(QStringLiteral("TOTE-%1 was not bound whole").arg(i)));
    }
    screenshot(QStringLiteral("totes-bound"));
    for (int guard = 0; guard < 200; ++guard) {
        QSqlQuery task(m_cache);
        QVERIFY(task.exec(QStringLiteral("SELECT t.id, t.state, l.code, t.sku, t.required_serial, "
                                         "t.quantity - t.picked_qty - t.short_qty FROM pick_task t JOIN location l ON "
                                         "l.id = t.location_id WHERE t.pick_list_id = %1 AND t.state NOT IN "
                                         "('done','short') ORDER BY t.seq LIMIT 1")
                              .arg(list)));
        if (!task.next())
            break;
        const qint64 id = task.value(0).toLongLong();
        const QString state = task.value(1).toString();
        const int remaining = task.value(5).toInt();
        const QString bin = task.value(2).toString(), sku = task.value(3).toString(), serial = task.value(4).toString();
        task.finish(); // an open statement keeps its read snapshot: the station's writes would stay unseen
        const QString progress =
            QStringLiteral("SELECT state || ':' || picked_qty FROM pick_task WHERE id = %1").arg(id);
        const QString before = text(progress);
        if (state == QLatin1String("pending")) {
            typeScan(bin); // the bin label, e.g. A-001-01-4
        } else {
            const QString unit = unitCode(sku);
            // A serialised unit is scanned as its GS1 code: (01) GTIN-14 (21) serial.
            typeScan(serial.isEmpty() ? unit : QStringLiteral("(01)0") + unit + QStringLiteral("(21)") + serial);
            if (remaining >= 2 && serial.isEmpty() && m_quantityKeyUsed == 0) {
                QVERIFY(waitFor([&] {
                    return text(progress) != before;
                }));
                press(QStringLiteral("F2")); // the quantity key, after one scanned unit …
                screenshot(QStringLiteral("quantity-asked"));
                press(QStringLiteral("Return")); // … confirmed with Enter
                ++m_quantityKeyUsed;
                QVERIFY2(waitFor([&] {
                             return text(progress).startsWith(QLatin1String("done"));
                         }),
                         qPrintable(QStringLiteral("F2 and Enter did not finish the task: ") + text(progress)));
                continue;
            }
        }
        if (!waitFor([&] {
                return text(progress) != before;
            })) {
            screenshot(QStringLiteral("stuck"));
            QFAIL(qPrintable(QStringLiteral("the scan changed nothing at task %1 (%2); last scan logged: %3")
                                 .arg(id)
                                 .arg(before, lastScan())));
        }
        if (guard == 1)
            screenshot(QStringLiteral("picking"));
    }
    QVERIFY2(waitFor([&] {
                 return text(QStringLiteral("SELECT status FROM pick_list WHERE id = %1").arg(list))
                        == QLatin1String("done");
             }),
             "the pick list was not finished");
    QCOMPARE(
        number(QStringLiteral("SELECT count(*) FROM pick_task WHERE pick_list_id = %1 AND state <> 'done'").arg(list)),
        0);
    screenshot(QStringLiteral("list-done"));
    press(QStringLiteral("Escape"));
    press(QStringLiteral("F12")); // log out
}

void TestRealDisplay::packerPacksAndShipsWhatWasPicked()
{
    const QStringList packages = [&] {
        QStringList ids;
        QSqlQuery q(m_cache);
        q.exec(QStringLiteral("SELECT shipment_id FROM pick_tote WHERE pick_list_id = (SELECT max(id) FROM pick_list "
                              "WHERE operator_badge = 'P1001') ORDER BY position"));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }();
    QVERIFY(!packages.isEmpty());
    logIn(QStringLiteral("K2001"));
    press(QStringLiteral("2"));
    for (int p = 0; p < packages.size(); ++p) {
        const QString shipment = packages[p];
        const QString status = QStringLiteral("SELECT status FROM shipment WHERE id = '%1'").arg(shipment);
        QCOMPARE(text(status), QStringLiteral("picked"));
        typeScan(QStringLiteral("TOTE-%1").arg(p + 1)); // the tote opens its package
        QVERIFY2(waitFor([&] {
                     return lastScan().startsWith(QStringLiteral("pack TOTE-%1 package_open").arg(p + 1));
                 }),
                 qPrintable(QStringLiteral("TOTE-%1 did not open %2: %3").arg(p + 1).arg(shipment, lastScan())));
        QSqlQuery lines(m_cache);
        QVERIFY(
            lines.exec(QStringLiteral("SELECT l.sku, l.quantity, t.serial FROM shipment_line l LEFT JOIN pick_task t "
                                      "ON t.shipment_id = l.shipment_id AND t.line_no = l.line_no WHERE "
                                      "l.shipment_id = '%1' ORDER BY l.line_no")
                           .arg(shipment)));
        QList<std::pair<QString, int>> scans; // read first: an open statement would hide the station's writes
        while (lines.next()) {
            const QString unit = unitCode(lines.value(0).toString());
            const QString serial = lines.value(2).toString();
            scans.append({serial.isEmpty() ? unit : QStringLiteral("(01)0") + unit + QStringLiteral("(21)") + serial,
                          lines.value(1).toInt()});
        }
        lines.finish();
        for (const auto& [scan, units] : scans)
            for (int u = 0; u < units; ++u)
                typeScan(scan);
        const QString packed =
            QStringLiteral("SELECT sum(quantity - packed_qty) FROM shipment_line WHERE shipment_id = '%1'")
                .arg(shipment);
        QVERIFY2(waitFor([&] {
                     return number(packed) == 0;
                 }),
                 qPrintable(shipment + QStringLiteral(" not all packed")));
        screenshot(QStringLiteral("packed-%1").arg(p + 1));
        for (int i = 0; i < 4; ++i)
            press(QStringLiteral("F2")); // confirm the checklist's prompts, one per press
        // No scale at this bench: F4 puts the cursor in the weight field, the packer types, Enter.
        const int grams = expectedGrams(shipment); // what the header says: items and the suggested box
        QVERIFY(grams > 0);
        press(QStringLiteral("F4"));
        xdotool({QStringLiteral("type"),
                 QStringLiteral("--delay"),
                 QStringLiteral("90"),
                 QString::number(grams / 1000.0, 'f', 3)});
        press(QStringLiteral("Return"));
        const QString weighed =
            QStringLiteral("SELECT coalesce(weight_g, -1) FROM shipment WHERE id = '%1'").arg(shipment);
        QVERIFY2(waitFor([&] {
                     return number(weighed) > 0;
                 }),
                 qPrintable(QStringLiteral("%1 was not weighed (%2 g typed)").arg(shipment).arg(grams)));
        press(QStringLiteral("F5")); // close
        QVERIFY2(waitFor([&] {
                     return text(status) == QLatin1String("packed");
                 }),
                 qPrintable(shipment + QStringLiteral(" not closed: ") + text(status)));
        press(QStringLiteral("F6")); // print the label
        QVERIFY2(waitFor([&] {
                     return text(status) == QLatin1String("labelled");
                 }),
                 qPrintable(shipment + QStringLiteral(" has no label: ") + text(status)));
        QVERIFY(QFile::exists(m_cachePath + QStringLiteral("-labels/") + shipment + QStringLiteral(".zpl")));
        screenshot(QStringLiteral("labelled-%1").arg(p + 1));
        typeScan(text(QStringLiteral("SELECT label_barcode FROM shipment WHERE id = '%1'").arg(shipment)));
        typeScan(shipment);
        QVERIFY2(waitFor([&] {
                     return text(status) == QLatin1String("shipped");
                 }),
                 qPrintable(shipment + QStringLiteral(" not shipped: ") + text(status)));
        m_shipped << shipment;
    }
    screenshot(QStringLiteral("shipped"));
    press(QStringLiteral("Escape"));
    press(QStringLiteral("F12"));
}

void TestRealDisplay::returnsClerkRestocksAReturn()
{
    const QString line = QStringLiteral("SELECT status FROM return_line WHERE rma_id = 'RMA-500002'");
    QCOMPARE(text(line), QStringLiteral("expected"));
    logIn(QStringLiteral("R3001"));
    press(QStringLiteral("3"));
    typeScan(QStringLiteral("RMA-500002"));
    const QString sku = text(QStringLiteral("SELECT sku FROM return_line WHERE rma_id = 'RMA-500002'"));
    const QString serial = text(QStringLiteral("SELECT shipped_serial FROM return_line WHERE rma_id = 'RMA-500002'"));
    typeScan(QStringLiteral("(01)0") + unitCode(sku) + QStringLiteral("(21)") + serial);
    QVERIFY2(waitFor([&] {
                 return text(line) == QLatin1String("received");
             }),
             qPrintable(QStringLiteral("the coffee maker was not received: ") + text(line)));
    screenshot(QStringLiteral("return-received"));
    const QString grade = QStringLiteral("SELECT grade || ' ' || reason FROM return_line WHERE rma_id = 'RMA-500002'");
    press(QStringLiteral("F3")); // grade as chosen: A, as new
    QVERIFY2(waitFor([&] {
                 return text(grade).startsWith(QLatin1String("A "));
             }),
             qPrintable(text(grade)));
    press(QStringLiteral("F5")); // approve for restock
    QVERIFY2(waitFor([&] {
                 return text(line) == QLatin1String("restock_approved");
             }),
             qPrintable(text(line)));
    press(QStringLiteral("F7")); // refund the customer
    QVERIFY2(waitFor([&] {
                 return text(line) == QLatin1String("refunded");
             }),
             qPrintable(text(line)));
    screenshot(QStringLiteral("return-restocked"));
    press(QStringLiteral("Escape"));
    press(QStringLiteral("F12"));
    screenshot(QStringLiteral("logged-out"));
}

void TestRealDisplay::theShiftLeftExactlyItsMovementsAndNoFalseException()
{
    QVERIFY(!m_shipped.isEmpty());
    // The demo's first lists hold single units, where the quantity key has nothing to count: it is
    // used (and checked) when a task of several units comes; the in-process tests cover it always.
    QVERIFY(m_quantityKeyUsed <= 1);
    const QString list = QStringLiteral("(SELECT max(id) FROM pick_list WHERE operator_badge = 'P1001')");
    const qint64 units =
        number(QStringLiteral("SELECT sum(picked_qty) FROM pick_task WHERE pick_list_id = %1").arg(list));
    QVERIFY(units > 0);
    // The demo's history has movements of its own; the shift's are those made since it began.
    const QString shift = QStringLiteral("FROM movement WHERE created_at >= %1").arg(m_shiftStartedMs);
    const QString shipments = QStringLiteral("'") + m_shipped.join(QStringLiteral("','")) + QStringLiteral("'");
    // Picks: every picked unit moved once from its bin.
    QCOMPARE(number(QStringLiteral("SELECT coalesce(sum(quantity), 0) %1 AND kind = 'pick'").arg(shift)), units);
    // Shipping: every unit of the shipped packages left once, and nothing else shipped.
    QCOMPARE(
        number(QStringLiteral("SELECT coalesce(sum(abs(quantity)), 0) %1 AND kind = 'ship'").arg(shift)),
        number(QStringLiteral("SELECT sum(quantity) FROM shipment_line WHERE shipment_id IN (%1)").arg(shipments)));
    // The return: one unit back into stock.
    QCOMPARE(number(QStringLiteral("SELECT count(*) %1 AND kind = 'return_restock'").arg(shift)), 1);
    // Nothing else: no short, no hold, no adjustment.
    QCOMPARE(
        number(QStringLiteral("SELECT count(*) %1 AND kind NOT IN ('pick','pack','ship','return_restock')").arg(shift)),
        0);
    // A capital letter split by Shift made false label_mismatch and unknown-barcode exceptions. What
    // picking rightly raises is low_stock (a bin's stock fell to its reorder point): said by the
    // stock, not by a scan, so it is not counted here.
    QSqlQuery raised(m_cache);
    QVERIFY(raised.exec(QStringLiteral("SELECT kind || ' ' || reference || ': ' || detail FROM exception WHERE id > %1 "
                                       "AND kind <> 'low_stock'")
                            .arg(m_lastExceptionAtStart)));
    QStringList unexpected;
    while (raised.next())
        unexpected << raised.value(0).toString();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    // Every scan arrived whole: none of the shift's scans was refused.
    QSqlQuery refused(m_cache);
    QVERIFY(refused.exec(
        QStringLiteral(
            "SELECT workflow || ' ' || payload || ' ' || code FROM scan_log WHERE id > %1 AND verdict = 'error'")
            .arg(m_lastScanAtStart)));
    QStringList errors;
    while (refused.next())
        errors << refused.value(0).toString();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM scan_log WHERE id > %1").arg(m_lastScanAtStart)) >= units);
}

void TestRealDisplay::theWindowStayedOnTheScreen()
{
    checkGeometry(QStringLiteral("end"));
    QVERIFY2(m_outsideScreen.isEmpty(), qPrintable(m_outsideScreen.join(QLatin1Char('\n'))));
    QVERIFY(m_screenshot >= 10);
}

int main(int argc, char** argv)
{
    g_size = qEnvironmentVariable("WF_TEST_SCREEN", QStringLiteral("1366x768"));
    wf::test::Xvfb xvfb;
    g_display = xvfb.start(g_size);
    if (!g_display) {
        std::fprintf(stderr, "no X server for this test: Xvfb or xdotool missing\n");
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    TestRealDisplay test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRealDisplay.moc"
