#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/AuditLog.h"
#include "support/TestCache.h"

using wf::db::AuditLog;
using wf::test::scalar;

/// The audit trail's hash chain on a real demo cache: intact after generation and after appends;
/// a changed, deleted or reordered row is found, and named; the app cannot change a row at all.
class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoTrailIsIntactAndGrowsIntact();
    void appOrTriggersRefuseToChangeARow();
    void changedRowIsNamed();
    void deletedRowIsNamedByItsSuccessor();
    void reorderedRowsAreNamed();
    void rowsFromBeforeTheChainAreSealedOnce();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    QSqlDatabase db() const { return m_cache->database(); }
    /// What someone with the file and a SQLite shell could do: the triggers go first.
    void tamper(const QString& sql);
    qint64 middleRow() { return scalar(db(), QStringLiteral("SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 10")); }
};

void TestAuditChain::init()
{
    static int n = 0;
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++n)));
    // A shift's worth of supervisor actions on top of the demo's history.
    AuditLog audit(db());
    for (int i = 0; i < 30; ++i)
        QVERIFY(audit.append(QStringLiteral("S9001"),
                             QStringLiteral("ST-1"),
                             QStringLiteral("override_restock_grade"),
                             QStringLiteral("RMA-%1/1").arg(i),
                             QStringLiteral("grade C, box unopened")));
}

void TestAuditChain::cleanup()
{
    m_cache.reset();
}

void TestAuditChain::tamper(const QString& sql)
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
    for (const QString& statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
}

void TestAuditChain::demoTrailIsIntactAndGrowsIntact()
{
    AuditLog audit(db());
    auto check = audit.verify();
    QVERIFY(check && check->intact());
    QVERIFY(check->rows > 30);
    QCOMPARE(check->rows, scalar(db(), QStringLiteral("SELECT count(*) FROM audit")));
    const QString head = check->head;
    QVERIFY(audit.append(QStringLiteral("S9001"),
                         QStringLiteral("ST-1"),
                         QStringLiteral("override_weight"),
                         QStringLiteral("shipment:X"),
                         QStringLiteral("2.1 kg: box weighed again")));
    QVERIFY(audit.append(QStringLiteral("K2001"), QStringLiteral("ST-1"), QStringLiteral("label_print"), {}, {}));
    auto after = audit.verify();
    QVERIFY(after && after->intact());
    QCOMPARE(after->rows, check->rows + 2);
    QVERIFY(after->head != head);
    auto rows = audit.rows(0);
    QVERIFY(rows);
    QCOMPARE(rows->at(rows->size() - 2).prevHash, head); // the new rows hang on the old head
    QCOMPARE(rows->first().prevHash, AuditLog::genesis());
}

void TestAuditChain::appOrTriggersRefuseToChangeARow()
{
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET detail = 'nothing happened' WHERE id = %1").arg(middleRow())));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET hash = '' WHERE id = %1").arg(middleRow())));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE id = %1").arg(middleRow())));
    QVERIFY(AuditLog(db()).verify()->intact());
}

void TestAuditChain::changedRowIsNamed()
{
    const qint64 row = middleRow();
    tamper(QStringLiteral("UPDATE audit SET operator_badge = 'P1001' WHERE id = %1").arg(row));
    auto check = AuditLog(db()).verify();
    QVERIFY(check);
    QVERIFY(!check->intact());
    QCOMPARE(*check->firstBad, row);
    QVERIFY(check->problem.contains(QStringLiteral("changed")));
    // Rewriting the row's own hash too does not hide it: the next row still points at the old one.
    const QString resealed = AuditLog::rowHash(
        wf::test::scalarText(db(), QStringLiteral("SELECT prev_hash FROM audit WHERE id = %1").arg(row)),
        AuditLog(db()).rows(row - 1, 1)->first());
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE audit SET hash = '%1' WHERE id = %2").arg(resealed).arg(row)));
    check = AuditLog(db()).verify();
    QVERIFY(!check->intact());
    QVERIFY(*check->firstBad > row);
    QVERIFY(check->problem.contains(QStringLiteral("row before")));
}

void TestAuditChain::deletedRowIsNamedByItsSuccessor()
{
    const qint64 row = middleRow();
    const qint64 next = scalar(db(), QStringLiteral("SELECT min(id) FROM audit WHERE id > %1").arg(row));
    tamper(QStringLiteral("DELETE FROM audit WHERE id = %1").arg(row));
    auto check = AuditLog(db()).verify();
    QVERIFY(check && !check->intact());
    QCOMPARE(*check->firstBad, next);
    QVERIFY(check->problem.contains(QStringLiteral("removed")));
}

void TestAuditChain::reorderedRowsAreNamed()
{
    const qint64 row = middleRow();
    const qint64 next = scalar(db(), QStringLiteral("SELECT min(id) FROM audit WHERE id > %1").arg(row));
    // Swap two rows' places (ids), each keeping its content and hashes.
    tamper(QStringLiteral("UPDATE audit SET id = -1 WHERE id = %1; UPDATE audit SET id = %1 WHERE id = %2; "
                          "UPDATE audit SET id = %2 WHERE id = -1")
               .arg(row)
               .arg(next));
    auto check = AuditLog(db()).verify();
    QVERIFY(check && !check->intact());
    QCOMPARE(*check->firstBad, row);
}

void TestAuditChain::rowsFromBeforeTheChainAreSealedOnce()
{
    // Rows as a cache from before the chain holds them: no hashes.
    tamper(QStringLiteral("UPDATE audit SET prev_hash = '', hash = '' WHERE id >= %1").arg(middleRow()));
    AuditLog audit(db());
    QVERIFY(!audit.verify()->intact());
    const QString path = m_cache->path();
    m_cache.reset();
    auto reopened = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Refuse); // seals on open
    QVERIFY(reopened);
    m_cache = std::move(*reopened);
    QVERIFY(AuditLog(db()).verify()->intact());
    auto again = AuditLog(db()).sealUnchained();
    QVERIFY(again);
    QCOMPARE(*again, qint64(0));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
