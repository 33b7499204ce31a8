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
        const QByteArray script = "BEGIN IMMEDIATE;\n"
                                  "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                  "name TEXT NOT NULL, applied_at INTEGER NOT NULL);\n"
                                  + file.readAll() + "\nINSERT INTO schema_version VALUES ("
                                  + QByteArray::number(step.version) + ", '" + step.name.toUtf8()
                                  + "', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));\nCOMMIT;\n";
        if (auto applied = execScript(handle, script, step.name); !applied) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return std::unexpected(applied.error());
        }
        qCDebug(lcMigrations) << "applied migration" << step.version << step.name;
        version = step.version;
    }
    return version;
}

} // namespace wf::db
