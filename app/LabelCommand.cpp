#include "app/LabelCommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/CacheMessages.h"
#include "db/AuditLog.h"
#include "db/LocalCache.h"
#include "db/PackRepository.h"
#include "db/Transaction.h"
#include "printing/LabelOutput.h"
#include "printing/ShippingLabel.h"
#include "workflows/pack/LabelCheck.h"

namespace wf::app {

namespace {

int refuse(QTextStream& err, const QString& message, int code = 1)
{
    err << "label: " << message << '\n';
    return code;
}

} // namespace

int LabelCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders the 4x6 shipping label of a shipment (ZPL II at 203 dpi, or PDF) and sends it to DEST: a file, "
        "tcp:HOST[:PORT] (a raw printer, port 9100) or printer:NAME (a system printer). A shipment labelled before "
        "needs --reason; every print is audited. Prints one JSON line."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The cache (must exist)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("shipment"), QStringLiteral("The shipment id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("zpl (default) or pdf."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the label goes."), QStringLiteral("DEST")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why it is printed again."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("operator"),
                      QStringLiteral("Badge for the audit (default floorctl)."),
                      QStringLiteral("BADGE")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("zpl");
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("shipment"))
        || !parser.isSet(QStringLiteral("out")) || (format != QLatin1String("zpl") && format != QLatin1String("pdf")))
        return refuse(
            err, QStringLiteral("--db PATH, --shipment ID and --out DEST are required; --format zpl or pdf"), 2);
    auto cache = db::LocalCache::open(parser.value(QStringLiteral("db")), db::LocalCache::Missing::Refuse);
    if (!cache)
        return refuse(err, CacheMessages::describe(cache.error()));
    const QSqlDatabase db = (*cache)->database();
    db::PackRepository packs(db);
    const QString id = parser.value(QStringLiteral("shipment"));
    auto shipment = packs.shipment(id);
    auto lines = packs.lines(id);
    if (!shipment || !lines)
        return refuse(err, (!shipment ? shipment.error() : lines.error()).detail);
    if (!*shipment)
        return refuse(err, QStringLiteral("no shipment %1 in this cache").arg(id));
    const db::PackShipmentRecord& s = **shipment;
    const QStringList missing = workflows::packing::customsProblems(s, *lines);
    if (!missing.isEmpty())
        return refuse(err, QStringLiteral("customs_data_missing: %1").arg(missing.join(QStringLiteral("; "))));
    const bool reprint = s.labelPrints > 0;
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reprint && reason.isEmpty())
        return refuse(err, QStringLiteral("%1 was labelled before: a reprint needs --reason").arg(id), 2);
    const auto label = workflows::shippingLabelOf(s, *lines);
    auto sent = printing::LabelOutput::send(label, format, parser.value(QStringLiteral("out")));
    if (!sent)
        return refuse(err, sent.error().detail);
    auto ok = db::inTransaction(
        db,
        [&] {
            return packs.countLabelPrint(id, workflows::packing::labelBarcodeOf(s));
        },
        [&] {
            return db::AuditLog(db).append(parser.isSet(QStringLiteral("operator"))
                                               ? parser.value(QStringLiteral("operator"))
                                               : QStringLiteral("floorctl"),
                                           QStringLiteral("floorctl"),
                                           reprint ? QStringLiteral("label_reprint") : QStringLiteral("label_print"),
                                           QStringLiteral("shipment:") + id,
                                           reprint ? reason : *sent);
        });
    if (!ok)
        return refuse(err, ok.error().detail);
    out << QJsonDocument(QJsonObject{{QStringLiteral("shipment"), id},
                                     {QStringLiteral("format"), format},
                                     {QStringLiteral("sent_to"), *sent},
                                     {QStringLiteral("reprint"), reprint}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return 0;
}

} // namespace wf::app
