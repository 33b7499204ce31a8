#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl demo-data --db PATH [--skus N] [--orders N] [--seed S] [--anchor YYYY-MM-DD]
class DemoDataCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override { return QStringLiteral("create a demo cache with a realistic dataset"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
