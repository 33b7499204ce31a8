#pragma once

#include <QHash>
#include <QMainWindow>

#include "ui/HomeScreen.h"
#include "workflows/OperatorSession.h"

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

public slots:
    void showLogin();
    void openMode(wf::ui::FloorMode mode);
    void logout();

signals:
    /// The login screen is up and its scan field has the focus.
    void readyForScan();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildStatusBar();
    void onLoggedIn(const workflows::OperatorSession& session);
    void showScreen(QWidget* screen);
    void refreshStatus();
    void retranslate();

    workflows::FloorServices& m_services;
    StationInfo m_station;
    workflows::OperatorSession m_session;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    HomeScreen* m_home;
    LookupScreen* m_lookup;
    QHash<FloorMode, QWidget*> m_placeholders; ///< the modes of later releases
    ScanSimulatorPanel* m_simulator = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_stationLabel;
    QLabel* m_operatorLabel;
    QLabel* m_cacheLabel;
    QLabel* m_pendingLabel;
};

} // namespace wf::ui
