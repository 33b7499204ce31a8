#include "sync/SyncStatus.h"

namespace wf::sync {

QString SyncStatus::linkName(Link link)
{
    switch (link) {
    case Link::NotConfigured:
        return QStringLiteral("not_configured");
    case Link::Connected:
        return QStringLiteral("connected");
    case Link::Unreachable:
        return QStringLiteral("unreachable");
    }
    return QStringLiteral("unknown");
}

} // namespace wf::sync
