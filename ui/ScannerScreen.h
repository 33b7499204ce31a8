#pragma once

#include <QWidget>

#include "scanner/ScanProblem.h"
#include "scanner/ScannerSettings.h"
#include "ui/ScanTarget.h"
#include "workflows/Verdict.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace wf::ui {

class VerdictBanner;

/// Scanners: a live log of every event from every source (raw bytes in hex, symbology, GS1
/// reading), the last scan in large type to test a scanner, a short guide, and the scanner
/// settings (wedge, debounce, serial port, camera, feedback), which only a supervisor may change.
class ScannerScreen : public QWidget, public ScanTarget
{
    Q_OBJECT
public:
    static constexpr int kLogRows = 200;

    explicit ScannerScreen(QWidget* parent = nullptr);

    void acceptScan(const scanner::ScanEvent& scan) override;
    QList<workflows::TrainingHint> trainingHints() const override;

    void logScan(const scanner::ScanEvent& scan, const QString& outcome);
    void logProblem(const scanner::ScanProblem& problem);
    void
    setSettings(const scanner::ScannerSettings& settings, const QStringList& serialPorts, const QStringList& cameras);
    void setEditable(bool editable);
    /// Why the supervisor changes the settings (for the audit trail).
    QString changeReason() const;
    /// The answer to the last change: recorded, or why not.
    void showVerdict(const workflows::Verdict& verdict);
    scanner::ScannerSettings editedSettings() const;

signals:
    void settingsApplied(const wf::scanner::ScannerSettings& settings);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSettings();
    /// `sourceCodes`: the scan's source and device codes, relabelled when the language changes.
    void addLogRow(const QStringList& cells, bool problem, const QStringList& sourceCodes = {});
    void retranslate();

    scanner::ScannerSettings m_settings;
    QLabel* m_title;
    QLabel* m_guide;
    VerdictBanner* m_banner;
    QTableWidget* m_log;
    QGroupBox* m_settingsBox;
    QSpinBox* m_gap;
    QComboBox* m_terminator;
    QLineEdit* m_prefix;
    QLineEdit* m_suffix;
    QSpinBox* m_debounce;
    QComboBox* m_serialPort;
    QComboBox* m_baud;
    QComboBox* m_serialTerminator;
    QComboBox* m_dataBits;
    QComboBox* m_parity;
    QComboBox* m_stopBits;
    QComboBox* m_flowControl;
    QComboBox* m_camera;
    QCheckBox* m_sound;
    QSpinBox* m_volume;
    QPushButton* m_apply;
    QLineEdit* m_reason;
    QList<QLabel*> m_labels;
};

} // namespace wf::ui
