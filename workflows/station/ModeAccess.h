#pragma once

#include <optional>

#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"

namespace wf::workflows {

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

/// Who may work in which mode, decided here only: the home screen enables its keys by it, the
/// scripted station refuses a `mode` line by it, and every session's begin() refuses an operator
/// it does not allow (so no caller can open a mode the rule forbids). Pick needs the picker role,
/// pack the packer role, returns the returns role, the console a supervisor; lookup, sync and the
/// scanner settings anyone logged in.
class ModeAccess
{
public:
    static bool allows(const OperatorSession& session, FloorMode mode);
    /// nullopt when allowed; otherwise `not_logged_in` or `not_allowed`, saying what is refused.
    static std::optional<Verdict> refusal(const OperatorSession& session, FloorMode mode);
};

} // namespace wf::workflows
