#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/AuditLog.h"
#include "db/FloorJournal.h"
#include "db/MovementOutbox.h"
#include "db/OperatorRepository.h"
#include "db/ProductRepository.h"
#include "db/Transaction.h"
#include "support/TestCache.h"

using namespace wf::db;

/// The typed repositories on a real cache with a small demo dataset.
class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theJournalStampsRowsByItsClock();
    void findsUnitBarcode();
    void findsCaseBarcodeWithItsQuantity();
    void findsSku();
    void unknownCodeIsEmpty();
    void injectionAttemptIsJustData();
    void stockPerLocationDerivesAvailable();
    void reorderPoint();
    void operatorsRoundTrip();
    void auditIsAppendOnly();
    void outboxCountsPendingAndSent();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    QString anyCode(const char* kind, int* quantity = nullptr, QString* sku = nullptr);
};

void TestRepositories::initTestCase()
{
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("repo.sqlite")));
}

QString TestRepositories::anyCode(const char* kind, int* quantity, QString* sku)
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT code, quantity, sku FROM barcode WHERE kind = ? ORDER BY code LIMIT 1 OFFSET 5"));
    q.addBindValue(QString::fromLatin1(kind));
    if (!q.exec() || !q.next())
        return {};
    if (quantity)
        *quantity = q.value(1).toInt();
    if (sku)
        *sku = q.value(2).toString();
    return q.value(0).toString();
}

void TestRepositories::findsUnitBarcode()
{
    QString sku;
    const QString code = anyCode("gtin", nullptr, &sku);
    QVERIFY(!code.isEmpty());
    ProductRepository products(m_cache->database());
    auto found = products.findByCode(code);
    QVERIFY(found && *found);
    QCOMPARE((*found)->matchedBy, CodeMatch::By::Barcode);
    QCOMPARE((*found)->unitsPerScan, 1);
    QCOMPARE((*found)->product.sku, sku);
    QVERIFY(!(*found)->product.name.isEmpty());
}

void TestRepositories::findsCaseBarcodeWithItsQuantity()
{
    int quantity = 0;
    const QString code = anyCode("packaging", &quantity);
    QVERIFY(quantity > 1);
    ProductRepository products(m_cache->database());
    auto found = products.findByCode(code);
    QVERIFY(found && *found);
    QCOMPARE((*found)->unitsPerScan, quantity);
    QCOMPARE((*found)->barcodeKind, QStringLiteral("packaging"));
}

void TestRepositories::findsSku()
{
    QString sku;
    anyCode("gtin", nullptr, &sku);
    ProductRepository products(m_cache->database());
    auto found = products.findByCode(sku);
    QVERIFY(found && *found);
    QCOMPARE((*found)->matchedBy, CodeMatch::By::Sku);
    QCOMPARE((*found)->product.sku, sku);
}

void TestRepositories::unknownCodeIsEmpty()
{
    ProductRepository products(m_cache->database());
    auto found = products.findByCode(QStringLiteral("5901234123457"));
    QVERIFY(found);
    QVERIFY(!*found);
}

void TestRepositories::injectionAttemptIsJustData()
{
    ProductRepository products(m_cache->database());
    const qint64 before = wf::test::scalar(m_cache->database(), QStringLiteral("SELECT count(*) FROM product"));
    auto found = products.findByCode(QStringLiteral("x' OR 1=1; DROP TABLE product; --"));
    QVERIFY(found);
    QVERIFY(!*found);
    QCOMPARE(wf::test::scalar(m_cache->database(), QStringLiteral("SELECT count(*) FROM product")), before);
}

void TestRepositories::stockPerLocationDerivesAvailable()
{
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sku FROM stock WHERE hold > 0 LIMIT 1")) && q.next());
    const QString sku = q.value(0).toString();
    ProductRepository products(m_cache->database());
    auto stock = products.stockFor(sku);
    QVERIFY(stock);
    QVERIFY(!stock->isEmpty());
    int lastSequence = -1;
    for (const auto& s : *stock) {
        QCOMPARE(s.available(), s.onHand - s.reserved - s.hold);
        QVERIFY(s.available() >= 0);
        QVERIFY(!s.locationCode.isEmpty());
        QVERIFY(s.pickSequence > lastSequence); // in walking order
        lastSequence = s.pickSequence;
    }
}

void TestRepositories::reorderPoint()
{
    ProductRecord p;
    p.dailySales = 2.5;
    p.leadTimeDays = 7;
    p.safetyStock = 4;
    QCOMPARE(p.reorderPoint(), 22); // ceil(17.5) + 4
}

void TestRepositories::operatorsRoundTrip()
{
    OperatorRepository operators(m_cache->database());
    OperatorRecord op{QStringLiteral("T7001"),
                      QStringLiteral("Test Person"),
                      {QStringLiteral("picker"), QStringLiteral("packer")},
                      QString(),
                      QStringLiteral("de"),
                      true};
    QVERIFY(operators.save(op));
    auto found = operators.findByBadge(QStringLiteral("T7001"));
    QVERIFY(found && *found);
    QCOMPARE((*found)->roles, op.roles);
    QCOMPARE((*found)->language, QStringLiteral("de"));
    op.active = false;
    QVERIFY(operators.save(op));
    QVERIFY(!(*operators.findByBadge(QStringLiteral("T7001")))->active);
    auto missing = operators.findByBadge(QStringLiteral("nobody"));
    QVERIFY(missing && !*missing);
}

void TestRepositories::auditIsAppendOnly()
{
    AuditLog audit(m_cache->database());
    QVERIFY(audit.append(QStringLiteral("S9001"), QStringLiteral("ST-T"), QStringLiteral("test"), QStringLiteral("x")));
    QSqlQuery q(m_cache->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET action = 'changed'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
}

void TestRepositories::outboxCountsPendingAndSent()
{
    MovementOutbox outbox(m_cache->database());
    auto before = outbox.pendingCount();
    QVERIFY(before);
    QCOMPARE(*before, qint64(0)); // demo history is acknowledged by the master
    QSqlQuery q(m_cache->database());
    for (const char* state : {"pending", "sent", "acked", "rejected"}) {
        q.prepare(QStringLiteral("INSERT INTO movement (uuid, station_id, station_seq, kind, sku, quantity, "
                                 "operator_badge, created_at, state) SELECT ?, 'ST-T', ?, 'adjust', sku, 1, 'S9001', "
                                 "0, ? FROM product LIMIT 1"));
        q.addBindValue(QString::fromLatin1(state));
        q.addBindValue(int(qHash(QString::fromLatin1(state)) % 100000));
        q.addBindValue(QString::fromLatin1(state));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(*outbox.pendingCount(), qint64(2));
}

void TestRepositories::theJournalStampsRowsByItsClock()
{
    const wf::ManualClock clock(1'790'000'000'123);
    FloorJournal journal(m_cache->database(), QStringLiteral("ST-CLOCK"), clock);
    QString uuid;
    auto ok = inTransaction(
        m_cache->database(),
        [&] {
            return journal.scan(QStringLiteral("P1001"),
                                QStringLiteral("pick"),
                                QStringLiteral("manual"),
                                QStringLiteral("X"),
                                QStringLiteral("error"),
                                QStringLiteral("unknown_barcode"));
        },
        [&]() -> wf::Result<void> {
            auto made =
                journal.movement({QStringLiteral("pick"), QStringLiteral("SKU-CLOCK"), 1, 0, 0, QStringLiteral("t")},
                                 QStringLiteral("P1001"));
            if (!made)
                return std::unexpected(made.error());
            uuid = *made;
            return {};
        });
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().detail));
    QCOMPARE(wf::test::scalar(m_cache->database(),
                              QStringLiteral("SELECT scanned_at FROM scan_log WHERE station_id = 'ST-CLOCK'")),
             clock.nowMs());
    // A version-7 UUID carries the clock's milliseconds in its first 48 bits.
    QCOMPARE(uuid.remove(QLatin1Char('-')).left(12).toLongLong(nullptr, 16), clock.nowMs());
    QSqlQuery(m_cache->database()).exec(QStringLiteral("DELETE FROM movement WHERE sku = 'SKU-CLOCK'"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
