#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// Scan → verdict → durable commit for pack scans: the package scan, every item
/// (scan-to-verify), the playbook's command barcodes, closing, and the label and package scans
/// that ship it, each committed before its verdict, interleaved with a bare durable SQLite
/// INSERT + COMMIT on a file with the same pragmas in the same folder. Shipments awaiting picking
/// are marked picked first (untimed). Writes to the cache.
class PackScanBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& cachePath, int scans);
};

} // namespace wf::bench
