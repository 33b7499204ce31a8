#include "app/StationCommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "app/CacheMessages.h"
#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"
#include "sync/ChangePuller.h"
#include "sync/MasterUrl.h"
#include "sync/SyncConnection.h"

namespace wf::app {

namespace {

qint64 count(const QSqlDatabase& cache, const QString& sql, const QString& bind = {})
{
    QSqlQuery q(cache);
    q.prepare(sql);
    if (!bind.isNull())
        q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

/// What the floor will miss in this warehouse, said now rather than at the first scan.
QStringList whatIsMissing(const QSqlDatabase& cache, const QString& warehouse)
{
    QStringList missing;
    const QList<std::pair<const char*, const char*>> kinds = {
        {"staging", "packed parcels wait there for the carrier: packing needs one"},
        {"returns", "returned items are restocked from there"},
        {"hold", "damaged returns are held there"},
    };
    for (const auto& [kind, why] : kinds)
        if (count(cache,
                  QStringLiteral("SELECT count(*) FROM location WHERE warehouse_id = ? AND kind = '%1'")
                      .arg(QLatin1String(kind)),
                  warehouse)
            == 0)
            missing << QStringLiteral("warehouse %1 has no %2 location (%3): add a row of kind %2 to its bins and "
                                      "run floorctl master import locations FILE --warehouse %1")
                           .arg(warehouse, QLatin1String(kind), QLatin1String(why));
    if (count(
            cache, QStringLiteral("SELECT count(*) FROM location WHERE warehouse_id = ? AND kind = 'pick'"), warehouse)
        == 0)
        missing << QStringLiteral("warehouse %1 has no pick location: pick lists would be empty").arg(warehouse);
    if (count(cache, QStringLiteral("SELECT count(*) FROM stock WHERE on_hand > 0")) == 0)
        missing
            << QStringLiteral("no stock is on hand: floorctl master import stock FILE --warehouse %1").arg(warehouse);
    if (count(cache, QStringLiteral("SELECT count(*) FROM operator WHERE active = 1")) == 0)
        missing << QStringLiteral("no operator can log in: floorctl master add-operator or import operators");
    if (count(cache, QStringLiteral("SELECT count(*) FROM operator WHERE active = 1 AND roles LIKE '%supervisor%'"))
        == 0)
        missing << QStringLiteral(
            "no supervisor: overrides and approvals need one (add-operator … --roles supervisor)");
    if (const qint64 blind = count(cache,
                                   QStringLiteral("SELECT count(*) FROM shipment WHERE tracking_number = '' AND "
                                                  "label_barcode = '' AND sscc = '' AND status <> 'shipped'"));
        blind > 0)
        missing << QStringLiteral(
                       "%1 packages have no tracking number and no SSCC, so their labels cannot be verified: "
                       "give warehouse %2 a GS1 company prefix (floorctl master add-warehouse %2 … "
                       "--gs1-prefix DIGITS) before its orders are imported")
                       .arg(blind)
                       .arg(warehouse);
    if (count(cache, QStringLiteral("SELECT count(*) FROM warehouse WHERE id = ? AND country <> ''"), warehouse) == 0)
        missing << QStringLiteral("warehouse %1 has no country: every parcel is treated as crossing a border (floorctl "
                                  "master add-warehouse %1 --country CC …)")
                       .arg(warehouse);
    return missing;
}

int init(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString path = parser.value(QStringLiteral("db"));
    const QString station = parser.value(QStringLiteral("station"));
    if (QFileInfo::exists(path)) {
        err << "station init: " << path << " exists; a cache is never made over another (move it away first)\n";
        return 1;
    }
    auto url = sync::MasterUrl::parse(parser.value(QStringLiteral("master")));
    if (!url) {
        err << "station init: --master: " << url.error().detail << '\n';
        return 2;
    }
    int code = 0;
    {
        QSqlDatabase master = url->connection(QStringLiteral("station-init"));
        if (!master.open()) {
            err << "station init: master " << url->redacted() << " is unreachable: " << master.lastError().text()
                << '\n';
            return 1;
        }
        auto cache = db::LocalCache::open(path, db::LocalCache::Missing::Create);
        if (!cache) {
            err << "station init: " << CacheMessages::describe(cache.error()) << '\n';
            return 1;
        }
        const QSqlDatabase db = (*cache)->database();
        if (auto prepared = sync::prepareSyncConnection(db); !prepared) {
            err << "station init: " << prepared.error().detail << '\n';
            return 1;
        }
        db::CacheCheckpointer checkpointer(db);
        sync::ChangePuller puller(db, master);
        qint64 pulled = 0;
        for (;;) {
            auto page = puller.pullPage(5000);
            if (!page) {
                err << "station init: " << page.error().detail << '\n';
                code = 1;
                break;
            }
            if (*page == 0)
                break;
            pulled += *page;
            err << "station init: " << pulled << " changes pulled\n";
            err.flush();
        }
        const QString warehouse = code == 0 ? [&] {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT warehouse_id FROM station WHERE id = ?"));
            q.addBindValue(station);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        }()
                                            : QString();
        if (code == 0 && warehouse.isEmpty()) {
            err << "station init: the master knows no station " << station << " behind this URL's login (use the URL "
                << "floorctl master add-station " << station << " printed)\n";
            code = 1;
        }
        if (code == 0) {
            const QStringList missing = whatIsMissing(db, warehouse);
            for (const QString& line : missing)
                err << "station init: " << line << '\n';
            QJsonObject summary{{QStringLiteral("station"), station},
                                {QStringLiteral("warehouse"), warehouse},
                                {QStringLiteral("db"), path},
                                {QStringLiteral("pulled"), pulled},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}};
            for (const char* table :
                 {"product", "barcode", "location", "stock", "operator", "orders", "shipment", "return_auth"})
                summary.insert(QLatin1String(table),
                               count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
        }
        master.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("station-init"));
    if (code != 0)
        QFile::remove(path); // a half-made cache would start a station with part of its warehouse
    return code;
}

} // namespace

int StationCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "floorctl station init --db PATH --master URL --station ID: creates the station's cache at PATH (never "
        "over an existing file) and pulls everything of its warehouse — products, barcodes, bins, stock, "
        "operators, orders, shipments, RMAs, rules — from the master, with progress on stderr. URL is the one "
        "floorctl master add-station printed. It then says what the warehouse still lacks for the floor. Start "
        "the station with warehouse-floor --db PATH --station ID --master URL."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The cache to create."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("master"), QStringLiteral("The station's master URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("station"), QStringLiteral("The station's id."), QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("the action"));
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")}) {
        err << "station: init --db PATH --master URL --station ID (floorctl station --help)\n";
        return 2;
    }
    QStringList missing;
    for (const char* option : {"db", "master", "station"})
        if (parser.value(QLatin1String(option)).isEmpty())
            missing << QStringLiteral("--%1").arg(QLatin1String(option));
    if (!missing.isEmpty()) {
        err << "station init: needs " << missing.join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    return init(parser, out, err);
}

} // namespace wf::app
