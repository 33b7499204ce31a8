#include "app/StationApp.h"

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

namespace wf::app {

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

// The demo cache is made on first use with the default dataset.
bool ensureDemoCache(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    auto cache = db::LocalCache::open(path, db::LocalCache::Missing::Create);
    if (!cache)
        return false;
    auto made = demo::DemoDataGenerator((*cache)->database(), demo::DemoOptions{}).generate();
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
void wireScanners(StationScanners& scanners, ui::MainWindow& window)
{
    using scanner::ScanRouter;
    scanners.apply(StationScanners::load());
    QObject::connect(&scanners.router(), &ScanRouter::scanRouted, &window, &ui::MainWindow::routeScan);
    QObject::connect(&scanners.router(), &ScanRouter::problemRouted, &window, &ui::MainWindow::routeProblem);
    QObject::connect(&window, &ui::MainWindow::scanEntered, &scanners.router(), &ScanRouter::submit);
    QObject::connect(&window,
                     &ui::MainWindow::scannerSettingsApplied,
                     &scanners,
                     [&scanners, &window](const scanner::ScannerSettings& settings) {
                         StationScanners::save(settings);
                         scanners.apply(settings);
                         window.setScannerSettings(
                             settings, serialPortNames(), scanner::CameraScanSource::availableCameras());
                     });
    window.setScannerSettings(scanners.settings(), {}, {}); // sound settings now; port lists when asked
    QObject::connect(&window, &ui::MainWindow::scannerSettingsWanted, &scanners, [&scanners, &window] {
        window.setScannerSettings(
            scanners.settings(), serialPortNames(), scanner::CameraScanSource::availableCameras());
    });
}

// The pack bench's scale, when the station has one: its readings go to the window.
std::unique_ptr<scanner::SerialScale> startScale(const scanner::SerialScale::Settings& settings, ui::MainWindow& window)
{
    if (settings.portName.isEmpty())
        return nullptr;
    auto scale = std::make_unique<scanner::SerialScale>(settings);
    QObject::connect(scale.get(), &scanner::SerialScale::weighed, &window, [&window](const scanner::ScaleReading& r) {
        window.setScaleReading(r.grams, r.stable);
    });
    scale->start();
    return scale;
}

// Without a master the queue grows and the status bar says so; the demo never syncs.
std::unique_ptr<sync::SyncThread>
startSync(const QString& cachePath, const QString& masterUrl, const QString& stationId, ui::MainWindow& window)
{
    auto thread = std::make_unique<sync::SyncThread>(
        sync::SyncWorker::Settings{.cachePath = cachePath, .masterUrl = masterUrl, .stationId = stationId});
    QObject::connect(thread->worker(), &sync::SyncWorker::statusChanged, &window, &ui::MainWindow::setSyncStatus);
    QObject::connect(&window, &ui::MainWindow::syncNowRequested, thread->worker(), &sync::SyncWorker::syncNow);
    return thread;
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

/// Says once, when the master URL is set, where its password is kept (docs/security.md).
void tellWhereTheSecretIs(const StationSettings& station)
{
    using Store = StationSettings::SecretStore;
    QTextStream err(stderr);
    if (station.masterSecret == Store::Keychain)
        err << "warehouse-floor: the master password is kept in the desktop's secret store\n";
    else if (station.masterSecret == Store::File)
        err << "warehouse-floor: no secret store answered (" << station.secretProblem
            << "); the master password is kept in the settings file, readable by this user only\n";
}

} // namespace

void StationApp::startClock()
{
    g_sinceStart.start();
}

void StationApp::nameApplication()
{
    QLoggingCategory::setFilterRules(QStringLiteral("wf.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("WarehouseFloor"));
    QCoreApplication::setApplicationName(QStringLiteral("warehouse-floor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WF_VERSION));
}

void StationApp::describeOptions(QCommandLineParser& parser)
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

bool StationApp::wantsOnlyText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "-?" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int StationApp::answerText(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // prints and exits
    return 0;
}

int StationApp::fatal(const QString& message, bool interactive)
{
    QTextStream(stderr) << "warehouse-floor: " << message << '\n';
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Warehouse Floor"), message);
    return 1;
}

QString StationApp::cachePath(const QCommandLineParser& parser, const StationSettings& station) const
{
    if (m_pathGiven)
        return parser.value(QStringLiteral("db"));
    if (m_demo)
        return StationSettings::defaultCachePath(true);
    return station.cachePath.isEmpty() ? StationSettings::defaultCachePath(false) : station.cachePath;
}

int StationApp::run()
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(*QCoreApplication::instance());
    m_exitWhenReady = parser.isSet(QStringLiteral("exit-when-ready"));
    if (parser.isSet(QStringLiteral("empty-window")))
        return runEmptyWindow(m_exitWhenReady);
    m_demo = parser.isSet(QStringLiteral("demo"));
    m_pathGiven = parser.isSet(QStringLiteral("db")) && !parser.value(QStringLiteral("db")).isEmpty();
    StationSettings station = StationSettings::load();
    if (parser.isSet(QStringLiteral("station"))) {
        station.stationId = parser.value(QStringLiteral("station"));
        station.save();
    }
    if (parser.isSet(QStringLiteral("master"))) {
        station.masterUrl = parser.value(QStringLiteral("master"));
        station.save();
        tellWhereTheSecretIs(station);
    }
    const QString path = cachePath(parser, station);
    if (m_demo && !m_pathGiven && !ensureDemoCache(path))
        return fatal(QCoreApplication::translate("main", "The demo cache could not be created at %1.").arg(path),
                     !m_exitWhenReady);
    return runStation(path, station);
}

int StationApp::runStation(const QString& path, const StationSettings& station)
{
    // The essential tables are checked before the window opens; the whole file while the station
    // already works (DESIGN.md §8: ready to scan within a second on a 1M-SKU cache).
    auto cache = db::LocalCache::open(path,
                                      m_pathGiven ? db::LocalCache::Missing::Refuse : db::LocalCache::Missing::Create,
                                      db::LocalCache::Integrity::Essential);
    if (!cache)
        return fatal(CacheMessages::describe(cache.error()), !m_exitWhenReady);
    int exitCode = 0;
    QString damage;
    {
        workflows::FloorServices services((*cache)->database(),
                                          station.stationId,
                                          station.pick,
                                          station.pack,
                                          station.labelOutput.isEmpty()
                                              ? workflows::PackSession::LabelOutput{}
                                              : printing::LabelOutput::to(station.labelOutput));
        ui::MainWindow window(services, {station.stationId, path, m_demo});
        StationScanners scanners;
        wireScanners(scanners, window);
        QObject::connect(&window, &ui::MainWindow::pickSettingsApplied, &window, &StationSettings::savePick);
        const auto scale = startScale(station.scale, window);
        db::CacheIntegrityWatch integrity;
        db::CacheCheckpointer checkpointer((*cache)->database());
        const bool syncs = !station.masterUrl.isEmpty() && !m_demo && !m_exitWhenReady;
        const auto sync = syncs ? startSync(path, station.masterUrl, station.stationId, window) : nullptr;
        QObject::connect(&integrity, &db::CacheIntegrityWatch::damaged, &window, [&](const QString& problem) {
            damage = problem;
            window.close();
            QCoreApplication::exit(1);
        });
        if (m_exitWhenReady)
            QObject::connect(&window, &ui::MainWindow::readyForScan, &window, &reportReadyAndQuit);
        integrity.start(path);
        window.fitToScreen();
        window.showMaximized(); // with a window manager; without one the fitted geometry stands
        exitCode = QApplication::exec();
    }
    if (!damage.isEmpty()) {
        cache->reset(); // closed before it is moved aside
        return fatal(CacheMessages::describe(db::LocalCache::moveAside(path, damage)), true);
    }
    return exitCode;
}

} // namespace wf::app
