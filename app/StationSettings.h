#pragma once

#include <QString>

#include "workflows/PackSettings.h"
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
    /// pack/weight_tolerance_percent, pack/weight_tolerance_g, pack/label_format (zpl or pdf)
    workflows::PackSettings pack;
    QString labelOutput; ///< pack/label_output: tcp:HOST[:PORT], printer:NAME or a folder; empty: beside the cache
    QString scalePort;   ///< pack/scale_port: the scale's serial port; empty: weights are typed
    bool scaleRequest = false; ///< pack/scale_protocol "request": ask with "S"; else it streams

    static StationSettings load();
    static QString defaultCachePath(bool demo);
    void save() const;
    /// Stores what a supervisor set on the Pick screen.
    static void savePick(const workflows::PickSettings& pick);
};

} // namespace wf::app
