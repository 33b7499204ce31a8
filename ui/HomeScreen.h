#pragma once

#include <QList>
#include <QWidget>

#include "ui/FloorMode.h"
#include "workflows/station/OperatorSession.h"

class QLabel;
class QPushButton;

namespace wf::ui {

/// The modes of the station as large buttons, each on a number key (1 Pick … 6 Supervisor).
/// A mode the operator's roles do not cover is shown disabled.
class HomeScreen : public QWidget
{
    Q_OBJECT
public:
    explicit HomeScreen(QWidget* parent = nullptr);

    void setOperator(const workflows::OperatorSession& session);
    bool isModeAllowed(FloorMode mode) const;

signals:
    void modeChosen(wf::ui::FloorMode mode);
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_greeting;
    QList<QPushButton*> m_buttons;
    QPushButton* m_logout;
    workflows::OperatorSession m_session;
};

} // namespace wf::ui
