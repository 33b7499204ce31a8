#include <chrono>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "db/Migrations.h"
#include "support/TestCache.h"

using wf::Error;
using wf::db::LocalCache;
using wf::db::Migrations;

/// Opening the cache: migrations, refusals, damaged files. Real SQLite files in a temporary folder.
class TestLocalCache : public QObject
{
    Q_OBJECT

private slots:
    void freshCacheHasLatestSchema();
    void pragmasAreSet();
    void writerWaitsForABriefLock();
    void upgradesFromEachEarlierVersion_data();
    void upgradesFromEachEarlierVersion();
    void newerDatabaseIsRefusedAndUntouched();
    void missingFileIsRefusedAndNotCreated();
    void folderInsteadOfFileIsUnreadable();
    void fileWithoutReadPermissionIsUnreadable();
    void readOnlyFileIsRefusedAndUntouched();
    void garbageFileIsMovedAside();
    void damagedPageIsFoundByFullCheck();
    void essentialCheckStillFindsGarbage();

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestLocalCache::freshCacheHasLatestSchema()
{
    auto cache = LocalCache::open(path("fresh.sqlite"), LocalCache::Missing::Create);
    QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().detail));
    QCOMPARE((*cache)->schemaVersion(), LocalCache::latestSchemaVersion());
    QVERIFY(LocalCache::latestSchemaVersion() >= 2);
    const QStringList tables = (*cache)->database().tables();
    for (const char* table : {"product",       "bundle_component", "barcode",     "location",      "stock",
                              "orders",        "order_line",       "shipment",    "shipment_line", "pick_list",
                              "pick_task",     "return_auth",      "return_line", "packing_rule",  "destination_rule",
                              "movement",      "scan_log",         "exception",   "operator",      "audit",
                              "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(wf::test::scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM schema_version")),
             qint64(Migrations::steps().size()));
}

void TestLocalCache::pragmasAreSet()
{
    auto cache = LocalCache::open(path("pragmas.sqlite"), LocalCache::Missing::Create);
    QVERIFY(cache);
    QSqlQuery q((*cache)->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestLocalCache::writerWaitsForABriefLock()
{
    // Another connection (the checkpointer, another process) holds the write lock for 60 ms: the
    // station's write waits for it instead of failing with "database is locked".
    const QString file = path("locked.sqlite");
    auto cache = LocalCache::open(file, LocalCache::Missing::Create);
    QVERIFY(cache);
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    std::thread releaser([other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    });
    QElapsedTimer waited;
    waited.start();
    QSqlQuery q((*cache)->database());
    const bool began = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const qint64 ms = waited.elapsed();
    releaser.join();
    sqlite3_close(other);
    QVERIFY2(began, qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QVERIFY2(ms >= 50, qPrintable(QString::number(ms)));
}

void TestLocalCache::upgradesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const auto& step : Migrations::steps())
        if (step.version < Migrations::latestVersion())
            QTest::addRow("from version %d", step.version) << step.version;
}

void TestLocalCache::upgradesFromEachEarlierVersion()
{
    QFETCH(int, from);
    const QString file = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite").arg(from));
    {
        // An older app's cache: migrated only up to `from`, with an operator in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        auto migrated = Migrations::migrate(db, from);
        QVERIFY(migrated);
        QCOMPARE(*migrated, from);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO operator (badge, name, roles) VALUES ('P1', 'Old', 'picker')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto cache = LocalCache::open(file, LocalCache::Missing::Refuse);
    QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().detail));
    QCOMPARE((*cache)->schemaVersion(), LocalCache::latestSchemaVersion());
    QCOMPARE(wf::test::scalar((*cache)->database(), QStringLiteral("SELECT count(*) FROM operator")), qint64(1));
    QVERIFY((*cache)->database().tables(QSql::Views).contains(QStringLiteral("stock_position")));
}

void TestLocalCache::newerDatabaseIsRefusedAndUntouched()
{
    const QString file = path("newer.sqlite");
    {
        auto cache = LocalCache::open(file, LocalCache::Missing::Create);
        QVERIFY(cache);
        QSqlQuery q((*cache)->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'from_the_future', 0)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = wf::test::fileHash(file);
    const qint64 sizeBefore = QFileInfo(file).size();
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheTooNew);
    QVERIFY(refused.error().detail.contains(QStringLiteral("999")));
    QCOMPARE(wf::test::fileHash(file), before);
    QCOMPARE(QFileInfo(file).size(), sizeBefore);
}

void TestLocalCache::missingFileIsRefusedAndNotCreated()
{
    const QString file = path("absent.sqlite");
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheMissing);
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}

void TestLocalCache::folderInsteadOfFileIsUnreadable()
{
    const QString folder = path("a-folder.sqlite");
    QVERIFY(QDir().mkpath(folder));
    auto refused = LocalCache::open(folder, LocalCache::Missing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheUnreadable);
    QVERIFY(QFileInfo(folder).isDir());
}

void TestLocalCache::fileWithoutReadPermissionIsUnreadable()
{
    const QString file = path("no-read.sqlite");
    {
        QVERIFY(LocalCache::open(file, LocalCache::Missing::Create));
    }
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions{}));
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheUnreadable);
}

void TestLocalCache::readOnlyFileIsRefusedAndUntouched()
{
    const QString file = path("read-only.sqlite");
    {
        auto cache = LocalCache::open(file, LocalCache::Missing::Create);
        QVERIFY(cache);
        QSqlQuery q((*cache)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = wf::test::fileHash(file);
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheReadOnly);
    QCOMPARE(wf::test::fileHash(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestLocalCache::garbageFileIsMovedAside()
{
    const QString file = path("garbage.sqlite");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const QByteArray before = wf::test::fileHash(file);
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheDamaged);
    QVERIFY(!QFileInfo::exists(file));
    const QString aside = refused.error().context;
    QVERIFY(aside.startsWith(file + QStringLiteral(".damaged-")));
    QCOMPARE(wf::test::fileHash(aside), before); // kept, byte for byte
}

void TestLocalCache::damagedPageIsFoundByFullCheck()
{
    const QString file = path("torn.sqlite");
    {
        auto cache = wf::test::makeDemoCache(file);
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 40 * 4096);
    f.seek(f.size() / 2 / 4096 * 4096); // the start of a page in the middle: its b-tree header
    f.write(QByteArray(4096, '\xA5'));
    f.close();
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse, LocalCache::Integrity::Full);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheDamaged);
    QVERIFY(QFileInfo::exists(refused.error().context));
}

void TestLocalCache::essentialCheckStillFindsGarbage()
{
    const QString file = path("garbage-essential.sqlite");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3\0 but then nothing sensible", 43);
    f.write(QByteArray(4096, '\x01'));
    f.close();
    auto refused = LocalCache::open(file, LocalCache::Missing::Refuse, LocalCache::Integrity::Essential);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CacheDamaged);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "TestLocalCache.moc"
