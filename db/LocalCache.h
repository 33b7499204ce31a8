#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// The station's local SQLite cache: one open connection with the pragmas of DESIGN.md §3, checked
/// with quick_check and migrated to the latest schema on open.
///
/// Opening never writes to a file it refuses: a missing file (unless creation is asked for), an
/// unreadable or read-only file, a file from a newer app and a damaged file are reported as errors;
/// a damaged file is renamed aside so it can be examined and the cache rebuilt.
/// A LocalCache is used on the thread that opened it; another thread opens its own.
class LocalCache
{
public:
    enum class Missing
    {
        Refuse, ///< a missing file is an error (an explicit --db path)
        Create, ///< create an empty, migrated cache
    };

    enum class Integrity
    {
        Full,      ///< PRAGMA quick_check over the whole file before opening (floorctl, tests)
        Essential, ///< quick_check of the tables a station needs to start; the caller checks the
                   ///< whole file in the background (CacheIntegrityWatch): 1M SKUs take seconds
    };

    [[nodiscard]] static Result<std::unique_ptr<LocalCache>>
    open(const QString& path, Missing missing, Integrity integrity = Integrity::Full);
    /// Renames a damaged file (and drops its -wal/-shm) aside; returns the CacheDamaged error
    /// whose context is the new path. The file must no longer be open.
    static Error moveAside(const QString& path, const QString& problem);
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The schema version this build writes; the number of the newest embedded migration.
    static int latestSchemaVersion();
    /// Where open() moved a damaged file, if it did (for the message that tells the user).
    static QString damagedCopyPath(const QString& path, const QString& stamp);

private:
    LocalCache(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace wf::db
