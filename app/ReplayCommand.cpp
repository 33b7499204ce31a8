#include "app/ReplayCommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/CacheMessages.h"
#include "app/CommandLineNumbers.h"
#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"
#include "printing/LabelOutput.h"
#include "workflows/station/ScriptedStation.h"

namespace wf::app {

int ReplayCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Drives the station's workflows from a script (FILE, or - for standard input): login BADGE [PIN], logout, "
        "mode pick|pack|returns|lookup, scan TEXT (escapes \\x1D \\t \\r), action NAME [ARGS] (quantity N, confirm, "
        "cancel, short REASON, supervisor BADGE PIN; pack: ack, box, weight, override-weight, service, close, label, "
        "reprint). Prints one JSON line per step: "
        "{\"step\":n,\"input\":…,\"verdict\":\"ok|warn|error|prompt\",\"code\":…,\"message\":…}. "
        "Every step is as durable as at a real station. See docs/replay.md."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The cache (must exist)."), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("station"), QStringLiteral("Station id (default ST-REPLAY)."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Orders per new pick list (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("supervisor-short"), QStringLiteral("Short picks need a supervisor.")});
    parser.addOption(
        {QStringLiteral("no-bin-scan"), QStringLiteral("Items may be scanned without scanning the bin first.")});
    parser.addOption({QStringLiteral("label-to"),
                      QStringLiteral("Where pack labels go: tcp:HOST[:PORT], printer:NAME, a file or a folder "
                                     "(default: a folder beside the cache)."),
                      QStringLiteral("DEST")});
    parser.addOption(
        {QStringLiteral("label-format"), QStringLiteral("zpl (default) or pdf."), QStringLiteral("FORMAT")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The script."));
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const auto batch = integerOption(parser, QStringLiteral("batch"), 2);
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1 || !batch || *batch < 1
        || *batch > workflows::PickSettings::kMaxBatch) {
        err << "replay: --db PATH and one script FILE are required; --batch 1.." << workflows::PickSettings::kMaxBatch
            << '\n';
        return 2;
    }
    QFile script;
    const QString file = parser.positionalArguments().first();
    const bool opened = file == QLatin1String("-")
                            ? script.open(stdin, QIODevice::ReadOnly | QIODevice::Text)
                            : (script.setFileName(file), script.open(QIODevice::ReadOnly | QIODevice::Text));
    if (!opened) {
        err << "replay: cannot read " << file << '\n';
        return 1;
    }
    auto cache = db::LocalCache::open(parser.value(QStringLiteral("db")), db::LocalCache::Missing::Refuse);
    if (!cache) {
        err << "replay: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    // As at the station: the WAL moves into the cache file while the replay runs, instead of the
    // whole replay living in the -wal file until the last connection closes.
    db::CacheCheckpointer checkpointer((*cache)->database());
    const QString station =
        parser.isSet(QStringLiteral("station")) ? parser.value(QStringLiteral("station")) : QStringLiteral("ST-REPLAY");
    workflows::ScriptedStation stationRun(
        (*cache)->database(),
        station,
        {!parser.isSet(QStringLiteral("no-bin-scan")), parser.isSet(QStringLiteral("supervisor-short")), int(*batch)});
    workflows::PackSettings pack;
    if (parser.isSet(QStringLiteral("label-format")))
        pack.labelFormat = parser.value(QStringLiteral("label-format"));
    if (pack.labelFormat != QLatin1String("zpl") && pack.labelFormat != QLatin1String("pdf")) {
        err << "replay: --label-format zpl or pdf\n";
        return 2;
    }
    stationRun.setPacking(pack,
                          parser.isSet(QStringLiteral("label-to"))
                              ? printing::LabelOutput::to(parser.value(QStringLiteral("label-to")))
                              : workflows::PackSession::LabelOutput{});
    int number = 0;
    while (!script.atEnd()) {
        const QString line = QString::fromUtf8(script.readLine()).chopped(0).trimmed();
        const auto result = stationRun.run(line);
        if (result.skipped)
            continue;
        QJsonObject json{{QStringLiteral("step"), ++number},
                         {QStringLiteral("input"), line},
                         {QStringLiteral("verdict"), workflows::Verdict::kindName(result.verdict.kind)},
                         {QStringLiteral("code"), result.verdict.code},
                         {QStringLiteral("message"), result.verdict.message}};
        if (!result.sku.isEmpty())
            json.insert(QStringLiteral("sku"), result.sku);
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    }
    return 0;
}

} // namespace wf::app
