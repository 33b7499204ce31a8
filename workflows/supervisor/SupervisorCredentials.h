#pragma once

#include <QString>

namespace wf::workflows {

/// What a supervisor gives to approve at a station: the badge (scanned or typed) and the PIN.
struct SupervisorCredentials
{
    QString badge;
    QString pin;
};

} // namespace wf::workflows
