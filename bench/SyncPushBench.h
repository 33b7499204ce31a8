#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// Push throughput: N movements queued in a fresh cache pushed to the master through the station's
/// own role (push_movements, batches of 500), beside a raw batched INSERT of the same rows, as the
/// same JSON batches, into a plain table of the same PostgreSQL. Needs the owner's URL: it applies
/// the schema, adds a benchmark station and a warehouse of its own.
class SyncPushBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& ownerUrl, int movements);
};

} // namespace wf::bench
