#include "workflows/Verdict.h"

namespace wf::workflows {

QString Verdict::kindName(Kind kind)
{
    return codes::kindName(kind); // one spelling, the registry's
}

} // namespace wf::workflows
