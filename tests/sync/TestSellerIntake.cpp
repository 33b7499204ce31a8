#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/AuditLog.h"
#include "sync/MasterUrl.h"

/// A seller's business from their own files to shipped parcels, with documented commands only:
/// the example set in examples/shop imported into a real master, a station made from nothing,
/// a day picked and packed by replay, pushed; then the master and the station agree line by line.
/// Each file kind's bad input is refused with its line, column and reason.
class TestSellerIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theExampleShopShipsItsFirstOrders();
    void aShortPickShipsInTwoPackagesOfOneOrder();
    void aStationKilledWhilePushingSendsEachEventOnce();
    void theReturnsClerksDecisionsReachTheMaster();
    void theExpectedInboundReachesTheStations();
    void badInputOfEachFileIsRefusedPlainly();
    void helpListsEveryActionAndEachFilesColumns();

private:
    /// The station's trail checked against the heads the master anchored: intact as it is; cut
    /// off at its end, or rewritten from a changed row on, its own chain still holds and the
    /// anchor does not.
    void auditTrailIsVouchedForByTheMaster(const QString& cache);
    /// A supervisor's second station of the warehouse sees the first one's exceptions and resolves
    /// one for every station (a second resolution made offline is refused, and the first stands
    /// everywhere); the master's figures count both stations, with their last contact.
    void theWholeFloorReachesEveryStation(const QString& cache);

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run floorctl(const QStringList& arguments, const QByteArray& input = {});
    Run syncOnce(const QString& cache, const QString& url);
    /// A new station of LEJ on the master with its cache made from the master: its URL.
    QString addStation(const QString& id, const QString& cache);
    Run master(QStringList arguments, const QByteArray& input = {});
    QString ownerScalar(const QString& sql);
    /// The first column of the first row of a query on a station's cache, as text.
    static QString cacheScalar(const QString& path, const QString& sql);
    QString example(const char* name) const { return QStringLiteral(EXAMPLES "/") + QLatin1String(name); }
    QString write(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_ownerUrl;
    QString m_stationUrl;
};

TestSellerIntake::Run TestSellerIntake::floorctl(const QStringList& arguments, const QByteArray& input)
{
    QProcess p;
    p.start(QStringLiteral(FLOORCTL), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

TestSellerIntake::Run TestSellerIntake::master(QStringList arguments, const QByteArray& input)
{
    arguments.prepend(QStringLiteral("master"));
    arguments << QStringLiteral("--master") << m_ownerUrl;
    return floorctl(arguments, input);
}

QString TestSellerIntake::ownerScalar(const QString& sql)
{
    auto url = wf::sync::MasterUrl::parse(m_ownerUrl);
    QString value;
    {
        QSqlDatabase db = url->connection(QStringLiteral("intake-owner"));
        if (!db.open())
            qFatal("owner connection: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        if (q.next())
            value = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("intake-owner"));
    return value;
}

QString TestSellerIntake::addStation(const QString& id, const QString& cache)
{
    const Run added = master({QStringLiteral("add-station"), id, QStringLiteral("--warehouse"), QStringLiteral("LEJ")});
    if (added.exitCode != 0)
        return {};
    const QString url = added.json().value(QStringLiteral("url")).toString();
    const Run init = floorctl({QStringLiteral("station"),
                               QStringLiteral("init"),
                               QStringLiteral("--db"),
                               cache,
                               QStringLiteral("--master"),
                               url,
                               QStringLiteral("--station"),
                               id});
    return init.exitCode == 0 ? url : QString();
}

QString TestSellerIntake::cacheScalar(const QString& path, const QString& sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intake-cache"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("intake-cache"));
    return value;
}

QString TestSellerIntake::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

void TestSellerIntake::initTestCase()
{
    QFile urlFile(qEnvironmentVariable("WF_TEST_MASTER_URL_FILE"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the master fixture did not start (see master.Start)");
    auto owner = wf::sync::MasterUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    QVERIFY(owner);
    const QString database = QStringLiteral("wf_intake_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase server = owner->connection(QStringLiteral("server"));
        QVERIFY(server.open());
        QSqlQuery q(server);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)), qPrintable(q.lastError().text()));
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    owner->database = database;
    m_ownerUrl = owner->toString();
    QCOMPARE(master({QStringLiteral("init")}).exitCode, 0);
}

void TestSellerIntake::theExampleShopShipsItsFirstOrders()
{
    // A station of a warehouse the master does not have is refused, and says how to add it.
    const Run early = master({QStringLiteral("add-station"),
                              QStringLiteral("ST-LEJ-1"),
                              QStringLiteral("--warehouse"),
                              QStringLiteral("LEJ")});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("add-warehouse LEJ"), early.err.constData());
    const Run warehouse = master({QStringLiteral("add-warehouse"),
                                  QStringLiteral("LEJ"),
                                  QStringLiteral("--name"),
                                  QStringLiteral("Leipzig DC"),
                                  QStringLiteral("--country"),
                                  QStringLiteral("Germany"),
                                  QStringLiteral("--address"),
                                  QStringLiteral("Am Hafen 4, 04129 Leipzig"),
                                  QStringLiteral("--timezone"),
                                  QStringLiteral("Europe/Berlin"),
                                  QStringLiteral("--currency"),
                                  QStringLiteral("eur"),
                                  QStringLiteral("--gs1-prefix"),
                                  QStringLiteral("4260123")});
    QCOMPARE(warehouse.exitCode, 0);
    QCOMPARE(warehouse.json().value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
    const auto import = [&](const char* what, const char* file, QStringList more = {}) {
        const Run run = master(QStringList{QStringLiteral("import"), QLatin1String(what), example(file)} + more);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.json();
    };
    const QStringList lej = {QStringLiteral("--warehouse"), QStringLiteral("LEJ")};
    QCOMPARE(import("locations", "locations.csv", lej).value(QStringLiteral("imported")).toInt(), 9);
    const QJsonObject products = import("products", "products.csv");
    QCOMPARE(products.value(QStringLiteral("imported")).toInt(), 6);
    QVERIFY(products.value(QStringLiteral("notes"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("Variant Inventory Qty was not loaded")));
    // The variant row without a title takes its own handle's title.
    QCOMPARE(ownerScalar(QStringLiteral("SELECT name || '/' || size FROM master.product WHERE sku = 'APR-SLATE'")),
             QStringLiteral("Linen apron/Slate"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT non_stock FROM master.product WHERE sku = 'POST'")),
             QStringLiteral("true"));
    // Shopify's inventory export names two shop locations: which one is this warehouse's is asked.
    const Run ambiguous =
        master(QStringList{QStringLiteral("import"), QStringLiteral("stock"), example("inventory.csv")} + lej);
    QCOMPARE(ambiguous.exitCode, 1);
    QVERIFY2(ambiguous.err.contains("Leipzig DC, Pop-up Berlin"), ambiguous.err.constData());
    const QStringList stockOptions = lej
                                     + QStringList{QStringLiteral("--location"),
                                                   QStringLiteral("Leipzig DC"),
                                                   QStringLiteral("--bin"),
                                                   QStringLiteral("B-01")};
    const QJsonObject stock = import("stock", "inventory.csv", stockOptions);
    QCOMPARE(stock.value(QStringLiteral("imported")).toInt(), 5);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT on_hand || '/' || hold FROM master.stock s JOIN master.location l ON "
                                        "l.id = s.location_id WHERE s.sku = 'MUG-03'")),
             QStringLiteral("40/0")); // "On hand (new)" wins over the current figure
    QCOMPARE(ownerScalar(QStringLiteral("SELECT l.code FROM master.stock s JOIN master.location l ON l.id = "
                                        "s.location_id WHERE s.sku = 'MUG-05'")),
             QStringLiteral("B-01")); // no bin name: the --bin
    QCOMPARE(ownerScalar(QStringLiteral("SELECT on_hand || '/' || hold FROM master.stock WHERE sku = 'APR-SAND'")),
             QStringLiteral("14/1")); // Unavailable is held
    const QJsonObject again = import("stock", "inventory.csv", stockOptions);
    QCOMPARE(again.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("unchanged")).toInt(), 5);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.movement WHERE kind = 'opening'")),
             QStringLiteral("5"));
    QCOMPARE(import("operators", "operators.csv").value(QStringLiteral("imported")).toInt(), 4);
    const Run added = master({QStringLiteral("add-operator"),
                              QStringLiteral("S1002"),
                              QStringLiteral("--name"),
                              QStringLiteral("Kai Brandt"),
                              QStringLiteral("--roles"),
                              QStringLiteral("supervisor"),
                              QStringLiteral("--warehouse"),
                              QStringLiteral("LEJ")},
                             "2580\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY(ownerScalar(QStringLiteral("SELECT pin_hash FROM master.operator WHERE badge = 'S1002'"))
                .startsWith(QStringLiteral("pbkdf2-sha256$")));
    QVERIFY(!ownerScalar(QStringLiteral("SELECT pin_hash FROM master.operator WHERE badge = 'S1002'"))
                 .contains(QStringLiteral("2580")));

    QCOMPARE(import("services", "services.csv", lej).value(QStringLiteral("imported")).toInt(), 3);
    const QJsonObject orders = import("orders", "orders.csv", lej);
    QCOMPARE(orders.value(QStringLiteral("imported")).toInt(), 5);
    QCOMPARE(orders.value(QStringLiteral("backordered")).toInt(), 1); // MUG-05 is in bulk only
    QStringList refused;
    for (const QJsonValue& r : orders.value(QStringLiteral("rejected")).toArray())
        refused << QString::number(r.toObject().value(QStringLiteral("line")).toInt());
    QCOMPARE(refused.join(QLatin1Char(',')), QStringLiteral("9,10,10")); // Channel Islands; APR-RUST and its order
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.orders WHERE id = '#1007'")), QStringLiteral("0"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(destination_country, ',' ORDER BY id) FROM master.orders")),
             QStringLiteral("DE,GB,US,IE,FR"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT reserved FROM master.stock WHERE sku = 'MUG-03'")),
             QStringLiteral("3"));
    // Each order's service from its shipping method, its package with the service's carrier, its
    // ship-by the service's cut-off (14:00 in Leipzig: 13:00 UTC) on the day it came.
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(o.id || ' ' || s.carrier || ' ' || s.service, ', ' ORDER BY "
                                        "o.id) FROM master.orders o JOIN master.shipment s ON s.order_id = o.id")),
             QStringLiteral("#1001 DHL DHL-DE, #1002 DHL DHL-WORLD, #1003 DHL DHL-WORLD, #1004 DHL DHL-WORLD"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT to_char(ship_by AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM "
                                        "master.orders WHERE id = '#1002'")),
             QStringLiteral("2026-11-30 13:00"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT exception_tags FROM master.orders WHERE id = '#1005'")),
             QStringLiteral("low_stock_at_purchase"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.shipment_line WHERE sku = 'POST'")),
             QStringLiteral("0")); // postage is never packed
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.orders WHERE id = '#1008'")),
             QStringLiteral("0")); // cancelled in the shop before it came
    QVERIFY(orders.value(QStringLiteral("notes"))
                .toArray()
                .contains(QStringLiteral("1 orders cancelled in the shop were not imported")));
    // A credit note takes one of #1003's two aprons off the order and its reservation.
    const QJsonObject credit = import("orders", "credit-notes.csv", lej);
    QCOMPARE(credit.value(QStringLiteral("cancelled_units")).toInt(), 1);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT quantity FROM master.shipment_line WHERE shipment_id = '#1003-1'")),
             QStringLiteral("1"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT reserved FROM master.stock WHERE sku = 'APR-SLATE'")),
             QStringLiteral("1"));

    const Run station = master({QStringLiteral("add-station"),
                                QStringLiteral("ST-LEJ-1"),
                                QStringLiteral("--warehouse"),
                                QStringLiteral("LEJ")});
    QCOMPARE(station.exitCode, 0);
    m_stationUrl = station.json().value(QStringLiteral("url")).toString();
    const QString cache = m_dir.filePath(QStringLiteral("lej-1.sqlite"));
    const Run init = floorctl({QStringLiteral("station"),
                               QStringLiteral("init"),
                               QStringLiteral("--db"),
                               cache,
                               QStringLiteral("--master"),
                               m_stationUrl,
                               QStringLiteral("--station"),
                               QStringLiteral("ST-LEJ-1")});
    QCOMPARE(init.exitCode, 0);
    const QJsonObject made = init.json();
    QCOMPARE(made.value(QStringLiteral("warehouse")).toString(), QStringLiteral("LEJ"));
    QCOMPARE(made.value(QStringLiteral("stock")).toInt(), 5);
    QCOMPARE(made.value(QStringLiteral("operator")).toInt(), 5);
    QCOMPARE(made.value(QStringLiteral("shipment")).toInt(), 4);
    QVERIFY2(made.value(QStringLiteral("missing")).toArray().isEmpty(), init.out.constData());
    QVERIFY(init.err.contains("changes pulled"));
    // Never over an existing cache.
    QCOMPARE(floorctl({QStringLiteral("station"),
                       QStringLiteral("init"),
                       QStringLiteral("--db"),
                       cache,
                       QStringLiteral("--master"),
                       m_stationUrl,
                       QStringLiteral("--station"),
                       QStringLiteral("ST-LEJ-1")})
                 .exitCode,
             1);

    // A day: two orders picked in one list, packed, labelled with their SSCC, shipped; the
    // supervisor logs in with the PIN given on standard input.
    const QString sscc1001 = ownerScalar(QStringLiteral("SELECT sscc FROM master.shipment WHERE id = '#1001-1'"));
    const QString sscc1002 = ownerScalar(QStringLiteral("SELECT sscc FROM master.shipment WHERE id = '#1002-1'"));
    QCOMPARE(sscc1001.size(), 18);
    const QByteArray day = QStringLiteral("login P1001\nmode pick\nscan TOTE-0001\nscan TOTE-0002\n"
                                          "scan A-01-01\nscan 4260123450011\nscan A-02-01\nscan 4260123450035\n"
                                          "scan 4260123450035\nscan 4260123450035\nlogout\n"
                                          "login P1001\nmode pack\nscan TOTE-0002\nscan 4260123450035\n"
                                          "action weight 0.4\naction close\naction label\nscan ]C100%1\nscan #1002-1\n"
                                          "scan TOTE-0001\nscan 4260123450011\nscan 4260123450035\nscan 4260123450035\n"
                                          "action weight 0.95\naction ack\naction close\naction label\nscan #1001-1\n"
                                          "scan ]C100%2\nlogout\nlogin S1002 2580\nlogout\n")
                               .arg(sscc1002, sscc1001)
                               .toUtf8();
    const Run replay = floorctl({QStringLiteral("replay"),
                                 QStringLiteral("--db"),
                                 cache,
                                 QStringLiteral("--station"),
                                 QStringLiteral("ST-LEJ-1"),
                                 QStringLiteral("--batch"),
                                 QStringLiteral("2"),
                                 write(QStringLiteral("day.txt"), day)});
    QCOMPARE(replay.exitCode, 0);
    QCOMPARE(replay.out.count("\"code\":\"shipped\""), 2);
    {
        QFile label(cache + QStringLiteral("-labels/#1002-1.zpl"));
        QVERIFY(label.open(QIODevice::ReadOnly));
        const QByteArray zpl = label.readAll();
        QVERIFY2(zpl.contains("DHL  DHL-WORLD") && zpl.contains(sscc1002.toLatin1()), zpl.constData());
    }
    QVERIFY2(replay.out.contains("\"code\":\"pin_ok\"") || replay.out.contains("Welcome, Kai Brandt"),
             replay.out.constData());
    const Run pushed = floorctl({QStringLiteral("sync"),
                                 QStringLiteral("--db"),
                                 cache,
                                 QStringLiteral("--master"),
                                 m_stationUrl,
                                 QStringLiteral("--once")});
    QCOMPARE(pushed.exitCode, 0);
    QCOMPARE(pushed.json().value(QStringLiteral("rejected")).toInt(), 0);
    QVERIFY(pushed.json().value(QStringLiteral("applied")).toInt() > 0);
    QCOMPARE(pushed.json().value(QStringLiteral("events_rejected")).toInt(), 0);
    QVERIFY(pushed.json().value(QStringLiteral("events")).toInt() > 0);
    // The master's packages and orders say what the floor did: status, box, weight, label, who
    // verified it, at which station.
    QCOMPARE(ownerScalar(QStringLiteral(
                 "SELECT string_agg(id || ' ' || status || ' ' || weight_g || ' ' || (box_code <> '') || ' ' || "
                 "(sscc = label_barcode) || ' ' || verified_by || ' ' || floor_station || ' ' || (shipped_at IS NOT "
                 "NULL), ', ' ORDER BY id) FROM master.shipment WHERE id IN ('#1001-1', '#1002-1')")),
             QStringLiteral("#1001-1 shipped 950 true true P1001 ST-LEJ-1 true, "
                            "#1002-1 shipped 400 true true P1001 ST-LEJ-1 true"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(id || ' ' || status, ', ' ORDER BY id) FROM master.orders "
                                        "WHERE id IN ('#1001', '#1002')")),
             QStringLiteral("#1001 shipped, #1002 shipped"));
    // Every scan of the day counted once on the master, by code; the audit trail anchored at its head.
    QCOMPARE(ownerScalar(QStringLiteral("SELECT sum(scans) FROM master.verdict_count WHERE station_id = 'ST-LEJ-1'")),
             cacheScalar(cache, QStringLiteral("SELECT count(*) FROM scan_log")));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT sum(scans) FROM master.verdict_count WHERE station_id = 'ST-LEJ-1' "
                                        "AND code = 'shipped'")),
             QStringLiteral("2"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT row_id || ' ' || hash FROM master.audit_anchor WHERE station_id = "
                                        "'ST-LEJ-1' ORDER BY row_id DESC LIMIT 1")),
             cacheScalar(cache,
                         QStringLiteral("SELECT id || ' ' || hash FROM audit WHERE hash <> '' ORDER BY id DESC "
                                        "LIMIT 1")));
    // Pushed again (an acknowledgement lost), nothing counts twice.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lej-resend"));
        db.setDatabaseName(cache);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE floor_event SET state = 'pending'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lej-resend"));
    const Run resent = floorctl({QStringLiteral("sync"),
                                 QStringLiteral("--db"),
                                 cache,
                                 QStringLiteral("--master"),
                                 m_stationUrl,
                                 QStringLiteral("--once")});
    QCOMPARE(resent.json().value(QStringLiteral("events")).toInt(),
             pushed.json().value(QStringLiteral("events")).toInt());
    QCOMPARE(ownerScalar(QStringLiteral("SELECT sum(scans) FROM master.verdict_count WHERE station_id = 'ST-LEJ-1'")),
             cacheScalar(cache, QStringLiteral("SELECT count(*) FROM scan_log")));
    auditTrailIsVouchedForByTheMaster(cache);
    // The master's stock, line by line: what was picked left the pick faces with its
    // reservation, what shipped left the warehouse, the rest is still reserved for its order.
    QCOMPARE(ownerScalar(QStringLiteral(
                 "SELECT string_agg(s.sku || '@' || l.code || ' ' || s.on_hand || '/' || s.reserved || '/' || s.hold, "
                 "', ' ORDER BY s.sku, l.code) FROM master.stock s JOIN master.location l ON l.id = s.location_id")),
             QStringLiteral("APR-SAND@A-01-01 13/0/1, APR-SAND@PACK-1 0/0/0, APR-SLATE@A-01-02 9/1/0, "
                            "MUG-03@A-02-01 37/0/0, MUG-03@PACK-1 0/0/0, MUG-05@B-01 6/0/0, SET-WRAP@A-02-02 25/1/0"));
    // And the station sees the master's figures after the pull.
    QCOMPARE(
        cacheScalar(cache,
                    QStringLiteral("SELECT on_hand || '/' || reserved FROM stock_position WHERE sku = 'MUG-03' AND "
                                   "location_code = 'A-02-01'")),
        QStringLiteral("37/0"));

    // A shipped order cannot be cancelled; neither by command nor by a credit note.
    const Run shippedCancel = master({QStringLiteral("cancel"), QStringLiteral("#1002")});
    QCOMPARE(shippedCancel.exitCode, 1);
    QVERIFY2(shippedCancel.err.contains("packed or shipped on the floor"), shippedCancel.err.constData());
    const Run lateCredit =
        master({QStringLiteral("import"),
                QStringLiteral("orders"),
                write(QStringLiteral("late-credit.csv"), "InvoiceNo,StockCode,Quantity\nC#1001,MUG-03,-1\n"),
                QStringLiteral("--warehouse"),
                QStringLiteral("LEJ")});
    QVERIFY2(lateCredit.json()
                 .value(QStringLiteral("rejected"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("packed or shipped")),
             lateCredit.out.constData());
    // #1003 is picked, not yet pushed, when the shop cancels it: the master cancels what it knows
    // has not started; the station, pulling, tells its floor and the pack bench refuses it.
    const QByteArray second = QByteArrayLiteral("login P1002\nmode pick\nscan TOTE-0003\nscan A-01-02\n"
                                                "scan 4260123450028\nlogout\n");
    QCOMPARE(floorctl({QStringLiteral("replay"),
                       QStringLiteral("--db"),
                       cache,
                       QStringLiteral("--station"),
                       QStringLiteral("ST-LEJ-1"),
                       QStringLiteral("--batch"),
                       QStringLiteral("1"),
                       write(QStringLiteral("second.txt"), second)})
                 .out.count("\"code\":\"list_done\""),
             1);
    const Run cancelled = master({QStringLiteral("cancel"), QStringLiteral("#1003")});
    QCOMPARE(cancelled.exitCode, 0);
    QCOMPARE(cancelled.json().value(QStringLiteral("released_units")).toInt(), 1);
    floorctl({QStringLiteral("sync"),
              QStringLiteral("--db"),
              cache,
              QStringLiteral("--master"),
              m_stationUrl,
              QStringLiteral("--once")});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lej-cache"));
        db.setDatabaseName(cache);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'shipment_cancelled' AND reference = "
                                  "'#1003-1' AND status = 'open'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lej-cache"));
    const Run bench = floorctl({QStringLiteral("replay"),
                                QStringLiteral("--db"),
                                cache,
                                QStringLiteral("--station"),
                                QStringLiteral("ST-LEJ-1"),
                                write(QStringLiteral("third.txt"), "login P1001\nmode pack\nscan #1003-1\nlogout\n")});
    QVERIFY2(bench.out.contains("\"code\":\"shipment_cancelled\""), bench.out.constData());
    QCOMPARE(ownerScalar(QStringLiteral("SELECT on_hand || '/' || reserved FROM master.stock WHERE sku = 'APR-SLATE'")),
             QStringLiteral("9/0")); // the units are in a tote, to go back: the bin's figure stands
    theWholeFloorReachesEveryStation(cache);

    // The backorder comes free when stock arrives at a pick face: reserved, with its package.
    const Run arrival = master({QStringLiteral("import"),
                                QStringLiteral("stock"),
                                write(QStringLiteral("arrival.csv"), "SKU,Bin,On hand\nMUG-05,A-02-02,4\n"),
                                QStringLiteral("--warehouse"),
                                QStringLiteral("LEJ")});
    QCOMPARE(arrival.json().value(QStringLiteral("backorders_released")).toInt(), 1);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT awaiting_stock::text || ' ' || count(sl.*) FROM master.orders o JOIN "
                                        "master.shipment_line sl ON sl.shipment_id = o.id || '-1' WHERE o.id = '#1005' "
                                        "GROUP BY o.awaiting_stock")),
             QStringLiteral("false 1"));

    // The carrier's number comes later and reaches the station with the pull.
    const Run tracked = master({QStringLiteral("import"),
                                QStringLiteral("tracking"),
                                write(QStringLiteral("tracking.csv"),
                                      "Order,Tracking Number,Tracking Company\n#1005,JJD0009876543210,DHL\n"
                                      "#1006,JJD0009876543211,DHL\n"),
                                QStringLiteral("--warehouse"),
                                QStringLiteral("LEJ")});
    QCOMPARE(tracked.json().value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(tracked.json().value(QStringLiteral("rejected")).toArray().size(), 1); // #1006 was never imported
    QCOMPARE(floorctl({QStringLiteral("sync"),
                       QStringLiteral("--db"),
                       cache,
                       QStringLiteral("--master"),
                       m_stationUrl,
                       QStringLiteral("--once")})
                 .exitCode,
             0);
    QCOMPARE(cacheScalar(cache,
                         QStringLiteral("SELECT tracking_number || ' ' || carrier FROM shipment WHERE id = '#1005-1'")),
             QStringLiteral("JJD0009876543210 DHL"));

    // Returns announced by the shop: the chipped mug is refunded without coming back (12.50 is
    // under the warehouse's 20.00), the apron (29.00) is inspected, and the cancelled order has
    // nothing shipped to return.
    const Run returned = master({QStringLiteral("import"),
                                 QStringLiteral("returns"),
                                 example("returns.csv"),
                                 QStringLiteral("--warehouse"),
                                 QStringLiteral("LEJ")});
    QCOMPARE(returned.json().value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(returned.json()
                 .value(QStringLiteral("rejected"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
             4);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT return_path FROM master.return_auth WHERE id = 'RMA-2002'")),
             QStringLiteral("inspect_at_hub"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT return_path || ' ' || tracking_number FROM master.return_auth WHERE id "
                                        "= 'RMA-2001'")),
             QStringLiteral("refund_only RT123456785GB"));
    const QJsonObject rule = master({QStringLiteral("return-rule"),
                                     QStringLiteral("LEJ"),
                                     QStringLiteral("--refund-only-below"),
                                     QStringLiteral("10"),
                                     QStringLiteral("--proof-from"),
                                     QStringLiteral("250.00")})
                                 .json();
    QCOMPARE(rule.value(QStringLiteral("refund_only_below_minor")).toInt(), 1000);
    QCOMPARE(rule.value(QStringLiteral("proof_after_returns")).toInt(), 3); // the default, kept
    const QJsonObject risk = master({QStringLiteral("return-rule"),
                                     QStringLiteral("LEJ"),
                                     QStringLiteral("--proof-after-returns"),
                                     QStringLiteral("5")})
                                 .json();
    QCOMPARE(risk.value(QStringLiteral("proof_after_returns")).toInt(), 5);
    QCOMPARE(risk.value(QStringLiteral("proof_from_minor")).toInt(), 25000);
    const Run nothing = master({QStringLiteral("return-rule"), QStringLiteral("LEJ")});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.err.contains("--proof-after-returns"), nothing.err.constData());
    QCOMPARE(master({QStringLiteral("return-rule"),
                     QStringLiteral("LEJ"),
                     QStringLiteral("--proof-after-returns"),
                     QStringLiteral("few")})
                 .exitCode,
             2);

    // What customs will ask that the shop's files did not give: Shopify exports no dimensions.
    const Run report = master({QStringLiteral("report"),
                               QStringLiteral("product-data"),
                               QStringLiteral("--warehouse"),
                               QStringLiteral("LEJ")});
    QCOMPARE(report.exitCode, 0);
    const QList<QByteArray> lines = report.out.trimmed().split('\n');
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(summary.value(QStringLiteral("lacking")).toInt(), 5); // POST is no goods: not listed
    const QJsonObject mug = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(mug.value(QStringLiteral("sku")).toString(), QStringLiteral("APR-SAND"));
    QCOMPARE(mug.value(QStringLiteral("missing")).toArray(), QJsonArray{QStringLiteral("dimensions")});
}

void TestSellerIntake::auditTrailIsVouchedForByTheMaster(const QString& cache)
{
    const auto verify = [&](const QString& path, bool withMaster) {
        QStringList args{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path};
        if (withMaster)
            args << QStringLiteral("--master") << m_stationUrl;
        return floorctl(args);
    };
    const Run anchored = verify(cache, true);
    QCOMPARE(anchored.exitCode, 0);
    const int anchors =
        ownerScalar(QStringLiteral("SELECT count(*) FROM master.audit_anchor WHERE station_id = 'ST-LEJ-1'")).toInt();
    QVERIFY(anchors >= 1);
    QCOMPARE(anchored.json().value(QStringLiteral("anchors")).toInt(), anchors);
    const qint64 firstAnchor =
        ownerScalar(QStringLiteral("SELECT min(row_id) FROM master.audit_anchor WHERE station_id = 'ST-LEJ-1'"))
            .toLongLong();
    QVERIFY(firstAnchor > 3);
    // Two copies, tampered with as someone with the file and SQLite would: triggers dropped.
    const auto tampered = [&](const QString& name, const std::function<bool(QSqlDatabase&)>& change) {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(cache);
            if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
                qFatal("cannot copy the cache");
            db.close();
            db.setDatabaseName(path);
            if (!db.open() || !change(db))
                qFatal("cannot tamper with %s: %s", qPrintable(name), qPrintable(db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    };
    const QString cut = tampered(QStringLiteral("cut.sqlite"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("DROP TRIGGER audit_no_delete"))
               && q.exec(QStringLiteral("DELETE FROM audit WHERE id >= %1").arg(firstAnchor - 2));
    });
    const QString rewritten = tampered(QStringLiteral("rewritten.sqlite"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DROP TRIGGER audit_no_update")))
            return false;
        auto rows = wf::db::AuditLog(db).rows();
        if (!rows)
            return false;
        QString prev = wf::db::AuditLog::genesis();
        for (auto row : *rows) { // row 2 says something else; every hash from there on made anew
            if (row.id == 2)
                row.detail = QStringLiteral("nothing happened");
            row.prevHash = prev;
            row.hash = wf::db::AuditLog::rowHash(prev, row);
            prev = row.hash;
            q.prepare(QStringLiteral("UPDATE audit SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?"));
            q.addBindValue(row.detail);
            q.addBindValue(row.prevHash);
            q.addBindValue(row.hash);
            q.addBindValue(row.id);
            if (!q.exec())
                return false;
        }
        return true;
    });
    for (const QString& path : {cut, rewritten}) {
        QCOMPARE(verify(path, false).exitCode, 0); // the file's own chain cannot tell
        const Run caught = verify(path, true);
        QCOMPARE(caught.exitCode, 1);
        QCOMPARE(caught.json().value(QStringLiteral("first_bad_row")).toInteger(), firstAnchor);
        QVERIFY2(
            caught.err.contains(path == cut ? "the trail ends before it" : "differs from the head the master anchored"),
            caught.err.constData());
    }
}

TestSellerIntake::Run TestSellerIntake::syncOnce(const QString& cache, const QString& url)
{
    return floorctl({QStringLiteral("sync"),
                     QStringLiteral("--db"),
                     cache,
                     QStringLiteral("--master"),
                     url,
                     QStringLiteral("--once")});
}

void TestSellerIntake::theWholeFloorReachesEveryStation(const QString& cache)
{
    QCOMPARE(syncOnce(cache, m_stationUrl).exitCode, 0); // the cancellation's exception goes up
    const QString second = m_dir.filePath(QStringLiteral("lej-2.sqlite"));
    const QString secondUrl = addStation(QStringLiteral("ST-LEJ-2"), second);
    QVERIFY(!secondUrl.isEmpty());
    const QString cancelled =
        QStringLiteral("SELECT status || ' ' || origin || ' ' || station_id || ' ' || resolved_by "
                       "FROM exception WHERE kind = 'shipment_cancelled' AND reference = '#1003-1'");
    QCOMPARE(cacheScalar(second, cancelled), QStringLiteral("open master ST-LEJ-1 "));
    // Two supervisors resolve it, each at a station that has not synced since.
    const auto resolveAt = [&](const QString& path, const QString& station, const QString& login, const QString& note) {
        return floorctl({QStringLiteral("replay"),
                         QStringLiteral("--db"),
                         path,
                         QStringLiteral("--station"),
                         station,
                         write(station + QStringLiteral("-resolve.txt"),
                               QStringLiteral("login %1\nresolve shipment_cancelled:#1003-1 %2\nlogout\n")
                                   .arg(login, note)
                                   .toUtf8())});
    };
    QVERIFY(
        resolveAt(
            second, QStringLiteral("ST-LEJ-2"), QStringLiteral("S1001 4711"), QStringLiteral("units back in A-01-02"))
            .out.contains("\"code\":\"exception_resolved\""));
    QVERIFY(resolveAt(cache, QStringLiteral("ST-LEJ-1"), QStringLiteral("S1002 2580"), QStringLiteral("put back"))
                .out.contains("\"code\":\"exception_resolved\""));
    QCOMPARE(syncOnce(second, secondUrl).json().value(QStringLiteral("events_rejected")).toInt(), 0); // first
    const Run late = syncOnce(cache, m_stationUrl);
    QCOMPARE(late.json().value(QStringLiteral("events_rejected")).toInt(), 1); // second: refused …
    QCOMPARE(cacheScalar(cache,
                         QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'sync_rejected' AND detail LIKE "
                                        "'%already_resolved: S1001%'")),
             QStringLiteral("1"));                                                   // … and told so
    QCOMPARE(cacheScalar(cache, cancelled), QStringLiteral("resolved here  S1001")); // the first stands here too
    QCOMPARE(ownerScalar(QStringLiteral("SELECT resolved_by || ' ' || resolved_station || ' ' || resolution_note FROM "
                                        "master.floor_exception WHERE kind = 'shipment_cancelled'")),
             QStringLiteral("S1001 ST-LEJ-2 units back in A-01-02"));
    // The whole floor's figures, from the master, at either station's login.
    const Run figures = floorctl({QStringLiteral("metrics"),
                                  QStringLiteral("--master"),
                                  secondUrl,
                                  QStringLiteral("--since"),
                                  QStringLiteral("week"),
                                  QStringLiteral("--json")});
    QCOMPARE(figures.exitCode, 0);
    const QJsonObject floor = figures.json();
    QCOMPARE(floor.value(QStringLiteral("shipments_shipped")).toInt(), 2);
    QCOMPARE(floor.value(QStringLiteral("floor")).toObject().value(QStringLiteral("scans")).toInteger(),
             cacheScalar(cache, QStringLiteral("SELECT count(*) FROM scan_log")).toLongLong()
                 + cacheScalar(second, QStringLiteral("SELECT count(*) FROM scan_log")).toLongLong());
    QStringList contacts;
    for (const auto& st : floor.value(QStringLiteral("stations")).toArray())
        contacts << st.toObject().value(QStringLiteral("station")).toString() + QLatin1Char(' ')
                        + (st.toObject().value(QStringLiteral("last_contact")).isString() ? QStringLiteral("heard")
                                                                                          : QStringLiteral("never"))
                        + QLatin1Char(' ')
                        + QString::number(st.toObject().value(QStringLiteral("queue_depth")).toInt());
    QCOMPARE(contacts.join(QStringLiteral(", ")), QStringLiteral("ST-LEJ-1 heard 0, ST-LEJ-2 heard 0"));
}

void TestSellerIntake::aShortPickShipsInTwoPackagesOfOneOrder()
{
    // An order of two mugs, older than everything waiting (so the next pick list is its own); one
    // mug is not in the bin. The picker works at ST-LEJ-1, the packer at a bench of its own
    // (ST-LEJ-PACK), which knows the tote and what went into it only from the master. The package
    // ships with one mug, the master makes package 2 of 2 for the other from the stock elsewhere,
    // picked and shipped the same way: one order, two packages.
    const QString cache = m_dir.filePath(QStringLiteral("lej-1.sqlite"));
    const QString bench = m_dir.filePath(QStringLiteral("lej-pack.sqlite"));
    const QString benchUrl = addStation(QStringLiteral("ST-LEJ-PACK"), bench);
    QVERIFY(!benchUrl.isEmpty());
    const Run imported = master(
        {QStringLiteral("import"),
         QStringLiteral("orders"),
         write(QStringLiteral("short-order.csv"),
               "Name,Email,Financial Status,Currency,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
               "Lineitem price,Lineitem sku,Lineitem requires shipping,Shipping Name,Shipping Address1,Shipping City,"
               "Shipping Zip,Shipping Country\n#1020,lena@example.de,paid,EUR,DHL Paket,2026-11-01 08:00:00 +0100,2,"
               "Enamel mug - 0.3 l,12.50,MUG-03,true,Lena Wolf,Gohliser Str. 3,Leipzig,04155,Germany\n"),
         QStringLiteral("--warehouse"),
         QStringLiteral("LEJ")});
    QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(syncOnce(cache, m_stationUrl).exitCode, 0);
    const auto replay = [&](const QString& at, const QString& station, const QString& name, const QString& script) {
        return floorctl({QStringLiteral("replay"),
                         QStringLiteral("--db"),
                         at,
                         QStringLiteral("--station"),
                         station,
                         QStringLiteral("--batch"),
                         QStringLiteral("1"),
                         write(name, script.toUtf8())});
    };
    const QString picker = QStringLiteral("ST-LEJ-1");
    const QString packer = QStringLiteral("ST-LEJ-PACK");
    const Run picked =
        replay(cache,
               picker,
               QStringLiteral("short-pick.txt"),
               QStringLiteral("login P1002\nmode pick\nscan TOTE-0020\nscan A-02-01\nscan 4260123450035\n"
                              "action short not_found\nlogout\n"));
    QVERIFY2(picked.out.contains("1 × MUG-03 short (Not in the bin)"), picked.out.constData());
    // Before the picker's station has synced, the bench does not know the tote.
    const Run tooEarly = replay(bench,
                                packer,
                                QStringLiteral("early-pack.txt"),
                                QStringLiteral("login P1001\nmode pack\nscan TOTE-0020\nlogout\n"));
    QVERIFY2(!tooEarly.out.contains("#1020-1"), tooEarly.out.constData());
    QCOMPARE(syncOnce(cache, m_stationUrl).json().value(QStringLiteral("events_rejected")).toInt(), 0);
    QCOMPARE(
        ownerScalar(QStringLiteral("SELECT s.status || ' ' || s.tote || ' ' || l.picked_qty || '/' || l.short_qty "
                                   "|| ' ' || l.short_reason FROM master.shipment s JOIN master.shipment_line l ON "
                                   "l.shipment_id = s.id WHERE s.id = '#1020-1'")),
        QStringLiteral("picked TOTE-0020 1/1 not_found"));
    QCOMPARE(syncOnce(bench, benchUrl).exitCode, 0);
    QCOMPARE(
        cacheScalar(bench,
                    QStringLiteral("SELECT s.status || ' ' || s.tote || ' ' || l.short_qty || ' ' || l.short_reason "
                                   "FROM shipment s JOIN shipment_line l ON l.shipment_id = s.id WHERE s.id = "
                                   "'#1020-1'")),
        QStringLiteral("picked TOTE-0020 1 not_found"));
    // A status taken from the master is not the bench's own fact: no event goes back for it.
    QCOMPARE(cacheScalar(bench, QStringLiteral("SELECT count(*) FROM floor_event WHERE kind = 'shipment'")),
             QStringLiteral("0"));
    const QString sscc1 = ownerScalar(QStringLiteral("SELECT sscc FROM master.shipment WHERE id = '#1020-1'"));
    const Run packed = replay(bench,
                              packer,
                              QStringLiteral("short-pack.txt"),
                              QStringLiteral("login P1001\nmode pack\nscan TOTE-0020\nscan 4260123450035\n"
                                             "action weight 0.4\naction close\naction label\nscan ]C100%1\n"
                                             "scan #1020-1\nlogout\n")
                                  .arg(sscc1));
    QVERIFY2(packed.out.contains("\"code\":\"shipped\""), packed.out.constData());
    // The bench shows the line short with the picker's reason, and the package closes without it.
    QVERIFY2(packed.out.contains("1 × MUG-03 short (Not in the bin), not in this package"), packed.out.constData());
    QCOMPARE(syncOnce(bench, benchUrl).json().value(QStringLiteral("events_rejected")).toInt(), 0);
    QCOMPARE(
        ownerScalar(QStringLiteral("SELECT string_agg(s.id || ' ' || s.package_no || '/' || s.package_count || ' ' "
                                   "|| s.status || ' ' || l.quantity || ':' || coalesce(l.packed_qty, 0) || ':' || "
                                   "l.short_qty || ' ' || s.floor_station, ', ' ORDER BY s.id) FROM master.shipment s "
                                   "JOIN master.shipment_line l ON l.shipment_id = s.id WHERE s.order_id = '#1020'")),
        QStringLiteral("#1020-1 1/2 shipped 2:1:1 ST-LEJ-PACK, #1020-2 2/2 awaiting_pick 1:0:0 "));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT status FROM master.orders WHERE id = '#1020'")),
             QStringLiteral("picking"));
    // The picker's station has the second package, and sees the first shipped by the bench.
    QCOMPARE(syncOnce(cache, m_stationUrl).exitCode, 0);
    QCOMPARE(
        cacheScalar(cache,
                    QStringLiteral("SELECT group_concat(id || ' ' || package_no || '/' || package_count || ' ' || "
                                   "status, ', ') FROM (SELECT * FROM shipment WHERE order_id = '#1020' ORDER BY id)")),
        QStringLiteral("#1020-1 1/2 shipped, #1020-2 2/2 awaiting_pick"));
    const Run second =
        replay(cache,
               picker,
               QStringLiteral("second-pick.txt"),
               QStringLiteral("login P1002\nmode pick\nscan TOTE-0021\nscan A-02-01\nscan 4260123450035\n"
                              "logout\n"));
    QVERIFY2(second.out.contains("\"code\":\"list_done\""), second.out.constData());
    QCOMPARE(syncOnce(cache, m_stationUrl).json().value(QStringLiteral("events_rejected")).toInt(), 0);
    QCOMPARE(syncOnce(bench, benchUrl).exitCode, 0);
    const QString sscc2 = ownerScalar(QStringLiteral("SELECT sscc FROM master.shipment WHERE id = '#1020-2'"));
    QCOMPARE(sscc2.size(), 18);
    const Run secondPack = replay(bench,
                                  packer,
                                  QStringLiteral("second-pack.txt"),
                                  QStringLiteral("login P1001\nmode pack\nscan TOTE-0021\nscan 4260123450035\n"
                                                 "action weight 0.4\naction close\naction label\nscan ]C100%1\n"
                                                 "scan #1020-2\nlogout\n")
                                      .arg(sscc2));
    QVERIFY2(secondPack.out.contains("\"code\":\"shipped\""), secondPack.out.constData());
    QCOMPARE(syncOnce(bench, benchUrl).json().value(QStringLiteral("events_rejected")).toInt(), 0);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(id || ' ' || status, ', ' ORDER BY id) FROM master.shipment "
                                        "WHERE order_id = '#1020'")),
             QStringLiteral("#1020-1 shipped, #1020-2 shipped"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT status FROM master.orders WHERE id = '#1020'")),
             QStringLiteral("shipped"));
    // Every unit picked at one station and shipped from the other left the staging area once, and
    // the picker's station, synced, sees it so.
    QCOMPARE(syncOnce(cache, m_stationUrl).exitCode, 0);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT coalesce(sum(s.on_hand), 0) FROM master.stock s JOIN master.location l "
                                        "ON l.id = s.location_id WHERE l.kind = 'staging' AND s.sku = 'MUG-03'")),
             QStringLiteral("0"));
    QCOMPARE(
        ownerScalar(QStringLiteral("SELECT coalesce(sum(s.on_hand), 0) || '/' || coalesce(sum(s.reserved), 0) FROM "
                                   "master.stock s JOIN master.location l ON l.id = s.location_id WHERE l.kind = "
                                   "'staging' AND s.sku = 'MUG-03'")),
        cacheScalar(cache,
                    QStringLiteral("SELECT coalesce(sum(s.on_hand), 0) || '/' || coalesce(sum(s.reserved), 0) FROM "
                                   "stock s JOIN location l ON l.id = s.location_id WHERE l.kind = 'staging' AND "
                                   "s.sku = 'MUG-03'")));
}

void TestSellerIntake::aStationKilledWhilePushingSendsEachEventOnce()
{
    // A day offline: 30,000 scans and 6,000 exceptions waiting (with the verdict counts, about
    // 6,000 events). `floorctl sync` is killed (SIGKILL) at random points while it gathers, pushes
    // and acknowledges, up to ten times; then it runs to the end. The master must hold every
    // event once: every scan counted once, every exception once.
    const QString cache = m_dir.filePath(QStringLiteral("lej-1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lej-day"));
        db.setDatabaseName(cache);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(
            q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                                  "INSERT INTO scan_log (scanned_at, station_id, operator_badge, workflow, source, "
                                  "payload, verdict, code) SELECT %1 - i * 2000, 'ST-LEJ-1', 'P100' || (i % 2 + 1), "
                                  "'pick', 'wedge', 'A-01-01', CASE WHEN i % 25 = 0 THEN 'error' ELSE 'ok' END, CASE "
                                  "WHEN i % 25 = 0 THEN 'wrong_bin' ELSE 'bin_confirmed' END FROM n")
                       .arg(now)));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                                      "INSERT INTO exception (kind, reference, detail, operator_badge, station_id, "
                                      "raised_at) SELECT 'low_stock', 'A-01-0' || (i % 9 + 1), 'offline day ' || i, "
                                      "'P1001', 'ST-LEJ-1', %1 - i * 1000 FROM n")
                           .arg(now)));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lej-day"));
    const QStringList args{QStringLiteral("sync"),
                           QStringLiteral("--db"),
                           cache,
                           QStringLiteral("--master"),
                           m_stationUrl,
                           QStringLiteral("--once")};
    // Killed while events are still waiting, up to ten times: each time some were sent, some not.
    int killed = 0;
    for (int round = 0; round < 30 && killed < 10; ++round) {
        if (cacheScalar(cache, QStringLiteral("SELECT count(*) FROM floor_event WHERE state = 'pending'"))
                == QLatin1String("0")
            && round > 0)
            break;
        QProcess p;
        p.start(QStringLiteral(FLOORCTL), args);
        QVERIFY(p.waitForStarted());
        QTest::qWait(30 + QRandomGenerator::global()->bounded(300));
        if (p.state() == QProcess::Running) {
            p.kill();
            ++killed;
        }
        p.waitForFinished();
    }
    QVERIFY2(killed >= 3, qPrintable(QString::number(killed))); // rounds that died half-way
    const Run last = syncOnce(cache, m_stationUrl);
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(cacheScalar(cache, QStringLiteral("SELECT count(*) FROM floor_event WHERE state = 'pending'")),
             QStringLiteral("0"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT sum(scans) FROM master.verdict_count WHERE station_id = 'ST-LEJ-1'")),
             cacheScalar(cache, QStringLiteral("SELECT count(*) FROM scan_log")));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.floor_exception WHERE station_id = 'ST-LEJ-1' AND "
                                        "kind = 'low_stock' AND detail LIKE 'offline day %'")),
             QStringLiteral("6000"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.floor_event WHERE station_id = 'ST-LEJ-1'")),
             cacheScalar(cache, QStringLiteral("SELECT count(*) FROM floor_event")));
}

void TestSellerIntake::theReturnsClerksDecisionsReachTheMaster()
{
    // The shop's two returns of the first slot: the chipped mug is refunded without coming back,
    // the apron is received, graded, approved for restock and refunded. The master's return lines
    // then carry the floor's status, grade, reason, decision and clerk. The returns desk is a
    // station of its own, made from the master.
    const QString cache = m_dir.filePath(QStringLiteral("lej-returns.sqlite"));
    const QString url = addStation(QStringLiteral("ST-LEJ-RET"), cache);
    QVERIFY(!url.isEmpty());
    const Run returned = floorctl({QStringLiteral("replay"),
                                   QStringLiteral("--db"),
                                   cache,
                                   QStringLiteral("--station"),
                                   QStringLiteral("ST-LEJ-RET"),
                                   write(QStringLiteral("returns-day.txt"),
                                         "login R1001\nmode returns\nscan RMA-2001\naction line 1\naction refund\n"
                                         "scan RMA-2002\nscan 4260123450011\naction grade B not_as_described seams "
                                         "open\naction approve\naction refund\nlogout\n")});
    QCOMPARE(returned.exitCode, 0);
    QVERIFY2(!returned.out.contains("\"verdict\":\"error\""), returned.out.constData());
    QCOMPARE(syncOnce(cache, url).json().value(QStringLiteral("events_rejected")).toInt(), 0);
    QCOMPARE(
        ownerScalar(QStringLiteral("SELECT string_agg(rma_id || ' ' || status || ' ' || grade || ' ' || floor_reason "
                                   "|| ' ' || decision || ' ' || floor_by, ', ' ORDER BY rma_id) FROM "
                                   "master.return_line WHERE rma_id IN ('RMA-2001', 'RMA-2002')")),
        QStringLiteral("RMA-2001 refunded    R1001, RMA-2002 refunded B not_as_described restock R1001"));
    // The apron went back to stock from the returns desk, once.
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(station_id || ' ' || sku || ' ' || quantity, ', ') FROM "
                                        "master.movement WHERE kind = 'return_restock'")),
             QStringLiteral("ST-LEJ-RET APR-SAND 1"));
}

void TestSellerIntake::theExpectedInboundReachesTheStations()
{
    // The supplier's advance shipping notice (two pallets) and a purchase order: each notice
    // whole, its units waiting as inbound at the receiving bin; the station pulls both, with
    // every line's lot and SSCC.
    const Run imported = master({QStringLiteral("import"),
                                 QStringLiteral("inbound"),
                                 example("inbound.csv"),
                                 QStringLiteral("--warehouse"),
                                 QStringLiteral("LEJ")});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(s.sku || ' ' || s.inbound, ', ' ORDER BY s.sku) FROM "
                                        "master.stock s JOIN master.location l ON l.id = s.location_id WHERE l.code = "
                                        "'DOCK-1'")),
             QStringLiteral("APR-SAND 24, APR-SLATE 12, MUG-03 60, MUG-05 36"));
    QCOMPARE(master({QStringLiteral("import"),
                     QStringLiteral("inbound"),
                     example("inbound.csv"),
                     QStringLiteral("--warehouse"),
                     QStringLiteral("LEJ")})
                 .json()
                 .value(QStringLiteral("unchanged"))
                 .toInt(),
             2);
    const QString cache = m_dir.filePath(QStringLiteral("lej-1.sqlite"));
    QCOMPARE(syncOnce(cache, m_stationUrl).exitCode, 0);
    QCOMPARE(cacheScalar(cache,
                         QStringLiteral("SELECT group_concat(n.id || ' ' || n.kind || ' ' || n.supplier || ' ' || "
                                        "coalesce(n.expected_on, '') || ' ' || l.code, ', ') FROM (SELECT * FROM "
                                        "inbound_notice ORDER BY id) n JOIN location l ON l.id = n.location_id")),
             QStringLiteral("ASN-2026-0042 asn Hafen & Co 2026-12-08 DOCK-1, PO-7781 po Keramik Weiß GmbH "
                            "2026-12-15 DOCK-1"));
    QCOMPARE(
        cacheScalar(cache,
                    QStringLiteral("SELECT group_concat(sku || ' ' || quantity || ' ' || lot || ' ' || sscc, ', ') "
                                   "FROM (SELECT * FROM inbound_line WHERE notice_id = 'ASN-2026-0042' ORDER BY "
                                   "line_no)")),
        QStringLiteral("APR-SAND 24 L2611A 042601230000001018, APR-SLATE 12 L2611B 042601230000001018, "
                       "MUG-03 60  042601230000001025"));
    QCOMPARE(cacheScalar(cache,
                         QStringLiteral("SELECT s.inbound FROM stock s JOIN location l ON l.id = s.location_id WHERE "
                                        "l.code = 'DOCK-1' AND s.sku = 'MUG-03'")),
             QStringLiteral("60"));
}

void TestSellerIntake::badInputOfEachFileIsRefusedPlainly()
{
    const QStringList lej = {QStringLiteral("--warehouse"), QStringLiteral("LEJ")};
    const auto refusals = [&](const char* what, const QString& path, const QStringList& more) {
        const Run run = master(QStringList{QStringLiteral("import"), QLatin1String(what), path} + more);
        QStringList out;
        for (const QJsonValue& r : run.json().value(QStringLiteral("rejected")).toArray())
            out << QStringLiteral("%1:%2")
                       .arg(r.toObject().value(QStringLiteral("line")).toInt())
                       .arg(r.toObject().value(QStringLiteral("column")).toInt());
        return out.join(QLatin1Char(' '));
    };
    // Bins: an unknown kind, a walking sequence that is not a number, min above max.
    QCOMPARE(
        refusals("locations",
                 write(QStringLiteral("bad-bins.csv"),
                       "Bin,Kind,Sequence,Min,Max\nC-1,shelf,1,,\nC-2,pick,ten,,\nC-3,pick,3,9,4\nC-4,pick,4,1,8\n"),
                 lej),
        QStringLiteral("2:2 3:3 4:4"));
    // Stock: an unknown bin, an unknown SKU, a hold above on hand, a figure that is no number.
    QCOMPARE(refusals("stock",
                      write(QStringLiteral("bad-stock.csv"),
                            "SKU,Bin,On hand,Hold\nMUG-03,Z-99,4,\nNOPE,C-4,1,\nMUG-03,C-4,2,3\nMUG-03,C-4,many,\n"),
                      lej),
             QStringLiteral("2:2 3:1 4:4 5:3"));
    // Operators: a supervisor without a PIN, a PIN with letters, an unknown role.
    QCOMPARE(refusals("operators",
                      write(QStringLiteral("bad-operators.csv"),
                            "Badge,Name,Roles,PIN\nS9,Sam,supervisor,\nP9,Pia,picker,12ab\nX9,Xu,boss,\n"),
                      {}),
             QStringLiteral("2:4 3:4 4:3"));
    // Orders: a credit note for an order the master does not have is refused (not taken as an
    // order); one bad line refuses its whole order.
    QCOMPARE(refusals("orders",
                      write(QStringLiteral("bad-orders.csv"),
                            "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                            "C1002,MUG-03,-1,12/1/2026 8:26,12.50,17850,United Kingdom\n"
                            "2001,MUG-03,1,12/1/2026 8:30,12.50,17851,RSA\n"
                            "2001,MUG-03,x,12/1/2026 8:30,12.50,17851,RSA\n"),
                      lej),
             QStringLiteral("2:1 3:1 4:3")); // the credit note names no order of the master
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.orders WHERE id IN ('C1002', '2001')")),
             QStringLiteral("0"));
    // Inbound: an SSCC with a wrong check digit, an absurd quantity, a day that is none; each
    // refuses its whole notice, and raises nothing.
    QCOMPARE(refusals("inbound",
                      write(QStringLiteral("bad-inbound.csv"),
                            "ASN,SKU,Quantity,Expected,SSCC\nA-1,MUG-03,5,,042601230000001019\n"
                            "A-2,MUG-03,6000000,,\nA-3,MUG-03,1,2026-13-01,\n"),
                      lej),
             QStringLiteral("2:5 3:3 4:4"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.inbound_notice WHERE id LIKE 'A-_'")),
             QStringLiteral("0"));
    // An unknown column is not read and is named in the report.
    const Run extra = master({QStringLiteral("import"),
                              QStringLiteral("locations"),
                              write(QStringLiteral("extra.csv"), "Bin,Kind,Sequence,Colour\nC-5,pick,5,blue\n"),
                              QStringLiteral("--warehouse"),
                              QStringLiteral("LEJ")});
    QVERIFY2(
        extra.json().value(QStringLiteral("notes")).toArray().first().toString().contains(QStringLiteral("Colour")),
        extra.out.constData());
    // A missing column says which.
    const Run noKind = master({QStringLiteral("import"),
                               QStringLiteral("locations"),
                               write(QStringLiteral("no-kind.csv"), "Bin,Sequence\nC-6,6\n"),
                               QStringLiteral("--warehouse"),
                               QStringLiteral("LEJ")});
    QCOMPARE(noKind.exitCode, 1);
    QVERIFY2(noKind.err.contains("Kind / Type"), noKind.err.constData());
    // A missing option says which; no raw database text reaches the user.
    const Run noOption =
        master({QStringLiteral("add-warehouse"), QStringLiteral("W2"), QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(noOption.exitCode, 2);
    QVERIFY2(noOption.err.contains("--country, --address, --timezone, --currency"), noOption.err.constData());
    const Run badZone = master({QStringLiteral("add-warehouse"),
                                QStringLiteral("W2"),
                                QStringLiteral("--name"),
                                QStringLiteral("x"),
                                QStringLiteral("--country"),
                                QStringLiteral("NL"),
                                QStringLiteral("--address"),
                                QStringLiteral("x"),
                                QStringLiteral("--timezone"),
                                QStringLiteral("Europe/Atlantis"),
                                QStringLiteral("--currency"),
                                QStringLiteral("EUR")});
    QCOMPARE(badZone.exitCode, 1);
    QVERIFY2(badZone.err.contains("time zone 'Europe/Atlantis' is not an IANA zone name"), badZone.err.constData());
    QVERIFY2(!badZone.err.contains("ERROR") && !badZone.err.contains("CONTEXT") && !badZone.err.contains("PL/pgSQL"),
             badZone.err.constData());
    const Run noBadge = master({QStringLiteral("disable-operator"), QStringLiteral("NOBODY")});
    QCOMPARE(noBadge.exitCode, 1);
    QVERIFY(noBadge.err.contains("no operator has badge NOBODY"));
}

void TestSellerIntake::helpListsEveryActionAndEachFilesColumns()
{
    const Run help = floorctl({QStringLiteral("master"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* action :
         {"init", "status", "add-warehouse", "add-station", "add-operator", "disable-operator", "import", "seed"})
        QVERIFY2(help.out.contains(QByteArray("  ").append(action)), action);
    const Run importHelp = floorctl({QStringLiteral("master"), QStringLiteral("import"), QStringLiteral("--help")});
    for (const char* kind :
         {"import products", "import orders", "import locations", "import stock", "import operators"})
        QVERIFY2(importHelp.out.contains(kind), kind);
    QVERIFY(importHelp.out.contains("On hand (new)"));
    QVERIFY(importHelp.out.contains("InvoiceNo"));
    const Run stockHelp = floorctl(
        {QStringLiteral("master"), QStringLiteral("import"), QStringLiteral("stock"), QStringLiteral("--help")});
    QVERIFY(stockHelp.out.contains("import stock"));
    QVERIFY(!stockHelp.out.contains("import orders"));
    QVERIFY(floorctl({QStringLiteral("master"), QStringLiteral("add-warehouse"), QStringLiteral("--help")})
                .out.contains("--timezone ZONE"));
}

QTEST_GUILESS_MAIN(TestSellerIntake)
#include "TestSellerIntake.moc"
