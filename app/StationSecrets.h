#pragma once

#include <optional>

#include <QString>

namespace wf::app {

/// The station's one secret — the password in its master URL — in the desktop's secret store
/// (the Secret Service of GNOME Keyring or KWallet, through QtKeychain), under the service
/// "warehouse-floor" and the key "master-password/<station id>". Every call waits for the store's
/// answer (a few milliseconds; at most five seconds) and says why it failed: no secret service on
/// the session bus, a locked keyring, a denied access.
class StationSecrets
{
public:
    struct Outcome
    {
        bool ok = false;
        QString why; ///< the store's own words when not ok
    };

    [[nodiscard]] static Outcome storeMasterPassword(const QString& stationId, const QString& password);
    /// nullopt with `why` set when the store is unreachable or holds no such entry.
    [[nodiscard]] static std::optional<QString> masterPassword(const QString& stationId, QString* why = nullptr);
    static void forgetMasterPassword(const QString& stationId);
};

} // namespace wf::app
