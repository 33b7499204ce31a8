#pragma once

#include <QHash>
#include <QMainWindow>

#include "scanner/ScanEvent.h"
#include "scanner/ScanProblem.h"
#include "scanner/ScannerSettings.h"
#include "sync/SyncStatus.h"
#include "ui/HomeScreen.h"
#include "workflows/pick/PickSettings.h"
#include "workflows/station/OperatorSession.h"

class QLabel;
class QStackedWidget;

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class LoginScreen;
class LookupScreen;
class ScanSimulatorPanel;
class ScanTarget;
class ScannerScreen;
class PickScreen;
class PackScreen;
class ReturnsScreen;
class SupervisorScreen;
class SyncScreen;
class Feedback;

/// What the status bar and the banner need to know about the station.
struct StationInfo
{
    QString stationId;
    QString cachePath;
    bool demo = false;
};

/// The station window: login, home with the modes, the mode screens, a status bar (station,
/// operator, cache file, pending movements) and, in demo mode, a training banner and the scan
/// simulator. Every action is on the keyboard: number keys on home, Esc back, F12 log out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(workflows::FloorServices& services, StationInfo station, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The screen that takes scans now, or nullptr.
    ScanTarget* currentScanTarget() const;
    const workflows::OperatorSession& session() const { return m_session; }
    Feedback& feedback() { return *m_feedback; }

    /// What the Scanners screen shows and edits; the lists are the choices for ports and cameras.
    void setScannerSettings(const scanner::ScannerSettings& settings,
                            const QStringList& serialPorts,
                            const QStringList& cameras);

public slots:
    void showLogin();
    /// The window on the screen it is on: its available geometry, whatever its size (1024×768 up),
    /// the whole of it used. The content never widens the window beyond it.
    void fitToScreen();
    void openMode(wf::ui::FloorMode mode);
    void logout();
    /// A scan from the ScanRouter: handed to the screen on display (and logged on Scanners).
    void routeScan(const wf::scanner::ScanEvent& scan);
    /// Something a scanner sent that is not a scan: shown to the person and logged.
    void routeProblem(const wf::scanner::ScanProblem& problem);
    /// The sync worker's latest round: status bar and Sync screen.
    void setSyncStatus(const wf::sync::SyncStatus& status);
    /// The pack station's scale reported a weight (grams; stable once it settled).
    void setScaleReading(int grams, bool stable);

signals:
    /// The login screen is up and its scan field has the focus.
    void readyForScan();
    /// A scan typed (or injected by the simulator) on one of the screens, for the ScanRouter.
    /// When nothing listens, the window routes it itself.
    void scanEntered(const wf::scanner::ScanEvent& scan);
    void scannerSettingsApplied(const wf::scanner::ScannerSettings& settings);
    /// A supervisor changed the pick settings (already in effect): the station stores them.
    void pickSettingsApplied(const wf::workflows::PickSettings& settings);
    /// "Sync now" on the Sync screen: for the sync worker.
    void syncNowRequested();
    /// The Scanners screen opens: time to list ports and cameras (not at start-up: slow).
    void scannerSettingsWanted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildStatusBar();
    SupervisorScreen* supervisorScreen();
    void onLoggedIn(const workflows::OperatorSession& session);
    void showScreen(QWidget* screen);
    void refreshStatus();
    void retranslate();
    void enterScan(const scanner::ScanEvent& scan);

    workflows::FloorServices& m_services;
    StationInfo m_station;
    workflows::OperatorSession m_session;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    HomeScreen* m_home;
    LookupScreen* m_lookup;
    ScannerScreen* m_scanners;
    PickScreen* m_pick;
    PackScreen* m_pack;
    ReturnsScreen* m_returns;
    SupervisorScreen* m_supervisor = nullptr; ///< made when first opened
    SyncScreen* m_sync;
    wf::sync::SyncStatus m_syncStatus; ///< the worker's last word, its queue count the cache's own
    QLabel* m_syncLabel;
    ScanSimulatorPanel* m_simulator = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_stationLabel;
    QLabel* m_operatorLabel;
    QLabel* m_cacheLabel;
    QLabel* m_pendingLabel;
    Feedback* m_feedback;
};

} // namespace wf::ui
