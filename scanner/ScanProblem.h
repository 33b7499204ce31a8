#pragma once

#include <QByteArray>
#include <QString>

namespace wf::scanner {

/// Something a scan source received that is not a scan: the bytes are reported, never routed.
struct ScanProblem
{
    QString code;    ///< "frame_too_long", "nul_byte", "garbage", "keyboard_layout", …
    QString message; ///< for the person at the station (translated)
    QByteArray raw;  ///< what arrived (at most the first 256 bytes)
    QString deviceId;
};

} // namespace wf::scanner
