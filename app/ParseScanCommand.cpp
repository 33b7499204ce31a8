#include "app/ParseScanCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "scanner/Gs1Parser.h"

namespace wf::app {

namespace {

QJsonObject messageJson(const scanner::Gs1Message& message)
{
    QJsonArray elements;
    for (const auto& e : message.elements)
        elements.append(QJsonObject{
            {QStringLiteral("ai"), e.ai}, {QStringLiteral("title"), e.title}, {QStringLiteral("value"), e.value}});
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("symbology"), message.symbologyId},
            {QStringLiteral("gs1"), message.isGs1},
            {QStringLiteral("digital_link"), message.digitalLink},
            {QStringLiteral("elements"), elements},
            {QStringLiteral("hri"), message.hri()}};
}

} // namespace

int ParseScanCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Parses one scan the way the station does: GS1 element strings behind a symbology identifier "
        "(]C1, ]e0, ]d2, ]Q3, ]J1) with GS separators, bracketed (AI) strings, GS1 Digital Link URIs, "
        "plain EAN/UPC. Escapes \\x1D, \\t, \\r, \\n and \\\\ are understood. Exit code 1 when invalid."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON line.")});
    parser.addOption({QStringLiteral("symbology"),
                      QStringLiteral("Symbology identifier when the text has none."),
                      QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("scan"), QStringLiteral("The scanned text."));
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << "parse-scan: give exactly one scan\n";
        return 2;
    }
    const QString text = scanner::Gs1Parser::unescape(parser.positionalArguments().first());
    const auto parsed = scanner::Gs1Parser::parse(text, parser.value(QStringLiteral("symbology")));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parsed) {
        if (json)
            out << QJsonDocument(
                       QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), parsed.error().detail}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << "invalid: " << parsed.error().detail << '\n';
        return 1;
    }
    if (json) {
        out << QJsonDocument(messageJson(*parsed)).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    out << (parsed->isGs1 ? "GS1" : "plain GTIN")
        << (parsed->symbologyId.isEmpty() ? QString() : QLatin1Char(' ') + parsed->symbologyId) << '\n';
    for (const auto& e : parsed->elements)
        out << "  (" << e.ai << ") " << e.title << ": " << e.value << '\n';
    out << "  " << parsed->hri() << '\n';
    return 0;
}

} // namespace wf::app
