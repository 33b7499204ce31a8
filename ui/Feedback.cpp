#include "ui/Feedback.h"

#include <QSoundEffect>
#include <QTimer>
#include <QWidget>

#include "ui/Theme.h"
#include "ui/UiLog.h"

namespace wf::ui {

Q_LOGGING_CATEGORY(lcUi, "wf.ui")

namespace {

std::unique_ptr<QSoundEffect> effect(const char* name)
{
    auto sound = std::make_unique<QSoundEffect>();
    sound->setSource(QUrl(QStringLiteral("qrc:/wf/sounds/%1.wav").arg(QLatin1String(name))));
    QSoundEffect* raw = sound.get();
    QObject::connect(raw, &QSoundEffect::statusChanged, raw, [raw, name] {
        if (raw->status() == QSoundEffect::Error)
            qCWarning(lcUi) << "the" << name << "sound cannot play; the verdict's colour still shows";
    });
    return sound;
}

} // namespace

Feedback::Feedback(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_good(effect("good"))
    , m_warning(effect("warning"))
    , m_error(effect("error"))
{
    m_overlay = new QWidget(window);
    m_overlay->setObjectName(QStringLiteral("flashOverlay"));
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setFocusPolicy(Qt::NoFocus);
    m_overlay->hide();
    setSound(true, 80);
}

Feedback::~Feedback() = default;

void Feedback::setSound(bool on, int volumePercent)
{
    m_soundOn = on;
    const double volume = std::clamp(volumePercent, 0, 100) / 100.0;
    for (QSoundEffect* sound : {m_good.get(), m_warning.get(), m_error.get()})
        sound->setVolume(float(volume));
}

void Feedback::signal(workflows::Verdict::Kind kind)
{
    using Kind = workflows::Verdict::Kind;
    QSoundEffect* sound = kind == Kind::Error  ? m_error.get()
                          : kind == Kind::Warn ? m_warning.get()
                          : kind == Kind::Ok   ? m_good.get()
                                               : nullptr;
    if (m_soundOn && sound) {
        sound->play();
        ++m_played;
    }
    if (!m_window)
        return;
    m_lastFlash = Theme::verdictColour(kind);
    QColor wash = m_lastFlash;
    wash.setAlpha(kind == Kind::Ok ? 70 : 120);
    m_overlay->setStyleSheet(QStringLiteral("background: %1;").arg(wash.name(QColor::HexArgb)));
    m_overlay->setGeometry(m_window->rect());
    m_overlay->raise();
    m_overlay->show();
    QTimer::singleShot(kFlashMs, m_overlay, &QWidget::hide);
}

} // namespace wf::ui
