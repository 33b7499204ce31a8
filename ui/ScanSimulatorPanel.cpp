#include "ui/ScanSimulatorPanel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui {

ScanSimulatorPanel::ScanSimulatorPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_scanButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("scanSimulatorPanel"));
    m_list->setObjectName(QStringLiteral("simulatorListWidget"));
    m_scanButton->setObjectName(QStringLiteral("simulateScanButton"));
    m_title->setWordWrap(true);
    m_list->setFocusPolicy(Qt::ClickFocus); // never steals the focus from the scan field
    m_scanButton->setFocusPolicy(Qt::NoFocus);
    // A side panel of the demo: narrow, so that the screen it trains on keeps its width at 1024 px.
    setMinimumWidth(220);
    setMaximumWidth(300);
    setStyleSheet(QStringLiteral("QLabel, QListWidget { font-size: 12pt; } QPushButton { min-height: 40px; }"));
    m_list->setMinimumHeight(120);
    m_list->setWordWrap(true); // a long hint wraps in the narrow column instead of scrolling sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_scanButton);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        injectRow(m_list->row(item));
    });
    connect(m_scanButton, &QPushButton::clicked, this, [this] {
        injectRow(m_list->currentRow());
    });
    retranslate();
}

void ScanSimulatorPanel::setTarget(ScanTarget* target)
{
    m_target = target;
    m_hints = target ? target->trainingHints() : QList<workflows::TrainingHint>{};
    m_list->clear();
    for (const auto& hint : m_hints) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(hint.payload, hint.label), m_list);
        if (hint.isWrong)
            item->setForeground(QColor(0xc0, 0x10, 0x10));
    }
    if (m_hints.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nothing to scan on this screen."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_scanButton->setEnabled(!m_hints.isEmpty());
}

int ScanSimulatorPanel::hintCount() const
{
    return int(m_hints.size());
}

void ScanSimulatorPanel::injectRow(int row)
{
    if (!m_target || row < 0 || row >= m_hints.size())
        return;
    emit scanInjected(scanner::ScanEvent::simulated(m_hints[row].payload));
}

void ScanSimulatorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScanSimulatorPanel::retranslate()
{
    m_title->setText(tr("Scan simulator: pick a barcode and press Scan (red ones are wrong on purpose)"));
    m_scanButton->setText(tr("Scan"));
}

} // namespace wf::ui
