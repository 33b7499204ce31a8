#pragma once

#include <optional>

#include <QCommandLineParser>
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

protected:
    /// Parses the command line; an exit code when the command is done already (2 for a usage
    /// error, printed to err; 0 after printing --help), nullopt when it should go on.
    static std::optional<int>
    parseOrExit(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err)
    {
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        return std::nullopt;
    }
};

} // namespace wf::app
