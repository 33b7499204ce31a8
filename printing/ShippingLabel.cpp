#include "printing/ShippingLabel.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "scanner/BarcodeWriter.h"

namespace wf::printing {

namespace {

constexpr int kDpi = 203; // a 4×6 thermal label: 812 × 1218 dots
constexpr int kWidthDots = 812;
constexpr int kHeightDots = 1218;
constexpr int kMargin = 40;

/// Field data for ZPL: no command characters, no control characters.
QString zplText(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c != QLatin1Char('^') && c != QLatin1Char('~') && c.unicode() >= 0x20)
            out += c;
    return out;
}

QString money(qint64 minor, const QString& currency)
{
    return QStringLiteral("%1.%2 %3").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')).arg(currency);
}

QStringList customsLines(const ShippingLabel& label)
{
    QStringList lines;
    if (!label.crossBorder)
        return lines;
    qint64 total = 0;
    QString currency;
    for (const auto& item : label.customs) {
        lines << QStringLiteral("%1 x %2  HS %3  %4  %5")
                     .arg(item.quantity)
                     .arg(item.description.left(28),
                          item.hsCode,
                          item.originCountry,
                          money(item.valueMinor, item.currency));
        total += item.valueMinor;
        currency = item.currency;
    }
    lines.prepend(QStringLiteral("CUSTOMS DECLARATION (CN22) - merchandise, total %1").arg(money(total, currency)));
    return lines;
}

} // namespace

QByteArray ShippingLabel::zpl() const
{
    QStringList z;
    auto text = [&](int x, int y, int h, const QString& value) {
        z << QStringLiteral("^FO%1,%2^A0N,%3,%3^FD%4^FS").arg(x).arg(y).arg(h).arg(zplText(value));
    };
    z << QStringLiteral("^XA") << QStringLiteral("^CI28") << QStringLiteral("^PW%1").arg(kWidthDots)
      << QStringLiteral("^LL%1").arg(kHeightDots) << QStringLiteral("^LH0,0");
    text(kMargin, 30, 28, QStringLiteral("FROM: Warehouse Floor, %1").arg(shipFromCountry));
    text(kMargin, 75, 28, QStringLiteral("SHIP TO:"));
    text(kMargin, 110, 44, shipToName);
    text(kMargin, 160, 36, addressLine);
    text(kMargin, 200, 36, QStringLiteral("%1 %2").arg(postalCode, city));
    text(kMargin, 240, 44, country);
    z << QStringLiteral("^FO%1,295^GB%2,3,3^FS").arg(kMargin).arg(kWidthDots - 2 * kMargin);
    text(kMargin, 315, 40, QStringLiteral("%1  %2").arg(carrier, service.toUpper()));
    text(560, 315, 40, QStringLiteral("PKG %1 OF %2").arg(packageNo).arg(packageCount));
    text(kMargin, 365, 28, QStringLiteral("ORDER %1   SHIPMENT %2").arg(orderId, shipmentId));
    if (!trackingNumber.isEmpty()) // none yet: the SSCC below is the label's barcode
        z << QStringLiteral("^FO%1,410^BY3^BCN,150,Y,N,N^FD%2^FS").arg(kMargin).arg(zplText(trackingNumber));
    z << QStringLiteral("^FO%1,610^BY2^BCN,90,Y,N,N^FD%2^FS").arg(kMargin).arg(zplText(shipmentId));
    int y = 750;
    if (!sscc.isEmpty()) {
        z << QStringLiteral("^FO%1,%2^BY2^BCN,110,Y,N,N,D^FD(00)%3^FS").arg(kMargin).arg(y).arg(zplText(sscc));
        y += 170;
    }
    for (const QString& line : customsLines(*this)) {
        text(kMargin, y, 22, line);
        y += 28;
    }
    if (weightG > 0)
        text(560, kHeightDots - 60, 28, QStringLiteral("%1 KG").arg(weightG / 1000.0, 0, 'f', 2));
    z << QStringLiteral("^PQ1") << QStringLiteral("^XZ");
    return z.join(QLatin1Char('\n')).toUtf8() + '\n';
}

Result<void> ShippingLabel::paint(QPainter& p) const
{
    // No tracking number yet: the SSCC is the label's barcode.
    auto tracking =
        trackingNumber.isEmpty() ? Result<QImage>(QImage()) : scanner::BarcodeWriter::code128(trackingNumber, 1);
    auto shipment = scanner::BarcodeWriter::code128(shipmentId, 1);
    if (!tracking || !shipment)
        return std::unexpected(!tracking ? tracking.error() : shipment.error());
    std::optional<QImage> ssccBars;
    if (!sscc.isEmpty()) {
        auto bars = scanner::BarcodeWriter::gs1_128(QStringLiteral("00") + sscc, 1);
        if (!bars)
            return std::unexpected(bars.error());
        ssccBars = *bars;
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    auto text = [&](int x, int y, int h, const QString& value, bool bold = false) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(h);
        font.setBold(bold);
        p.setFont(font);
        p.drawText(QPoint(x, y + h), value);
    };
    // Bars scaled by whole modules so every bar keeps its width.
    auto bars = [&](const QImage& image, int y, int height, int module, const QString& caption) {
        const int width = image.width() * module;
        const int x = std::max(kMargin, (kWidthDots - width) / 2);
        p.drawImage(QRect(x, y, width, height), image);
        text(x, y + height + 4, 24, caption);
    };
    text(kMargin, 30, 24, QStringLiteral("FROM: Warehouse Floor, %1").arg(shipFromCountry));
    text(kMargin, 70, 24, QStringLiteral("SHIP TO:"));
    text(kMargin, 100, 38, shipToName, true);
    text(kMargin, 145, 30, addressLine);
    text(kMargin, 180, 30, QStringLiteral("%1 %2").arg(postalCode, city));
    text(kMargin, 215, 38, country, true);
    p.fillRect(QRect(kMargin, 270, kWidthDots - 2 * kMargin, 3), Qt::black);
    text(kMargin, 285, 34, QStringLiteral("%1  %2").arg(carrier, service.toUpper()), true);
    text(520, 285, 34, QStringLiteral("PKG %1 OF %2").arg(packageNo).arg(packageCount), true);
    text(kMargin, 330, 24, QStringLiteral("ORDER %1   SHIPMENT %2").arg(orderId, shipmentId));
    if (!tracking->isNull()) {
        const int trackingModule = std::clamp((kWidthDots - 2 * kMargin) / std::max(1, tracking->width()), 1, 3);
        bars(*tracking, 380, 150, trackingModule, trackingNumber);
    }
    bars(*shipment, 580, 90, 2, shipmentId);
    int y = 720;
    if (ssccBars) {
        bars(*ssccBars, y, 110, 2, QStringLiteral("(00) %1").arg(sscc));
        y += 160;
    }
    for (const QString& line : customsLines(*this)) {
        text(kMargin, y, 18, line);
        y += 24;
    }
    if (weightG > 0)
        text(560, kHeightDots - 60, 26, QStringLiteral("%1 kg").arg(weightG / 1000.0, 0, 'f', 2));
    return {};
}

Result<QByteArray> ShippingLabel::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QSizeF(4, 6), QPageSize::Inch, QStringLiteral("4x6")));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(kDpi);
    pdf.setTitle(QStringLiteral("Label %1").arg(shipmentId));
    pdf.setCreator(QStringLiteral("Warehouse Floor"));
    {
        QPainter p(&pdf);
        if (auto ok = paint(p); !ok)
            return std::unexpected(ok.error());
    }
    buffer.close();
    return bytes;
}

Result<QByteArray> ShippingLabel::render(const QString& format) const
{
    if (format == QLatin1String("zpl"))
        return zpl();
    if (format == QLatin1String("pdf"))
        return pdf();
    return fail(Error::Code::InvalidInput, QStringLiteral("label format '%1': zpl or pdf").arg(format));
}

} // namespace wf::printing
