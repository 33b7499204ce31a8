#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wf::sync {

/// What the Sync screen and the status bar show about the link to the master. A value the sync
/// worker publishes through a queued signal after every round; header-only, so the screens use it
/// without linking the sync module.
struct SyncStatus
{
    enum class Link
    {
        NotConfigured, ///< no master URL set for this station
        Connected,
        Unreachable,
    };

    Link link = Link::NotConfigured;
    qint64 queueDepth = 0;      ///< movements not yet acknowledged
    qint64 eventsPending = 0;   ///< floor events not yet answered by the master
    qint64 oldestPendingMs = 0; ///< creation time of the oldest of them, 0 when none
    qint64 rejectedTotal = 0;   ///< refused by the master since the station started
    QDateTime lastSuccess;
    QString lastError;        ///< without passwords
    int retryInSeconds = 0;   ///< when unreachable: the wait before the next try
    QStringList setupMissing; ///< what the warehouse lacks for the floor (StationReadiness), after a pull

    static QString linkName(Link link)
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
};

} // namespace wf::sync

Q_DECLARE_METATYPE(wf::sync::SyncStatus)
