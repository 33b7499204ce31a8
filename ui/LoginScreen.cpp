#include "ui/LoginScreen.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "ui/LanguageSwitch.h"
#include "ui/VerdictBanner.h"
#include "workflows/station/FloorServices.h"
#include "workflows/station/OperatorLogin.h"

namespace wf::ui {

LoginScreen::LoginScreen(workflows::FloorServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_pinLabel(new QLabel(this))
    , m_scanEdit(new QLineEdit(this))
    , m_pinEdit(new QLineEdit(this))
    , m_banner(new VerdictBanner(this))
{
    setObjectName(QStringLiteral("loginScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_scanEdit->setObjectName(QStringLiteral("scanLineEdit"));
    m_pinEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(12);
    m_scanEdit->setMaxLength(10000);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scanEdit);
    layout->addWidget(m_pinLabel);
    layout->addWidget(m_pinEdit);
    layout->addWidget(m_banner);
    layout->addStretch();

    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        emit scanEntered(scanner::ScanEvent::manual(text));
    });
    connect(m_pinEdit, &QLineEdit::returnPressed, this, &LoginScreen::submitPin);
    retranslate();
    reset();
}

void LoginScreen::showVerdict(const workflows::Verdict& verdict)
{
    m_banner->show(verdict);
}

void LoginScreen::reset()
{
    m_pendingBadge.clear();
    m_pinEdit->clear();
    m_pinEdit->hide();
    m_pinLabel->hide();
    m_scanEdit->clear();
    m_banner->clearVerdict();
    m_scanEdit->setFocus();
}

void LoginScreen::acceptScan(const scanner::ScanEvent& scan)
{
    auto outcome = m_services.login->scanBadge(scan);
    if (!outcome.pendingLanguage.isEmpty() && outcome.pendingLanguage != LanguageSwitch::current()) {
        // The PIN is asked in the operator's own language (the badge says who it is; the PIN proves it).
        LanguageSwitch::apply(outcome.pendingLanguage);
        outcome = m_services.login->scanBadge(scan); // a lookup only: nothing is written twice
    }
    m_banner->show(outcome.verdict);
    if (outcome.session) {
        emit loggedIn(*outcome.session);
        return;
    }
    m_pendingBadge = outcome.pendingBadge;
    const bool needPin = !m_pendingBadge.isEmpty();
    m_pinLabel->setVisible(needPin);
    m_pinEdit->setVisible(needPin);
    m_pinEdit->clear();
    (needPin ? m_pinEdit : m_scanEdit)->setFocus();
}

void LoginScreen::submitPin()
{
    const QString pin = m_pinEdit->text();
    m_pinEdit->clear();
    const auto outcome = m_services.login->enterPin(m_pendingBadge, pin);
    m_banner->show(outcome.verdict);
    if (outcome.session) {
        emit loggedIn(*outcome.session);
        return;
    }
    if (outcome.pendingBadge.isEmpty()) { // locked out or badge gone: back to the badge
        m_pendingBadge.clear();
        m_pinEdit->hide();
        m_pinLabel->hide();
        m_scanEdit->setFocus();
    }
}

QList<workflows::TrainingHint> LoginScreen::trainingHints() const
{
    return m_services.hints->forLogin();
}

void LoginScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginScreen::retranslate()
{
    m_title->setText(tr("Scan your badge"));
    m_scanEdit->setPlaceholderText(tr("Badge"));
    m_pinLabel->setText(tr("Supervisor PIN, then Enter"));
    m_pinEdit->setPlaceholderText(tr("PIN"));
}

} // namespace wf::ui
