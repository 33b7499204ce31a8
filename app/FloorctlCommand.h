#pragma once

#include <QStringList>
#include <QTextStream>

namespace wf::app {

/// A floorctl subcommand: parses its own arguments (with --help), prints JSON lines for
/// machine-readable output and returns the process exit code.
class FloorctlCommand
{
public:
    virtual ~FloorctlCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

} // namespace wf::app
