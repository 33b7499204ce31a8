#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include "db/SqlErrors.h"
#include "db/SqliteHandle.h"

Q_LOGGING_CATEGORY(lcMigrations, "wf.db.migrations")

namespace wf::db {

namespace {

QList<Migrations::Step> loadSteps()
{
    QList<Migrations::Step> steps;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const QDir dir(QStringLiteral(":/wf/db/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            steps.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    return steps;
}

Result<void> execScript(sqlite3* handle, const QByteArray& sql, const QString& context)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return fail(Error::Code::MigrationFailed, detail, context);
}

int readFlag(void* flag, int columns, char** values, char**)
{
    *static_cast<int*>(flag) = columns > 0 && values[0] && values[0][0] == '1';
    return 0;
}

int countRows(void* counter, int, char**, char**)
{
    ++*static_cast<int*>(counter);
    return 0;
}

/// One migration in one transaction. A file that starts with `-- wf:rebuilds-tables` rebuilds a
/// table others refer to (SQLite cannot change a CHECK in place): it runs with foreign keys off, as
/// SQLite's documented procedure says, and commits only when `PRAGMA foreign_key_check` finds
/// nothing.
Result<void> applyStep(sqlite3* handle, const Migrations::Step& step, const QByteArray& body)
{
    const bool rebuilds = body.startsWith("-- wf:rebuilds-tables");
    int keysWereOn = 0; // PRAGMA foreign_keys answers one row, 0 or 1
    if (rebuilds)
        sqlite3_exec(handle, "PRAGMA foreign_keys", readFlag, &keysWereOn, nullptr);
    if (rebuilds)
        if (auto off = execScript(handle, "PRAGMA foreign_keys=OFF", step.name); !off)
            return off;
    const QByteArray script = "BEGIN IMMEDIATE;\n"
                              "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                              "name TEXT NOT NULL, applied_at INTEGER NOT NULL);\n"
                              + body + "\nINSERT INTO schema_version VALUES (" + QByteArray::number(step.version)
                              + ", '" + step.name.toUtf8()
                              + "', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));\n";
    auto applied = execScript(handle, script, step.name);
    if (applied && rebuilds) {
        int dangling = 0;
        sqlite3_exec(handle, "PRAGMA foreign_key_check", countRows, &dangling, nullptr);
        if (dangling > 0)
            applied = fail(Error::Code::MigrationFailed,
                           QStringLiteral("%1 rows would refer to nothing after the rebuild").arg(dangling),
                           step.name);
    }
    if (applied)
        applied = execScript(handle, "COMMIT", step.name);
    if (!applied)
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    if (rebuilds && keysWereOn)
        sqlite3_exec(handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
    return applied;
}

} // namespace

const QList<Migrations::Step>& Migrations::steps()
{
    static const QList<Step> all = loadSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().isEmpty() ? 0 : steps().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'")))
        return queryFailure(query, QStringLiteral("schema_version exists"));
    if (!query.next() || query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return queryFailure(query, QStringLiteral("read schema_version"));
    return query.value(0).toInt();
}

Result<int> Migrations::migrate(const QSqlDatabase& db, int targetVersion)
{
    sqlite3* handle = sqliteHandleOf(db);
    if (!handle)
        return fail(Error::Code::MigrationFailed, QStringLiteral("not an SQLite connection"));
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current;
    int version = *current;
    for (const Step& step : steps()) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::MigrationFailed, QStringLiteral("cannot read embedded migration"), step.name);
        if (auto applied = applyStep(handle, step, file.readAll()); !applied)
            return std::unexpected(applied.error());
        qCDebug(lcMigrations) << "applied migration" << step.version << step.name;
        version = step.version;
    }
    return version;
}

} // namespace wf::db
