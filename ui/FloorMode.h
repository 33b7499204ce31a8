#pragma once

namespace wf::ui {

/// The modes of a station, in the order of their keys on the home screen (1 … 6).
enum class FloorMode
{
    Pick,
    Pack,
    Returns,
    Lookup,
    Sync,
    Supervisor,
};

inline constexpr int kFloorModeCount = 6;

} // namespace wf::ui
