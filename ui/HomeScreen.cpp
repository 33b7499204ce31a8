#include "ui/HomeScreen.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace wf::ui {

namespace {

const char* const kButtonNames[] = {"pickModeButton",
                                    "packModeButton",
                                    "returnsModeButton",
                                    "lookupModeButton",
                                    "syncModeButton",
                                    "supervisorModeButton",
                                    "scannersModeButton"};

} // namespace

HomeScreen::HomeScreen(QWidget* parent)
    : QWidget(parent)
    , m_greeting(new QLabel(this))
    , m_logout(new QPushButton(this))
{
    setObjectName(QStringLiteral("homeScreen"));
    m_greeting->setObjectName(QStringLiteral("screenTitleLabel"));
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_greeting, 0, 0, 1, 3);
    for (int i = 0; i < kFloorModeCount; ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(kButtonNames[i]));
        layout->addWidget(button, 1 + i / 3, i % 3);
        connect(button, &QPushButton::clicked, this, [this, i] {
            emit modeChosen(FloorMode(i));
        });
        auto* key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        m_buttons.append(button);
    }
    layout->addWidget(m_logout, 3, 2);
    layout->setRowStretch(4, 1);
    connect(m_logout, &QPushButton::clicked, this, &HomeScreen::logoutRequested);
    retranslate();
}

bool HomeScreen::isModeAllowed(FloorMode mode) const
{
    return workflows::ModeAccess::allows(m_session, mode);
}

void HomeScreen::setOperator(const workflows::OperatorSession& session)
{
    m_session = session;
    for (int i = 0; i < kFloorModeCount; ++i)
        m_buttons[i]->setEnabled(isModeAllowed(FloorMode(i)));
    retranslate();
    m_buttons[int(FloorMode::Lookup)]->setFocus();
}

void HomeScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomeScreen::retranslate()
{
    m_greeting->setText(m_session.name.isEmpty() ? tr("Choose a mode")
                                                 : tr("Hello %1: choose a mode").arg(m_session.name));
    const QString labels[] = {tr("1  Pick"),
                              tr("2  Pack"),
                              tr("3  Returns"),
                              tr("4  Lookup"),
                              tr("5  Sync"),
                              tr("6  Supervisor"),
                              tr("7  Scanners")};
    for (int i = 0; i < kFloorModeCount; ++i)
        m_buttons[i]->setText(labels[i]);
    m_logout->setText(tr("Log out (F12)"));
}

} // namespace wf::ui
