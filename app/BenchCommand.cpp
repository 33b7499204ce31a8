#include "app/BenchCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "LookupBench.h"
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

} // namespace

int BenchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "lookup: 10,000 random barcode lookups through the Lookup workflow beside a bare indexed SELECT.\n"
        "startup: warehouse-floor start to ready-for-scan and peak RSS beside an empty window.\n"
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
    parser.addOption({QStringLiteral("app"),
                      QStringLiteral("warehouse-floor binary (default: beside floorctl)."),
                      QStringLiteral("PATH")});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString which = parser.positionalArguments().value(0);
    const auto skus = integerOption(parser, QStringLiteral("skus"), 1'000'000);
    const auto orders = integerOption(parser, QStringLiteral("orders"), 100'000);
    const auto lookups = integerOption(parser, QStringLiteral("lookups"), 10'000);
    const auto runs = integerOption(parser, QStringLiteral("runs"), 5);
    if (which != QLatin1String("lookup") && which != QLatin1String("startup")) {
        err << "bench: say which benchmark: lookup or startup\n";
        return 2;
    }
    if (!skus || !orders || !lookups || !runs || *lookups < 1 || *lookups > 10'000'000 || *runs < 1 || *runs > 100) {
        err << "bench: --skus, --orders, --lookups (1..10000000) and --runs (1..100) take whole numbers\n";
        return 2;
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
