#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl codes [--json | --markdown]: the registry of every code the floor
/// writes (common/VerdictCodes) with its kind, where it is written and its label.
class CodesCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("codes"); }
    QString summary() const override
    {
        return QStringLiteral("list every verdict, exception and scanner code with its kind and label");
    }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
