#include "sync/MasterAdmin.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "sync/MasterErrors.h"

namespace wf::sync {

namespace {

std::unexpected<Error> failed(const QSqlQuery& q, const QString& context)
{
    return fail(Error::Code::QueryFailed, q.lastError().text(), context);
}

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return password;
}

// A role name from a station id: lower case letters, digits and underscores only.
QString roleFor(const QString& stationId)
{
    QString role = stationId.toLower();
    role.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return QStringLiteral("wf_st_") + role.left(50);
}

} // namespace

MasterAdmin::MasterAdmin(QSqlDatabase owner)
    : m_db(std::move(owner))
{}

Result<int> MasterAdmin::migrate()
{
    QSqlQuery q(m_db);
    int current = 0;
    if (!q.exec(QStringLiteral("SELECT to_regclass('master.schema_version') IS NOT NULL")) || !q.next())
        return failed(q, QStringLiteral("read master schema"));
    if (q.value(0).toBool()) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM master.schema_version")) || !q.next())
            return failed(q, QStringLiteral("read master schema version"));
        current = q.value(0).toInt();
    }
    const QDir dir(QStringLiteral(":/wf/db/master"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.+\\.sql$"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        const int version = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (version <= current)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::MigrationFailed, QStringLiteral("cannot read ") + name);
        if (!m_db.transaction())
            return fail(Error::Code::MigrationFailed, m_db.lastError().text(), name);
        QSqlQuery step(m_db);
        if (!step.exec(QString::fromUtf8(file.readAll()))) {
            const QString detail = step.lastError().text();
            m_db.rollback();
            return fail(Error::Code::MigrationFailed, detail, name);
        }
        if (!m_db.commit())
            return fail(Error::Code::MigrationFailed, m_db.lastError().text(), name);
        current = version;
    }
    if (auto fenced = fence(); !fenced)
        return std::unexpected(fenced.error());
    return current;
}

Result<void> MasterAdmin::fence()
{
    // Database and schema rights cannot be granted in a migration that names its database, and a
    // grant made by hand later must not survive the next init: so they are set on every run.
    // Without TEMPORARY a station cannot make the pg_temp objects a SECURITY DEFINER function
    // could resolve; without CREATE it cannot add functions or schemas of its own.
    QSqlQuery q(m_db);
    const QStringList statements = {
        QStringLiteral("DO $$ BEGIN EXECUTE format('REVOKE CREATE, TEMPORARY, CONNECT ON DATABASE %I FROM PUBLIC', "
                       "current_database()); EXECUTE format('GRANT CONNECT ON DATABASE %I TO wf_station', "
                       "current_database()); END $$"),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA master FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION master.push_movements(jsonb) TO wf_station"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION master.pull_changes(bigint, integer) TO wf_station"),
    };
    for (const QString& sql : statements)
        if (!q.exec(sql))
            return failed(q, QStringLiteral("fence the stations"));
    return {};
}

Result<bool> MasterAdmin::ownerIsSuperuser()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !q.next())
        return failed(q, QStringLiteral("read the owner's role"));
    return q.value(0).toBool();
}

Result<QJsonObject> MasterAdmin::addWarehouse(const WarehouseSpec& w)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, country, address, timezone, currency, gs1_prefix FROM "
                             "master.add_warehouse(?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& value : {w.id, w.name, w.country, w.address, w.timezone, w.currency, w.gs1Prefix})
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec() || !q.next())
        return fail(Error::Code::InvalidInput, masterMessage(q.lastError()), QStringLiteral("add warehouse"));
    QJsonObject row;
    for (int i = 0; i < 7; ++i)
        row.insert(q.record().fieldName(i), q.value(i).toString());
    return row;
}

Result<bool> MasterAdmin::disableOperator(const QString& badge)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT master.disable_operator(?)"));
    q.addBindValue(badge);
    if (!q.exec() || !q.next())
        return fail(Error::Code::QueryFailed, masterMessage(q.lastError()), QStringLiteral("disable operator"));
    return q.value(0).toBool();
}

Result<StationCredentials>
MasterAdmin::addStation(const QString& stationId, const QString& warehouseId, const MasterUrl& base)
{
    if (stationId.trimmed().isEmpty() || warehouseId.trimmed().isEmpty() || stationId.size() > 64)
        return fail(Error::Code::InvalidInput, QStringLiteral("a station id (up to 64 characters) and a warehouse"));
    {
        QSqlQuery known(m_db);
        known.prepare(QStringLiteral("SELECT 1 FROM master.warehouse WHERE id = ?"));
        known.addBindValue(warehouseId);
        if (!known.exec())
            return failed(known, QStringLiteral("add station"));
        if (!known.next())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("warehouse '%1' is not on the master: add it first with floorctl master "
                                       "add-warehouse %1 --name … --country CC --address … --timezone … --currency …")
                            .arg(warehouseId));
    }
    const QString role = roleFor(stationId);
    const QString password = randomPassword();
    if (!m_db.transaction())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("add station"));
    QSqlQuery q(m_db);
    // Role names and passwords cannot be bound parameters; both are made here from a safe alphabet.
    const bool exists = q.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(role)) && q.next();
    const QString ddl =
        exists ? QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2' CONNECTION LIMIT 8")
               : QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' CONNECTION LIMIT 8 IN ROLE wf_station");
    bool ok = q.exec(ddl.arg(role, password));
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO master.station (id, warehouse_id, role_name) VALUES (?, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET warehouse_id = EXCLUDED.warehouse_id, "
                                 "role_name = EXCLUDED.role_name"));
        q.addBindValue(stationId);
        q.addBindValue(warehouseId);
        q.addBindValue(role);
        ok = q.exec();
    }
    if (!ok) {
        const QString detail = q.lastError().text();
        m_db.rollback();
        return fail(Error::Code::QueryFailed, detail, QStringLiteral("add station"));
    }
    if (!m_db.commit())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("add station"));
    MasterUrl url = base;
    url.user = role;
    url.password = password;
    return StationCredentials{stationId, role, password, url.toString()};
}

Result<QJsonObject> MasterAdmin::status()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT coalesce(max(version), 0) FROM master.schema_version), (SELECT count(*) FROM "
            "master.warehouse), (SELECT count(*) FROM master.station), (SELECT count(*) FROM master.product), "
            "(SELECT count(*) FROM master.movement), (SELECT count(*) FROM master.movement_rejection), (SELECT "
            "coalesce(max(seq), 0) FROM master.change_feed)"))
        || !q.next())
        return failed(q, QStringLiteral("master status"));
    return QJsonObject{{QStringLiteral("schema_version"), q.value(0).toInt()},
                       {QStringLiteral("warehouses"), q.value(1).toLongLong()},
                       {QStringLiteral("stations"), q.value(2).toLongLong()},
                       {QStringLiteral("products"), q.value(3).toLongLong()},
                       {QStringLiteral("movements"), q.value(4).toLongLong()},
                       {QStringLiteral("rejected"), q.value(5).toLongLong()},
                       {QStringLiteral("change_feed_last"), q.value(6).toLongLong()}};
}

} // namespace wf::sync
