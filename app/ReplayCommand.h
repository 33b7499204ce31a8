#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl replay --db PATH [--station S] [--batch N] [--supervisor-short] FILE: a scan script
/// through the station's workflows, one JSON line per step (docs/replay.md).
class ReplayCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("replay"); }
    QString summary() const override { return QStringLiteral("run a scan script through the workflows"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
