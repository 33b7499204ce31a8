#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/TestCache.h"
#include "workflows/station/ItemLookup.h"

using wf::scanner::ScanEvent;
using wf::workflows::ItemLookup;

/// Lookup on a real demo cache: every verdict code, and nothing written.
class TestItemLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scans_data();
    void scans();
    void gs1DataIsKept();
    void caseBarcodeCountsItsQuantity();
    void stockTotalsAddUp();
    void theStationSeesItsOwnUnsentMovements();
    void candidateCodes();
    void lookupWritesNothing();
    void aFailingCacheSaysSoWithoutDriverText();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    QString m_gtin;
    QString m_sku;
    QString m_caseCode;
    int m_caseQuantity = 0;
    QString m_internal;
};

void TestItemLookup::initTestCase()
{
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("lookup.sqlite")));
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT b.code, b.sku, c.code, c.quantity FROM barcode b JOIN barcode c ON "
                                  "c.sku = b.sku AND c.kind = 'packaging' WHERE b.kind = 'gtin' LIMIT 1")));
    QVERIFY(q.next());
    m_gtin = q.value(0).toString();
    m_sku = q.value(1).toString();
    m_caseCode = q.value(2).toString();
    m_caseQuantity = q.value(3).toInt();
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM barcode WHERE kind = 'internal' LIMIT 1")) && q.next());
    m_internal = q.value(0).toString();
}

void TestItemLookup::scans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("found");
    // Rows that need the cache's codes are filled in scans() from these tags.
    QTest::addRow("unit GTIN-13") << "{gtin}"
                                  << "item_found" << true;
    QTest::addRow("GTIN-14 of the unit") << "0{gtin}"
                                         << "item_found" << true;
    QTest::addRow("GS1 element string 01") << "010{gtin}"
                                           << "item_found" << true;
    QTest::addRow("SKU typed") << "{sku}"
                               << "item_found" << true;
    QTest::addRow("SKU with spaces around") << "  {sku} "
                                            << "item_found" << true;
    QTest::addRow("internal barcode") << "{internal}"
                                      << "item_found" << true;
    QTest::addRow("unknown valid EAN") << "5901234123457"
                                       << "unknown_barcode" << false;
    QTest::addRow("unknown text") << "NO-SUCH-SKU"
                                  << "unknown_barcode" << false;
    QTest::addRow("wrong check digit") << "4000000000018"
                                       << "invalid_check_digit" << false;
    QTest::addRow("empty") << ""
                           << "empty_scan" << false;
    QTest::addRow("only spaces") << "   "
                                 << "empty_scan" << false;
    QTest::addRow("carriage return inside") << "400000\r0000017"
                                            << "control_character" << false;
    QTest::addRow("escape sequence") << "\x1b[A4000000000017"
                                     << "control_character" << false;
    QTest::addRow("NUL byte") << QString(QChar(0)) + QStringLiteral("123") << "control_character" << false;
    QTest::addRow("10,000 characters") << QString(10000, QLatin1Char('4')) << "scan_too_long" << false;
    QTest::addRow("SQL in the scan") << "' OR 1=1 --"
                                     << "unknown_barcode" << false;
}

void TestItemLookup::scans()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(bool, found);
    text.replace(QStringLiteral("{gtin}"), m_gtin)
        .replace(QStringLiteral("{sku}"), m_sku)
        .replace(QStringLiteral("{internal}"), m_internal);
    ItemLookup lookup(m_cache->database());
    const auto result = lookup.lookup(ScanEvent::manual(text));
    QCOMPARE(result.verdict.code, code);
    QCOMPARE(result.match.has_value(), found);
    QVERIFY(!result.verdict.message.isEmpty());
    if (found) {
        QVERIFY(!result.stock.isEmpty());
        QVERIFY(!result.barcodes.isEmpty());
    }
}

void TestItemLookup::gs1DataIsKept()
{
    ItemLookup lookup(m_cache->database());
    const auto result =
        lookup.lookup(ScanEvent::manual(QStringLiteral("(01)0") + m_gtin + QStringLiteral("(17)281231(10)L77(21)S-1")));
    QVERIFY(result.match);
    QCOMPARE(result.match->product.sku, m_sku);
    QVERIFY(result.gs1);
    QCOMPARE(result.gs1->lot(), QStringLiteral("L77"));
    QCOMPARE(result.gs1->expiry(), QStringLiteral("281231"));
    QCOMPARE(result.gs1->serial(), QStringLiteral("S-1"));
    const auto bad = lookup.lookup(ScanEvent::manual(QStringLiteral("(01)0") + m_gtin + QStringLiteral("(17)261331")));
    QVERIFY(bad.verdict.message.contains(QStringLiteral("AI (17): month 13 is not a month")));
}

void TestItemLookup::caseBarcodeCountsItsQuantity()
{
    ItemLookup lookup(m_cache->database());
    const auto result = lookup.lookup(ScanEvent::manual(m_caseCode));
    QVERIFY(result.match);
    QCOMPARE(result.match->product.sku, m_sku);
    QCOMPARE(result.match->unitsPerScan, m_caseQuantity);
    QVERIFY(m_caseQuantity > 1);
}

void TestItemLookup::stockTotalsAddUp()
{
    ItemLookup lookup(m_cache->database());
    const auto result = lookup.lookup(ScanEvent::manual(m_sku));
    QVERIFY(result.match);
    const qint64 onHand = wf::test::scalar(
        m_cache->database(), QStringLiteral("SELECT sum(on_hand) FROM stock WHERE sku = '%1'").arg(m_sku));
    const qint64 available = wf::test::scalar(
        m_cache->database(),
        QStringLiteral("SELECT sum(on_hand - reserved - hold) FROM stock WHERE sku = '%1'").arg(m_sku));
    QCOMPARE(result.totalOnHand(), int(onHand));
    QCOMPARE(result.totalAvailable(), int(available));
}

void TestItemLookup::theStationSeesItsOwnUnsentMovements()
{
    auto cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("unsent.sqlite")));
    const QSqlDatabase db = cache->database();
    QSqlQuery q(db);
    QVERIFY(
        q.exec(QStringLiteral("SELECT s.sku, s.location_id, l.code, s.on_hand, s.reserved FROM stock s JOIN location "
                              "l ON l.id = s.location_id WHERE l.kind = 'pick' AND s.reserved >= 3 AND s.on_hand "
                              ">= 5 AND NOT EXISTS (SELECT 1 FROM movement m WHERE m.sku = s.sku) LIMIT 1")));
    QVERIFY(q.next());
    const QString sku = q.value(0).toString();
    const qint64 bin = q.value(1).toLongLong();
    const QString code = q.value(2).toString();
    const int master = q.value(3).toInt();
    const int reserved = q.value(4).toInt();
    q.finish();
    const auto at = [&](const wf::workflows::LookupResult& r) {
        for (const auto& s : r.stock)
            if (s.locationCode == code)
                return s;
        return wf::db::StockPosition{};
    };
    ItemLookup lookup(db);
    QCOMPARE(at(lookup.lookup(ScanEvent::manual(sku))).unsentOnHand(), 0);
    // Three picked here and not yet sent: the bin shows them gone, beside the master's figure.
    const auto move = [&](int seq, const QString& kind, const QString& state) {
        QSqlQuery m(db);
        m.prepare(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, "
                                 "from_location_id, to_location_id, operator_badge, created_at, state) VALUES ('ST-U', "
                                 "?, ?, ?, ?, 3, ?, NULL, 'P1001', 1790000000000, ?)"));
        m.addBindValue(seq);
        m.addBindValue(QStringLiteral("0190a1b2-0000-7000-8000-%1").arg(seq, 12, 10, QLatin1Char('0')));
        m.addBindValue(kind);
        m.addBindValue(sku);
        m.addBindValue(bin);
        m.addBindValue(state);
        QVERIFY2(m.exec(), qPrintable(m.lastError().text()));
    };
    move(1, QStringLiteral("pick"), QStringLiteral("pending"));
    auto now = at(lookup.lookup(ScanEvent::manual(sku)));
    QCOMPARE(now.onHand, master - 3);
    QCOMPARE(now.masterOnHand, master);
    QCOMPARE(now.unsentOnHand(), -3);
    QCOMPARE(now.reserved, reserved - 3);
    // Refused by the master: it never happened there, and not here either.
    move(2, QStringLiteral("pick"), QStringLiteral("rejected"));
    QCOMPARE(at(lookup.lookup(ScanEvent::manual(sku))).onHand, master - 3);
    // Acknowledged: the master's figure holds it now (the pull brings that figure), so it is not added twice.
    QVERIFY(q.exec(QStringLiteral("UPDATE movement SET state = 'acked' WHERE station_id = 'ST-U'")));
    QCOMPARE(at(lookup.lookup(ScanEvent::manual(sku))).onHand, master);
}

void TestItemLookup::candidateCodes()
{
    QCOMPARE(ItemLookup::candidateCodes(QStringLiteral("036000291452")),
             QStringList({QStringLiteral("036000291452"), QStringLiteral("0036000291452")}));
    QCOMPARE(ItemLookup::candidateCodes(QStringLiteral("ABC")), QStringList{QStringLiteral("ABC")});
}

void TestItemLookup::lookupWritesNothing()
{
    ItemLookup lookup(m_cache->database());
    const qint64 before = wf::test::scalar(m_cache->database(), QStringLiteral("SELECT total_changes()"));
    for (const QString& text :
         {m_gtin, m_sku, QStringLiteral("5901234123457"), QString(10000, QLatin1Char('x')), QStringLiteral("a\tb")})
        lookup.lookup(ScanEvent::manual(text));
    QCOMPARE(wf::test::scalar(m_cache->database(), QStringLiteral("SELECT total_changes()")), before);
}

void TestItemLookup::aFailingCacheSaysSoWithoutDriverText()
{
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE barcode RENAME TO barcode_away")));
    ItemLookup lookup(m_cache->database());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^cache failure, QueryFailed while ")));
    const auto result = lookup.lookup(ScanEvent::manual(m_sku));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE barcode_away RENAME TO barcode")));
    QCOMPARE(result.verdict.code, QStringLiteral("cache_error"));
    QVERIFY2(!result.verdict.message.contains(QStringLiteral("barcode")), qPrintable(result.verdict.message));
    QVERIFY2(!result.verdict.message.contains(QStringLiteral("no such"), Qt::CaseInsensitive),
             qPrintable(result.verdict.message));
}

QTEST_GUILESS_MAIN(TestItemLookup)
#include "TestItemLookup.moc"
