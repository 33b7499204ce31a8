#pragma once

#include <QString>

#include <sqlite3.h>

namespace wf::bench {

/// The baseline: one prepared INSERT and a COMMIT per call, WAL and synchronous=FULL.
class BareCommit
{
public:
    explicit BareCommit(const QString& path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        sqlite3_exec(m_db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                     "CREATE TABLE IF NOT EXISTS scan (id INTEGER PRIMARY KEY, at INTEGER, payload TEXT)",
                     nullptr,
                     nullptr,
                     nullptr);
        sqlite3_prepare_v2(m_db, "INSERT INTO scan (at, payload) VALUES (?, ?)", -1, &m_insert, nullptr);
    }
    ~BareCommit()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    bool insertAndCommit(qint64 at)
    {
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(m_insert, 1, at);
        sqlite3_bind_text(m_insert, 2, "4000000000129", -1, SQLITE_STATIC);
        const bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
        sqlite3_reset(m_insert);
        return ok && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
};

} // namespace wf::bench
