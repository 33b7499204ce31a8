#include "printing/LabelOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>

#include "printing/RawPrinter.h"

namespace wf::printing {

namespace {

Result<QString> sendRaw(const QByteArray& bytes, const QString& hostAndPort)
{
    auto address = RawPrinter::parseAddress(hostAndPort);
    if (!address)
        return std::unexpected(address.error());
    const auto& [host, port] = *address;
    if (auto sent = RawPrinter::send(bytes, host, port); !sent)
        return std::unexpected(sent.error());
    return QStringLiteral("tcp:%1:%2").arg(host).arg(port);
}

Result<QString> sendToSystemPrinter(const ShippingLabel& label, const QString& name)
{
    if (QPrinterInfo::printerInfo(name).isNull())
        return fail(Error::Code::NotFound, QStringLiteral("no printer named '%1' on this system").arg(name));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(name);
    printer.setPageSize(QPageSize(QSizeF(4, 6), QPageSize::Inch, QStringLiteral("4x6")));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(QStringLiteral("Label %1").arg(label.shipmentId));
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(Error::Code::DeviceUnavailable, QStringLiteral("printer '%1' does not accept the job").arg(name));
    const double scale = printer.resolution() / 203.0;
    painter.scale(scale, scale);
    auto painted = label.paint(painter);
    painter.end();
    if (!painted)
        return std::unexpected(painted.error());
    return QStringLiteral("printer:%1").arg(name);
}

Result<QString> writeFile(const QByteArray& bytes, QString path, const ShippingLabel& label, const QString& format)
{
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(QStringLiteral("%1.%2").arg(label.shipmentId, format));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::IoFailed, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return path;
}

} // namespace

Result<QString> LabelOutput::send(const ShippingLabel& label, const QString& format, const QString& destination)
{
    if (destination.startsWith(QLatin1String("printer:")))
        return sendToSystemPrinter(label, destination.mid(8));
    auto bytes = label.render(format);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (destination.startsWith(QLatin1String("tcp:")))
        return sendRaw(*bytes, destination.mid(4));
    return writeFile(
        *bytes, destination.startsWith(QLatin1String("file:")) ? destination.mid(5) : destination, label, format);
}

LabelSink LabelOutput::to(const QString& destination)
{
    return [destination](const ShippingLabel& label, const QString& format) {
        return send(label, format, destination);
    };
}

LabelSink LabelOutput::folder(const QString& folder)
{
    return [folder](const ShippingLabel& label, const QString& format) -> Result<QString> {
        auto bytes = label.render(format);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (!QDir().mkpath(folder))
            return fail(Error::Code::IoFailed, QStringLiteral("cannot create %1").arg(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("%1.%2").arg(label.shipmentId, format));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return fail(Error::Code::IoFailed, file.errorString(), path);
        return path;
    };
}

QString LabelOutput::folderBeside(const QString& cachePath)
{
    return cachePath + QStringLiteral("-labels");
}

} // namespace wf::printing
