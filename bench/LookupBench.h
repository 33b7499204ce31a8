#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// Barcode lookup as the Lookup screen does it (ItemLookup: gate, check digit, product, stock per
/// location, barcodes) beside a bare indexed SELECT on the same file through the SQLite C API, in
/// the same run, interleaved so both see the same page cache. Percentiles in microseconds.
class LookupBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& cachePath, int lookups, quint64 seed);
};

/// Time from process start to ready-for-scan of warehouse-floor on a cache, beside the same binary
/// showing an empty window; and the peak resident memory the app reports when ready.
class StartupBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& appPath, const QString& cachePath, int runs);
};

/// Nearest-rank percentile of samples (sorted in place).
double percentile(std::vector<double>& samples, double p);

/// The figures every "ours beside a baseline" benchmark prints: p50_us, p99_us, baseline_p50_us,
/// baseline_p99_us and ratio (p99 over baseline p99), joined with the benchmark's own keys.
QJsonObject latencyBesideBaseline(std::vector<double>& ours, std::vector<double>& baseline, QJsonObject own);

} // namespace wf::bench
