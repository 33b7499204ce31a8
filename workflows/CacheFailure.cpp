#include "workflows/CacheFailure.h"

#include <QCoreApplication>

namespace wf::workflows {

Q_LOGGING_CATEGORY(lcWorkflows, "wf.workflows")

Verdict cacheFailure(const Error& error)
{
    qCWarning(lcWorkflows).noquote() << "cache failure," << Error::codeName(error.code) << "while" << error.context
                                     << ":" << error.detail;
    return Verdict::of(codes::Code::CacheError,
                       QCoreApplication::translate("CacheFailure",
                                                   "The station's cache failed and nothing was recorded. Scan "
                                                   "again; if it fails again, call a supervisor (the station's "
                                                   "log says why)."));
}

} // namespace wf::workflows
