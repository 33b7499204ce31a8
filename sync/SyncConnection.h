#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "common/Result.h"

namespace wf::sync {

/// Readies the sync module's own connection to the cache. Its commits do not wait for the disk
/// (synchronous = NORMAL on this connection only; the station's scans keep FULL): all it writes —
/// acknowledgement marks, rejections, pulled pages with their cursor — is asked for again after a
/// power cut and comes back the same (a movement pushed again is a duplicate, a page pulled again
/// replaces itself), and WAL keeps every commit whole. It saves a disk flush per batch.
[[nodiscard]] inline Result<void> prepareSyncConnection(const QSqlDatabase& cache)
{
    QSqlQuery q(cache);
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("sync connection"));
    return {};
}

} // namespace wf::sync
