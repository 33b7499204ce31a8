#pragma once

#include <QDateTime>
#include <QString>

namespace wf::sync {

/// What the Sync screen and the status bar show about the link to the master. A value; the sync
/// worker (a later issue) publishes it through a queued signal.
struct SyncStatus
{
    enum class Link
    {
        NotConfigured, ///< no master URL set for this station
        Connected,
        Unreachable,
    };

    Link link = Link::NotConfigured;
    qint64 queueDepth = 0;
    QDateTime lastSuccess;
    QString lastError;

    static QString linkName(Link link);
};

} // namespace wf::sync
