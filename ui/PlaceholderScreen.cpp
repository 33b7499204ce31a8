#include "ui/PlaceholderScreen.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace wf::ui {

PlaceholderScreen::PlaceholderScreen(FloorMode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("placeholderScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_body->setObjectName(QStringLiteral("placeholderBodyLabel"));
    m_body->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addStretch();
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &PlaceholderScreen::backRequested);
    retranslate();
}

void PlaceholderScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderScreen::retranslate()
{
    switch (m_mode) {
    case FloorMode::Pick:
        m_title->setText(tr("Pick"));
        break;
    case FloorMode::Pack:
        m_title->setText(tr("Pack"));
        break;
    case FloorMode::Returns:
        m_title->setText(tr("Returns"));
        break;
    case FloorMode::Sync:
        m_title->setText(tr("Sync"));
        break;
    case FloorMode::Supervisor:
        m_title->setText(tr("Supervisor"));
        break;
    case FloorMode::Lookup:
    case FloorMode::Scanners:
        break; // these have their own screens
    }
    m_body->setText(tr("This mode is not in this version yet; it arrives in a coming release. "
                       "Lookup works now. Press Esc to go back."));
}

} // namespace wf::ui
