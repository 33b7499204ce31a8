#include "workflows/Verdict.h"

namespace wf::workflows {

QString Verdict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Warn:
        return QStringLiteral("warn");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::Prompt:
        return QStringLiteral("prompt");
    }
    return QStringLiteral("error");
}

} // namespace wf::workflows
