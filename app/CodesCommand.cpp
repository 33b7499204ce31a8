#include "app/CodesCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "common/VerdictCodes.h"

namespace wf::app {

int CodesCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Every code the floor writes: a verdict (the answer to a scan or an action, in the scan log and "
                       "in replay's JSON), an exception's kind, a scanner's problem. The strings never change."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON line per code.")});
    parser.addOption({QStringLiteral("markdown"), QStringLiteral("A Markdown table (as in docs/replay.md).")});
    if (auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        err << "codes: takes no arguments\n";
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool markdown = parser.isSet(QStringLiteral("markdown"));
    if (json && markdown) {
        err << "codes: --json or --markdown, not both\n";
        return 2;
    }
    if (markdown)
        out << "| code | kind | written as | meaning |\n| --- | --- | --- | --- |\n";
    for (const codes::Entry& e : codes::all()) {
        const QString name = QString::fromLatin1(e.name);
        const QString kind = codes::kindName(e.kind);
        const QString uses = codes::usesName(e.uses);
        const QString label = codes::label(e.code);
        if (json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("code"), name},
                                             {QStringLiteral("kind"), kind},
                                             {QStringLiteral("written_as"), uses},
                                             {QStringLiteral("label"), label}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else if (markdown)
            out << "| `" << name << "` | " << kind << " | "
                << QString(uses).replace(QLatin1Char(','), QStringLiteral(", ")) << " | " << label << " |\n";
        else
            out << name.leftJustified(26) << kind.leftJustified(8) << uses.leftJustified(18) << label << '\n';
    }
    return 0;
}

} // namespace wf::app
