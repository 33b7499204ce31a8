#pragma once

#include <QString>

#include "workflows/PickSettings.h"

namespace wf::app {

/// Where a station keeps its cache and who it is. Read from QSettings (organisation
/// "WarehouseFloor", application "warehouse-floor"); every value can be overridden on the command
/// line. Defaults: the cache in QStandardPaths::AppDataLocation, station id from the host name.
struct StationSettings
{
    QString stationId;
    QString cachePath;
    bool cachePathGiven = false;  ///< --db was given: a missing file is an error, not created
    QString masterUrl;            ///< sync/master_url: this station's own URL; empty: no master
    workflows::PickSettings pick; ///< pick/force_bin_scan, pick/supervisor_for_short, pick/batch_size

    static StationSettings load();
    static QString defaultCachePath(bool demo);
    void save() const;
    /// Stores what a supervisor set on the Pick screen.
    static void savePick(const workflows::PickSettings& pick);
};

} // namespace wf::app
