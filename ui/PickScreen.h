#pragma once

#include <QWidget>

#include "ui/ScanTarget.h"
#include "workflows/Verdict.h"
#include "workflows/pick/PickSettings.h"
#include "workflows/station/OperatorSession.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// Pick: one task in large type (bin, SKU, product, variant, quantity, tote, progress), the scan
/// field, the quantity key (F2) and the short-pick key (F4) with its reason. Everything it shows
/// comes from workflows::PickSession; it decides nothing.
class PickScreen : public QWidget, public ScanTarget
{
    Q_OBJECT
public:
    PickScreen(workflows::FloorServices& services, QWidget* parent = nullptr);

    /// Resumes the station's open list or starts one for this operator.
    void start(const workflows::OperatorSession& session);
    void acceptScan(const scanner::ScanEvent& scan) override;
    QList<workflows::TrainingHint> trainingHints() const override;

signals:
    void scanEntered(const wf::scanner::ScanEvent& scan);
    void backRequested();
    /// A supervisor changed the pick settings here (already in effect); for the station to store.
    void settingsApplied(const wf::workflows::PickSettings& settings);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showVerdict(const workflows::Verdict& verdict);
    void refresh();
    void retranslate();

    workflows::FloorServices& m_services;
    QLabel* m_title;
    QLabel* m_bin;
    QLabel* m_item;
    QLabel* m_tote;
    QLabel* m_progress;
    QLineEdit* m_scanEdit;
    VerdictBanner* m_banner;
    QSpinBox* m_quantity;
    QPushButton* m_quantityButton;
    QComboBox* m_reason;
    QPushButton* m_shortButton;
    QLineEdit* m_supervisorBadge;
    QLineEdit* m_supervisorPin;
    // Pick settings, shown to supervisors only.
    QGroupBox* m_settingsBox;
    QCheckBox* m_forceBinScan;
    QCheckBox* m_supervisorForShort;
    QSpinBox* m_batchSize;
    QPushButton* m_applySettings;
    QLineEdit* m_settingsReason;
    workflows::OperatorSession m_session;
    QLabel* m_batchLabel;
    void buildSettings();
    bool m_confirmingQuantity = false; ///< F2 asked; Enter on the empty scan field confirms
};

} // namespace wf::ui
