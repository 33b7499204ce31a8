#pragma once

#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// A badge's wrong PINs as the cache keeps them (migration 0010), so that every process on the
/// station — the app, `floorctl replay` — counts the same attempts. Times are ms since 1970.
/// Used on the thread of the connection it was given.
class PinAttempts
{
public:
    explicit PinAttempts(QSqlDatabase db);

    /// Until when the badge is locked (ms since 1970), 0 when it is not.
    [[nodiscard]] Result<qint64> lockedUntil(const QString& badge);
    /// Counts a wrong PIN at `now`: a count older than `windowMs` starts again; the `maxFailures`-th
    /// failure in the window locks the badge for `lockMs`. Returns the new count (0 once locked).
    [[nodiscard]] Result<int>
    recordFailure(const QString& badge, qint64 now, qint64 windowMs, int maxFailures, qint64 lockMs);
    /// A right PIN: the count starts again.
    [[nodiscard]] Result<void> clear(const QString& badge);

private:
    QSqlDatabase m_db;
};

} // namespace wf::db
