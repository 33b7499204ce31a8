#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl bench lookup|startup [--skus N] [--orders N] [--db PATH] [--lookups N] [--runs N]
class BenchCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override { return QStringLiteral("benchmarks: lookup, startup (JSON, ratio last)"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
