#include "db/LocalCache.h"

#include <thread>

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include "db/AuditLog.h"
#include "db/Migrations.h"
#include "db/SqliteHandle.h"

Q_LOGGING_CATEGORY(lcCache, "wf.db")

namespace wf::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("wf-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks on the file before SQLite touches it. The permission bits are read as well as access(),
// so that a file an administrator made read-only is respected even by a process running as root.
Result<void> checkFile(const QString& path, bool mayCreate)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!mayCreate)
            return fail(Error::Code::CacheMissing, QStringLiteral("no such file"), path);
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir() && !QDir().mkpath(info.absolutePath()))
            return fail(Error::Code::CacheReadOnly, QStringLiteral("cannot create the folder"), path);
        return {};
    }
    if (!info.isFile())
        return fail(Error::Code::CacheUnreadable, QStringLiteral("not a regular file"), path);
    if (!info.isReadable() || !(info.permissions() & QFile::ReadOwner))
        return fail(Error::Code::CacheUnreadable, QStringLiteral("no permission to read"), path);
    return {};
}

Result<void> checkWritable(const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!info.isWritable() || !(info.permissions() & QFile::WriteOwner))
        return fail(Error::Code::CacheReadOnly, QStringLiteral("the file is read-only"), path);
    // WAL needs the -wal and -shm files beside the database.
    if (!folder.isWritable() || !(folder.permissions() & QFile::WriteOwner))
        return fail(Error::Code::CacheReadOnly, QStringLiteral("the folder is read-only"), path);
    return {};
}

Result<void> execPragma(QSqlQuery& query, const QString& pragma)
{
    if (!query.exec(pragma))
        return fail(Error::Code::QueryFailed, query.lastError().text(), pragma);
    return {};
}

bool isNotADatabase(const QString& text)
{
    return text.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("malformed"), Qt::CaseInsensitive);
}

// The tables a station reads before its first scan; checked before the window opens.
const char* const kEssentialTables[] = {"schema_version", "operator", "station", "warehouse"};

QString quickCheckProblem(QSqlQuery& query, const QString& statement, Result<int>& outcome, const QString& path)
{
    if (!query.exec(statement)) {
        const QString text = query.lastError().text();
        outcome = isNotADatabase(text) ? fail(Error::Code::CacheDamaged, text, path)
                                       : fail(Error::Code::CacheUnreadable, text, path);
        return text;
    }
    if (query.next() && query.value(0).toString() != QLatin1String("ok")) {
        outcome = fail(Error::Code::CacheDamaged, query.value(0).toString(), path);
        return query.value(0).toString();
    }
    query.finish();
    return {};
}

QStringList checkStatements(LocalCache::Integrity integrity, QSqlDatabase& db)
{
    if (integrity == LocalCache::Integrity::Full)
        return {QStringLiteral("PRAGMA quick_check")};
    QStringList statements;
    const QStringList tables = db.tables();
    for (const char* table : kEssentialTables)
        if (tables.contains(QLatin1String(table)))
            statements << QStringLiteral("PRAGMA quick_check(%1)").arg(QLatin1String(table));
    if (statements.isEmpty()) // an empty or foreign file: at least read its header and schema
        statements << QStringLiteral("PRAGMA schema_version");
    return statements;
}

// Opens read-only and inspects: integrity and schema version. Nothing is written by this step.
Result<int> inspect(const QString& path, LocalCache::Integrity integrity)
{
    const QString name = nextConnectionName();
    Result<int> outcome = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            outcome = fail(Error::Code::CacheUnreadable, db.lastError().text(), path);
        } else {
            QSqlQuery query(db);
            bool clean = true;
            for (const QString& statement : checkStatements(integrity, db)) {
                if (!quickCheckProblem(query, statement, outcome, path).isEmpty()) {
                    clean = false;
                    break;
                }
            }
            if (clean) {
                outcome = Migrations::currentVersion(db);
                if (!outcome && isNotADatabase(outcome.error().detail))
                    outcome = fail(Error::Code::CacheDamaged, outcome.error().detail, path);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

LocalCache::LocalCache(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

LocalCache::~LocalCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LocalCache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalCache::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString LocalCache::damagedCopyPath(const QString& path, const QString& stamp)
{
    return path + QStringLiteral(".damaged-") + stamp;
}

Error LocalCache::moveAside(const QString& path, const QString& problem)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = damagedCopyPath(path, stamp);
    QFile::rename(path, aside);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    qCWarning(lcCache) << "damaged cache moved aside:" << aside << problem;
    return Error{Error::Code::CacheDamaged, problem, aside};
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString& path, Missing missing, Integrity integrity)
{
    if (auto ok = checkFile(path, missing == Missing::Create); !ok)
        return std::unexpected(ok.error());
    const bool existed = QFileInfo::exists(path);
    if (existed) {
        // Before SQLite opens it at all: even a read-only connection to a WAL file makes -wal/-shm.
        if (auto ok = checkWritable(path); !ok)
            return std::unexpected(ok.error());
        auto version = inspect(path, integrity);
        if (!version) {
            if (version.error().code == Error::Code::CacheDamaged)
                return std::unexpected(moveAside(path, version.error().detail));
            return std::unexpected(version.error());
        }
        if (*version > latestSchemaVersion())
            return fail(Error::Code::CacheTooNew,
                        QStringLiteral("schema %1, this app knows up to %2").arg(*version).arg(latestSchemaVersion()),
                        path);
    }

    std::unique_ptr<LocalCache> cache(new LocalCache(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), cache->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(Error::Code::CacheUnreadable, db.lastError().text(), path);
    QSqlQuery query(db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL",
                               "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-16000",
                               // Checkpoints run off the scan path (CacheCheckpointer); SQLite
                               // still checkpoints when the last connection closes.
                               "PRAGMA wal_autocheckpoint=0"}) {
        if (auto ok = execPragma(query, QString::fromLatin1(pragma)); !ok)
            return std::unexpected(ok.error());
    }
    query.finish();
    waitForLocksInFineSteps(sqliteHandleOf(db), std::chrono::seconds(5));
    auto migrated = Migrations::migrate(db);
    if (!migrated)
        return std::unexpected(migrated.error());
    cache->m_schemaVersion = *migrated;
    // Audit rows from before the chain (or left by a bulk writer) join it once.
    if (auto sealed = AuditLog(db).sealUnchained(); !sealed)
        return std::unexpected(sealed.error());
    return cache;
}

} // namespace wf::db
