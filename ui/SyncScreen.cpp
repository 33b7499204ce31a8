#include "ui/SyncScreen.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTime>
#include <QVBoxLayout>

namespace wf::ui {

namespace {

QString age(qint64 sinceMs)
{
    const qint64 seconds = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - sinceMs) / 1000);
    if (seconds < 120)
        return SyncScreen::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return SyncScreen::tr("%1 min").arg(seconds / 60);
    return SyncScreen::tr("%1 h").arg(seconds / 3600);
}

} // namespace

SyncScreen::SyncScreen(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_link(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_events(new QLabel(this))
    , m_oldest(new QLabel(this))
    , m_lastSuccess(new QLabel(this))
    , m_lastError(new QLabel(this))
    , m_setup(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_syncNow(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_link->setObjectName(QStringLiteral("syncLinkLabel"));
    m_queue->setObjectName(QStringLiteral("syncQueueLabel"));
    m_events->setObjectName(QStringLiteral("syncEventsLabel"));
    m_events->setWordWrap(true);
    m_oldest->setObjectName(QStringLiteral("syncOldestLabel"));
    m_lastSuccess->setObjectName(QStringLiteral("syncLastSuccessLabel"));
    m_lastError->setObjectName(QStringLiteral("syncLastErrorLabel"));
    m_setup->setObjectName(QStringLiteral("syncSetupLabel"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_answer->setObjectName(QStringLiteral("syncAnswerLabel"));
    m_answer->setWordWrap(true);
    m_link->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold;"));
    m_queue->setStyleSheet(QStringLiteral("font-size: 22pt;"));
    m_lastError->setWordWrap(true);
    m_setup->setWordWrap(true);
    m_setup->setTextInteractionFlags(Qt::TextSelectableByMouse); // the commands can be copied
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_link);
    layout->addWidget(m_queue);
    layout->addWidget(m_events);
    layout->addWidget(m_oldest);
    layout->addWidget(m_lastSuccess);
    layout->addWidget(m_lastError);
    layout->addWidget(m_setup);
    layout->addWidget(m_syncNow);
    layout->addWidget(m_answer);
    layout->addStretch();
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        // F5 says what it did: with no master there is nothing to send to.
        if (m_status.link == sync::SyncStatus::Link::NotConfigured) {
            m_answer->setText(tr("No master is set for this station (warehouse-floor --master URL): the %1 "
                                 "movements stay in the queue, safe, until one is.")
                                  .arg(m_status.queueDepth));
            return;
        }
        m_answer->setText(tr("Sync asked for at %1: pushing %2 movements, then pulling the master's changes.")
                              .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                              .arg(m_status.queueDepth));
        emit syncNowRequested();
    });
    auto* now = new QShortcut(QKeySequence(Qt::Key_F5), this);
    now->setContext(Qt::WidgetWithChildrenShortcut);
    connect(now, &QShortcut::activated, m_syncNow, &QPushButton::click);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &SyncScreen::backRequested);
    retranslate();
}

void SyncScreen::setStatus(const sync::SyncStatus& status)
{
    m_status = status;
    refresh();
}

QString SyncScreen::summary(const sync::SyncStatus& status)
{
    switch (status.link) {
    case sync::SyncStatus::Link::NotConfigured:
        return tr("Sync: no master set; queue %1").arg(status.queueDepth);
    case sync::SyncStatus::Link::Connected:
        if (!status.setupMissing.isEmpty())
            return tr("Sync: connected; queue %1; setup incomplete (%2, see Sync)")
                .arg(status.queueDepth)
                .arg(status.setupMissing.size());
        return tr("Sync: connected; queue %1").arg(status.queueDepth);
    case sync::SyncStatus::Link::Unreachable:
        return tr("Sync: master unreachable; queue %1; next try in %2 s")
            .arg(status.queueDepth)
            .arg(status.retryInSeconds);
    }
    return {};
}

void SyncScreen::refresh()
{
    m_link->setText(summary(m_status));
    m_queue->setText(tr("Movements not yet confirmed by the master: %1").arg(m_status.queueDepth));
    m_events->setText(tr("Floor events not yet confirmed: %1").arg(m_status.eventsPending));
    m_oldest->setText(m_status.oldestPendingMs > 0 ? tr("Oldest waiting: %1").arg(age(m_status.oldestPendingMs))
                                                   : tr("Nothing waiting"));
    m_lastSuccess->setText(m_status.lastSuccess.isValid()
                               ? tr("Last success: %1").arg(m_status.lastSuccess.toString(QStringLiteral("HH:mm:ss")))
                               : tr("No success yet"));
    m_lastError->setText(m_status.lastError.isEmpty() ? QString() : tr("Last error: %1").arg(m_status.lastError));
    if (m_status.rejectedTotal > 0)
        m_lastError->setText(m_lastError->text() + QLatin1Char('\n')
                             + tr("Refused by the master: %1 (see the exceptions)").arg(m_status.rejectedTotal));
    // Written by the setup commands' own messages: what to run is named in them.
    m_setup->setVisible(!m_status.setupMissing.isEmpty());
    m_setup->setText(m_status.setupMissing.isEmpty()
                         ? QString()
                         : tr("This warehouse lacks what the floor needs:") + QStringLiteral("\n• ")
                               + m_status.setupMissing.join(QStringLiteral("\n• ")));
}

void SyncScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncScreen::retranslate()
{
    m_title->setText(tr("Sync"));
    m_syncNow->setText(tr("F5  Sync now"));
    refresh();
}

} // namespace wf::ui
