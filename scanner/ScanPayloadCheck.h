#pragma once

#include <QString>

namespace wf::scanner {

/// The first gate of every scan: rejects what no barcode on the floor can hold, before it reaches
/// a lookup or the cache. GS (0x1D), the GS1 field separator, is allowed; other control
/// characters, empty scans and scans longer than kMaxScanLength are not.
class ScanPayloadCheck
{
public:
    static constexpr int kMaxScanLength = 4096;

    enum class Problem
    {
        None,
        Empty,
        TooLong,
        ControlCharacter,
    };

    static Problem check(const QString& text);
    /// The machine code for a problem: "empty_scan", "scan_too_long", "control_character".
    static QString code(Problem problem);
    /// Position of the first offending control character, -1 when there is none.
    static qsizetype firstControlCharacter(const QString& text);
};

} // namespace wf::scanner
