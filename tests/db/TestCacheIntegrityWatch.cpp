#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/CacheIntegrityWatch.h"
#include "support/TestCache.h"

using wf::db::CacheIntegrityWatch;

/// The background whole-file check the station runs after it opened with the essential check.
class TestCacheIntegrityWatch : public QObject
{
    Q_OBJECT

private slots:
    void intactCacheIsVerified();
    void damagedPageIsReported();
    void destroyingTheWatchDoesNotWait();

private:
    QTemporaryDir m_dir;
    QString checkpointedCache(const QString& name);
};

QString TestCacheIntegrityWatch::checkpointedCache(const QString& name)
{
    const QString file = m_dir.filePath(name);
    auto cache = wf::test::makeDemoCache(file);
    QSqlQuery q(cache->database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qFatal("checkpoint failed");
    return file;
}

void TestCacheIntegrityWatch::intactCacheIsVerified()
{
    const QString file = checkpointedCache(QStringLiteral("intact.sqlite"));
    CacheIntegrityWatch watch;
    QSignalSpy verified(&watch, &CacheIntegrityWatch::verified);
    QSignalSpy damaged(&watch, &CacheIntegrityWatch::damaged);
    watch.start(file);
    QVERIFY(verified.wait(20000));
    QCOMPARE(damaged.count(), 0);
}

void TestCacheIntegrityWatch::damagedPageIsReported()
{
    const QString file = checkpointedCache(QStringLiteral("torn.sqlite"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2 / 4096 * 4096);
    f.write(QByteArray(4096, '\x5A'));
    f.close();
    CacheIntegrityWatch watch;
    QSignalSpy verified(&watch, &CacheIntegrityWatch::verified);
    QSignalSpy damaged(&watch, &CacheIntegrityWatch::damaged);
    watch.start(file);
    QVERIFY(damaged.wait(20000));
    QVERIFY(!damaged.first().first().toString().isEmpty());
    QCOMPARE(verified.count(), 0);
    QVERIFY(QFileInfo::exists(file)); // the watch reports; it never moves the file itself
}

void TestCacheIntegrityWatch::destroyingTheWatchDoesNotWait()
{
    const QString file = checkpointedCache(QStringLiteral("big-enough.sqlite"));
    QElapsedTimer timer;
    timer.start();
    {
        CacheIntegrityWatch watch;
        watch.start(file);
    }
    QVERIFY2(timer.elapsed() < 5000, "the destructor must interrupt the check, not wait for it");
}

QTEST_GUILESS_MAIN(TestCacheIntegrityWatch)
#include "TestCacheIntegrityWatch.moc"
