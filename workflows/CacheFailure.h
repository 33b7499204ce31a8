#pragma once

#include <QLoggingCategory>

#include "common/Result.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

Q_DECLARE_LOGGING_CATEGORY(lcWorkflows)

/// The verdict when the cache failed under a step: the operator reads what happened and what to
/// do; the driver's own words (SQL, file paths) go to the log — `wf.workflows`, at warning — and
/// never onto the screen. Every session and the login answer a cache failure with it.
Verdict cacheFailure(const Error& error);

} // namespace wf::workflows
