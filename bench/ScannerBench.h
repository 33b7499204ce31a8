#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// GS1 parse throughput over a realistic mix (element strings behind ]C1/]d2, bracketed strings,
/// Digital Links, plain GTINs) beside splitting the same strings on GS and '(' (the least any
/// parser must do), in the same run.
class Gs1Bench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(int messages, quint64 seed);
};

/// Keyboard-wedge burst → ScanEvent (the time from the terminator key to the scan signal) and
/// serial bytes → ScanEvent, beside delivering the same key events with no filter installed.
class ScanInputBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(int scans);
};

/// Decode time per image (median, p95) and correct reads over a folder of barcode photos with
/// their expected .txt beside them, beside zbarimg on the same images in the same run; and the
/// median time for the same images placed on a 1280×720 camera frame.
class DecodeBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& folder, int repeats);
};

} // namespace wf::bench
