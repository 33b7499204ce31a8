#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl metrics --db PATH [--since DATE|today|week] [--until DATE] [--json]: the supervisor's
/// figures for a period (workflows::FloorMetrics).
class MetricsCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString summary() const override { return QStringLiteral("floor metrics for a period (JSON)"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
