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

/// A warehouse as `floorctl master add-warehouse` gives it.
struct WarehouseSpec
{
    QString id;
    QString name;
    QString country; ///< ISO 3166-1 alpha-2 (floorctl resolves names first)
    QString address;
    QString timezone;  ///< an IANA zone, e.g. Europe/Berlin
    QString currency;  ///< ISO 4217
    QString gs1Prefix; ///< the GS1 company prefix its packages' SSCCs are made with; empty: none
};

/// Administration of the master over an owner's connection (`floorctl master …`): the schema from
/// db/master, stations with a LOGIN role each, a summary.
class MasterAdmin
{
public:
    explicit MasterAdmin(QSqlDatabase owner);

    /// Applies the db/master migrations not yet applied, each in one transaction, then fences the
    /// stations (fence()); returns the schema version. Running it again changes nothing.
    [[nodiscard]] Result<int> migrate();
    /// The rights no migration can hold because they name the database: TEMPORARY, CREATE and
    /// CONNECT revoked from PUBLIC, CONNECT granted to wf_station, CREATE on schema public revoked,
    /// EXECUTE on master's functions for stations only where meant (docs/security.md).
    [[nodiscard]] Result<void> fence();
    /// True when the connection's role is a superuser: every SECURITY DEFINER function would then
    /// run as one, and `master init` warns.
    [[nodiscard]] Result<bool> ownerIsSuperuser();
    /// Adds a warehouse or changes one (master.add_warehouse, which checks every field); returns
    /// the row as the master keeps it.
    [[nodiscard]] Result<QJsonObject> addWarehouse(const WarehouseSpec& warehouse);
    /// Creates (or renews the password of) the station's LOGIN role, a member of wf_station, and
    /// its row; refused when the master has no such warehouse (a station of a warehouse without a
    /// country would never know a parcel is cross-border). `base` gives host, port, database,
    /// sslmode.
    [[nodiscard]] Result<StationCredentials>
    addStation(const QString& stationId, const QString& warehouseId, const MasterUrl& base);
    /// Takes a badge off every station's floor with the next pull; false when no such badge.
    [[nodiscard]] Result<bool> disableOperator(const QString& badge);
    /// Counts for `floorctl master status`.
    [[nodiscard]] Result<QJsonObject> status();

private:
    QSqlDatabase m_db;
};

} // namespace wf::sync
