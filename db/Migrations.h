#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// The numbered SQL migrations embedded in the library (":/wf/db/migrations/NNNN_name.sql").
/// Each is applied in its own transaction and recorded in schema_version.
class Migrations
{
public:
    struct Step
    {
        int version;
        QString name;
        QString resourcePath;
    };

    /// All embedded migrations, ordered by version.
    static const QList<Step>& steps();
    static int latestVersion();

    /// The version recorded in the database; 0 for an empty file.
    [[nodiscard]] static Result<int> currentVersion(const QSqlDatabase& db);
    /// Applies every step after the current version, up to targetVersion (default: latest).
    [[nodiscard]] static Result<int> migrate(const QSqlDatabase& db, int targetVersion = -1);
};

} // namespace wf::db
