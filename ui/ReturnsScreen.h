#pragma once

#include <QWidget>

#include "ui/ScanTarget.h"
#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// Returns inspection (key 3): scan the RMA, order or tracking number, then each item; grade it
/// with a reason, attach a photo where proof is needed, approve (F5) or reject (F6), then refund
/// (F7) or replace (F8). Every rule comes from workflows::ReturnSession; this screen only shows.
class ReturnsScreen : public QWidget, public ScanTarget
{
    Q_OBJECT
public:
    ReturnsScreen(workflows::FloorServices& services, QWidget* parent = nullptr);

    void start(const workflows::OperatorSession& session);
    void acceptScan(const scanner::ScanEvent& scan) override;
    QList<workflows::TrainingHint> trainingHints() const override;

signals:
    void scanEntered(const wf::scanner::ScanEvent& scan);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void completePhotoPaths();
    void clearEntries();
    void buildKeys();
    /// Shows what a key got from the session and gives the scan field its focus back.
    void act(const workflows::Verdict& verdict);
    void showVerdict(const workflows::Verdict& verdict);
    void refresh();
    void retranslate();

    workflows::FloorServices& m_services;
    QLabel* m_title;
    QLabel* m_header;
    QTableWidget* m_lines;
    QLineEdit* m_scanEdit;
    VerdictBanner* m_banner;
    QComboBox* m_grade;
    QComboBox* m_reason;
    QLineEdit* m_notes;
    QPushButton* m_gradeButton;
    QLineEdit* m_photoPath;
    QPushButton* m_photoButton;
    QPushButton* m_approveButton;
    QPushButton* m_rejectButton;
    QPushButton* m_refundButton;
    QPushButton* m_replaceButton;
    QLineEdit* m_supervisorBadge;
    QLineEdit* m_supervisorPin;
};

} // namespace wf::ui
