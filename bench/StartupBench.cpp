#include <chrono>
#include <vector>

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include "LookupBench.h"

namespace wf::bench {

namespace {

struct Startup
{
    double readyMs = 0;
    qint64 peakRssKb = 0;
};

// Starts the app, waits for the JSON line it prints when ready for a scan, and times it.
Result<Startup> startOnce(const QString& appPath, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    const auto start = std::chrono::steady_clock::now();
    process.start(appPath, arguments);
    if (!process.waitForStarted(10000))
        return fail(Error::Code::NotFound, process.errorString(), appPath);
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(30000))
        output += process.readAllStandardOutput();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    process.waitForFinished(30000);
    const QJsonObject ready = QJsonDocument::fromJson(output.left(output.indexOf('\n'))).object();
    if (!ready.contains(QStringLiteral("ready")))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the app did not report ready: ") + QString::fromUtf8(output)
                        + QString::fromUtf8(process.readAllStandardError()),
                    appPath);
    return Startup{ms, ready.value(QStringLiteral("peak_rss_kb")).toInteger()};
}

} // namespace

Result<QJsonObject> StartupBench::run(const QString& appPath, const QString& cachePath, int runs)
{
    std::vector<double> app, empty;
    qint64 peakRss = 0;
    for (int i = 0; i < runs; ++i) {
        auto baseline = startOnce(appPath, {QStringLiteral("--empty-window"), QStringLiteral("--exit-when-ready")});
        if (!baseline)
            return std::unexpected(baseline.error());
        auto real = startOnce(appPath, {QStringLiteral("--db"), cachePath, QStringLiteral("--exit-when-ready")});
        if (!real)
            return std::unexpected(real.error());
        empty.push_back(baseline->readyMs);
        app.push_back(real->readyMs);
        peakRss = std::max(peakRss, real->peakRssKb);
    }
    const double appMedian = percentile(app, 50), emptyMedian = percentile(empty, 50);
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("startup")},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("ready_ms_median"), appMedian},
                       {QStringLiteral("ready_ms_max"), app.back()},
                       {QStringLiteral("empty_window_ms_median"), emptyMedian},
                       {QStringLiteral("peak_rss_mb"), double(peakRss) / 1024.0},
                       {QStringLiteral("ratio"), emptyMedian > 0 ? appMedian / emptyMedian : 0.0}};
}

} // namespace wf::bench
