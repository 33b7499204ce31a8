#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// Scan → verdict → durable commit for pick scans (bin and item scans of a real pick list, each a
/// committed transaction with task, scan log and movement), interleaved with a bare durable
/// SQLite INSERT + COMMIT on a file with the same pragmas in the same folder. Writes to the cache.
class PickScanBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& cachePath, int scans);
};

} // namespace wf::bench
