#pragma once

#include <optional>

#include <QWidget>

#include "ui/ScanTarget.h"
#include "workflows/Verdict.h"
#include "workflows/pack/PackSession.h"
#include "workflows/station/OperatorSession.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// Packing (key 2): scan the tote, order or shipment; scan every item; confirm the playbook's
/// prompts (F2 or their command barcodes); weigh (F4: the scale's reading, or a typed weight);
/// close (F5); print the label (F6, reprint F7 with a reason); scan the label and the package.
/// Destination rules and missing customs data show before the first item. Supervisors also see
/// the playbook and may change it. Every rule comes from workflows::PackSession.
class PackScreen : public QWidget, public ScanTarget
{
    Q_OBJECT
public:
    PackScreen(workflows::FloorServices& services, QWidget* parent = nullptr);

    void start(const workflows::OperatorSession& session);
    void acceptScan(const scanner::ScanEvent& scan) override;
    QList<workflows::TrainingHint> trainingHints() const override;
    /// The station's scale reported a weight.
    void setScaleReading(int grams, bool stable);

signals:
    void scanEntered(const wf::scanner::ScanEvent& scan);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildKeys();
    void buildPlaybook();
    /// Shows what a key got from the session and gives the scan field its focus back.
    void act(const workflows::Verdict& verdict);
    /// The label (or a reprint) sent on a worker thread: the screen stays live and says
    /// "printing…"; the session records it when the printer answered (PackSession::finishPrint).
    void print(const QString& reprintReason);
    void printed(const workflows::PackSession::PrintJob& job, const Result<QString>& where);
    void showVerdict(const workflows::Verdict& verdict);
    void refresh();
    void refreshPlaybook();
    /// The checklist as tall as its prompts (up to two fifths of the column), hidden when empty.
    void fitPrompts();
    void refreshLines(const workflows::PackSession::View& view);
    void refreshPrompts(const workflows::PackSession::View& view);
    void refreshBoxes();
    void savePlaybookRow(int row);
    void retranslate();

    workflows::FloorServices& m_services;
    workflows::OperatorSession m_operator;
    std::optional<int> m_stableGrams;
    bool m_printing = false;
    QLabel* m_title;
    QLabel* m_header;
    QLabel* m_details;
    QTableWidget* m_lines;
    QListWidget* m_prompts;
    QLabel* m_notes;
    QLineEdit* m_scanEdit;
    VerdictBanner* m_banner;
    QComboBox* m_box;
    QLineEdit* m_weight;
    QLabel* m_scale;
    QPushButton* m_ackButton;
    QPushButton* m_weighButton;
    QPushButton* m_closeButton;
    QPushButton* m_labelButton;
    QPushButton* m_reprintButton;
    QPushButton* m_serviceButton;
    QLineEdit* m_reason;
    QLineEdit* m_supervisorBadge;
    QLineEdit* m_supervisorPin;
    QWidget* m_playbook;
    QTableWidget* m_rules;
    QPushButton* m_addRule;
    QLineEdit* m_ruleReason;
};

} // namespace wf::ui
