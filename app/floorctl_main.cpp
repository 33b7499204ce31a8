#include <memory>
#include <vector>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "app/AuditCommand.h"
#include "app/BenchCommand.h"
#include "app/CodesCommand.h"
#include "app/DecodeCommand.h"
#include "app/DemoDataCommand.h"
#include "app/LabelCommand.h"
#include "app/ListenCommand.h"
#include "app/MasterCommand.h"
#include "app/MetricsCommand.h"
#include "app/ParseScanCommand.h"
#include "app/ReplayCommand.h"
#include "app/StationCommand.h"

namespace {

void printUsage(QTextStream& out, const std::vector<std::unique_ptr<wf::app::FloorctlCommand>>& commands)
{
    out << "Usage: floorctl <command> [options]\n"
           "Warehouse Floor's command-line tool: the same libraries as the station, without windows.\n"
           "Machine-readable output is JSON lines.\n\nCommands:\n";
    for (const auto& command : commands)
        out << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    out << "\nOptions:\n  --help      this text; 'floorctl <command> --help' for a command\n"
           "  --version   print the version\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QLoggingCategory::setFilterRules(QStringLiteral("wf.*.debug=false"));
    // Labels are drawn with fonts: the commands that may draw one get a windowless GUI application.
    const bool draws = argc > 1 && (qstrcmp(argv[1], "label") == 0 || qstrcmp(argv[1], "replay") == 0);
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The verdict-frame bench paints the station's own window, offscreen.
    const bool paintsWidgets = argc > 2 && qstrcmp(argv[1], "bench") == 0 && qstrcmp(argv[2], "verdict-frame") == 0;
    if (paintsWidgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = paintsWidgets ? std::make_unique<QApplication>(argc, argv)
                                                  : draws       ? std::make_unique<QGuiApplication>(argc, argv)
                                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WarehouseFloor"));
    QCoreApplication::setApplicationName(QStringLiteral("floorctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WF_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<std::unique_ptr<wf::app::FloorctlCommand>> commands;
    commands.push_back(std::make_unique<wf::app::DemoDataCommand>());
    commands.push_back(std::make_unique<wf::app::ParseScanCommand>());
    commands.push_back(std::make_unique<wf::app::DecodeCommand>());
    commands.push_back(std::make_unique<wf::app::ReplayCommand>());
    commands.push_back(std::make_unique<wf::app::LabelCommand>());
    commands.push_back(std::make_unique<wf::app::AuditCommand>());
    commands.push_back(std::make_unique<wf::app::MetricsCommand>());
    commands.push_back(std::make_unique<wf::app::ListenCommand>());
    commands.push_back(std::make_unique<wf::app::MasterCommand>());
    commands.push_back(std::make_unique<wf::app::SyncCommand>());
    commands.push_back(std::make_unique<wf::app::StationCommand>());
    commands.push_back(std::make_unique<wf::app::BenchCommand>());
    commands.push_back(std::make_unique<wf::app::CodesCommand>());

    const QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "floorctl " << WF_VERSION << '\n';
        return 0;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(out, commands);
        return first.isEmpty() ? 2 : 0;
    }
    for (const auto& command : commands) {
        if (command->name() == first) {
            QStringList rest = args;
            rest.removeAt(1); // the parser expects the program name first
            return command->run(rest, out, err);
        }
    }
    err << "floorctl: unknown command '" << first << "'\n";
    printUsage(err, commands);
    return 2;
}
