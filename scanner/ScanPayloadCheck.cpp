#include "scanner/ScanPayloadCheck.h"

namespace wf::scanner {

namespace {
constexpr char16_t kGroupSeparator = 0x1D;
}

qsizetype ScanPayloadCheck::firstControlCharacter(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == kGroupSeparator)
            continue;
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || text[i].category() == QChar::Other_Format)
            return i;
    }
    return -1;
}

ScanPayloadCheck::Problem ScanPayloadCheck::check(const QString& text)
{
    if (text.size() > kMaxScanLength)
        return Problem::TooLong;
    if (text.trimmed().isEmpty())
        return Problem::Empty;
    if (firstControlCharacter(text) >= 0)
        return Problem::ControlCharacter;
    return Problem::None;
}

QString ScanPayloadCheck::code(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("ok");
    case Problem::Empty:
        return QStringLiteral("empty_scan");
    case Problem::TooLong:
        return QStringLiteral("scan_too_long");
    case Problem::ControlCharacter:
        return QStringLiteral("control_character");
    }
    return QStringLiteral("invalid_scan");
}

} // namespace wf::scanner
