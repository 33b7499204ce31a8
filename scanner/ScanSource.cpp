#include "scanner/ScanSource.h"

namespace wf::scanner {

QString ScanSource::statusName(Status status)
{
    switch (status) {
    case Status::Idle:
        return QStringLiteral("idle");
    case Status::Connected:
        return QStringLiteral("connected");
    case Status::Disconnected:
        return QStringLiteral("disconnected");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

void ScanSource::setStatus(Status status, const QString& detail)
{
    if (status == m_status && detail == m_statusDetail)
        return;
    m_status = status;
    m_statusDetail = detail;
    emit statusChanged(status, detail);
}

} // namespace wf::scanner
