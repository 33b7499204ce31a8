#pragma once

#include <QString>

#include "workflows/PackingChecks.h"

namespace wf::workflows {

/// How a station packs; stored with the station's settings (pack/…).
struct PackSettings
{
    WeightTolerance weightTolerance;             ///< pack/weight_tolerance_percent, pack/weight_tolerance_g
    QString labelFormat = QStringLiteral("zpl"); ///< pack/label_format: zpl or pdf
};

} // namespace wf::workflows
