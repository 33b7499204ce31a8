#include "scanner/ScanEvent.h"

#include "scanner/Gs1Parser.h"
#include "scanner/ScanPayloadCheck.h"

namespace wf::scanner {

void ScanEvent::interpretGs1()
{
    if (gs1 || !gs1Error.isEmpty())
        return;
    // Length first (ScanPayloadCheck refuses the scan itself): not even the GS1 sniffing runs.
    if (text.size() > ScanPayloadCheck::kMaxScanLength) {
        gs1Error = QStringLiteral("longer than %1 characters").arg(ScanPayloadCheck::kMaxScanLength);
        return;
    }
    if (!Gs1Parser::looksLikeGs1(text, symbologyId))
        return;
    auto parsed = Gs1Parser::parse(text, symbologyId);
    if (parsed)
        gs1 = std::move(*parsed);
    else
        gs1Error = parsed.error().detail;
}

ScanEvent ScanEvent::manual(const QString& text)
{
    ScanEvent event;
    event.raw = text.toUtf8();
    event.text = text;
    event.source = Source::Manual;
    event.deviceId = QStringLiteral("keyboard");
    return event;
}

ScanEvent ScanEvent::simulated(const QString& text)
{
    ScanEvent event = manual(text);
    event.source = Source::Simulator;
    event.deviceId = QStringLiteral("simulator");
    return event;
}

QString ScanEvent::sourceName(Source source)
{
    switch (source) {
    case Source::Wedge:
        return QStringLiteral("wedge");
    case Source::Serial:
        return QStringLiteral("serial");
    case Source::Camera:
        return QStringLiteral("camera");
    case Source::Image:
        return QStringLiteral("image");
    case Source::Manual:
        return QStringLiteral("manual");
    case Source::Simulator:
        return QStringLiteral("simulator");
    }
    return QStringLiteral("unknown");
}

} // namespace wf::scanner
