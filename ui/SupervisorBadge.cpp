#include "ui/SupervisorBadge.h"

#include <QCoreApplication>
#include <QLineEdit>

#include "scanner/ScanEvent.h"
#include "ui/VerdictBanner.h"
#include "workflows/station/FloorServices.h"
#include "workflows/station/OperatorLogin.h"

namespace wf::ui {

bool takeSupervisorBadge(workflows::FloorServices& services,
                         const scanner::ScanEvent& scan,
                         QLineEdit* badge,
                         QLineEdit* pin,
                         VerdictBanner* banner)
{
    if (!pin->isVisible() || !services.login->isBadge(scan.text))
        return false;
    badge->setText(scan.text.trimmed());
    pin->clear();
    pin->setFocus();
    banner->show(workflows::Verdict::of(
        codes::Code::PinRequired,
        QCoreApplication::translate("SupervisorBadge", "Badge %1: enter the PIN, then Enter.").arg(badge->text())));
    return true;
}

} // namespace wf::ui
