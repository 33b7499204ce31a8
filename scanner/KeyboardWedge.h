#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QKeyEvent>
#include <QList>
#include <QPointer>
#include <QTimer>

#include "scanner/ScanSource.h"

namespace wf::scanner {

/// A keyboard-wedge scanner: an application-wide event filter that tells scanner bursts from
/// typing by the gap between keys. Printable keys are held back for at most one gap; a burst of
/// at least minLength keys that ends with a terminator key becomes a scan (source Wedge) and
/// never reaches the focused widget, so a scan cannot land in an unrelated text field. Anything
/// slower is typing and is handed to the widget it was meant for, in order. Keys that only change
/// what the next key types — Shift before a capital, AltGr, Ctrl before ']' for GS, CapsLock, Num
/// Lock — belong to the burst they fall in and never break it. A burst made only of
/// characters that another keyboard layout puts on the digit keys ("!@#$", "&é\"'") is reported
/// as keyboard_layout instead.
///
/// A scanner can stall inside a scan — a Bluetooth link, a USB hub, a station too busy to read
/// its keys — so a pause of up to maxPause (at most kMaxPauses of them) does not end a burst that
/// is otherwise at scanner speed: the keys before the pause are handed to the widget (a person
/// typing sees them at once) and taken back with Backspace when the burst ends as a scan. Lives on
/// the GUI thread; install with qApp->installEventFilter().
class KeyboardWedge : public ScanSource
{
    Q_OBJECT
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    struct Settings
    {
        std::chrono::milliseconds maxGap{50};    ///< longest gap between two keys at scanner speed
        std::chrono::milliseconds maxPause{300}; ///< longest stall inside one scan
        QList<int> terminators{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab};
        QString prefix;    ///< stripped when a scan starts with it
        QString suffix;    ///< stripped when a scan ends with it
        int minLength = 3; ///< shorter bursts are typing (a fast double key press)
    };

    explicit KeyboardWedge(Settings settings, QObject* parent = nullptr);
    KeyboardWedge(Settings settings, Clock clock, QObject* parent = nullptr);
    ~KeyboardWedge() override;

    QString deviceId() const override { return QStringLiteral("keyboard-wedge"); }
    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings) { m_settings = settings; }

    /// The digits the text would be on a US, German or French keyboard, when it is made only of
    /// the characters those layouts put on the digit row; empty otherwise.
    static QString digitsUnderOtherLayout(const QString& text);

    /// How many stalls one scan may hold.
    static constexpr int kMaxPauses = 2;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };
    /// How a key follows the one before it in the burst.
    enum class Pace
    {
        Fast,
        Paused,
        Slow
    };

    bool isScanCharacter(const QKeyEvent* key) const;
    /// Shift, Ctrl, Alt, AltGr, CapsLock, Num Lock …: a key that only changes what the next one types.
    static bool isModifierOnly(const QKeyEvent* key);
    Pace paceOf(const QKeyEvent* key, std::chrono::steady_clock::time_point now) const;
    bool inBurst() const { return !m_held.empty() || !m_echoed.empty(); }
    /// A terminator key: the burst is a scan (true, the key is eaten) or typing followed by Enter.
    bool endBurst(Pace pace);
    void continueBurst(QObject* receiver, QKeyEvent* key, Pace pace, std::chrono::steady_clock::time_point now);
    void hold(QObject* receiver, QKeyEvent* key);
    /// Hands the held keys to their widgets and remembers them, so a scan that goes on after a
    /// pause can take them back.
    void echoHeld();
    /// Sends a Backspace to each widget for every character it was handed by echoHeld().
    void takeBackEchoed();
    /// Hands on what is held and forgets the burst: it was typing.
    void dropBurst();
    void replayHeld();
    void finishBurst(QString text);
    /// The gap timer fired: typing, unless it fired late (the event loop was busy) and keys of the
    /// burst may still be queued behind it — then they are let in first.
    void gapElapsed();

    Settings m_settings;
    Clock m_clock;
    QTimer m_gapTimer;
    std::vector<HeldKey> m_held;
    QString m_text;
    std::vector<QPointer<QObject>> m_echoed; ///< one entry per character handed on by echoHeld()
    QString m_echoedText;
    int m_pauses = 0;        ///< stalls inside this burst
    int m_fastIntervals = 0; ///< gaps of at most maxGap between this burst's keys (terminator included)
    std::chrono::steady_clock::time_point m_lastKey{};
    ulong m_lastKeyStamp = 0; ///< the last held key's timestamp (ms), 0 where events carry none
    bool m_waitedForQueuedKeys = false;
    bool m_replaying = false;
};

} // namespace wf::scanner
