#pragma once

#include <QLoggingCategory>

namespace wf::ui {

/// The screens' log (`wf.ui`): what an operator was shown as a failure, with the technical detail
/// the screen leaves out (a printer's answer, a sound that cannot play, a language that would not
/// load). Warnings only; a station's log is read when something went wrong.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace wf::ui
