#include "app/MasterCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>
#include <QThread>

#include "app/CacheMessages.h"
#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"
#include "demo/DemoDataGenerator.h"
#include "sync/ChangePuller.h"
#include "sync/CsvImport.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterSeeder.h"
#include "sync/MasterUrl.h"
#include "sync/OutboxPusher.h"
#include "sync/SyncConnection.h"

namespace wf::app {

namespace {

void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

/// The master URL from --master (or WF_MASTER_URL), opened; prints the reason and returns an exit
/// code when it cannot.
std::optional<int>
openMaster(const QCommandLineParser& parser, QSqlDatabase& db, sync::MasterUrl& url, QTextStream& err)
{
    const QString text = parser.isSet(QStringLiteral("master")) ? parser.value(QStringLiteral("master"))
                                                                : qEnvironmentVariable("WF_MASTER_URL");
    auto parsed = sync::MasterUrl::parse(text);
    if (!parsed) {
        err << "--master: " << parsed.error().detail << " (" << parsed.error().context << ")\n";
        return 2;
    }
    url = *parsed;
    db = url.connection(QStringLiteral("floorctl-master"));
    if (!db.open()) {
        err << "master " << url.redacted() << " is unreachable: " << db.lastError().text() << '\n';
        return 1;
    }
    return std::nullopt;
}

/// master seed: from --db PATH, or from a demo dataset made in a scratch folder.
int seed(const QCommandLineParser& parser, const QSqlDatabase& owner, QTextStream& out, QTextStream& err)
{
    QTemporaryDir scratch;
    const bool fromCache = parser.isSet(QStringLiteral("db"));
    const QString path =
        fromCache ? parser.value(QStringLiteral("db")) : scratch.filePath(QStringLiteral("demo.sqlite"));
    auto cache =
        db::LocalCache::open(path, fromCache ? db::LocalCache::Missing::Refuse : db::LocalCache::Missing::Create);
    if (!cache) {
        err << "master seed: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    if (!fromCache) {
        if (auto made = demo::DemoDataGenerator((*cache)->database(), demo::DemoOptions{}).generate(); !made) {
            err << "master seed: " << made.error().detail << '\n';
            return 1;
        }
    }
    auto counts = sync::MasterSeeder((*cache)->database(), owner).seed();
    if (!counts) {
        err << "master seed: " << counts.error().detail << '\n';
        return 1;
    }
    printJson(out, *counts);
    return 0;
}

} // namespace

int MasterCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("floorctl master init | add-station ID --warehouse W | seed --demo | seed --db PATH | status, "
                       "each with --master URL (postgresql://owner:pass@host:port/db; or WF_MASTER_URL). init applies "
                       "db/master's migrations (again: no change); add-station creates the station's own login role "
                       "and prints its URL; seed copies warehouses, products, barcodes, locations and stock from a "
                       "cache, or from the demo dataset (the same one a station's --demo cache holds)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("master"), QStringLiteral("The owner's URL of the master."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("warehouse"), QStringLiteral("add-station: the station's warehouse."), QStringLiteral("W")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("seed: the demo dataset.")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("seed: a station cache to copy from."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, add-station ID, seed or status"));
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool importAsked = action == QLatin1String("import") && args.size() == 3
                             && (args[1] == QLatin1String("products")
                                 || (args[1] == QLatin1String("orders") && parser.isSet(QStringLiteral("warehouse"))));
    const bool seedAsked =
        action == QLatin1String("seed") && (parser.isSet(QStringLiteral("demo")) != parser.isSet(QStringLiteral("db")));
    if (!(action == QLatin1String("init") || action == QLatin1String("status") || seedAsked || importAsked
          || (action == QLatin1String("add-station") && args.size() == 2
              && parser.isSet(QStringLiteral("warehouse"))))) {
        err << "master: init | add-station ID --warehouse W | seed --demo | seed --db PATH | import products FILE | "
               "import orders FILE --warehouse W | status, with --master URL\n";
        return 2;
    }
    int code = 0;
    {
        QSqlDatabase db;
        sync::MasterUrl url;
        if (const auto failed = openMaster(parser, db, url, err))
            return *failed;
        sync::MasterAdmin admin(db);
        if (action == QLatin1String("init")) {
            if (auto super = admin.ownerIsSuperuser(); super && *super)
                err << "master init: warning: " << url.user
                    << " is a superuser, so the functions stations call would run as a superuser. Create an owner "
                       "that is not (CREATEROLE, owning the database) and run master init as that owner; see "
                       "docs/security.md.\n";
            auto version = admin.migrate();
            if (version)
                printJson(out,
                          {{QStringLiteral("master"), url.redacted()}, {QStringLiteral("schema_version"), *version}});
            else
                err << "master init: " << version.error().detail << " (" << version.error().context << ")\n";
            code = version ? 0 : 1;
        } else if (action == QLatin1String("import")) {
            sync::CsvImport importer(db);
            auto report = args[1] == QLatin1String("products")
                              ? importer.products(args[2])
                              : importer.orders(args[2], parser.value(QStringLiteral("warehouse")));
            if (report)
                printJson(out, report->toJson());
            else
                err << "master import: " << report.error().detail << " (" << report.error().context << ")\n";
            code = report ? 0 : 1;
        } else if (action == QLatin1String("seed")) {
            code = seed(parser, db, out, err);
        } else if (action == QLatin1String("add-station")) {
            auto station = admin.addStation(args.value(1), parser.value(QStringLiteral("warehouse")), url);
            if (station)
                printJson(out,
                          {{QStringLiteral("station"), station->station},
                           {QStringLiteral("user"), station->user},
                           {QStringLiteral("password"), station->password},
                           {QStringLiteral("url"), station->url}});
            else
                err << "master add-station: " << station.error().detail << '\n';
            code = station ? 0 : 1;
        } else {
            auto status = admin.status();
            if (status) {
                QJsonObject shown = *status;
                shown.insert(QStringLiteral("master"), url.redacted());
                printJson(out, shown);
            } else {
                err << "master status: " << status.error().detail << '\n';
            }
            code = status ? 0 : 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floorctl-master"));
    return code;
}

int SyncCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pushes the cache's pending movements to the master in batches, then pulls the master's "
        "changes (products, barcodes, locations, orders, shipments, RMAs, packing and destination rules) "
        "after the stored cursor, and prints one JSON line "
        "with applied, duplicate, rejected and pulled counts. Without --once it keeps going, every 5 s."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The station's cache."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("master"), QStringLiteral("The station's master URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("once"), QStringLiteral("Push what is pending, pull once, then stop.")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << "sync: --db PATH and --master URL are required\n";
        return 2;
    }
    auto cache = db::LocalCache::open(parser.value(QStringLiteral("db")), db::LocalCache::Missing::Refuse);
    if (!cache) {
        err << "sync: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    int code = 0;
    {
        QSqlDatabase master;
        sync::MasterUrl url;
        if (const auto failed = openMaster(parser, master, url, err))
            return *failed;
        if (auto prepared = sync::prepareSyncConnection((*cache)->database()); !prepared) {
            err << "sync: " << prepared.error().detail << '\n';
            return 1;
        }
        db::CacheCheckpointer checkpointer((*cache)->database()); // a 1M-product pull stays out of the -wal file
        sync::OutboxPusher pusher((*cache)->database(), master);
        sync::ChangePuller puller((*cache)->database(), master);
        do {
            auto pushed = pusher.pushAll();
            auto pulled = pushed ? puller.pullAll() : Result<qint64>(0);
            if (!pushed || !pulled) {
                err << "sync: " << (!pushed ? pushed.error().detail : pulled.error().detail) << '\n';
                code = 1;
                break;
            }
            printJson(out,
                      {{QStringLiteral("applied"), pushed->applied},
                       {QStringLiteral("duplicate"), pushed->duplicate},
                       {QStringLiteral("rejected"), pushed->rejected},
                       {QStringLiteral("pulled"), *pulled},
                       {QStringLiteral("cursor"), puller.cursor().value_or(0)},
                       {QStringLiteral("master"), url.redacted()}});
            out.flush();
            if (!parser.isSet(QStringLiteral("once")))
                QThread::sleep(5);
        } while (!parser.isSet(QStringLiteral("once")));
        master.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floorctl-master"));
    return code;
}

} // namespace wf::app
