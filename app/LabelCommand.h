#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl label --db PATH --shipment ID --format zpl|pdf --out DEST [--reason TEXT]: renders a
/// shipment's label and sends it to a file, a raw TCP printer or a system printer. A label for a
/// shipment labelled before is a reprint: it needs a reason and is audited.
class LabelCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("label"); }
    QString summary() const override { return QStringLiteral("render or print a shipment's label (ZPL, PDF)"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
