#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// How long a change on the master takes to reach the floor (DESIGN.md §6): `stations` stations of
/// one warehouse, each its own cache and its own SyncThread as the app runs it (LISTEN on the
/// warehouse's feed channel, polling every 5 s as the fallback), and `orders` orders imported on
/// the master one at a time; for each, the time from the import's commit until the order is in
/// each station's cache. Prints p50/p99/max beside the polling interval. Needs the owner's URL.
class FeedLatencyBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& ownerUrl, int stations, int orders);
};

} // namespace wf::bench
