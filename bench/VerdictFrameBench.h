#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// Scan to screen: from the wedge's terminator key event to the verdict banner's paint, through
/// the station's own window (offscreen), wedge and router, for pick and then pack scans on a cache (half
/// each, the packer packing what was picked); beside an
/// empty widget's repaint in the same event loop. Needs a QApplication. Budget: p99 ≤ 16.7 ms.
class VerdictFrameBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& cachePath, int scans);
};

} // namespace wf::bench
