#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl parse-scan [--json] [--symbology ID] STRING: what the GS1 parser makes of a scan.
class ParseScanCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("parse-scan"); }
    QString summary() const override
    {
        return QStringLiteral("parse a scan as GS1 (element string, (AI), Digital Link)");
    }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
