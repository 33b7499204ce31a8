#include "app/BenchCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "FeedLatencyBench.h"
#include "ImportBench.h"
#include "LookupBench.h"
#include "PackScanBench.h"
#include "PickScanBench.h"
#include "ScannerBench.h"
#include "SyncPushBench.h"
#include "SyncRefusalBench.h"
#include "VerdictFrameBench.h"
#include "app/CommandLineNumbers.h"

namespace wf::app {

namespace {

// Makes the benchmark cache with floorctl demo-data itself, so the same code path is measured.
bool makeCache(const QString& path, qint64 skus, qint64 orders, QTextStream& err)
{
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("demo-data"),
                QStringLiteral("--db"),
                path,
                QStringLiteral("--skus"),
                QString::number(skus),
                QStringLiteral("--orders"),
                QString::number(orders)});
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
        err << "bench: could not create the benchmark cache\n";
        return false;
    }
    err << "bench: created " << path << ": " << demo.readAllStandardOutput();
    return true;
}

int runScannerBench(
    const QString& which, const QCommandLineParser& parser, qint64 count, QTextStream& out, QTextStream& err)
{
    Result<QJsonObject> result;
    if (which == QLatin1String("gs1")) {
        result = bench::Gs1Bench::run(parser.isSet(QStringLiteral("lookups")) ? int(count) : 100000, 7);
    } else if (which == QLatin1String("scan-input")) {
        result = bench::ScanInputBench::run(parser.isSet(QStringLiteral("lookups")) ? int(count) : 10000);
    } else {
        const QString images = parser.value(QStringLiteral("images"));
        if (images.isEmpty()) {
            err << "bench decode: --images DIR is required (a folder of barcode images with .txt beside them)\n";
            return 2;
        }
        result = bench::DecodeBench::run(images, 3);
    }
    if (!result) {
        err << "bench: " << result.error().detail << '\n';
        return 1;
    }
    out << QJsonDocument(*result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

int BenchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "lookup: 10,000 random barcode lookups through the Lookup workflow beside a bare indexed SELECT.\n"
        "startup: warehouse-floor start to ready-for-scan and peak RSS beside an empty window.\n"
        "pick-scan: pick scans (verdict and durable commit) beside a bare durable INSERT+COMMIT (--lookups N "
        "scans, default 2000); writes a pick list into the cache.\n"
        "pack-scan: pack scans (package, items, command barcodes, label and package) beside the same bare commit "
        "(--lookups N scans, default 2000); marks shipments picked and ships them in the cache.\n"
        "gs1: GS1 parse throughput (--lookups N messages, default 100000) beside tokenising the same strings.\n"
        "scan-input: keyboard-wedge burst and serial frame to ScanEvent beside plain key delivery.\n"
        "decode: ZXing decode per image over --images DIR beside zbarimg on the same images.\n"
        "sync-push: --movements N (default 100000) pushed to --master URL (the owner's) beside a raw batched "
        "INSERT of the same rows.\n"
        "import: --products N (default 1000000) products and --order-lines N (default 100000) order lines imported "
        "into --master URL (the owner's) as floorctl master import does, each beside a bare COPY of the same rows.\n"
        "feed-latency: --stations N (default 8) stations listening to --master URL (the owner's) and --orders N "
        "(default 200) orders imported one by one: p50/p99 from import to every station's cache, beside the "
        "5 s polling interval.\n"
        "sync-refusal: batches of 5,000 movements with one to refuse beside the same batches without "
        "(--runs N rounds, default 5), pushed to --master URL (the owner's).\n"
        "Without --db a cache is made with demo-data (--skus default 1000000, --orders default 100000)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("which"), QStringLiteral("lookup or startup"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Existing cache to measure on."), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("skus"), QStringLiteral("SKUs of the cache made when --db is absent."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("orders"),
                      QStringLiteral("Orders of the cache made when --db is absent."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("lookups"), QStringLiteral("Lookups to time (default 10000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Startup runs (default 5)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("images"), QStringLiteral("decode: folder of barcode images."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("master"), QStringLiteral("sync-push: the master owner's URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("movements"),
                      QStringLiteral("sync-push: movements to push (default 100000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("products"),
                      QStringLiteral("import: products to import (default 1000000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("order-lines"),
                      QStringLiteral("import: order lines to import (default 100000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("stations"),
                      QStringLiteral("feed-latency: stations listening (default 8)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("app"),
                      QStringLiteral("warehouse-floor binary (default: beside floorctl)."),
                      QStringLiteral("PATH")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const QString which = parser.positionalArguments().value(0);
    const auto skus = integerOption(parser, QStringLiteral("skus"), 1'000'000);
    const auto orders = integerOption(parser, QStringLiteral("orders"), 100'000);
    const auto lookups = integerOption(parser, QStringLiteral("lookups"), 10'000);
    const auto runs = integerOption(parser, QStringLiteral("runs"), 5);
    static const QStringList kWhich = {QStringLiteral("lookup"),
                                       QStringLiteral("startup"),
                                       QStringLiteral("pick-scan"),
                                       QStringLiteral("pack-scan"),
                                       QStringLiteral("verdict-frame"),
                                       QStringLiteral("gs1"),
                                       QStringLiteral("scan-input"),
                                       QStringLiteral("decode"),
                                       QStringLiteral("sync-push"),
                                       QStringLiteral("sync-refusal"),
                                       QStringLiteral("feed-latency"),
                                       QStringLiteral("import")};
    if (!kWhich.contains(which)) {
        err << "bench: say which benchmark: " << kWhich.join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    if (!skus || !orders || !lookups || !runs || *lookups < 1 || *lookups > 10'000'000 || *runs < 1 || *runs > 100) {
        err << "bench: --skus, --orders, --lookups (1..10000000) and --runs (1..100) take whole numbers\n";
        return 2;
    }
    if (which == QLatin1String("gs1") || which == QLatin1String("scan-input") || which == QLatin1String("decode"))
        return runScannerBench(which, parser, *lookups, out, err);
    if (which == QLatin1String("sync-push")) {
        const auto movements = integerOption(parser, QStringLiteral("movements"), 100'000);
        if (!parser.isSet(QStringLiteral("master")) || !movements || *movements < 1 || *movements > 10'000'000) {
            err << "bench sync-push: --master URL (the owner's) and --movements 1..10000000\n";
            return 2;
        }
        auto pushed = bench::SyncPushBench::run(parser.value(QStringLiteral("master")), int(*movements));
        if (!pushed) {
            err << "bench: " << pushed.error().detail << '\n';
            return 1;
        }
        out << QJsonDocument(*pushed).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (which == QLatin1String("feed-latency")) {
        const auto stations = integerOption(parser, QStringLiteral("stations"), 8);
        const auto feedOrders = integerOption(parser, QStringLiteral("orders"), 200);
        if (!parser.isSet(QStringLiteral("master")) || !stations || !feedOrders || *stations < 1 || *stations > 64
            || *feedOrders < 1 || *feedOrders > 100'000) {
            err << "bench feed-latency: --master URL (the owner's), --stations 1..64, --orders 1..100000\n";
            return 2;
        }
        auto measured =
            bench::FeedLatencyBench::run(parser.value(QStringLiteral("master")), int(*stations), int(*feedOrders));
        if (!measured) {
            err << "bench: " << measured.error().detail << '\n';
            return 1;
        }
        out << QJsonDocument(*measured).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (which == QLatin1String("import")) {
        const auto products = integerOption(parser, QStringLiteral("products"), 1'000'000);
        const auto lines = integerOption(parser, QStringLiteral("order-lines"), 100'000);
        if (!parser.isSet(QStringLiteral("master")) || !products || !lines || *products < 1 || *products > 10'000'000
            || *lines < 4 || *lines > 10'000'000) {
            err << "bench import: --master URL (the owner's), --products 1..10000000, --order-lines 4..10000000\n";
            return 2;
        }
        auto measured = bench::ImportBench::run(parser.value(QStringLiteral("master")), int(*products), int(*lines));
        if (!measured) {
            err << "bench: " << measured.error().detail << '\n';
            return 1;
        }
        out << QJsonDocument(*measured).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (which == QLatin1String("sync-refusal")) {
        if (!parser.isSet(QStringLiteral("master"))) {
            err << "bench sync-refusal: --master URL (the owner's)\n";
            return 2;
        }
        auto refused = bench::SyncRefusalBench::run(parser.value(QStringLiteral("master")), int(*runs));
        if (!refused) {
            err << "bench: " << refused.error().detail << '\n';
            return 1;
        }
        out << QJsonDocument(*refused).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    QTemporaryDir scratch;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = scratch.filePath(QStringLiteral("bench.sqlite"));
        if (!makeCache(path, *skus, *orders, err))
            return 1;
    }
    Result<QJsonObject> result;
    if (which == QLatin1String("lookup")) {
        result = bench::LookupBench::run(path, int(*lookups), 42);
    } else if (which == QLatin1String("pick-scan")) {
        result = bench::PickScanBench::run(path, parser.isSet(QStringLiteral("lookups")) ? int(*lookups) : 2000);
    } else if (which == QLatin1String("verdict-frame")) {
        result = bench::VerdictFrameBench::run(path, parser.isSet(QStringLiteral("lookups")) ? int(*lookups) : 2000);
    } else if (which == QLatin1String("pack-scan")) {
        result = bench::PackScanBench::run(path, parser.isSet(QStringLiteral("lookups")) ? int(*lookups) : 2000);
    } else {
        QString app = parser.value(QStringLiteral("app"));
        if (app.isEmpty())
            app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("warehouse-floor"));
        result = bench::StartupBench::run(app, path, int(*runs));
    }
    if (!result) {
        err << "bench: " << result.error().detail << '\n';
        return 1;
    }
    out << QJsonDocument(*result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace wf::app
