#pragma once

#include <memory>

#include <QColor>
#include <QObject>
#include <QPointer>

#include "workflows/Verdict.h"

class QSoundEffect;
class QWidget;

namespace wf::ui {

/// What a person hears and sees for each verdict, without looking closely: a distinct sound for
/// good, warning and error (bundled WAVs through Qt Multimedia) and a short full-window flash of
/// the verdict's colour. Sound on/off and volume come from the scanner settings. A station with
/// no audio device still flashes. GUI thread.
class Feedback : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlashMs = 280;

    explicit Feedback(QWidget* window, QObject* parent = nullptr);
    ~Feedback() override;

    void setSound(bool on, int volumePercent);
    bool soundOn() const { return m_soundOn; }

    /// The sound and flash of this verdict kind.
    void signal(workflows::Verdict::Kind kind);
    /// The colour the window flashed last (for tests); invalid before the first flash.
    QColor lastFlash() const { return m_lastFlash; }
    int played() const { return m_played; }

private:
    QPointer<QWidget> m_window;
    QWidget* m_overlay = nullptr;
    std::unique_ptr<QSoundEffect> m_good;
    std::unique_ptr<QSoundEffect> m_warning;
    std::unique_ptr<QSoundEffect> m_error;
    bool m_soundOn = true;
    QColor m_lastFlash;
    int m_played = 0;
};

} // namespace wf::ui
