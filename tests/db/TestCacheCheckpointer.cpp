#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"

using wf::db::CacheCheckpointer;
using wf::db::LocalCache;

/// The station's WAL is moved into the cache file off the scan path and written from its start
/// again, so it stays small while scans keep coming and keeps its blocks across a restart.
class TestCacheCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void walStaysBoundedUnderSteadyWrites();
    void idleWalIsCheckpointedAfterTheInterval();
    void walFileIsKeptAcrossARestart();

private:
    QTemporaryDir m_dir;
    static void commitScans(const QSqlDatabase& db, int count);
    static qint64 walBytes(const QString& file) { return QFileInfo(file + QStringLiteral("-wal")).size(); }
};

void TestCacheCheckpointer::commitScans(const QSqlDatabase& db, int count)
{
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO scan_log (scanned_at, station_id, workflow, source, payload, "
                                     "verdict, code) VALUES (?, 'ST-T', 'pick', 'manual', ?, 'ok', 'ok')")));
    for (int i = 0; i < count; ++i) {
        QSqlQuery tx(db);
        QVERIFY(tx.exec(QStringLiteral("BEGIN IMMEDIATE")));
        q.bindValue(0, i);
        q.bindValue(1, QString(300, QLatin1Char('x'))); // about one new page every dozen scans
        QVERIFY(q.exec());
        QVERIFY(tx.exec(QStringLiteral("COMMIT")));
    }
}

void TestCacheCheckpointer::walStaysBoundedUnderSteadyWrites()
{
    const QString file = m_dir.filePath(QStringLiteral("steady.sqlite"));
    auto cache = LocalCache::open(file, LocalCache::Missing::Create);
    QVERIFY(cache);
    CacheCheckpointer checkpointer((*cache)->database(), {std::chrono::seconds(60), 50});
    // 5,000 commits of at least one 4 KiB frame each: without checkpoints the WAL would pass 20 MB.
    // With them it stays at a few hundred frames (more when a loaded machine delays the thread).
    commitScans((*cache)->database(), 5000);
    QVERIFY2(checkpointer.checkpoints() >= 2, qPrintable(QString::number(checkpointer.checkpoints())));
    QVERIFY2(walBytes(file) < 8 * 1024 * 1024, qPrintable(QString::number(walBytes(file))));
}

void TestCacheCheckpointer::idleWalIsCheckpointedAfterTheInterval()
{
    const QString file = m_dir.filePath(QStringLiteral("idle.sqlite"));
    auto cache = LocalCache::open(file, LocalCache::Missing::Create);
    QVERIFY(cache);
    CacheCheckpointer checkpointer((*cache)->database(), {std::chrono::milliseconds(100), 100000});
    commitScans((*cache)->database(), 3); // far below the frame threshold
    QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() >= 1, 5000);
}

void TestCacheCheckpointer::walFileIsKeptAcrossARestart()
{
    const QString file = m_dir.filePath(QStringLiteral("restart.sqlite"));
    qint64 before = 0;
    {
        auto cache = LocalCache::open(file, LocalCache::Missing::Create);
        QVERIFY(cache);
        CacheCheckpointer checkpointer((*cache)->database(), {std::chrono::seconds(60), 200});
        commitScans((*cache)->database(), 500);
        before = walBytes(file);
        QVERIFY(before > 0);
    }
    // Closed: every frame is in the cache file, and the WAL keeps its blocks for the next start.
    QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
    QCOMPARE(walBytes(file), before);
    auto reopened = LocalCache::open(file, LocalCache::Missing::Refuse);
    QVERIFY(reopened);
    QSqlQuery q((*reopened)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM scan_log WHERE station_id = 'ST-T'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 500);
}

QTEST_GUILESS_MAIN(TestCacheCheckpointer)
#include "TestCacheCheckpointer.moc"
