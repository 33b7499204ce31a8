#include "app/ListenCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSerialPortInfo>
#include <QTimer>

#include "app/CommandLineNumbers.h"
#include "scanner/Gs1Parser.h"
#include "scanner/SerialScanSource.h"

namespace wf::app {

namespace {

using scanner::ScanFrameAssembler;

void printJson(QTextStream& out, const QJsonObject& line)
{
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

QJsonObject scanJson(const scanner::ScanEvent& scan)
{
    QJsonObject line{{QStringLiteral("event"), QStringLiteral("scan")},
                     {QStringLiteral("device"), scan.deviceId},
                     {QStringLiteral("text"), scan.text},
                     {QStringLiteral("symbology"), scan.symbologyId},
                     {QStringLiteral("raw_hex"), QString::fromLatin1(scan.raw.toHex(' '))}};
    if (scanner::Gs1Parser::looksLikeGs1(scan.text, scan.symbologyId)) {
        const auto parsed = scanner::Gs1Parser::parse(scan.text, scan.symbologyId);
        line.insert(QStringLiteral("gs1"), parsed ? QJsonValue(parsed->hri()) : QJsonValue(QJsonValue::Null));
        if (!parsed)
            line.insert(QStringLiteral("gs1_error"), parsed.error().detail);
    }
    return line;
}

std::optional<ScanFrameAssembler::Terminator> terminatorFrom(const QString& name)
{
    if (name == QLatin1String("cr"))
        return ScanFrameAssembler::Terminator::CR;
    if (name == QLatin1String("lf"))
        return ScanFrameAssembler::Terminator::LF;
    if (name == QLatin1String("crlf"))
        return ScanFrameAssembler::Terminator::CRLF;
    if (name == QLatin1String("idle"))
        return ScanFrameAssembler::Terminator::IdleGap;
    return std::nullopt;
}

int listPorts(QTextStream& out)
{
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts())
        printJson(out,
                  {{QStringLiteral("port"), port.systemLocation()},
                   {QStringLiteral("description"), port.description()},
                   {QStringLiteral("manufacturer"), port.manufacturer()},
                   {QStringLiteral("serial"), port.serialNumber()},
                   {QStringLiteral("vendor_id"), port.hasVendorIdentifier() ? port.vendorIdentifier() : 0},
                   {QStringLiteral("product_id"), port.hasProductIdentifier() ? port.productIdentifier() : 0}});
    return 0;
}

} // namespace

int ListenCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens a serial scanner and prints one JSON line per event: scans (text, symbology, raw bytes in hex, "
        "GS1 interpretation), rejected frames (code, message) and status changes (connected, disconnected). "
        "Reconnects when the scanner is unplugged. Stops after --count scans or --timeout seconds."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("serial"), QStringLiteral("Port name or device path."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("baud"), QStringLiteral("Baud rate (default 9600)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("terminator"), QStringLiteral("cr, lf, crlf (default) or idle."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Stop after this many scans."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Stop after this many seconds."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the serial ports and exit.")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    if (parser.isSet(QStringLiteral("list")))
        return listPorts(out);
    const auto baud = integerOption(parser, QStringLiteral("baud"), 9600);
    const auto count = integerOption(parser, QStringLiteral("count"), 0);
    const auto timeout = integerOption(parser, QStringLiteral("timeout"), 0);
    const auto terminator = terminatorFrom(parser.value(QStringLiteral("terminator")).isEmpty()
                                               ? QStringLiteral("crlf")
                                               : parser.value(QStringLiteral("terminator")));
    if (!parser.isSet(QStringLiteral("serial")) || !baud || *baud < 50 || *baud > 4'000'000 || !count || *count < 0
        || !timeout || *timeout < 0 || !terminator) {
        err << "listen: --serial PATH is required; --baud 50..4000000; --count and --timeout whole numbers; "
               "--terminator cr|lf|crlf|idle\n";
        return 2;
    }
    scanner::SerialSettings settings;
    settings.portName = parser.value(QStringLiteral("serial"));
    settings.baudRate = qint32(*baud);
    settings.framing.terminator = *terminator;
    scanner::SerialScanSource source(settings);
    qint64 scans = 0;
    QObject::connect(&source, &scanner::ScanSource::scanned, &source, [&](const scanner::ScanEvent& scan) {
        printJson(out, scanJson(scan));
        if (*count > 0 && ++scans >= *count)
            QCoreApplication::quit();
    });
    QObject::connect(&source, &scanner::ScanSource::rejected, &source, [&](const scanner::ScanProblem& problem) {
        printJson(out,
                  {{QStringLiteral("event"), QStringLiteral("rejected")},
                   {QStringLiteral("device"), problem.deviceId},
                   {QStringLiteral("code"), problem.code},
                   {QStringLiteral("message"), problem.message},
                   {QStringLiteral("raw_hex"), QString::fromLatin1(problem.raw.toHex(' '))}});
    });
    QObject::connect(&source,
                     &scanner::ScanSource::statusChanged,
                     &source,
                     [&](scanner::ScanSource::Status status, const QString& detail) {
                         printJson(out,
                                   {{QStringLiteral("event"), QStringLiteral("status")},
                                    {QStringLiteral("device"), settings.portName},
                                    {QStringLiteral("status"), scanner::ScanSource::statusName(status)},
                                    {QStringLiteral("detail"), detail}});
                     });
    if (*timeout > 0)
        QTimer::singleShot(std::chrono::seconds(*timeout), &source, [] {
            QCoreApplication::quit();
        });
    source.start();
    QCoreApplication::exec();
    return 0;
}

} // namespace wf::app
