#pragma once

#include <QWidget>

#include "ui/ScanTarget.h"
#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"

class QLabel;
class QLineEdit;

namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// "Scan your badge": a badge scan logs an operator in; supervisors then type their PIN.
class LoginScreen : public QWidget, public ScanTarget
{
    Q_OBJECT
public:
    LoginScreen(workflows::FloorServices& services, QWidget* parent = nullptr);

    void acceptScan(const scanner::ScanEvent& scan) override;
    QList<workflows::TrainingHint> trainingHints() const override;
    /// Back to the badge prompt, PIN field hidden and empty.
    void reset();
    /// Shows a verdict that came from elsewhere (a logout that could not be audited).
    void showVerdict(const workflows::Verdict& verdict);

signals:
    void loggedIn(const wf::workflows::OperatorSession& session);
    /// Typed into the scan field and confirmed with Enter: a manual scan for the ScanRouter.
    void scanEntered(const wf::scanner::ScanEvent& scan);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submitPin();

    workflows::FloorServices& m_services;
    QLabel* m_title;
    QLabel* m_pinLabel;
    QLineEdit* m_scanEdit;
    QLineEdit* m_pinEdit;
    VerdictBanner* m_banner;
    QString m_pendingBadge;
};

} // namespace wf::ui
