#pragma once

namespace wf::ui {

/// The modes of a station, in the order of their keys on the home screen (1 … 7).
enum class FloorMode
{
    Pick,
    Pack,
    Returns,
    Lookup,
    Sync,
    Supervisor,
    Scanners,
};

inline constexpr int kFloorModeCount = 7;

} // namespace wf::ui
