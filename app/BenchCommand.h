#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl bench lookup|startup|pick-scan|pack-scan|gs1|scan-input|decode|sync-push [options]; last line JSON
/// with the ratio.
class BenchCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override
    {
        return QStringLiteral(
            "benchmarks: lookup, startup, pick-scan, pack-scan, gs1, scan-input, decode, sync-push (JSON)");
    }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
