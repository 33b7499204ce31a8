#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl listen --serial PATH [--baud N] [--count K] …: scan events of a serial scanner as JSON
/// lines, for setting a scanner up without the GUI. --list shows the serial ports.
class ListenCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("listen"); }
    QString summary() const override { return QStringLiteral("print a serial scanner's events as JSON lines"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
