#include "ui/MainWindow.h"

#include <algorithm>

#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/ElidedLabel.h"
#include "ui/Feedback.h"
#include "ui/LanguageSwitch.h"
#include "ui/LoginScreen.h"
#include "ui/LookupScreen.h"
#include "ui/PackScreen.h"
#include "ui/PickScreen.h"
#include "ui/ReturnsScreen.h"
#include "ui/ScanSimulatorPanel.h"
#include "ui/ScannerScreen.h"
#include "ui/SupervisorScreen.h"
#include "ui/SyncScreen.h"
#include "ui/Theme.h"
#include "ui/VerdictBanner.h"
#include "workflows/station/FloorServices.h"
#include "workflows/station/FloorStatus.h"
#include "workflows/station/OperatorLogin.h"
#include "workflows/supervisor/SupervisorConsole.h"

namespace wf::ui {

namespace {
constexpr int kStatusRefreshMs = 5000;
}

MainWindow::MainWindow(workflows::FloorServices& services, StationInfo station, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_station(std::move(station))
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginScreen(services, m_stack))
    , m_home(new HomeScreen(m_stack))
    , m_lookup(new LookupScreen(services, m_stack))
    , m_scanners(new ScannerScreen(m_stack))
    , m_pick(new PickScreen(services, m_stack))
    , m_pack(new PackScreen(services, m_stack))
    , m_returns(new ReturnsScreen(services, m_stack))
    , m_sync(new SyncScreen(m_stack))
    , m_syncLabel(new ElidedLabel(this))
    , m_stationLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
    , m_cacheLabel(new ElidedLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_feedback(new Feedback(this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(Theme::styleSheet());
    for (QWidget* screen :
         std::initializer_list<QWidget*>{m_login, m_home, m_lookup, m_scanners, m_pick, m_pack, m_returns, m_sync})
        m_stack->addWidget(screen);

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    if (m_station.demo) {
        m_banner = new QLabel(central);
        m_banner->setObjectName(QStringLiteral("trainingBannerLabel"));
        m_banner->setAlignment(Qt::AlignCenter);
        m_banner->setWordWrap(true); // a narrow screen wraps it; it does not widen the window
        m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        column->addWidget(m_banner);
    }
    auto* row = new QHBoxLayout;
    row->addWidget(m_stack, 1);
    if (m_station.demo) {
        m_simulator = new ScanSimulatorPanel(central);
        row->addWidget(m_simulator);
    }
    column->addLayout(row, 1);
    setCentralWidget(central);
    buildStatusBar();

    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_home, &HomeScreen::modeChosen, this, &MainWindow::openMode);
    connect(m_home, &HomeScreen::logoutRequested, this, &MainWindow::logout);
    connect(m_lookup, &LookupScreen::backRequested, this, [this] {
        showScreen(m_home);
    });
    connect(m_scanners, &ScannerScreen::backRequested, this, [this] {
        showScreen(m_home);
    });
    connect(m_scanners, &ScannerScreen::settingsApplied, this, [this](const scanner::ScannerSettings& settings) {
        // A supervisor's change, with the reason, goes to the audit trail before it applies.
        const workflows::Verdict recorded = m_services.supervisor->recordChange(
            m_session,
            QStringLiteral("scanner_settings"),
            QStringLiteral("%1 serial scanner(s), camera %2")
                .arg(settings.serialScanners.size())
                .arg(settings.cameraId.isEmpty() ? QStringLiteral("off") : settings.cameraId),
            m_scanners->changeReason());
        m_scanners->showVerdict(recorded);
        if (recorded.kind == workflows::Verdict::Kind::Ok)
            emit scannerSettingsApplied(settings);
    });
    connect(m_login, &LoginScreen::scanEntered, this, &MainWindow::enterScan);
    connect(m_lookup, &LookupScreen::scanEntered, this, &MainWindow::enterScan);
    connect(m_pick, &PickScreen::scanEntered, this, &MainWindow::enterScan);
    connect(m_pick, &PickScreen::settingsApplied, this, &MainWindow::pickSettingsApplied);
    connect(m_pick, &PickScreen::backRequested, this, [this] {
        showScreen(m_home);
    });
    connect(m_sync, &SyncScreen::syncNowRequested, this, &MainWindow::syncNowRequested);
    connect(m_sync, &SyncScreen::backRequested, this, [this] {
        showScreen(m_home);
    });
    connect(m_pack, &PackScreen::scanEntered, this, &MainWindow::enterScan);
    connect(m_pack, &PackScreen::backRequested, this, [this] {
        showScreen(m_home);
    });
    connect(m_returns, &ReturnsScreen::scanEntered, this, &MainWindow::enterScan);
    connect(m_returns, &ReturnsScreen::backRequested, this, [this] {
        showScreen(m_home);
    });
    if (m_simulator)
        connect(m_simulator, &ScanSimulatorPanel::scanInjected, this, &MainWindow::enterScan);
    for (auto* banner : findChildren<VerdictBanner*>()) {
        connect(banner, &VerdictBanner::verdictShown, m_feedback, &Feedback::signal);
        // Every verdict may start a new step (tote → bin → item, label → ship): the demo's simulator
        // offers what that step needs. Queued, so the verdict is drawn first.
        if (m_simulator)
            connect(
                banner,
                &VerdictBanner::verdictShown,
                this,
                [this] {
                    m_simulator->setTarget(currentScanTarget());
                },
                Qt::QueuedConnection);
    }
    auto* logoutKey = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(logoutKey, &QShortcut::activated, this, &MainWindow::logout);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    timer->start(kStatusRefreshMs);
    retranslate();
    showLogin();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildStatusBar()
{
    m_stationLabel->setObjectName(QStringLiteral("stationStatusLabel"));
    m_operatorLabel->setObjectName(QStringLiteral("operatorStatusLabel"));
    m_cacheLabel->setObjectName(QStringLiteral("cacheStatusLabel"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingStatusLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    // The fixed facts take what they need; the cache's path and the sync state share the rest.
    for (QLabel* label : {m_stationLabel, m_operatorLabel, m_cacheLabel, m_pendingLabel, m_syncLabel})
        statusBar()->addWidget(label, label == m_syncLabel ? 2 : label == m_cacheLabel ? 1 : 0);
    // The cache's path can be long: it gives way first (its tooltip keeps it whole).
    m_cacheLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cacheLabel->setMinimumWidth(120);
    m_syncLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_syncLabel->setMinimumWidth(120);
    setSyncStatus({}); // until a sync worker reports: no master set
}

ScanTarget* MainWindow::currentScanTarget() const
{
    return dynamic_cast<ScanTarget*>(m_stack->currentWidget());
}

void MainWindow::showLogin()
{
    m_session = {};
    LanguageSwitch::apply(QStringLiteral("en"));
    m_login->reset();
    showScreen(m_login);
    QTimer::singleShot(0, this, [this] {
        m_login->reset();
        emit readyForScan();
    });
}

void MainWindow::onLoggedIn(const workflows::OperatorSession& session)
{
    m_session = session;
    LanguageSwitch::apply(session.language);
    m_home->setOperator(session);
    showScreen(m_home);
}

void MainWindow::fitToScreen()
{
    const QScreen* on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on)
        return;
    const QRect available = on->availableGeometry();
    setMaximumSize(available.size()); // no message, table or scan makes it wider than the screen
    if (m_simulator)                  // the demo's side panel takes a fifth of a small screen, never more than 300 px
        m_simulator->setFixedWidth(std::clamp(available.width() / 5, 200, 300));
    setGeometry(available);
}

void MainWindow::logout()
{
    if (m_session.badge.isEmpty())
        return;
    const auto out = m_services.login->logout(m_session);
    showLogin();
    if (out.kind == workflows::Verdict::Kind::Error)
        m_login->showVerdict(out); // logged out all the same; the audit row is missing and the station says so
}

SupervisorScreen* MainWindow::supervisorScreen()
{
    // Made when first opened: its charts cost a third of a second and 25 MB a station that
    // never opens the console should not pay at start-up.
    if (!m_supervisor) {
        m_supervisor = new SupervisorScreen(m_services, m_stack);
        connect(m_supervisor, &SupervisorScreen::backRequested, this, [this] {
            showScreen(m_home);
        });
        m_stack->addWidget(m_supervisor);
        for (auto* banner : m_supervisor->findChildren<VerdictBanner*>())
            connect(banner, &VerdictBanner::verdictShown, m_feedback, &Feedback::signal);
    }
    return m_supervisor;
}

void MainWindow::setScaleReading(int grams, bool stable)
{
    m_pack->setScaleReading(grams, stable);
}

void MainWindow::openMode(FloorMode mode)
{
    if (!m_home->isModeAllowed(mode))
        return;
    if (mode == FloorMode::Lookup) {
        showScreen(m_lookup);
        m_lookup->focusScan();
        return;
    }
    if (mode == FloorMode::Pick) {
        showScreen(m_pick);
        m_pick->start(m_session); // after showing: the scan field takes the focus
        if (m_simulator)
            m_simulator->setTarget(m_pick);
        return;
    }
    if (mode == FloorMode::Pack) {
        showScreen(m_pack);
        m_pack->start(m_session);
        if (m_simulator)
            m_simulator->setTarget(m_pack);
        return;
    }
    if (mode == FloorMode::Returns) {
        showScreen(m_returns);
        m_returns->start(m_session);
        if (m_simulator)
            m_simulator->setTarget(m_returns);
        return;
    }
    if (mode == FloorMode::Supervisor) {
        showScreen(supervisorScreen());
        m_supervisor->start(m_session);
        return;
    }
    if (mode == FloorMode::Sync) {
        showScreen(m_sync);
        return;
    }
    if (mode == FloorMode::Scanners) {
        emit scannerSettingsWanted();
        m_scanners->setEditable(m_session.isSupervisor());
        showScreen(m_scanners);
    }
}

void MainWindow::enterScan(const scanner::ScanEvent& scan)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::scanEntered))) {
        emit scanEntered(scan);
        return;
    }
    scanner::ScanEvent interpreted = scan;
    interpreted.interpretGs1();
    routeScan(interpreted);
}

void MainWindow::routeScan(const scanner::ScanEvent& scan)
{
    m_scanners->logScan(scan,
                        currentScanTarget() ? tr("to %1").arg(m_stack->currentWidget()->objectName())
                                            : tr("no screen takes scans here"));
    if (ScanTarget* target = currentScanTarget())
        target->acceptScan(scan);
    // A confirmed scan may have added a movement to the outbox: the status bar counts it after
    // the verdict is drawn (queued behind the banner's repaint), not before.
    QMetaObject::invokeMethod(this, &MainWindow::refreshStatus, Qt::QueuedConnection);
}

void MainWindow::routeProblem(const scanner::ScanProblem& problem)
{
    m_scanners->logProblem(problem);
    statusBar()->showMessage(problem.message, 15000);
    m_feedback->signal(workflows::Verdict::Kind::Error);
}

void MainWindow::setScannerSettings(const scanner::ScannerSettings& settings,
                                    const QStringList& serialPorts,
                                    const QStringList& cameras)
{
    m_scanners->setSettings(settings, serialPorts, cameras);
    m_feedback->setSound(settings.soundOn, settings.volumePercent);
}

void MainWindow::showScreen(QWidget* screen)
{
    m_stack->setCurrentWidget(screen);
    screen->setFocus();
    if (m_simulator)
        m_simulator->setTarget(currentScanTarget());
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    m_stationLabel->setText(tr("Station %1").arg(m_station.stationId));
    m_operatorLabel->setText(m_session.badge.isEmpty() ? tr("Nobody logged in")
                                                       : tr("Operator %1 (%2)").arg(m_session.name, m_session.badge));
    m_cacheLabel->setText(tr("Cache %1").arg(QFileInfo(m_station.cachePath).fileName()));
    m_cacheLabel->setToolTip(m_station.cachePath);
    const qint64 pending = m_services.status->pendingMovements();
    m_pendingLabel->setText(pending < 0 ? tr("Pending movements: cache unreadable")
                                        : tr("Pending movements: %1").arg(pending));
    // One count on every screen: the status bar's, read from the cache just now.
    if (pending >= 0) {
        m_syncStatus.queueDepth = pending;
        m_syncStatus.oldestPendingMs = pending > 0 ? m_services.status->oldestPendingMs() : 0;
    }
    m_syncLabel->setText(SyncScreen::summary(m_syncStatus));
    m_syncLabel->setToolTip(m_syncStatus.lastError.isEmpty() ? SyncScreen::summary(m_syncStatus)
                                                             : m_syncStatus.lastError);
    m_sync->setStatus(m_syncStatus);
}

void MainWindow::setSyncStatus(const wf::sync::SyncStatus& status)
{
    m_syncStatus = status;
    refreshStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_station.demo ? tr("Warehouse Floor (training)") : tr("Warehouse Floor"));
    if (m_banner)
        m_banner->setText(tr("TRAINING: demo data. Nothing you scan here leaves this computer."));
    if (m_simulator && m_stack->currentWidget())
        m_simulator->setTarget(currentScanTarget());
    refreshStatus();
}

} // namespace wf::ui
