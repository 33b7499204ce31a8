#include "app/DecodeCommand.h"

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "scanner/ImageDecoder.h"

namespace wf::app {

namespace {

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject decodeOne(const QString& file, const scanner::ImageDecoder::Options& options)
{
    const auto decoded = scanner::ImageDecoder::decodeFile(file, options);
    if (!decoded)
        return {{QStringLiteral("file"), file}, {QStringLiteral("error"), decoded.error().detail}};
    QJsonArray results;
    for (const auto& s : *decoded) {
        QJsonObject r{{QStringLiteral("format"), s.format},
                      {QStringLiteral("text"), s.text},
                      {QStringLiteral("symbology"), s.symbologyId},
                      {QStringLiteral("gs1"), s.gs1}};
        if (s.gs1 && s.gs1Error.isEmpty())
            r.insert(QStringLiteral("hri"), s.hri);
        else if (s.gs1)
            r.insert(QStringLiteral("gs1_error"), s.gs1Error);
        results.append(r);
    }
    return {{QStringLiteral("file"), file}, {QStringLiteral("results"), results}};
}

/// The parent's side of the worker: one file at a time, so a crash names its file.
class DecodeWorker
{
public:
    explicit DecodeWorker(QStringList arguments)
        : m_arguments(std::move(arguments))
    {}
    ~DecodeWorker()
    {
        if (m_process) {
            m_process->closeWriteChannel(); // the worker ends at the end of its input
            m_process->waitForFinished(5000);
        }
    }
    QByteArray decode(const QString& file)
    {
        if (!m_process || m_process->state() != QProcess::Running)
            start();
        m_process->write(file.toUtf8() + '\n');
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (m_process->canReadLine() || m_process->waitForReadyRead(60000)) {
                line += m_process->readLine();
                continue;
            }
            m_process.reset(); // it died (or hung): this file gets the blame, the next a new worker
            return jsonLine({{QStringLiteral("file"), file},
                             {QStringLiteral("error"), QStringLiteral("the decoder crashed on this image")}});
        }
        return line;
    }

private:
    void start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QCoreApplication::applicationFilePath(), m_arguments);
        m_process->waitForStarted();
    }
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
};

} // namespace

int DecodeCommand::runWorker(bool tryHarder, bool allSymbols, const QStringList& formats, QTextStream& out)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 1;
    while (!input.atEnd()) {
        const QString file = QString::fromUtf8(input.readLine()).trimmed();
        if (file.isEmpty())
            continue;
        out << jsonLine(decodeOne(file, {tryHarder, formats, allSymbols}));
        out.flush();
    }
    return 0;
}

int DecodeCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decodes barcodes in image files (PNG, JPEG, WebP …) with ZXing-C++ and prints one JSON line per file: "
        "{\"file\":…,\"results\":[{\"format\":…,\"text\":…,\"symbology\":…,\"gs1\":…,\"hri\":…}]} or "
        "{\"file\":…,\"error\":…}. Exit code 1 when a file could not be read."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("try-harder"), QStringLiteral("Also rotated, inverted, harder binarisation.")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("Every barcode in each image, not just one.")});
    parser.addOption({QStringLiteral("formats"),
                      QStringLiteral("Only these formats, e.g. Code128,DataMatrix."),
                      QStringLiteral("LIST")});
    QCommandLineOption worker(QStringLiteral("worker"));
    worker.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(worker);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Image files."), QStringLiteral("FILE..."));
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const bool tryHarder = parser.isSet(QStringLiteral("try-harder"));
    const QStringList formats = parser.value(QStringLiteral("formats")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!scanner::ImageDecoder::knownFormats(formats)) {
        err << "decode: unknown format in --formats\n";
        return 2;
    }
    if (parser.isSet(worker))
        return runWorker(tryHarder, parser.isSet(QStringLiteral("all")), formats, out);
    if (parser.positionalArguments().isEmpty()) {
        err << "decode: give at least one image file\n";
        return 2;
    }
    QStringList workerArguments{QStringLiteral("decode"), QStringLiteral("--worker")};
    if (tryHarder)
        workerArguments << QStringLiteral("--try-harder");
    if (parser.isSet(QStringLiteral("all")))
        workerArguments << QStringLiteral("--all");
    if (!formats.isEmpty())
        workerArguments << QStringLiteral("--formats") << formats.join(QLatin1Char(','));
    DecodeWorker decoder(workerArguments);
    int failures = 0;
    for (const QString& file : parser.positionalArguments()) {
        const QByteArray line = decoder.decode(file);
        failures += line.contains("\"error\"") ? 1 : 0;
        out << line;
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}

} // namespace wf::app
