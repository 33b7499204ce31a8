#pragma once

#include <QString>

namespace wf::app {

/// Where a station keeps its cache and who it is. Read from QSettings (organisation
/// "WarehouseFloor", application "warehouse-floor"); every value can be overridden on the command
/// line. Defaults: the cache in QStandardPaths::AppDataLocation, station id from the host name.
struct StationSettings
{
    QString stationId;
    QString cachePath;
    bool cachePathGiven = false; ///< --db was given: a missing file is an error, not created

    static StationSettings load();
    static QString defaultCachePath(bool demo);
    void save() const;
};

} // namespace wf::app
