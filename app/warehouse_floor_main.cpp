#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSerialPortInfo>
#include <QTextStream>
#include <QTimer>

#include "app/CacheMessages.h"
#include "app/StationScanners.h"
#include "app/StationSettings.h"
#include "db/CacheCheckpointer.h"
#include "db/CacheIntegrityWatch.h"
#include "db/LocalCache.h"
#include "demo/DemoDataGenerator.h"
#include "printing/LabelOutput.h"
#include "scanner/SerialScale.h"
#include "sync/SyncWorker.h"
#include "ui/MainWindow.h"
#include "workflows/station/FloorServices.h"

namespace {

QElapsedTimer g_sinceStart;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// For `floorctl bench startup`: one JSON line when the station can take its first scan, then quit.
void reportReadyAndQuit()
{
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("ready"), true},
                                                     {QStringLiteral("ms"), double(g_sinceStart.nsecsElapsed()) / 1e6},
                                                     {QStringLiteral("peak_rss_kb"), peakRssKb()}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    QCoreApplication::quit();
}

int fatal(const QString& message, bool interactive)
{
    QTextStream(stderr) << "warehouse-floor: " << message << '\n';
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Warehouse Floor"), message);
    return 1;
}

// The demo cache is made on first use with the default dataset.
bool ensureDemoCache(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    auto cache = wf::db::LocalCache::open(path, wf::db::LocalCache::Missing::Create);
    if (!cache)
        return false;
    auto made = wf::demo::DemoDataGenerator((*cache)->database(), wf::demo::DemoOptions{}).generate();
    return made.has_value();
}

QStringList serialPortNames()
{
    QStringList names;
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts())
        names << port.systemLocation();
    return names;
}

// Every scan goes source → router → window → the screen on display; typed scans go window → router.
void wireScanners(wf::app::StationScanners& scanners, wf::ui::MainWindow& window)
{
    using wf::scanner::ScanRouter;
    scanners.apply(wf::app::StationScanners::load());
    QObject::connect(&scanners.router(), &ScanRouter::scanRouted, &window, &wf::ui::MainWindow::routeScan);
    QObject::connect(&scanners.router(), &ScanRouter::problemRouted, &window, &wf::ui::MainWindow::routeProblem);
    QObject::connect(&window, &wf::ui::MainWindow::scanEntered, &scanners.router(), &ScanRouter::submit);
    QObject::connect(&window,
                     &wf::ui::MainWindow::scannerSettingsApplied,
                     &scanners,
                     [&scanners, &window](const wf::scanner::ScannerSettings& settings) {
                         wf::app::StationScanners::save(settings);
                         scanners.apply(settings);
                         window.setScannerSettings(
                             settings, serialPortNames(), wf::scanner::CameraScanSource::availableCameras());
                     });
    window.setScannerSettings(scanners.settings(), {}, {}); // sound settings now; port lists when asked
    QObject::connect(&window, &wf::ui::MainWindow::scannerSettingsWanted, &scanners, [&scanners, &window] {
        window.setScannerSettings(
            scanners.settings(), serialPortNames(), wf::scanner::CameraScanSource::availableCameras());
    });
}

int runEmptyWindow(bool exitWhenReady)
{
    QWidget window;
    window.resize(1280, 800);
    window.show();
    if (exitWhenReady)
        QTimer::singleShot(0, &window, &reportReadyAndQuit);
    return QApplication::exec();
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral("Warehouse Floor: the station client for pickers, packers and "
                                                    "returns clerks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Open the demo cache (made on first use), with a "
                                     "training banner and a scan simulator.")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The cache file to open (must exist)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("station"),
                      QStringLiteral("This station's id (saved in the settings)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("master"),
                      QStringLiteral("This station's master URL, from floorctl master add-station (saved in "
                                     "the settings)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("exit-when-ready"),
                      QStringLiteral("Print a JSON line when ready to scan, "
                                     "then quit (for benchmarks).")});
    parser.addOption({QStringLiteral("empty-window"),
                      QStringLiteral("Show only an empty window (the startup "
                                     "benchmark's baseline).")});
}

/// --help and --version answer without a display (over SSH, after installing the .deb): they are
/// read before the QApplication, which would need one, and answered by a QCoreApplication.
bool wantsOnlyText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "-?" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

/// Says once, when the master URL is set, where its password is kept (docs/security.md).
void tellWhereTheSecretIs(const wf::app::StationSettings& station)
{
    using Store = wf::app::StationSettings::SecretStore;
    QTextStream err(stderr);
    if (station.masterSecret == Store::Keychain)
        err << "warehouse-floor: the master password is kept in the desktop's secret store\n";
    else if (station.masterSecret == Store::File)
        err << "warehouse-floor: no secret store answered (" << station.secretProblem
            << "); the master password is kept in the settings file, readable by this user only\n";
}

int answerText(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warehouse-floor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WF_VERSION));
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // prints and exits
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceStart.start();
    if (wantsOnlyText(argc, argv))
        return answerText(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("wf.*.debug=false"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WarehouseFloor"));
    QApplication::setApplicationName(QStringLiteral("warehouse-floor"));
    QApplication::setApplicationVersion(QStringLiteral(WF_VERSION));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    const bool exitWhenReady = parser.isSet(QStringLiteral("exit-when-ready"));
    if (parser.isSet(QStringLiteral("empty-window")))
        return runEmptyWindow(exitWhenReady);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    wf::app::StationSettings station = wf::app::StationSettings::load();
    if (parser.isSet(QStringLiteral("station"))) {
        station.stationId = parser.value(QStringLiteral("station"));
        station.save();
    }
    if (parser.isSet(QStringLiteral("master"))) {
        station.masterUrl = parser.value(QStringLiteral("master"));
        station.save();
        tellWhereTheSecretIs(station);
    }
    QString path = parser.value(QStringLiteral("db"));
    const bool pathGiven = !path.isEmpty();
    if (!pathGiven)
        path = demo ? wf::app::StationSettings::defaultCachePath(true)
                    : (station.cachePath.isEmpty() ? wf::app::StationSettings::defaultCachePath(false)
                                                   : station.cachePath);
    if (demo && !pathGiven && !ensureDemoCache(path))
        return fatal(QCoreApplication::translate("main", "The demo cache could not be created at %1.").arg(path),
                     !exitWhenReady);
    // The essential tables are checked before the window opens; the whole file while the station
    // already works (DESIGN.md §8: ready to scan within a second on a 1M-SKU cache).
    auto cache =
        wf::db::LocalCache::open(path,
                                 pathGiven ? wf::db::LocalCache::Missing::Refuse : wf::db::LocalCache::Missing::Create,
                                 wf::db::LocalCache::Integrity::Essential);
    if (!cache)
        return fatal(wf::app::CacheMessages::describe(cache.error()), !exitWhenReady);

    int exitCode = 0;
    QString damage;
    {
        wf::workflows::FloorServices services((*cache)->database(),
                                              station.stationId,
                                              station.pick,
                                              station.pack,
                                              station.labelOutput.isEmpty()
                                                  ? wf::workflows::PackSession::LabelOutput{}
                                                  : wf::printing::LabelOutput::to(station.labelOutput));
        wf::ui::MainWindow window(services, {station.stationId, path, demo});
        wf::app::StationScanners scanners;
        wireScanners(scanners, window);
        QObject::connect(
            &window, &wf::ui::MainWindow::pickSettingsApplied, &window, &wf::app::StationSettings::savePick);
        // The pack bench's scale, when the station has one.
        std::unique_ptr<wf::scanner::SerialScale> scale;
        if (!station.scalePort.isEmpty()) {
            scale = std::make_unique<wf::scanner::SerialScale>(wf::scanner::SerialScale::Settings{
                station.scalePort,
                9600,
                station.scaleRequest ? wf::scanner::SerialScale::Protocol::Request
                                     : wf::scanner::SerialScale::Protocol::Continuous,
                std::chrono::milliseconds(500)});
            QObject::connect(scale.get(),
                             &wf::scanner::SerialScale::weighed,
                             &window,
                             [&window](const wf::scanner::ScaleReading& reading) {
                                 window.setScaleReading(reading.grams, reading.stable);
                             });
            scale->start();
        }
        wf::db::CacheIntegrityWatch integrity;
        wf::db::CacheCheckpointer checkpointer((*cache)->database());
        // Without a master the queue grows and the status bar says so; the demo never syncs.
        std::unique_ptr<wf::sync::SyncThread> sync;
        if (!station.masterUrl.isEmpty() && !demo && !exitWhenReady) {
            sync = std::make_unique<wf::sync::SyncThread>(wf::sync::SyncWorker::Settings{path, station.masterUrl});
            QObject::connect(
                sync->worker(), &wf::sync::SyncWorker::statusChanged, &window, &wf::ui::MainWindow::setSyncStatus);
            QObject::connect(
                &window, &wf::ui::MainWindow::syncNowRequested, sync->worker(), &wf::sync::SyncWorker::syncNow);
        }
        QObject::connect(&integrity, &wf::db::CacheIntegrityWatch::damaged, &window, [&](const QString& problem) {
            damage = problem;
            window.close();
            QCoreApplication::exit(1);
        });
        if (exitWhenReady)
            QObject::connect(&window, &wf::ui::MainWindow::readyForScan, &window, &reportReadyAndQuit);
        integrity.start(path);
        window.fitToScreen();
        window.showMaximized(); // with a window manager; without one the fitted geometry stands
        exitCode = QApplication::exec();
    }
    if (!damage.isEmpty()) {
        cache->reset(); // closed before it is moved aside
        return fatal(wf::app::CacheMessages::describe(wf::db::LocalCache::moveAside(path, damage)), true);
    }
    return exitCode;
}
