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
#include "sync/StationReadiness.h"
#include "sync/SyncConnection.h"

namespace wf::app {

namespace {

qint64 count(const QSqlDatabase& cache, const QString& sql)
{
    QSqlQuery q(cache);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
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
        const QString warehouse = code == 0 ? sync::StationReadiness::warehouseOf(db, station) : QString();
        if (code == 0 && warehouse.isEmpty()) {
            err << "station init: the master knows no station " << station << " behind this URL's login (use the URL "
                << "floorctl master add-station " << station << " printed)\n";
            code = 1;
        }
        if (code == 0) {
            const QStringList missing = sync::StationReadiness::missing(db, warehouse);
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
