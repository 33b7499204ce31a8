#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

namespace wf::scanner {

/// One scan as it arrived: the raw bytes, the decoded text and where it came from. A value type;
/// copied freely between threads.
struct ScanEvent
{
    enum class Source
    {
        Wedge,     ///< keyboard-wedge scanner burst
        Serial,    ///< serial (RS-232/USB-CDC) scanner
        Camera,    ///< camera frame decoded with ZXing
        Image,     ///< image file decoded with ZXing
        Manual,    ///< typed by a person and confirmed with Enter
        Simulator, ///< the demo scan simulator
    };

    QByteArray raw;
    QString text;
    QString symbologyId; ///< AIM identifier such as "]C1", empty when unknown
    Source source = Source::Manual;
    QString deviceId;
    std::chrono::steady_clock::time_point receivedAt = std::chrono::steady_clock::now();

    static ScanEvent manual(const QString& text);
    static ScanEvent simulated(const QString& text);
    static QString sourceName(Source source);
};

} // namespace wf::scanner
