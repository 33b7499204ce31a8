#pragma once

#include <chrono>

#include <QList>
#include <QString>

#include "scanner/KeyboardWedge.h"
#include "scanner/SerialScanSource.h"

namespace wf::scanner {

/// Every scanner setting of a station, as one value: what the Scanners screen edits and the
/// station settings store.
struct ScannerSettings
{
    KeyboardWedge::Settings wedge;
    std::chrono::milliseconds debounce{300};
    QList<SerialSettings> serialScanners;
    QString cameraId; ///< empty: no camera source
    bool soundOn = true;
    int volumePercent = 80;
};

} // namespace wf::scanner
