#include "workflows/ScanGate.h"

#include <QCoreApplication>

#include "scanner/ScanPayloadCheck.h"

namespace wf::workflows {

std::optional<Verdict> ScanGate::reject(const scanner::ScanEvent& scan)
{
    using scanner::ScanPayloadCheck;
    const auto problem = ScanPayloadCheck::check(scan.text);
    const QString code = ScanPayloadCheck::code(problem);
    switch (problem) {
    case ScanPayloadCheck::Problem::None:
        return std::nullopt;
    case ScanPayloadCheck::Problem::Empty:
        return Verdict::error(code, QCoreApplication::translate("ScanGate", "Nothing was scanned. Scan again."));
    case ScanPayloadCheck::Problem::TooLong:
        return Verdict::error(code,
                              QCoreApplication::translate("ScanGate",
                                                          "The scan is %1 characters long; no barcode here is longer "
                                                          "than %2. Check the scanner settings and scan again.")
                                  .arg(scan.text.size())
                                  .arg(ScanPayloadCheck::kMaxScanLength));
    case ScanPayloadCheck::Problem::ControlCharacter:
        return Verdict::error(code,
                              QCoreApplication::translate("ScanGate",
                                                          "The scan holds a control character (code %1) at "
                                                          "position %2. Check the scanner's suffix and keyboard "
                                                          "settings, then scan again.")
                                  .arg(scan.text[ScanPayloadCheck::firstControlCharacter(scan.text)].unicode())
                                  .arg(ScanPayloadCheck::firstControlCharacter(scan.text) + 1));
    }
    return std::nullopt;
}

} // namespace wf::workflows
