#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace wf::sync {

/// What the floor will miss in a station's warehouse — a staging, returns or hold bin, a pick
/// face, stock, an operator, a supervisor, a country, labels that can be verified — said at setup
/// (floorctl station init) and on the Sync screen, rather than at the first scan. Each line names
/// the command that mends it. It reads the station's cache only.
class StationReadiness
{
public:
    /// The station's warehouse as pulled into the cache; empty when the pull has not brought it.
    static QString warehouseOf(const QSqlDatabase& cache, const QString& stationId);
    /// One line per missing thing; empty when the warehouse has what the floor needs.
    static QStringList missing(const QSqlDatabase& cache, const QString& warehouse);
};

} // namespace wf::sync
