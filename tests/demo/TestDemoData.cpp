#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "common/CheckDigit.h"
#include "db/PinHash.h"
#include "support/TestCache.h"

using namespace wf::db;
using namespace wf::demo;
using wf::test::scalar;

/// Invariants of the demo dataset that every later screen relies on.
class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryMatchesTables();
    void everyGtinHasAValidCheckDigit();
    void everySkuHasAUnitBarcode();
    void caseBarcodesCountMoreThanOne();
    void bucketsHoldTheirInvariants();
    void everyPackingClassAndVariants();
    void bundlesHaveComponents();
    void ordersGoToManyCountriesWithOneToSixLines();
    void splitShipmentsShareTheOrder();
    void everyReturnPathExists();
    void operatorsOfEveryRoleWithHashedPins();
    void rulesAndHistoryExist();
    void binsAreInWalkingOrder();
    void sameSeedGivesTheSameData();
    void otherSeedGivesOtherData();
    void absurdOptionsAreRefused_data();
    void absurdOptionsAreRefused();
    void refusesACacheThatHoldsData();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    DemoSummary m_summary;
    QSqlDatabase db() const { return m_cache->database(); }
    static DemoOptions options(quint64 seed);
    static QByteArray contentHash(const QSqlDatabase& db);
};

DemoOptions TestDemoData::options(quint64 seed)
{
    DemoOptions o;
    o.skus = 2000;
    o.orders = 300;
    o.seed = seed;
    o.anchor = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    return o;
}

void TestDemoData::initTestCase()
{
    auto cache = LocalCache::open(m_dir.filePath(QStringLiteral("demo.sqlite")), LocalCache::Missing::Create);
    QVERIFY(cache);
    m_cache = std::move(*cache);
    auto summary = DemoDataGenerator(db(), options(1)).generate();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().detail));
    m_summary = *summary;
}

void TestDemoData::summaryMatchesTables()
{
    QCOMPARE(m_summary.products, qint64(2000));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM product")), m_summary.products);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM orders")), qint64(300));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM barcode")), m_summary.barcodes);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM return_auth")), m_summary.returns);
}

void TestDemoData::everyGtinHasAValidCheckDigit()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT code, kind FROM barcode WHERE kind IN ('gtin', 'packaging')")));
    int checked = 0;
    while (q.next()) {
        const QString code = q.value(0).toString();
        const int expectedLength = q.value(1).toString() == QLatin1String("gtin") ? 13 : 14;
        QCOMPARE(code.size(), expectedLength);
        QVERIFY2(wf::hasValidGs1CheckDigit(code), qPrintable(code));
        ++checked;
    }
    QVERIFY(checked > 2000);
    QSqlQuery s(db());
    QVERIFY(s.exec(QStringLiteral("SELECT sscc FROM shipment WHERE sscc <> ''")));
    int ssccs = 0;
    while (s.next()) {
        QCOMPARE(s.value(0).toString().size(), 18);
        QVERIFY(wf::hasValidGs1CheckDigit(s.value(0).toString()));
        ++ssccs;
    }
    QVERIFY(ssccs > 0);
}

void TestDemoData::everySkuHasAUnitBarcode()
{
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM product p WHERE NOT EXISTS "
                                   "(SELECT 1 FROM barcode b WHERE b.sku = p.sku AND b.quantity = 1)")),
             qint64(0));
}

void TestDemoData::caseBarcodesCountMoreThanOne()
{
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM barcode WHERE kind = 'packaging'")) > 100);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM barcode WHERE kind = 'packaging' AND quantity < 2")),
             qint64(0));
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM barcode WHERE kind = 'internal'")) > 0);
}

void TestDemoData::bucketsHoldTheirInvariants()
{
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM stock WHERE on_hand < 0 OR reserved < 0 OR hold < 0 "
                                   "OR inbound < 0 OR reserved + hold > on_hand")),
             qint64(0));
    for (const char* bucket : {"reserved", "hold", "inbound"})
        QVERIFY2(scalar(db(), QStringLiteral("SELECT count(*) FROM stock WHERE %1 > 0").arg(QLatin1String(bucket))) > 0,
                 bucket);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM stock_position WHERE available = 0")) > 0);
    // Open shipments are covered by reservations at the pick face.
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM (SELECT sl.sku, sum(sl.quantity) AS wanted FROM "
                                   "shipment_line sl JOIN shipment s ON s.id = sl.shipment_id WHERE s.status = "
                                   "'awaiting_pick' GROUP BY sl.sku) w WHERE w.wanted > (SELECT sum(reserved) "
                                   "FROM stock WHERE stock.sku = w.sku)")),
             qint64(0));
}

void TestDemoData::everyPackingClassAndVariants()
{
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT packing_class) FROM product")), qint64(6));
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM product WHERE size <> ''")) > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM product WHERE colour <> ''")) > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT origin_country) FROM product")) >= 8);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM product WHERE hs_code <> '' AND length(hs_code) <> 6")),
             qint64(0));
}

void TestDemoData::bundlesHaveComponents()
{
    QVERIFY(m_summary.bundles > 0);
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM product p WHERE is_bundle = 1 AND (SELECT count(*) "
                                   "FROM bundle_component c WHERE c.bundle_sku = p.sku) < 2")),
             qint64(0));
}

void TestDemoData::ordersGoToManyCountriesWithOneToSixLines()
{
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT destination_country) FROM orders")) >= 8);
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM (SELECT order_id, count(*) AS n FROM order_line GROUP "
                                   "BY order_id) WHERE n < 1 OR n > 6")),
             qint64(0));
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM order_line GROUP BY "
                                   "order_id)")),
             qint64(6));
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_line "
                                   "l WHERE l.order_id = o.id)")),
             qint64(0));
}

void TestDemoData::splitShipmentsShareTheOrder()
{
    QVERIFY(m_summary.splitOrders > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT order_id) FROM shipment WHERE package_count = 2")),
             m_summary.splitOrders);
    // Every unit ordered is in exactly one package.
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM orders o WHERE (SELECT sum(quantity) FROM order_line "
                                   "WHERE order_id = o.id) <> (SELECT sum(sl.quantity) FROM shipment_line sl "
                                   "JOIN shipment s ON s.id = sl.shipment_id WHERE s.order_id = o.id)")),
             qint64(0));
}

void TestDemoData::everyReturnPathExists()
{
    for (const char* path : {"refund_only", "inspect_at_hub", "return_with_proof"})
        QVERIFY2(
            scalar(db(),
                   QStringLiteral("SELECT count(*) FROM return_auth WHERE return_path = '%1'").arg(QLatin1String(path)))
                > 0,
            path);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM return_line WHERE shipped_serial <> ''")) > 0);
}

void TestDemoData::operatorsOfEveryRoleWithHashedPins()
{
    for (const char* role : {"picker", "packer", "returns", "supervisor"})
        QVERIFY2(scalar(db(),
                        QStringLiteral("SELECT count(*) FROM operator WHERE ',' || roles || ',' LIKE '%,%1,%'")
                            .arg(QLatin1String(role)))
                     > 0,
                 role);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT pin_hash FROM operator WHERE badge = 'S9001'")) && q.next());
    QVERIFY(PinHash::verify(QStringLiteral("2468"), q.value(0).toString()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM operator WHERE language = 'de'")) > 0, true);
}

void TestDemoData::rulesAndHistoryExist()
{
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT packing_class) FROM packing_rule")) >= 6);
    for (const char* action : {"block", "warn", "suggest_service"})
        QVERIFY(
            scalar(
                db(),
                QStringLiteral("SELECT count(*) FROM destination_rule WHERE action = '%1'").arg(QLatin1String(action)))
            > 0);
    QVERIFY(m_summary.scanLogRows > 0 && m_summary.movements > 0 && m_summary.exceptions > 0
            && m_summary.auditRows > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM scan_log WHERE verdict = 'error'")) > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT kind) FROM exception")) >= 5);
    const qint64 anchor = options(1).anchor.toMSecsSinceEpoch();
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM scan_log WHERE scanned_at < %1 OR scanned_at > %2")
                        .arg(anchor - 8LL * 86400000)
                        .arg(anchor + 86400000)),
             qint64(0));
}

void TestDemoData::binsAreInWalkingOrder()
{
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) - count(DISTINCT pick_sequence) FROM location")), qint64(0));
    for (const char* kind : {"pick", "bulk", "staging", "returns", "hold"})
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM location WHERE kind = '%1'").arg(QLatin1String(kind)))
                > 0);
}

QByteArray TestDemoData::contentHash(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : db.tables()) {
        if (table == QLatin1String("schema_version") || table == QLatin1String("floor_event"))
            continue; // the time the migration ran; events for the master, each with a new UUID
        QSqlQuery q(db);
        // PIN hashes carry a random salt and exceptions a random UUID by design; everything else
        // must repeat.
        const QString columns = table == QLatin1String("operator") ? QStringLiteral("badge, name, roles, language")
                                : table == QLatin1String("exception")
                                    ? QStringLiteral("id, kind, status, reference, order_id, sku, detail, "
                                                     "operator_badge, station_id, raised_at")
                                    : QStringLiteral("*");
        const QString order = db.record(table).count() > 1 ? QStringLiteral("1, 2") : QStringLiteral("1");
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, table, order))) {
            qWarning("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
            return {}; // the tests refuse an empty hash
        }
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

void TestDemoData::sameSeedGivesTheSameData()
{
    auto again = LocalCache::open(m_dir.filePath(QStringLiteral("again.sqlite")), LocalCache::Missing::Create);
    QVERIFY(again);
    QVERIFY(DemoDataGenerator((*again)->database(), options(1)).generate());
    QVERIFY(!contentHash(db()).isEmpty());
    QCOMPARE(contentHash((*again)->database()), contentHash(db()));
}

void TestDemoData::otherSeedGivesOtherData()
{
    auto other = LocalCache::open(m_dir.filePath(QStringLiteral("other.sqlite")), LocalCache::Missing::Create);
    QVERIFY(other);
    QVERIFY(DemoDataGenerator((*other)->database(), options(2)).generate());
    QVERIFY(!contentHash((*other)->database()).isEmpty());
    QVERIFY(contentHash((*other)->database()) != contentHash(db()));
}

void TestDemoData::absurdOptionsAreRefused_data()
{
    QTest::addColumn<qint64>("skus");
    QTest::addColumn<qint64>("orders");
    QTest::addRow("zero skus") << qint64(0) << qint64(300);
    QTest::addRow("negative skus") << qint64(-5) << qint64(300);
    QTest::addRow("a trillion skus") << qint64(1'000'000'000'000) << qint64(300);
    QTest::addRow("zero orders") << qint64(2000) << qint64(0);
    QTest::addRow("negative orders") << qint64(2000) << qint64(-1);
    QTest::addRow("ten million orders") << qint64(2000) << qint64(10'000'000);
}

void TestDemoData::absurdOptionsAreRefused()
{
    QFETCH(qint64, skus);
    QFETCH(qint64, orders);
    const QString file =
        m_dir.filePath(QStringLiteral("absurd-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    auto cache = LocalCache::open(file, LocalCache::Missing::Create);
    QVERIFY(cache);
    DemoOptions o = options(1);
    o.skus = skus;
    o.orders = orders;
    auto refused = DemoDataGenerator((*cache)->database(), o).generate();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, wf::Error::Code::InvalidInput);
    QCOMPARE(scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM product")), qint64(0));
}

void TestDemoData::refusesACacheThatHoldsData()
{
    auto refused = DemoDataGenerator(db(), options(3)).generate();
    QVERIFY(!refused);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM product")), qint64(2000));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
