#pragma once

#include "workflows/station/ModeAccess.h"

namespace wf::ui {

/// The station's modes, as workflows/ModeAccess names them (it decides who may open which).
using FloorMode = workflows::FloorMode;
using workflows::kFloorModeCount;

} // namespace wf::ui
