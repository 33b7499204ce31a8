#include "scanner/BarcodeWriter.h"

#include <exception>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace wf::scanner {

namespace {

Result<QImage> draw(const std::wstring& contents, int height)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        writer.setMargin(0);
        const ZXing::BitMatrix bars = writer.encode(contents, 0, 1);
        QImage image(bars.width(), std::max(height, 1), QImage::Format_Grayscale8);
        image.fill(255);
        for (int x = 0; x < bars.width(); ++x)
            if (bars.get(x, 0))
                for (int y = 0; y < image.height(); ++y)
                    image.setPixel(x, y, qRgb(0, 0, 0));
        return image;
    } catch (const std::exception& e) {
        return fail(Error::Code::InvalidInput, QString::fromUtf8(e.what()), QStringLiteral("Code 128"));
    }
}

} // namespace

Result<QImage> BarcodeWriter::code128(const QString& text, int height)
{
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("nothing to encode"), QStringLiteral("Code 128"));
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("Code 128 takes printable ASCII only: %1").arg(text),
                        QStringLiteral("Code 128"));
    return draw(text.toStdWString(), height);
}

Result<QImage> BarcodeWriter::gs1_128(const QString& elementString, int height)
{
    // GS1's character set 82 (what an AI's data may hold); a GS ends a variable-length field and
    // is written as FNC1, as GS1 wants.
    static const QString set82 = QStringLiteral("!\"%&'()*+,-./:;<=>?_");
    std::wstring data = L"\u00F1";
    for (const QChar c : elementString) {
        if (c == QChar(0x1D)) {
            data += L'\u00F1';
            continue;
        }
        const bool ascii = c.unicode() < 128;
        if (!ascii || !(c.isLetterOrNumber() || set82.contains(c)))
            return fail(
                Error::Code::InvalidInput,
                QStringLiteral("a GS1-128 element string holds GS1's 82 characters and GS only: %1").arg(elementString),
                QStringLiteral("GS1-128"));
        data += static_cast<wchar_t>(c.unicode());
    }
    return draw(data, height);
}

} // namespace wf::scanner
