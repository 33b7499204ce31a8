#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/LocalCache.h"
#include "support/TestCache.h"
#include "sync/ChangePuller.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterUrl.h"
#include "sync/OutboxPusher.h"

using wf::sync::MasterAdmin;
using wf::sync::MasterUrl;
using wf::sync::OutboxPusher;
using wf::test::scalar;

/// Queues a restock of one unit of SKU-2 at location 3 from station ST-A, as the returns bench
/// writes it; `uuidTag` keeps each test's UUIDs apart.
bool queueRestock(const QSqlDatabase& cache, int seq, const QString& uuidTag)
{
    QSqlQuery q(cache);
    return q.exec(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, "
                                 "to_location_id, operator_badge, created_at) VALUES ('ST-A', %1, "
                                 "'0190a1b2-0000-7000-8000-0000000%2%1', 'return_restock', 'SKU-2', 1, 3, "
                                 "'R3001', 1790000000000)")
                      .arg(QString::number(seq), uuidTag)); // both at once: "%2%1" must not read as %21
}

/// What the master holds of SKU-2 at location 3, where those restocks go.
const QString kRestocked = QStringLiteral("SELECT on_hand FROM master.stock WHERE sku = 'SKU-2' AND location_id = 3");

/// The number of the last file in db/master/.
constexpr int kMasterSchemaVersion = 19;

/// The master on a real PostgreSQL (started by the test fixture): schema applied once, station
/// roles that can only push and pull, movements applied exactly once with per-movement answers.
class TestMasterPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migratingTwiceChangesNothing();
    void stationRoleMayOnlyCallTheFunctions();
    void outboxIsPushedOnceWithRejectionsAside();
    void lostAcknowledgementIsAnsweredDuplicate();
    void batchesInFlightCountOnceWhenTheCacheFails();
    void retriedAndReusedMovementsAreAnsweredOneByOne();
    void stationCannotPushForAnother();
    void stationPullsItsWarehouseChanges();
    void ordersArePulledAndTheFloorKeepsItsProgress();
    void urlsKeepPasswordsOutOfLogs();

private:
    QTemporaryDir m_dir;
    MasterUrl m_admin;
    QString m_database;
    QSqlDatabase m_owner;
    wf::sync::StationCredentials m_stationA;
    wf::sync::StationCredentials m_stationB;
    QSqlDatabase connect(const QString& url, const QString& name);
    QString ownerText(const QString& sql);
};

QSqlDatabase TestMasterPush::connect(const QString& url, const QString& name)
{
    auto parsed = MasterUrl::parse(url);
    if (!parsed)
        qFatal("bad url: %s", qPrintable(parsed.error().detail));
    QSqlDatabase db = parsed->connection(name);
    if (!db.open())
        qFatal("cannot connect as %s: %s", qPrintable(parsed->user), qPrintable(db.lastError().text()));
    return db;
}

QString TestMasterPush::ownerText(const QString& sql)
{
    QSqlQuery q(m_owner);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

void TestMasterPush::initTestCase()
{
    QFile urlFile(qEnvironmentVariable("WF_TEST_MASTER_URL_FILE"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the master fixture did not start (see master.Start)");
    auto admin = MasterUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    QVERIFY(admin);
    m_admin = *admin;
    // A database of its own, so a rerun starts clean.
    m_database = QStringLiteral("wf_push_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase server = m_admin.connection(QStringLiteral("server"));
        QVERIFY2(server.open(), qPrintable(server.lastError().text()));
        QSqlQuery q(server);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)), qPrintable(q.lastError().text()));
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    MasterUrl owner = m_admin;
    owner.database = m_database;
    m_owner = owner.connection(QStringLiteral("owner"));
    QVERIFY2(m_owner.open(), qPrintable(m_owner.lastError().text()));
    auto version = MasterAdmin(m_owner).migrate();
    QVERIFY2(version, version ? "" : qPrintable(version.error().detail));
    QCOMPARE(*version, kMasterSchemaVersion);
    for (const char* id : {"WH1", "WH2"})
        QVERIFY(MasterAdmin(m_owner).addWarehouse({QLatin1String(id),
                                                   QStringLiteral("Test"),
                                                   QStringLiteral("DE"),
                                                   QStringLiteral("Hafenstr. 1, Leipzig"),
                                                   QStringLiteral("Europe/Berlin"),
                                                   QStringLiteral("EUR"),
                                                   QString()}));
    auto a = MasterAdmin(m_owner).addStation(QStringLiteral("ST-A"), QStringLiteral("WH1"), owner);
    auto b = MasterAdmin(m_owner).addStation(QStringLiteral("ST-B"), QStringLiteral("WH2"), owner);
    QVERIFY(a && b);
    m_stationA = *a;
    m_stationB = *b;
    QSqlQuery seed(m_owner);
    for (const char* sql : {"INSERT INTO master.product (sku, name) VALUES ('SKU-1', 'Mug'), ('SKU-2', 'Lamp')",
                            "INSERT INTO master.location (id, warehouse_id, code, kind) VALUES (1, 'WH1', 'A-1', "
                            "'pick'), (2, 'WH1', 'STAGE', 'staging'), (3, 'WH1', 'RET', 'returns'), (9, 'WH2', "
                            "'B-1', 'pick')",
                            "INSERT INTO master.stock (sku, location_id, on_hand, reserved) VALUES ('SKU-1', 1, 5, 3)"})
        QVERIFY2(seed.exec(QString::fromLatin1(sql)), qPrintable(seed.lastError().text()));
}

void TestMasterPush::cleanupTestCase()
{
    m_owner.close();
    m_owner = {};
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
}

void TestMasterPush::migratingTwiceChangesNothing()
{
    auto before = MasterAdmin(m_owner).status();
    auto again = MasterAdmin(m_owner).migrate();
    QVERIFY(again);
    QCOMPARE(*again, kMasterSchemaVersion);
    auto after = MasterAdmin(m_owner).status();
    QVERIFY(before && after);
    QCOMPARE(*after, *before);
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM master.schema_version")),
             QString::number(kMasterSchemaVersion));
}

void TestMasterPush::stationRoleMayOnlyCallTheFunctions()
{
    QSqlDatabase station = connect(m_stationA.url, QStringLiteral("station-a-rights"));
    QSqlQuery q(station);
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM master.stock")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE master.stock SET on_hand = 999")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO master.movement (uuid, station_id, station_seq, warehouse_id, kind, "
                                   "sku, quantity, created_at) VALUES (gen_random_uuid(), 'ST-A', 1, 'WH1', 'adjust', "
                                   "'SKU-1', 0, now())")));
    QVERIFY(!q.exec(QStringLiteral("SELECT master.apply_checked_movement(NULL, gen_random_uuid(), '{}')")));
    // A real login, not only SET SESSION AUTHORIZATION as in tests/master: no temporary objects,
    // nothing of its own in public, no other role.
    for (const char* attack : {"CREATE TEMP TABLE stock (sku text)",
                               "CREATE DOMAIN pg_temp.text AS pg_catalog.text",
                               "CREATE FUNCTION public.evil() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                               "CREATE SCHEMA mine",
                               "SET ROLE wf_owner",
                               "COPY (SELECT 1) TO PROGRAM 'true'"}) {
        QVERIFY2(!q.exec(QString::fromLatin1(attack)), attack);
        QVERIFY2(q.lastError().nativeErrorCode() == QLatin1String("42501"), qPrintable(q.lastError().text()));
    }
    QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM master.pull_changes(0, 10)")),
             qPrintable(q.lastError().text()));
    station.close();
    station = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-a-rights"));
    QCOMPARE(ownerText(QStringLiteral("SELECT on_hand FROM master.stock WHERE sku = 'SKU-1' AND location_id = 1")),
             QStringLiteral("5"));
}

void TestMasterPush::outboxIsPushedOnceWithRejectionsAside()
{
    auto cache = wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("station-a.sqlite")),
                                          wf::db::LocalCache::Missing::Create);
    QVERIFY(cache);
    const auto db = (*cache)->database();
    // Four movements as the floor writes them: a pick of 2 (fits), a pick of 9 (more than the bin
    // holds), a return restock, a pack (no stock effect).
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, "
                                     "from_location_id, to_location_id, reference, operator_badge, created_at) "
                                     "VALUES ('ST-A', ?, ?, ?, 'SKU-1', ?, ?, ?, 'test', 'P1001', 1790000000000)")));
    const QList<std::tuple<int, const char*, const char*, int, QVariant, QVariant>> rows = {
        {1, "0190a1b2-0000-7000-8000-00000000a001", "pick", 2, 1, 2},
        {2, "0190a1b2-0000-7000-8000-00000000a002", "pick", 9, 1, 2},
        {3, "0190a1b2-0000-7000-8000-00000000a003", "return_restock", 1, QVariant(), 3},
        {4, "0190a1b2-0000-7000-8000-00000000a004", "pack", 2, 2, 2}};
    for (const auto& [seq, uuid, kind, qty, from, to] : rows) {
        q.addBindValue(seq);
        q.addBindValue(QString::fromLatin1(uuid));
        q.addBindValue(QString::fromLatin1(kind));
        q.addBindValue(qty);
        q.addBindValue(from);
        q.addBindValue(to);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QSqlDatabase master = connect(m_stationA.url, QStringLiteral("station-a-push"));
    {
        OutboxPusher pusher(db, master);
        auto pushed = pusher.pushAll(3); // two batches
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().detail));
        QCOMPARE(pushed->applied, 3);
        QCOMPARE(pushed->rejected, 1);
        QCOMPARE(pushed->duplicate, 0);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE state = 'acked'")), qint64(3));
    QCOMPARE(wf::test::scalarText(db, QStringLiteral("SELECT reject_reason FROM movement WHERE station_seq = 2")),
             QStringLiteral("stock_would_go_negative"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'sync_rejected'")), qint64(1));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT reference || ' ' || detail || ' ' || operator_badge FROM "
                                                 "exception WHERE kind = 'sync_rejected'")),
             QStringLiteral("movement:0190a1b2-0000-7000-8000-00000000a002 9 × SKU-1 (pick): stock_would_go_negative "
                            "P1001"));
    const QString stock = QStringLiteral("SELECT string_agg(location_id || ':' || on_hand || '/' || reserved || '/' || "
                                         "hold, ' ' ORDER BY location_id) FROM master.stock WHERE sku = 'SKU-1'");
    QCOMPARE(ownerText(stock), QStringLiteral("1:3/1/0 2:2/2/0 3:1/0/0"));
    // The acknowledgement was lost: the station sends the same batch again. Same answers, no effect.
    QVERIFY(q.exec(QStringLiteral("UPDATE movement SET state = 'pending', reject_reason = ''")));
    {
        OutboxPusher pusher(db, master);
        auto again = pusher.pushAll(10);
        QVERIFY(again);
        QCOMPARE(again->duplicate, 3);
        QCOMPARE(again->rejected, 1);
        QCOMPARE(again->applied, 0);
    }
    QCOMPARE(ownerText(stock), QStringLiteral("1:3/1/0 2:2/2/0 3:1/0/0"));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_id = 'ST-A'")),
             QStringLiteral("3"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'sync_rejected'")), qint64(2));
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-a-push"));
}

void TestMasterPush::lostAcknowledgementIsAnsweredDuplicate()
{
    // The master commits a batch but its answer never reaches the station (a cut cable): the
    // station still has the movements as pending and sends them again.
    auto cache = wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("lost-ack.sqlite")),
                                          wf::db::LocalCache::Missing::Create);
    QVERIFY(cache);
    const auto db = (*cache)->database();
    for (int seq = 10; seq < 15; ++seq)
        QVERIFY(queueRestock(db, seq, QStringLiteral("ac0")));
    QSqlDatabase master = connect(m_stationA.url, QStringLiteral("station-a-lost"));
    {
        // What the pusher sends, sent by hand, its answer dropped.
        QSqlQuery pending(db);
        QVERIFY(
            pending.exec(QStringLiteral("SELECT json_group_array(json_object('uuid', uuid, 'station_id', station_id, "
                                        "'station_seq', station_seq, 'kind', kind, 'sku', sku, 'quantity', quantity, "
                                        "'to_location_id', to_location_id, 'created_at', created_at)) FROM movement "
                                        "WHERE station_seq BETWEEN 10 AND 14")));
        QVERIFY(pending.next());
        QSqlQuery send(master);
        send.prepare(QStringLiteral("SELECT master.push_movements(CAST(? AS jsonb))"));
        send.addBindValue(pending.value(0).toString());
        QVERIFY2(send.exec(), qPrintable(send.lastError().text()));
    }
    QCOMPARE(ownerText(kRestocked), QStringLiteral("5"));
    {
        OutboxPusher pusher(db, master);
        auto again = pusher.pushAll();
        QVERIFY(again);
        QCOMPARE(again->duplicate, 5);
        QCOMPARE(again->applied, 0);
    }
    QCOMPARE(ownerText(kRestocked), QStringLiteral("5")); // not 10
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE state = 'acked'")), qint64(5));
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-a-lost"));
}

void TestMasterPush::batchesInFlightCountOnceWhenTheCacheFails()
{
    // pushAll() sends the next batch before it records the answer to the one before. When the
    // cache cannot record an answer (another writer holds it), the round stops: both batches were
    // applied by the master but neither is marked here, so both go again and are answered duplicate.
    auto cache = wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("in-flight.sqlite")),
                                          wf::db::LocalCache::Missing::Create);
    QVERIFY(cache);
    const auto db = (*cache)->database();
    QSqlQuery q(db);
    for (int seq = 20; seq < 26; ++seq)
        QVERIFY(queueRestock(db, seq, QStringLiteral("bf0")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
    const int before = ownerText(kRestocked).toInt();
    QSqlDatabase master = connect(m_stationA.url, QStringLiteral("station-a-in-flight"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(m_dir.filePath(QStringLiteral("in-flight.sqlite")));
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        OutboxPusher pusher(db, master);
        auto stopped = pusher.pushAll(2);
        QVERIFY(!stopped);
        QVERIFY2(stopped.error().detail.contains(QStringLiteral("locked")), qPrintable(stopped.error().detail));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    QCOMPARE(ownerText(kRestocked).toInt(), before + 4); // two batches applied, then the round stopped
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE state = 'pending'")), qint64(6));
    {
        OutboxPusher pusher(db, master);
        auto again = pusher.pushAll(2);
        QVERIFY2(again, again ? "" : qPrintable(again.error().detail));
        QCOMPARE(again->duplicate, 4);
        QCOMPARE(again->applied, 2);
    }
    QCOMPARE(ownerText(kRestocked).toInt(), before + 6);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE state = 'acked'")), qint64(6));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_seq BETWEEN 20 AND 25 "
                                      "AND station_id = 'ST-A'")),
             QStringLiteral("6"));
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-a-in-flight"));
}

void TestMasterPush::retriedAndReusedMovementsAreAnsweredOneByOne()
{
    // A batch of new movements goes in with a plain INSERT; one holding a movement sent before
    // takes the duplicate-aware way, one reusing a sequence number the one-by-one way.
    auto cache =
        wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("retried.sqlite")), wf::db::LocalCache::Missing::Create);
    QVERIFY(cache);
    const auto db = (*cache)->database();
    QSqlQuery q(db);
    QVERIFY(queueRestock(db, 30, QStringLiteral("ce0")) && queueRestock(db, 31, QStringLiteral("ce0")));
    const int before = ownerText(kRestocked).toInt();
    QSqlDatabase master = connect(m_stationA.url, QStringLiteral("station-a-retried"));
    {
        OutboxPusher pusher(db, master);
        auto first = pusher.pushAll();
        QVERIFY(first);
        QCOMPARE(first->applied, 2);
    }
    // The answer was lost for 30 and 31; they go again beside a new one.
    QVERIFY(q.exec(QStringLiteral("UPDATE movement SET state = 'pending' WHERE station_seq IN (30, 31)")));
    QVERIFY(queueRestock(db, 32, QStringLiteral("ce0")));
    {
        OutboxPusher pusher(db, master);
        auto mixed = pusher.pushAll();
        QVERIFY2(mixed, mixed ? "" : qPrintable(mixed.error().detail));
        QCOMPARE(mixed->duplicate, 2);
        QCOMPARE(mixed->applied, 1);
        QCOMPARE(mixed->rejected, 0);
    }
    QCOMPARE(ownerText(kRestocked).toInt(), before + 3);
    // A station that lost its sequence (a restored cache) sends 32 again under another UUID.
    QSqlQuery push(master);
    QVERIFY(push.prepare(QStringLiteral("SELECT master.push_movements(CAST(? AS jsonb))")));
    push.addBindValue(QStringLiteral(
        R"([{"uuid": "0190a1b2-0000-7000-8000-0000000cf032", "station_id": "ST-A", "station_seq": 32, )"
        R"("kind": "return_restock", "sku": "SKU-2", "quantity": 1, "to_location_id": 3, "created_at": 1790000000000},)"
        R"( {"uuid": "0190a1b2-0000-7000-8000-0000000cf033", "station_id": "ST-A", "station_seq": 33, )"
        R"("kind": "return_restock", "sku": "SKU-2", "quantity": 1, "to_location_id": 3, "created_at": 1790000000000}])"));
    QVERIFY2(push.exec() && push.next(), qPrintable(push.lastError().text()));
    const QJsonArray answers = QJsonDocument::fromJson(push.value(0).toString().toUtf8()).array();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(answers[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("sequence_reused"));
    QCOMPARE(answers[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(ownerText(kRestocked).toInt(), before + 4);
    push = QSqlQuery();
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-a-retried"));
}

void TestMasterPush::stationCannotPushForAnother()
{
    QSqlDatabase master = connect(m_stationB.url, QStringLiteral("station-b-push"));
    QSqlQuery q(master);
    QVERIFY(q.exec(QStringLiteral(
        "SELECT master.push_movements('[{\"uuid\":\"0190a1b2-0000-7000-8000-00000000b001\",\"station_id\":\"ST-A\","
        "\"station_seq\":99,\"kind\":\"return_restock\",\"sku\":\"SKU-1\",\"quantity\":50,\"to_location_id\":3,"
        "\"created_at\":1790000000000}]'::jsonb)")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("not_your_station")), qPrintable(q.value(0).toString()));
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-b-push"));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM master.movement WHERE station_seq = 99")),
             QStringLiteral("0"));
}

void TestMasterPush::stationPullsItsWarehouseChanges()
{
    QSqlDatabase master = connect(m_stationB.url, QStringLiteral("station-b-pull"));
    QSqlQuery q(master);
    QVERIFY(q.exec(QStringLiteral("SELECT entity, row_data ->> 'code' FROM master.pull_changes(0, 100) WHERE entity = "
                                  "'location' ORDER BY seq")));
    QStringList codes;
    while (q.next())
        codes << q.value(1).toString();
    QCOMPARE(codes, QStringList{QStringLiteral("B-1")}); // WH2's location only
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM master.pull_changes(0, 100) WHERE entity = 'product'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // products belong to every warehouse
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-b-pull"));
}

void TestMasterPush::ordersArePulledAndTheFloorKeepsItsProgress()
{
    QSqlQuery owner(m_owner);
    for (const char* sql :
         {"INSERT INTO master.orders (id, warehouse_id, channel, destination_country, customer_name, address_line, "
          "city, postal_code, ship_by) VALUES ('O-1', 'WH1', 'shop', 'FR', 'Jeanne Martin', '3 rue Lepic', 'Paris', "
          "'75018', '2026-12-01T12:00:00.123456Z'), ('O-2', 'WH2', 'shop', 'DE', 'Max', 'Weg 1', 'Köln', '50667', "
          "'2026-12-01T12:00:00Z')",
          "INSERT INTO master.order_line (order_id, line_no, sku, quantity, unit_value_minor) VALUES ('O-1', 1, "
          "'SKU-1', 1, 1500), ('O-1', 2, 'SKU-2', 1, 3900), ('O-2', 1, 'SKU-1', 3, 1500)",
          "INSERT INTO master.shipment (id, order_id, warehouse_id, carrier, service, package_no, package_count) "
          "VALUES ('S-1', 'O-1', 'WH1', 'DHL', 'standard', 1, 2), ('S-2', 'O-1', 'WH1', 'DHL', 'standard', 2, 2), "
          "('S-9', 'O-2', 'WH2', 'DHL', 'standard', 1, 1)",
          "INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity, serial) VALUES ('S-1', 1, 'SKU-1', "
          "1, ''), ('S-2', 1, 'SKU-2', 1, 'SN-77'), ('S-2', 2, 'SKU-1', 1, ''), ('S-9', 1, 'SKU-1', 3, '')",
          "INSERT INTO master.return_auth (id, order_id, warehouse_id, return_path, value_minor, shipment_id) VALUES "
          "('R-1', 'O-1', 'WH1', 'return_with_proof', 3900, 'S-2')",
          "INSERT INTO master.return_line (rma_id, line_no, sku, quantity, unit_value_minor, shipped_serial) VALUES "
          "('R-1', 1, 'SKU-2', 1, 3900, 'SN-77')",
          "INSERT INTO master.packing_rule (id, packing_class, min_items, prompt_code, prompt_text) VALUES (901, "
          "'fragile', 1, 'extra_protection', 'Wrap in bubble film')",
          "INSERT INTO master.destination_rule (id, restriction_tag, country, action, reason) VALUES (902, "
          "'battery', 'AU', 'block', 'No lithium batteries by air to AU')"})
        QVERIFY2(owner.exec(QString::fromUtf8(sql)), qPrintable(owner.lastError().text()));

    auto cache = wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("orders-pull.sqlite")),
                                          wf::db::LocalCache::Missing::Create);
    QVERIFY(cache);
    const auto db = (*cache)->database();
    QSqlDatabase master = connect(m_stationA.url, QStringLiteral("station-a-orders"));
    auto pullAll = [&] {
        auto pulled = wf::sync::ChangePuller(db, master).pullAll(3); // small pages: lines across pages
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().detail));
    };
    pullAll();
    const QDateTime shipBy(QDate(2026, 12, 1), QTime(12, 0, 0, 123), Qt::UTC);
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT customer_name || '|' || address_line || '|' || city || "
                                                 "'|' || postal_code || '|' || status || '|' || ship_by FROM "
                                                 "orders WHERE id = 'O-1'")),
             QStringLiteral("Jeanne Martin|3 rue Lepic|Paris|75018|open|%1").arg(shipBy.toMSecsSinceEpoch()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE id = 'O-2'")), qint64(0)); // WH2's
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM order_line WHERE order_id = 'O-1'")), qint64(2));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT group_concat(id || ':' || package_no || '/' || "
                                                 "package_count || ':' || status, ' ') FROM (SELECT * FROM "
                                                 "shipment ORDER BY id)")),
             QStringLiteral("S-1:1/2:awaiting_pick S-2:2/2:awaiting_pick"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM shipment_line WHERE shipment_id IN ('S-1', 'S-2')")),
             qint64(3));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM shipment_line WHERE shipment_id = 'S-9'")), qint64(0));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT shipment_id || ':' || return_path || ':' || status FROM "
                                                 "return_auth WHERE id = 'R-1'")),
             QStringLiteral("S-2:return_with_proof:expected"));
    QCOMPARE(wf::test::scalarText(db, QStringLiteral("SELECT shipped_serial || ':' || status FROM return_line")),
             QStringLiteral("SN-77:expected"));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT prompt_code || ':' || enabled FROM packing_rule WHERE "
                                                 "id = 901")),
             QStringLiteral("extra_protection:1"));
    QCOMPARE(wf::test::scalarText(db, QStringLiteral("SELECT action FROM destination_rule WHERE id = 902")),
             QStringLiteral("block"));

    // The floor moves on; the master changes what it owns, cancels a package and drops a line.
    QSqlQuery floor(db);
    QVERIFY(floor.exec(QStringLiteral("UPDATE shipment SET status = 'packed' WHERE id = 'S-1'")));
    QVERIFY(floor.exec(QStringLiteral("UPDATE return_line SET status = 'received', grade = 'B'")));
    for (const char* sql : {"UPDATE master.shipment SET tracking_number = 'TRK-1', status = 'picked' WHERE id = 'S-1'",
                            "UPDATE master.shipment SET status = 'cancelled' WHERE id = 'S-2'",
                            "DELETE FROM master.shipment_line WHERE shipment_id = 'S-2' AND line_no = 2",
                            "UPDATE master.return_line SET shipped_lot = 'L7'",
                            "UPDATE master.packing_rule SET enabled = false WHERE id = 901"})
        QVERIFY2(owner.exec(QString::fromLatin1(sql)), qPrintable(owner.lastError().text()));
    pullAll();
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT group_concat(id || ':' || status || ':' || "
                                                 "tracking_number, ' ') FROM (SELECT * FROM shipment ORDER BY "
                                                 "id)")),
             QStringLiteral("S-1:packed:TRK-1 S-2:cancelled:"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM shipment_line WHERE shipment_id = 'S-2'")), qint64(1));
    QCOMPARE(wf::test::scalarText(db,
                                  QStringLiteral("SELECT shipped_lot || ':' || status || ':' || grade FROM "
                                                 "return_line")),
             QStringLiteral("L7:received:B"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT enabled FROM packing_rule WHERE id = 901")), qint64(0));
    master.close();
    master = {};
    QSqlDatabase::removeDatabase(QStringLiteral("station-a-orders"));
}

void TestMasterPush::urlsKeepPasswordsOutOfLogs()
{
    auto url = MasterUrl::parse(QStringLiteral("postgresql://wf_st_a:s3cr%40t@%2Ftmp%2Fsock:6543/wf?sslmode=require"));
    QVERIFY(url);
    QCOMPARE(url->user, QStringLiteral("wf_st_a"));
    QCOMPARE(url->password, QStringLiteral("s3cr@t"));
    QCOMPARE(url->host, QStringLiteral("/tmp/sock"));
    QCOMPARE(url->port, 6543);
    QCOMPARE(url->database, QStringLiteral("wf"));
    QCOMPARE(url->sslMode, QStringLiteral("require"));
    QVERIFY(!url->redacted().contains(QStringLiteral("s3cr")));
    QVERIFY(url->redacted().contains(QStringLiteral("***")));
    QCOMPARE(MasterUrl::parse(url->toString())->password, QStringLiteral("s3cr@t"));
    for (const char* bad :
         {"", "http://x@y/z", "postgresql://host/db", "postgresql://u@h:99999/db", "postgresql://u@h:5432/"})
        QVERIFY2(!MasterUrl::parse(QString::fromLatin1(bad)), bad);
}

QTEST_GUILESS_MAIN(TestMasterPush)
#include "TestMasterPush.moc"
