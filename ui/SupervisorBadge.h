#pragma once

class QLineEdit;

namespace wf::scanner {
struct ScanEvent;
}
namespace wf::workflows {
struct FloorServices;
}

namespace wf::ui {

class VerdictBanner;

/// A badge scanned while a screen asks for a supervisor (its PIN field shown): the badge goes
/// into the badge field and the PIN is next, instead of the scan being read as an item. Any
/// operator's badge is taken, so the screen tells nobody which badges supervise. True when taken.
bool takeSupervisorBadge(workflows::FloorServices& services,
                         const scanner::ScanEvent& scan,
                         QLineEdit* badge,
                         QLineEdit* pin,
                         VerdictBanner* banner);

} // namespace wf::ui
