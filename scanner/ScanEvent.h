#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QString>

#include "scanner/Gs1Message.h"

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
    /// Set by the ScanRouter when the scan holds GS1 data (or a plain GTIN): parsed once, here.
    std::optional<Gs1Message> gs1;
    QString gs1Error; ///< why GS1-looking data is not valid GS1 ("AI (17): month 13 …")

    /// Parses the text as GS1 once (if it looks like GS1 or a GTIN) and keeps the outcome in
    /// gs1 / gs1Error. Does nothing when that was done already.
    void interpretGs1();

    static ScanEvent manual(const QString& text);
    static ScanEvent simulated(const QString& text);
    static QString sourceName(Source source);
};

} // namespace wf::scanner
