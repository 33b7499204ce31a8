#include <QCoreApplication>
#include <QElapsedTimer>
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
#include <QUuid>

#include "db/LocalCache.h"
#include "support/TestCache.h"
#include "sync/MasterUrl.h"

/// floorctl master and floorctl sync as processes, against the real PostgreSQL of the fixture.
class TestMasterCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTwiceAddAStationAndSync();
    void unreachableMasterSaysSoWithoutThePassword();
    void initAsASuperuserWarns();
    void seedingFromACacheTwiceChangesNothing();
    void importReportsBadRowsByLineAndKeepsTheGoodOnes();
    void importIsStrictAboutFilesAndWarehouses();
    void eightStationsPushAtOnce();
    void serverStoppedMidPushLosesAndDoublesNothing();
    void pullKilledHalfWayResumesFromItsCursor();

private:
    QTemporaryDir m_dir;
    QString m_ownerUrl;
    QString addStation(const QString& id);
    QString cacheWithMovements(const QString& station, int count, const QString& kind);
    QString ownerScalar(const QString& sql);
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run floorctl(const QStringList& arguments);
};

TestMasterCommandLine::Run TestMasterCommandLine::floorctl(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral(FLOORCTL), arguments);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestMasterCommandLine::initTestCase()
{
    QFile urlFile(qEnvironmentVariable("WF_TEST_MASTER_URL_FILE"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the master fixture did not start (see master.Start)");
    auto admin = wf::sync::MasterUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    QVERIFY(admin);
    const QString database = QStringLiteral("wf_cli_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase server = admin->connection(QStringLiteral("server"));
        QVERIFY(server.open());
        QSqlQuery q(server);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)), qPrintable(q.lastError().text()));
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    admin->database = database;
    m_ownerUrl = admin->toString();
}

void TestMasterCommandLine::initTwiceAddAStationAndSync()
{
    const Run first =
        floorctl({QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), m_ownerUrl});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(!first.err.contains("superuser"), first.err.constData()); // the fixture's owner is not one
    QCOMPARE(QJsonDocument::fromJson(first.out).object().value(QStringLiteral("schema_version")).toInt(), 19);
    const Run second =
        floorctl({QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), m_ownerUrl});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
    // What the pack movements of these tests name: a product and WH1's staging location.
    ownerScalar(QStringLiteral("WITH w AS (INSERT INTO master.warehouse (id) VALUES ('WH1') RETURNING id), p AS "
                               "(INSERT INTO master.product (sku, name) VALUES ('SKU-X', 'Test mug') RETURNING sku) "
                               "INSERT INTO master.location (id, warehouse_id, code, kind) SELECT 1, w.id, 'STAGE', "
                               "'staging' FROM w, p RETURNING id"));
    const Run added = floorctl({QStringLiteral("master"),
                                QStringLiteral("add-station"),
                                QStringLiteral("ST-CLI-1"),
                                QStringLiteral("--warehouse"),
                                QStringLiteral("WH1"),
                                QStringLiteral("--master"),
                                m_ownerUrl});
    QCOMPARE(added.exitCode, 0);
    const QJsonObject station = QJsonDocument::fromJson(added.out).object();
    for (const char* key : {"station", "user", "password", "url"})
        QVERIFY2(!station.value(QLatin1String(key)).toString().isEmpty(), key);
    const QString stationUrl = station.value(QStringLiteral("url")).toString();
    // One pending movement the master can apply (a pack changes no stock).
    const QString cachePath = m_dir.filePath(QStringLiteral("cli.sqlite"));
    {
        auto cache = wf::db::LocalCache::open(cachePath, wf::db::LocalCache::Missing::Create);
        QVERIFY(cache);
        QSqlQuery q((*cache)->database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, from_location_id, "
            "operator_badge, created_at) VALUES ('ST-CLI-1', 1, '0190a1b2-0000-7000-8000-00000000c001', 'pack', "
            "'SKU-X', 1, 1, 'K2001', 1790000000000)")));
    }
    const Run synced = floorctl({QStringLiteral("sync"),
                                 QStringLiteral("--db"),
                                 cachePath,
                                 QStringLiteral("--master"),
                                 stationUrl,
                                 QStringLiteral("--once")});
    QCOMPARE(synced.exitCode, 0);
    const QJsonObject outcome = QJsonDocument::fromJson(synced.out).object();
    QCOMPARE(outcome.value(QStringLiteral("applied")).toInt(), 1);
    QVERIFY(!synced.out.contains(station.value(QStringLiteral("password")).toString().toUtf8()));
    const Run status =
        floorctl({QStringLiteral("master"), QStringLiteral("status"), QStringLiteral("--master"), m_ownerUrl});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("movements")).toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("stations")).toInt(), 1);
}

void TestMasterCommandLine::initAsASuperuserWarns()
{
    QFile adminFile(qEnvironmentVariable("WF_TEST_MASTER_URL_FILE") + QStringLiteral(".admin"));
    QVERIFY(adminFile.open(QIODevice::ReadOnly));
    auto admin = wf::sync::MasterUrl::parse(QString::fromUtf8(adminFile.readAll()).trimmed());
    QVERIFY(admin);
    admin->database = wf::sync::MasterUrl::parse(m_ownerUrl)->database;
    const Run run =
        floorctl({QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), admin->toString()});
    QCOMPARE(run.exitCode, 0); // a warning, not a refusal: nothing changes on a migrated master
    QVERIFY2(run.err.contains("is a superuser") && run.err.contains("docs/security.md"), run.err.constData());
}

void TestMasterCommandLine::unreachableMasterSaysSoWithoutThePassword()
{
    const Run run = floorctl({QStringLiteral("master"),
                              QStringLiteral("status"),
                              QStringLiteral("--master"),
                              QStringLiteral("postgresql://wf:Sup3rSecret@localhost:1/none")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unreachable"));
    QVERIFY(!run.err.contains("Sup3rSecret"));
    QVERIFY(!run.out.contains("Sup3rSecret"));
    QCOMPARE(
        floorctl(
            {QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), QStringLiteral("mysql://x")})
            .exitCode,
        2);
}

void TestMasterCommandLine::seedingFromACacheTwiceChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("seed.sqlite"));
    qint64 onHand = 0;
    {
        auto cache = wf::test::makeDemoCache(path, 300, 60, 5);
        onHand = wf::test::scalar(cache->database(), QStringLiteral("SELECT sum(on_hand) FROM stock"));
    }
    const QStringList seed = {QStringLiteral("master"),
                              QStringLiteral("seed"),
                              QStringLiteral("--db"),
                              path,
                              QStringLiteral("--master"),
                              m_ownerUrl};
    const Run first = floorctl(seed);
    QCOMPARE(first.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(counts.value(QStringLiteral("products")).toInt(), 300);
    QVERIFY(counts.value(QStringLiteral("stock")).toInt() > 300);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT sum(on_hand) FROM master.stock s JOIN master.location l ON l.id = "
                                        "s.location_id WHERE l.warehouse_id = 'WH1'"))
                 .toLongLong(),
             onHand);
    const QString feed = ownerScalar(QStringLiteral("SELECT max(seq) FROM master.change_feed"));
    QCOMPARE(floorctl(seed).exitCode, 0);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT max(seq) FROM master.change_feed")), feed); // nothing new
    QCOMPARE(
        floorctl({QStringLiteral("master"), QStringLiteral("seed"), QStringLiteral("--master"), m_ownerUrl}).exitCode,
        2); // neither --demo nor --db
}

void TestMasterCommandLine::importReportsBadRowsByLineAndKeepsTheGoodOnes()
{
    const QString products = m_dir.filePath(QStringLiteral("products.csv"));
    QFile p(products);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(
        "\xEF\xBB\xBFHandle,Title,Option1 Value,Variant SKU,Variant Grams,Variant Barcode,HS Code,Country of Origin,"
        "Variant Price\r\n"
        "mug,\"Mug, \"\"Classic\"\"\",Blue,IMP-MUG-1,350,4006381333931,6912.00,DE,12.50\r\n"
        "mug,,Red,IMP-MUG-2,350,,691200,DE,12.50\r\n"
        "lamp,Desk lamp,,IMP-LAMP,900,,94052,CN,39.00\r\n"
        "lamp,Desk lamp,,,900,,940520,CN,39.00\r\n"
        "cup,\"Cup\nwith a line break\",,IMP-CUP,120,,691200,PT,4\r\n"
        "bad,Bad barcode,,IMP-BAD,10,12AB,691200,PT,4\r\n");
    p.close();
    const Run imported = floorctl({QStringLiteral("master"),
                                   QStringLiteral("import"),
                                   QStringLiteral("products"),
                                   products,
                                   QStringLiteral("--master"),
                                   m_ownerUrl});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 3);
    QStringList bad;
    for (const auto& r : report.value(QStringLiteral("rejected")).toArray())
        bad << QStringLiteral("%1:%2:%3")
                   .arg(r.toObject().value(QStringLiteral("line")).toInt())
                   .arg(r.toObject().value(QStringLiteral("column")).toInt())
                   .arg(r.toObject()
                            .value(QStringLiteral("error"))
                            .toString()
                            .section(QStringLiteral(": "), 1)
                            .section(QLatin1Char(' '), 0, 1));
    QCOMPARE(bad,
             (QStringList{
                 QStringLiteral("4:7:HS code"), QStringLiteral("5:4:no SKU"), QStringLiteral("8:6:barcode '12AB'")}));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT name FROM master.product WHERE sku = 'IMP-MUG-1'")),
             QStringLiteral("Mug, \"Classic\""));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT name || '/' || size FROM master.product WHERE sku = 'IMP-MUG-2'")),
             QStringLiteral("Mug, \"Classic\"/Red")); // the title carried from the product's first row
    QCOMPARE(ownerScalar(QStringLiteral("SELECT declared_value_minor FROM master.product WHERE sku = 'IMP-MUG-1'")),
             QStringLiteral("1250"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT sku FROM master.barcode WHERE code = '4006381333931'")),
             QStringLiteral("IMP-MUG-1"));

    // A pick face holding both products: the orders reserve their units there.
    const auto importInto = [&](const QString& what, const QString& name, const QByteArray& bytes) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        return floorctl({QStringLiteral("master"),
                         QStringLiteral("import"),
                         what,
                         f.fileName(),
                         QStringLiteral("--warehouse"),
                         QStringLiteral("WH1"),
                         QStringLiteral("--master"),
                         m_ownerUrl});
    };
    QCOMPARE(importInto(QStringLiteral("locations"), QStringLiteral("bins.csv"), "Bin,Kind,Sequence\nP-1,pick,10\n")
                 .exitCode,
             0);
    const Run stocked = importInto(
        QStringLiteral("stock"), QStringLiteral("stock.csv"), "SKU,Bin,On hand\nIMP-MUG-1,P-1,10\nIMP-CUP,P-1,5\n");
    QCOMPARE(QJsonDocument::fromJson(stocked.out).object().value(QStringLiteral("imported")).toInt(), 2);
    const QString orders = m_dir.filePath(QStringLiteral("orders.csv"));
    QFile o(orders);
    QVERIFY(o.open(QIODevice::WriteOnly));
    o.write("Name,Shipping Country,Lineitem sku,Lineitem quantity\n"
            "#1001,DE,IMP-MUG-1,2\n"
            "#1001,,IMP-CUP,1\n"
            "#1002,Germany,IMP-MUG-1,1\n"
            "#1003,FR,NOPE-1,1\n"
            "#1004,FR,IMP-CUP,0\n"
            "#1005,Channel Islands,IMP-CUP,1\n");
    o.close();
    const Run ordered = floorctl({QStringLiteral("master"),
                                  QStringLiteral("import"),
                                  QStringLiteral("orders"),
                                  orders,
                                  QStringLiteral("--warehouse"),
                                  QStringLiteral("WH1"),
                                  QStringLiteral("--master"),
                                  m_ownerUrl});
    QCOMPARE(ordered.exitCode, 0);
    const QJsonObject orderReport = QJsonDocument::fromJson(ordered.out).object();
    QCOMPARE(orderReport.value(QStringLiteral("imported")).toInt(), 2); // orders, each whole
    QCOMPARE(orderReport.value(QStringLiteral("lines")).toInt(), 3);
    QCOMPARE(orderReport.value(QStringLiteral("backordered")).toInt(), 0);
    const QJsonArray refused = orderReport.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(refused.size(), 3);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT reserved FROM master.stock WHERE sku = 'IMP-MUG-1'")),
             QStringLiteral("3")); // #1001's two and #1002's one
    // A name a shop writes is the country's code; one that is no single country says which to use.
    QCOMPARE(ownerScalar(QStringLiteral("SELECT destination_country FROM master.orders WHERE id = '#1002'")),
             QStringLiteral("DE"));
    const QString channelIslands = refused.last().toObject().value(QStringLiteral("error")).toString();
    QVERIFY2(channelIslands.contains(QLatin1String("JE")) && channelIslands.contains(QLatin1String("GG")),
             qPrintable(channelIslands));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.order_line WHERE order_id = '#1001'")),
             QStringLiteral("2"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(sku || ' x' || quantity, ', ' ORDER BY line_no) FROM "
                                        "master.shipment_line WHERE shipment_id = '#1001-1'")),
             QStringLiteral("IMP-MUG-1 x2, IMP-CUP x1")); // one package holding the order's lines
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.orders WHERE id IN ('#1003', '#1004', '#1005')")),
             QStringLiteral("0"));
    QCOMPARE(floorctl({QStringLiteral("master"),
                       QStringLiteral("import"),
                       QStringLiteral("orders"),
                       orders,
                       QStringLiteral("--master"),
                       m_ownerUrl})
                 .exitCode,
             2); // orders need their warehouse
}

QString TestMasterCommandLine::addStation(const QString& id)
{
    const Run added = floorctl({QStringLiteral("master"),
                                QStringLiteral("add-station"),
                                id,
                                QStringLiteral("--warehouse"),
                                QStringLiteral("WH1"),
                                QStringLiteral("--master"),
                                m_ownerUrl});
    return QJsonDocument::fromJson(added.out).object().value(QStringLiteral("url")).toString();
}

QString TestMasterCommandLine::cacheWithMovements(const QString& station, int count, const QString& kind)
{
    const QString path = m_dir.filePath(station + QStringLiteral(".sqlite"));
    auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Create);
    if (!cache)
        qFatal("cannot create a cache");
    QSqlQuery q((*cache)->database());
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(
        QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, from_location_id, "
                       "operator_badge, created_at) VALUES (?, ?, ?, ?, 'SKU-X', 1, 1, 'K2001', 1790000000000)"));
    for (int i = 1; i <= count; ++i) {
        q.addBindValue(station);
        q.addBindValue(i);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(kind);
        if (!q.exec())
            qFatal("cannot write a movement");
    }
    QSqlQuery((*cache)->database()).exec(QStringLiteral("COMMIT"));
    return path;
}

QString TestMasterCommandLine::ownerScalar(const QString& sql)
{
    auto owner = wf::sync::MasterUrl::parse(m_ownerUrl);
    QString value;
    {
        QSqlDatabase db = owner->connection(QStringLiteral("owner-check"));
        if (!db.open())
            qFatal("owner connection: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("owner query: %s", qPrintable(q.lastError().text()));
        value = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner-check"));
    return value;
}

void TestMasterCommandLine::pullKilledHalfWayResumesFromItsCursor()
{
    QCOMPARE(
        floorctl({QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), m_ownerUrl}).exitCode,
        0);
    const QString url = addStation(QStringLiteral("ST-PULL"));
    // 100,000 products on the master, each a change for every station.
    ownerScalar(QStringLiteral("WITH made AS (INSERT INTO master.product (sku, name, category) SELECT 'P-' || "
                               "lpad(n::text, 6, '0'), 'Product ' || n, 'demo' FROM generate_series(1, 100000) n "
                               "RETURNING 1) SELECT count(*) FROM made"));
    const QString path = m_dir.filePath(QStringLiteral("pull.sqlite"));
    {
        auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Create);
        QVERIFY(cache);
    }
    // Killed while pulling: every page it committed is there with its cursor, nothing else.
    QProcess p;
    p.start(QStringLiteral(FLOORCTL),
            {QStringLiteral("sync"),
             QStringLiteral("--db"),
             path,
             QStringLiteral("--master"),
             url,
             QStringLiteral("--once")});
    QVERIFY(p.waitForStarted());
    {
        // Kill once the first pages are in: mid-pull, whatever page it is writing then.
        QSqlDatabase watch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        watch.setDatabaseName(path);
        watch.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(watch.open());
        QElapsedTimer waited;
        waited.start();
        while (p.state() == QProcess::Running && waited.elapsed() < 30000) {
            QSqlQuery q(watch);
            if (q.exec(QStringLiteral("SELECT coalesce(max(value), 0) FROM sync_cursor")) && q.next()
                && q.value(0).toLongLong() >= 20000)
                break;
            QTest::qWait(20);
        }
        watch.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    QTest::qWait(QRandomGenerator::global()->bounded(0, 100));
    const bool killed = p.state() == QProcess::Running;
    p.kill();
    p.waitForFinished();
    qint64 cursor = 0;
    qint64 products = 0;
    {
        auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Refuse);
        QVERIFY(cache);
        cursor =
            wf::test::scalar((*cache)->database(), QStringLiteral("SELECT coalesce(max(value), 0) FROM sync_cursor"));
        products = wf::test::scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM product"));
    }
    const qint64 changesUpToCursor =
        ownerScalar(QStringLiteral("SELECT count(*) FROM master.change_feed WHERE entity = "
                                   "'product' AND seq <= %1")
                        .arg(cursor))
            .toLongLong();
    QCOMPARE(products, changesUpToCursor);
    qInfo("killed: %s, at cursor %lld with %lld products", killed ? "yes" : "no (finished first)", cursor, products);
    QVERIFY(killed);
    QVERIFY(cursor > 0 && cursor < 100000);
    QElapsedTimer timer;
    timer.start();
    const Run rest = floorctl({QStringLiteral("sync"),
                               QStringLiteral("--db"),
                               path,
                               QStringLiteral("--master"),
                               url,
                               QStringLiteral("--once")});
    QCOMPARE(rest.exitCode, 0);
    const qint64 restMs = timer.elapsed();
    const qint64 changesAfterCursor =
        ownerScalar(
            QStringLiteral("SELECT count(*) FROM master.change_feed WHERE seq > %1 AND (warehouse_id IS NULL OR "
                           "warehouse_id = 'WH1')")
                .arg(cursor))
            .toLongLong();
    QCOMPARE(QJsonDocument::fromJson(rest.out).object().value(QStringLiteral("pulled")).toInteger(),
             changesAfterCursor);
    qInfo("the rest (%lld changes) pulled in %lld ms", changesAfterCursor, restMs);
    auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Refuse);
    QVERIFY(cache);
    QCOMPARE(
        wf::test::scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM product WHERE sku LIKE 'P-%'")),
        qint64(100000));
}

void TestMasterCommandLine::importIsStrictAboutFilesAndWarehouses()
{
    // Runs after importReportsBadRowsByLineAndKeepsTheGoodOnes: #1001 is WH1's, with two lines.
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    };
    const auto import = [&](const QString& what, const QString& path, const QString& warehouse = {}) {
        QStringList args{QStringLiteral("master"), QStringLiteral("import"), what, path};
        if (!warehouse.isEmpty())
            args << QStringLiteral("--warehouse") << warehouse;
        return floorctl(args + QStringList{QStringLiteral("--master"), m_ownerUrl});
    };
    // A quote in a title is a character; a NUL byte refuses its row with a plain reason.
    const Run products = import(QStringLiteral("products"),
                                write(QStringLiteral("strict-products.csv"),
                                      QByteArray("Variant SKU,Title,Variant Grams\n"
                                                 "STR-1,15\" laptop sleeve,200\n"
                                                 "STR-2,Mouse pad,80\n"
                                                 "STR-3,Cable")
                                          + QByteArray(1, '\0')
                                          + QByteArray("tie,5\n"
                                                       "STR-4,USB hub,90\n"
                                                       "STR-5,Stand,900\n")));
    QCOMPARE(products.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(products.out).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 4);
    const QJsonObject nul = report.value(QStringLiteral("rejected")).toArray().first().toObject();
    QCOMPARE(nul.value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(nul.value(QStringLiteral("column")).toInt(), 2);
    QVERIFY(nul.value(QStringLiteral("error")).toString().contains(QStringLiteral("NUL byte")));
    QVERIFY(!products.err.contains("Unable to free statement"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT name FROM master.product WHERE sku = 'STR-1'")),
             QStringLiteral("15\" laptop sleeve"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.product WHERE sku LIKE 'STR-%'")),
             QStringLiteral("4"));
    // An unterminated quote refuses the file, naming file, line and column; nothing is imported.
    const QString open = write(QStringLiteral("open-quote.csv"), "Variant SKU,Title\nOQ-1,\"Never closed\nOQ-2,x\n");
    const Run refused = import(QStringLiteral("products"), open);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("line 2, column 2") && refused.err.contains(open.toUtf8()), refused.err.constData());
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.product WHERE sku LIKE 'OQ-%'")),
             QStringLiteral("0"));
    // An order the master holds for WH1 is not rewritten by an import for WH2.
    ownerScalar(QStringLiteral("INSERT INTO master.warehouse (id) VALUES ('WH2') ON CONFLICT (id) DO UPDATE SET id "
                               "= EXCLUDED.id RETURNING id"));
    const QString lines = QStringLiteral("SELECT string_agg(sku || ' x' || quantity, ', ' ORDER BY line_no) FROM "
                                         "master.order_line WHERE order_id = '#1001'");
    const QString before = ownerScalar(lines);
    const qint64 feedBefore = ownerScalar(QStringLiteral("SELECT max(seq) FROM master.change_feed")).toLongLong();
    const Run other = import(QStringLiteral("orders"),
                             write(QStringLiteral("other-warehouse.csv"),
                                   "Name,Shipping Country,Lineitem sku,Lineitem quantity\n#1001,DE,STR-2,9\n"
                                   "#2001,DE,STR-2,1\n"),
                             QStringLiteral("WH2"));
    QCOMPARE(other.exitCode, 0);
    const QJsonObject otherReport = QJsonDocument::fromJson(other.out).object();
    QCOMPARE(otherReport.value(QStringLiteral("imported")).toInt(), 1);
    const QJsonObject moved = otherReport.value(QStringLiteral("rejected")).toArray().first().toObject();
    QCOMPARE(moved.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(moved.value(QStringLiteral("column")).toInt(), 1);
    QVERIFY2(moved.value(QStringLiteral("error")).toString().contains(QStringLiteral("warehouse WH1's")),
             qPrintable(moved.value(QStringLiteral("error")).toString()));
    QCOMPARE(ownerScalar(lines), before);
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.change_feed WHERE seq > %1 AND warehouse_id = "
                                        "'WH1'")
                             .arg(feedBefore)),
             QStringLiteral("0")); // nothing went to WH1's stations
    // An unknown warehouse: one clear error, no foreign-key error per row.
    const Run unknown = import(QStringLiteral("orders"),
                               write(QStringLiteral("unknown-warehouse.csv"),
                                     "Name,Shipping Country,Lineitem sku,Lineitem quantity\n#3001,DE,STR-2,1\n"
                                     "#3002,DE,STR-2,1\n"),
                               QStringLiteral("WH-NOPE"));
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err.count('\n'), 1);
    QVERIFY2(unknown.err.contains("warehouse 'WH-NOPE' is not on the master"), unknown.err.constData());
    QVERIFY(!unknown.err.contains("foreign key"));
}

void TestMasterCommandLine::eightStationsPushAtOnce()
{
    // Eight station processes push 2,000 movements each at the same time: every one applied once.
    QList<QProcess*> running;
    for (int s = 1; s <= 8; ++s) {
        const QString station = QStringLiteral("ST-PAR-%1").arg(s);
        const QString url = addStation(station);
        const QString path = cacheWithMovements(station, 2000, QStringLiteral("pack"));
        auto* p = new QProcess(this);
        p->setProperty("path", path);
        p->setProgram(QStringLiteral(FLOORCTL));
        p->setArguments({QStringLiteral("sync"),
                         QStringLiteral("--db"),
                         path,
                         QStringLiteral("--master"),
                         url,
                         QStringLiteral("--once")});
        running << p;
    }
    for (QProcess* p : running)
        p->start();
    for (QProcess* p : running) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(QStringLiteral("applied")).toInt(),
                 2000);
    }
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_id LIKE 'ST-PAR-%'")),
             QStringLiteral("16000"));
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(DISTINCT (station_id, station_seq)) FROM master.movement WHERE "
                                        "station_id LIKE 'ST-PAR-%'")),
             QStringLiteral("16000"));
    for (QProcess* p : running) {
        auto cache = wf::db::LocalCache::open(p->property("path").toString(), wf::db::LocalCache::Missing::Refuse);
        QVERIFY(cache);
        QCOMPARE(wf::test::scalar((*cache)->database(),
                                  QStringLiteral("SELECT count(*) FROM movement WHERE state = 'acked'")),
                 qint64(2000));
    }
    qDeleteAll(running);
}

void TestMasterCommandLine::serverStoppedMidPushLosesAndDoublesNothing()
{
    const QString url = addStation(QStringLiteral("ST-CRASH"));
    const QString path = cacheWithMovements(QStringLiteral("ST-CRASH"), 30000, QStringLiteral("pack"));
    QProcess push;
    push.start(QStringLiteral(FLOORCTL),
               {QStringLiteral("sync"),
                QStringLiteral("--db"),
                path,
                QStringLiteral("--master"),
                url,
                QStringLiteral("--once")});
    QVERIFY(push.waitForStarted());
    // Once a few batches are in, the server goes down at once (as a crash would) and comes back.
    QElapsedTimer waited;
    waited.start();
    while (ownerScalar(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_id = 'ST-CRASH'")).toInt()
               < 3000
           && waited.elapsed() < 60000)
        QTest::qWait(20);
    const QString script = QStringLiteral(WF_SOURCE_DIR) + QStringLiteral("/tests/support/postgres-cluster.sh");
    QCOMPARE(QProcess::execute(script,
                               {QStringLiteral("restart"),
                                qEnvironmentVariable("WF_TEST_MASTER_URL_FILE"),
                                QStringLiteral("-"),
                                QStringLiteral("1")}),
             0);
    QVERIFY(push.waitForFinished(60000));
    const QByteArray failure = push.readAllStandardError();
    qInfo("first run: exit %d, %s", push.exitCode(), failure.trimmed().left(200).constData());
    const int inBetween =
        ownerScalar(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_id = 'ST-CRASH'")).toInt();
    QVERIFY(inBetween < 30000); // it was stopped part-way
    // Pushed again: what the master has is acknowledged as duplicate, the rest applied, once each.
    const Run again = floorctl({QStringLiteral("sync"),
                                QStringLiteral("--db"),
                                path,
                                QStringLiteral("--master"),
                                url,
                                QStringLiteral("--once")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject outcome = QJsonDocument::fromJson(again.out).object();
    qInfo("second run: %s", again.out.trimmed().constData());
    QCOMPARE(ownerScalar(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_id = 'ST-CRASH'")),
             QStringLiteral("30000"));
    QCOMPARE(ownerScalar(QStringLiteral(
                 "SELECT count(DISTINCT station_seq) FROM master.movement WHERE station_id = 'ST-CRASH'")),
             QStringLiteral("30000"));
    QCOMPARE(outcome.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(outcome.value(QStringLiteral("applied")).toInt() + outcome.value(QStringLiteral("duplicate")).toInt(),
             30000 - (inBetween - outcome.value(QStringLiteral("duplicate")).toInt()));
    auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Refuse);
    QVERIFY(cache);
    QCOMPARE(
        wf::test::scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM movement WHERE state = 'acked'")),
        qint64(30000));
}

QTEST_GUILESS_MAIN(TestMasterCommandLine)
#include "TestMasterCommandLine.moc"
