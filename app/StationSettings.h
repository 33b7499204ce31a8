#pragma once

#include <utility>

#include <QString>

class QSettings;

#include "scanner/SerialScale.h"
#include "workflows/pack/PackSettings.h"
#include "workflows/pick/PickSettings.h"

namespace wf::app {

/// Where a station keeps its cache and who it is. Read from QSettings (organisation
/// "WarehouseFloor", application "warehouse-floor"); every value can be overridden on the command
/// line. Defaults: the cache in QStandardPaths::AppDataLocation, station id from the host name.
struct StationSettings
{
    QString stationId;
    QString cachePath;
    bool cachePathGiven = false; ///< --db was given: a missing file is an error, not created
    QString masterUrl;           ///< sync/master_url: this station's own URL; empty: no master
    /// Where the URL's password is kept (sync/master_secret): the desktop's secret store where one
    /// answers, the settings file (0600) where none does, or nowhere (a URL without password).
    enum class SecretStore
    {
        None,
        Keychain,
        File
    };
    SecretStore masterSecret = SecretStore::None;
    QString secretProblem;        ///< why the secret store was not used, or could not give the password back
    workflows::PickSettings pick; ///< pick/force_bin_scan, pick/supervisor_for_short, pick/batch_size
    /// pack/weight_tolerance_percent, pack/weight_tolerance_g, pack/label_format (zpl or pdf)
    workflows::PackSettings pack;
    QString labelOutput; ///< pack/label_output: tcp:HOST[:PORT], printer:NAME or a folder; empty: beside the cache
    /// The pack bench's scale: pack/scale_port (empty: weights are typed), pack/scale_protocol
    /// ("request": the station asks with "S"; else the scale streams), pack/scale_baud (a standard
    /// rate, 9600 unless set), pack/scale_poll_ms (how often a request scale is asked, 100–5000).
    scanner::SerialScale::Settings scale;

    static StationSettings load();
    static QString defaultCachePath(bool demo);
    /// The scale's settings as the settings file holds them; a rate that is not a standard one is
    /// said on the log and the scale is read at 9600.
    static scanner::SerialScale::Settings scaleSettings(const QSettings& settings);
    /// Saves the station's own settings; the master password goes to the secret store where one
    /// takes it (masterSecret and secretProblem say what happened).
    void save();
    static QString storeName(SecretStore store);
    /// Stores what a supervisor set on the Pick screen.
    static void savePick(const workflows::PickSettings& pick);

private:
    /// The URL as the settings file keeps it, and where its password went.
    std::pair<QString, SecretStore> keepMasterSecret();
    /// Puts the password back into the URL when it is in the secret store.
    void readMasterSecret(const QString& store);
};

} // namespace wf::app
