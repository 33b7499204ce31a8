#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"
#include "sync/MasterUrl.h"

namespace wf::sync {

/// What a new station needs to reach the master: its own role and URL.
struct StationCredentials
{
    QString station;
    QString user;
    QString password;
    QString url; ///< the station's connection URL, password included
};

/// Administration of the master over an owner's connection (`floorctl master …`): the schema from
/// db/master, stations with a LOGIN role each, a summary.
class MasterAdmin
{
public:
    explicit MasterAdmin(QSqlDatabase owner);

    /// Applies the db/master migrations not yet applied, each in one transaction; returns the
    /// schema version. Running it again changes nothing.
    [[nodiscard]] Result<int> migrate();
    /// Creates (or renews the password of) the station's LOGIN role, a member of wf_station, and
    /// its row; the warehouse is created when new. `base` gives host, port, database, sslmode.
    [[nodiscard]] Result<StationCredentials>
    addStation(const QString& stationId, const QString& warehouseId, const MasterUrl& base);
    /// Counts for `floorctl master status`.
    [[nodiscard]] Result<QJsonObject> status();

private:
    QSqlDatabase m_db;
};

} // namespace wf::sync
