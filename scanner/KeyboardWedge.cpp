#include "scanner/KeyboardWedge.h"

#include <QCoreApplication>

namespace wf::scanner {

namespace {

// Characters on the digit keys 1234567890 of other layouts: US shifted, German shifted, French
// unshifted (AZERTY). A scanner set to another country than the station's types these.
const QString kDigitRows[] = {
    QStringLiteral("!@#$%^&*()"), QStringLiteral("!\"§$%&/()="), QStringLiteral("&é\"'(-è_çà")};

} // namespace

KeyboardWedge::KeyboardWedge(Settings settings, QObject* parent)
    : KeyboardWedge(
        std::move(settings),
        [] {
            return std::chrono::steady_clock::now();
        },
        parent)
{}

KeyboardWedge::KeyboardWedge(Settings settings, Clock clock, QObject* parent)
    : ScanSource(parent)
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
{
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &KeyboardWedge::gapElapsed);
    setStatus(Status::Connected);
}

KeyboardWedge::~KeyboardWedge() = default;

QString KeyboardWedge::digitsUnderOtherLayout(const QString& text)
{
    if (text.isEmpty())
        return {};
    for (const QString& row : kDigitRows) {
        QString digits;
        for (QChar c : text) {
            const auto at = row.indexOf(c);
            if (at < 0)
                break;
            digits += QLatin1Char(char('0' + (at + 1) % 10));
        }
        if (digits.size() == text.size())
            return digits;
    }
    return {};
}

bool KeyboardWedge::isModifierOnly(const QKeyEvent* key)
{
    // What a keyboard sends around the characters it types: a USB scanner presses Shift before
    // every capital, AltGr (ISO_Level3_Shift) before '@' on a German layout, Ctrl before ']' for
    // GS, CapsLock or Num Lock to switch modes. They carry no text of their own.
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch:
        return true;
    default:
        return false;
    }
}

bool KeyboardWedge::isScanCharacter(const QKeyEvent* key) const
{
    const QString text = key->text();
    if (text.size() != 1)
        return false;
    const QChar c = text[0];
    if (c == QChar(0x1D)) // GS, sent by GS1 scanners as Ctrl+]
        return true;
    return c.isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

bool KeyboardWedge::eventFilter(QObject* watched, QEvent* event)
{
    if (m_replaying || event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const auto now = m_clock();
    const Pace pace = paceOf(key, now);
    if (m_settings.terminators.contains(key->key()) && inBurst())
        return endBurst(pace);
    if (isModifierOnly(key)) {
        if (m_held.empty())
            return false; // before a burst or after a pause: the widget may have it (it types nothing)
        // Inside a burst it belongs to the burst: held, so that if the burst turns out to be
        // typing the widget gets every key in order. It does not restart the gap: the gap is
        // between the characters.
        m_held.push_back(
            {watched,
             std::make_unique<QKeyEvent>(
                 key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count())});
        return true;
    }
    if (!isScanCharacter(key)) {
        dropBurst();
        return false;
    }
    continueBurst(watched, key, pace, now);
    return true;
}

KeyboardWedge::Pace KeyboardWedge::paceOf(const QKeyEvent* key, std::chrono::steady_clock::time_point now) const
{
    if (!inBurst())
        return Pace::Slow;
    // By the windowing system's own timestamps where it gives them (so a busy event loop does not
    // split a scan), else by the clock.
    const auto gap = key->timestamp() != 0 && m_lastKeyStamp != 0 && key->timestamp() >= m_lastKeyStamp
                         ? std::chrono::milliseconds(key->timestamp() - m_lastKeyStamp)
                         : std::chrono::duration_cast<std::chrono::milliseconds>(now - m_lastKey);
    if (gap <= m_settings.maxGap)
        return Pace::Fast;
    return gap <= m_settings.maxPause ? Pace::Paused : Pace::Slow;
}

bool KeyboardWedge::endBurst(Pace pace)
{
    const QString text = m_echoedText + m_text;
    // Every gap at scanner speed but for the pauses, and each pause paid for with two more fast
    // gaps: a person's slow keys followed by a quick Enter stay typing.
    const bool scan = pace == Pace::Fast && text.size() >= m_settings.minLength
                      && m_fastIntervals + 1 >= m_settings.minLength + 2 * m_pauses;
    if (!scan) {
        dropBurst(); // typing, then Enter: the Enter goes on to the widget after the text
        return false;
    }
    takeBackEchoed();
    finishBurst(text);
    return true; // the terminator belongs to the scan
}

void KeyboardWedge::continueBurst(QObject* receiver,
                                  QKeyEvent* key,
                                  Pace pace,
                                  std::chrono::steady_clock::time_point now)
{
    if (pace == Pace::Fast) {
        ++m_fastIntervals; // a key the gap timer handed on too early still belongs to the burst
    } else if (pace == Pace::Paused && m_pauses < kMaxPauses) {
        echoHeld();
        ++m_pauses;
    } else {
        dropBurst();
    }
    hold(receiver, key);
    m_lastKey = now;
    m_lastKeyStamp = key->timestamp();
    m_waitedForQueuedKeys = false;
    m_gapTimer.start(m_settings.maxGap);
}

void KeyboardWedge::gapElapsed()
{
    constexpr auto kLate = std::chrono::milliseconds(20);
    if (!m_waitedForQueuedKeys && m_clock() - m_lastKey > m_settings.maxGap + kLate) {
        // A repaint or a commit held the loop past the gap: the scanner's next keys may be waiting
        // in the queue. One more turn lets them in; their own timestamps then decide.
        m_waitedForQueuedKeys = true;
        m_gapTimer.start(0);
        return;
    }
    echoHeld(); // typing so far; a scan going on after a pause takes it back
}

void KeyboardWedge::hold(QObject* receiver, QKeyEvent* key)
{
    m_held.push_back({receiver,
                      std::make_unique<QKeyEvent>(
                          key->type(), key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count())});
    m_text += key->text();
}

void KeyboardWedge::echoHeld()
{
    for (const HeldKey& h : m_held)
        if (!h.event->text().isEmpty())
            m_echoed.push_back(h.receiver);
    m_echoedText += m_text;
    replayHeld();
}

void KeyboardWedge::takeBackEchoed()
{
    m_replaying = true;
    for (const QPointer<QObject>& receiver : m_echoed) {
        if (!receiver)
            continue;
        QKeyEvent backspace(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
        QCoreApplication::sendEvent(receiver, &backspace);
    }
    m_replaying = false;
    m_echoed.clear();
    m_echoedText.clear();
}

void KeyboardWedge::dropBurst()
{
    replayHeld();
    m_echoed.clear();
    m_echoedText.clear();
    m_pauses = 0;
    m_fastIntervals = 0;
}

void KeyboardWedge::replayHeld()
{
    m_gapTimer.stop();
    std::vector<HeldKey> held;
    held.swap(m_held);
    m_text.clear();
    m_replaying = true;
    for (auto& h : held)
        if (h.receiver)
            QCoreApplication::sendEvent(h.receiver, h.event.get());
    m_replaying = false;
}

void KeyboardWedge::finishBurst(QString text)
{
    m_gapTimer.stop();
    m_held.clear();
    m_text.clear();
    m_echoed.clear();
    m_echoedText.clear();
    m_pauses = 0;
    m_fastIntervals = 0;
    if (!m_settings.prefix.isEmpty() && text.startsWith(m_settings.prefix))
        text.remove(0, m_settings.prefix.size());
    if (!m_settings.suffix.isEmpty() && text.endsWith(m_settings.suffix))
        text.chop(m_settings.suffix.size());
    const QString digits = digitsUnderOtherLayout(text);
    if (!digits.isEmpty()) {
        emit rejected({QStringLiteral("keyboard_layout"),
                       QCoreApplication::translate("KeyboardWedge",
                                                   "The scanner types with another keyboard layout: \"%1\" should "
                                                   "be \"%2\". Set the scanner's keyboard country to this station's "
                                                   "layout (a setup barcode in its manual), or use its USB serial "
                                                   "mode.")
                           .arg(text, digits),
                       text.toUtf8(),
                       deviceId()});
        return;
    }
    ScanEvent scan;
    scan.text = text;
    scan.raw = text.toUtf8();
    scan.source = ScanEvent::Source::Wedge;
    scan.deviceId = deviceId();
    if (text.size() >= 3 && text[0] == QLatin1Char(']') && text[1].isLetter()) {
        scan.symbologyId = text.left(3);
        scan.text = text.mid(3);
    }
    emit scanned(scan);
}

} // namespace wf::scanner
