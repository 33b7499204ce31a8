#pragma once

#include <variant>

#include <QByteArray>
#include <QList>

#include "scanner/ScanEvent.h"
#include "scanner/ScanProblem.h"

namespace wf::scanner {

/// Turns a byte stream from a serial scanner into frames: reassembles frames split across reads,
/// splits reads that hold several frames, strips a configured prefix and suffix, reads the AIM
/// symbology identifier, and rejects NUL bytes, control characters (other than GS) and invalid
/// UTF-8 ("garbage") and frames over kMaxFrameBytes. Its buffer never grows past that limit.
/// Pure logic; the serial source feeds it and calls flush() when an idle gap ends a frame.
class ScanFrameAssembler
{
public:
    static constexpr qsizetype kMaxFrameBytes = 4096;

    enum class Terminator
    {
        CR,
        LF,
        CRLF,    ///< CR, LF or both end a frame; empty frames between them are dropped
        IdleGap, ///< no terminator byte; the source calls flush() after a quiet gap
    };

    struct Settings
    {
        Terminator terminator = Terminator::CRLF;
        QByteArray prefix; ///< stripped when a frame starts with it
        QByteArray suffix; ///< stripped when a frame ends with it
    };

    using Output = std::variant<ScanEvent, ScanProblem>;

    explicit ScanFrameAssembler(QString deviceId, ScanEvent::Source source = ScanEvent::Source::Serial);

    void setSettings(const Settings& settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }

    /// Bytes as they arrived; returns the frames (and problems) they completed, in order.
    QList<Output> feed(const QByteArray& bytes);
    /// Ends the frame in progress (an idle gap ended it).
    QList<Output> flush();
    /// The device went away mid-frame: what had arrived of it, as an incomplete_frame problem
    /// (never as a scan: half a code must not act as a whole one). Empty when nothing was pending.
    QList<Output> abandon();
    qsizetype pending() const { return m_buffer.size(); }

private:
    void finishFrame(QList<Output>& out);
    Output frameToOutput(QByteArray frame) const;
    bool isTerminator(char c) const;

    QString m_deviceId;
    ScanEvent::Source m_source;
    Settings m_settings;
    QByteArray m_buffer;
    bool m_overflowing = false; ///< discarding the rest of an over-long frame
    qsizetype m_overflowBytes = 0;
};

} // namespace wf::scanner
