#include "app/DemoDataCommand.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/CacheMessages.h"
#include "app/CommandLineNumbers.h"
#include "db/LocalCache.h"
#include "demo/DemoDataGenerator.h"

namespace wf::app {

namespace {

QJsonObject summaryJson(const demo::DemoSummary& s)
{
    return {{QStringLiteral("products"), s.products},
            {QStringLiteral("bundles"), s.bundles},
            {QStringLiteral("barcodes"), s.barcodes},
            {QStringLiteral("locations"), s.locations},
            {QStringLiteral("stock_rows"), s.stockRows},
            {QStringLiteral("orders"), s.orders},
            {QStringLiteral("split_orders"), s.splitOrders},
            {QStringLiteral("shipments"), s.shipments},
            {QStringLiteral("returns"), s.returns},
            {QStringLiteral("operators"), s.operators},
            {QStringLiteral("scan_log_rows"), s.scanLogRows},
            {QStringLiteral("movements"), s.movements},
            {QStringLiteral("exceptions"), s.exceptions},
            {QStringLiteral("audit_rows"), s.auditRows}};
}

} // namespace

int DemoDataCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a new cache file filled with a deterministic demo dataset: products with variants, GTINs and "
        "case barcodes, bins in walking order, stock, orders to 13 countries (some split), returns of each "
        "path, rules, operators with training badges and a week of floor history. Prints one JSON line."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Cache file to create (must not exist)."), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("skus"), QStringLiteral("Number of SKUs (100..5000000, default 2000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("orders"),
                      QStringLiteral("Number of orders (20..1000000, default 300)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Seed; the same seed gives the same data (default 1)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("anchor"),
                      QStringLiteral("The day the week of history ends (default today, UTC)."),
                      QStringLiteral("YYYY-MM-DD")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err << "demo-data: --db PATH is required\n";
        return 2;
    }
    demo::DemoOptions options;
    const auto skus = integerOption(parser, QStringLiteral("skus"), options.skus);
    const auto orders = integerOption(parser, QStringLiteral("orders"), options.orders);
    const auto seed = integerOption(parser, QStringLiteral("seed"), 1);
    if (!skus || !orders || !seed || *seed < 0) {
        err << "demo-data: --skus, --orders and --seed take whole non-negative numbers\n";
        return 2;
    }
    options.skus = *skus;
    options.orders = *orders;
    options.seed = quint64(*seed);
    if (parser.isSet(QStringLiteral("anchor")))
        options.anchor =
            QDateTime(QDate::fromString(parser.value(QStringLiteral("anchor")), Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (auto valid = options.validate(); !valid) {
        err << "demo-data: " << valid.error().detail << '\n';
        return 2;
    }
    if (QFileInfo::exists(path)) {
        err << "demo-data: " << path << " already exists; choose a new file\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto cache = db::LocalCache::open(path, db::LocalCache::Missing::Create);
    if (!cache) {
        err << "demo-data: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    auto summary = demo::DemoDataGenerator((*cache)->database(), options).generate();
    if (!summary) {
        err << "demo-data: " << summary.error().detail << " (" << summary.error().context << ")\n";
        cache->reset();
        QFile::remove(path);
        return 1;
    }
    QJsonObject line = summaryJson(*summary);
    line.insert(QStringLiteral("db"), path);
    line.insert(QStringLiteral("seed"), QString::number(options.seed));
    line.insert(QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace wf::app
