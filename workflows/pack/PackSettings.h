#pragma once

#include <QString>

#include "workflows/pack/PackingChecks.h"
#include "workflows/pack/TypedWeight.h"

namespace wf::workflows {

/// How a station packs; stored with the station's settings (pack/…).
struct PackSettings
{
    WeightTolerance weightTolerance;              ///< pack/weight_tolerance_percent, pack/weight_tolerance_g
    QString labelFormat = QStringLiteral("zpl");  ///< pack/label_format: zpl or pdf
    WeightUnit weightUnit = WeightUnit::Kilogram; ///< pack/weight_unit: what a bare typed number is in
};

} // namespace wf::workflows
