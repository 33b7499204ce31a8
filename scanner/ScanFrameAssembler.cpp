#include "scanner/ScanFrameAssembler.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace wf::scanner {

namespace {

constexpr char kGroupSeparator = 0x1D;
constexpr qsizetype kReportedBytes = 256;

ScanProblem problem(const QString& code, const QString& message, const QByteArray& raw, const QString& device)
{
    return {code, message, raw.left(kReportedBytes), device};
}

} // namespace

ScanFrameAssembler::ScanFrameAssembler(QString deviceId, ScanEvent::Source source)
    : m_deviceId(std::move(deviceId))
    , m_source(source)
{}

bool ScanFrameAssembler::isTerminator(char c) const
{
    switch (m_settings.terminator) {
    case Terminator::CR:
        return c == '\r';
    case Terminator::LF:
        return c == '\n';
    case Terminator::CRLF:
        return c == '\r' || c == '\n';
    case Terminator::IdleGap:
        return false;
    }
    return false;
}

QList<ScanFrameAssembler::Output> ScanFrameAssembler::feed(const QByteArray& bytes)
{
    QList<Output> out;
    for (char c : bytes) {
        if (isTerminator(c)) {
            finishFrame(out);
            continue;
        }
        if (m_overflowing) {
            ++m_overflowBytes;
            continue;
        }
        if (m_buffer.size() >= kMaxFrameBytes) {
            m_overflowing = true;
            m_overflowBytes = m_buffer.size() + 1;
            continue;
        }
        m_buffer.append(c);
    }
    if (m_settings.terminator == Terminator::IdleGap && m_overflowing)
        finishFrame(out); // without terminators an over-long frame is reported as soon as it is seen
    return out;
}

QList<ScanFrameAssembler::Output> ScanFrameAssembler::flush()
{
    QList<Output> out;
    finishFrame(out);
    return out;
}

QList<ScanFrameAssembler::Output> ScanFrameAssembler::abandon()
{
    QList<Output> out;
    if (m_buffer.isEmpty() && !m_overflowing)
        return out;
    out.append(problem(QStringLiteral("incomplete_frame"),
                       QCoreApplication::translate("ScanFrameAssembler",
                                                   "The scanner went away in the middle of a scan; the %1 bytes "
                                                   "that arrived were not used. Scan again.")
                           .arg(m_overflowing ? m_overflowBytes : m_buffer.size()),
                       m_buffer,
                       m_deviceId));
    m_buffer.clear();
    m_overflowing = false;
    m_overflowBytes = 0;
    return out;
}

void ScanFrameAssembler::finishFrame(QList<Output>& out)
{
    if (m_overflowing) {
        out.append(problem(QStringLiteral("frame_too_long"),
                           QCoreApplication::translate("ScanFrameAssembler",
                                                       "A scan of %1 bytes arrived; the limit is %2. It was "
                                                       "ignored: check the scanner's mode and terminator.")
                               .arg(m_overflowBytes)
                               .arg(kMaxFrameBytes),
                           m_buffer,
                           m_deviceId));
        m_buffer.clear();
        m_overflowing = false;
        m_overflowBytes = 0;
        return;
    }
    if (m_buffer.isEmpty())
        return; // CR LF pairs, blank lines
    QByteArray frame;
    frame.swap(m_buffer);
    out.append(frameToOutput(std::move(frame)));
}

ScanFrameAssembler::Output ScanFrameAssembler::frameToOutput(QByteArray frame) const
{
    const QByteArray raw = frame;
    if (!m_settings.prefix.isEmpty() && frame.startsWith(m_settings.prefix))
        frame.remove(0, m_settings.prefix.size());
    if (!m_settings.suffix.isEmpty() && frame.endsWith(m_settings.suffix))
        frame.chop(m_settings.suffix.size());
    if (frame.contains('\0'))
        return problem(QStringLiteral("nul_byte"),
                       QCoreApplication::translate("ScanFrameAssembler",
                                                   "The scanner sent a NUL byte: the scan was ignored. A wrong baud "
                                                   "rate or a loose cable does this."),
                       raw,
                       m_deviceId);
    for (char c : frame) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != kGroupSeparator) || u == 0x7F)
            return problem(QStringLiteral("garbage"),
                           QCoreApplication::translate("ScanFrameAssembler",
                                                       "The scanner sent control characters: the scan was ignored. "
                                                       "Check the baud rate and the terminator setting."),
                           raw,
                           m_deviceId);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(frame);
    if (utf8.hasError())
        return problem(QStringLiteral("garbage"),
                       QCoreApplication::translate("ScanFrameAssembler",
                                                   "The scanner sent bytes that are not text: the scan was ignored. "
                                                   "Check the baud rate, data bits and parity."),
                       raw,
                       m_deviceId);
    ScanEvent event;
    event.raw = raw;
    event.source = m_source;
    event.deviceId = m_deviceId;
    if (text.size() >= 3 && text[0] == QLatin1Char(']') && text[1].isLetter()) {
        event.symbologyId = text.left(3);
        event.text = text.mid(3);
    } else {
        event.text = text;
    }
    if (event.text.isEmpty())
        return problem(
            QStringLiteral("empty_scan"),
            QCoreApplication::translate("ScanFrameAssembler", "The scanner sent a symbology identifier without data."),
            raw,
            m_deviceId);
    return event;
}

} // namespace wf::scanner
