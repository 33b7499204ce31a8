#pragma once

#include <optional>

#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

/// Turns a payload problem found by scanner::ScanPayloadCheck into the error verdict every
/// workflow shows for it. nullopt when the scan may go on to the workflow.
class ScanGate
{
public:
    static std::optional<Verdict> reject(const scanner::ScanEvent& scan);
};

} // namespace wf::workflows
