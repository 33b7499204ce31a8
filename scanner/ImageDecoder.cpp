#include "scanner/ImageDecoder.h"

#include <QImageReader>

#include <ZXing/ReadBarcode.h>

#include "scanner/Gs1Parser.h"

namespace wf::scanner {

namespace {

ZXing::DecodeHints hintsFor(const ImageDecoder::Options& options)
{
    ZXing::DecodeHints hints;
    hints.setTryHarder(options.tryHarder);
    hints.setTryRotate(options.tryHarder);
    hints.setMaxNumberOfSymbols(options.allSymbols ? 255 : 1);
    if (!options.formats.isEmpty())
        hints.setFormats(ZXing::BarcodeFormatsFromString(options.formats.join(QLatin1Char(',')).toStdString()));
    return hints;
}

DecodedSymbol symbolFrom(const ZXing::Result& result)
{
    DecodedSymbol symbol;
    symbol.format = QString::fromLatin1(ZXing::ToString(result.format()));
    symbol.text = QString::fromStdString(result.text());
    symbol.symbologyId = QString::fromStdString(result.symbologyIdentifier());
    // ZXing 1.4 gives DataBar Expanded as bracketed text without the GS1 content type.
    symbol.gs1 = result.contentType() == ZXing::ContentType::GS1
                 || (symbol.symbologyId == QLatin1String("]e0") && symbol.text.startsWith(QLatin1Char('(')));
    if (symbol.gs1) {
        // The HRI shows what the symbol holds; pairing rules are a workflow's business.
        const auto parsed = Gs1Parser::parse(symbol.text, symbol.symbologyId, Gs1Parser::Associations::Ignore);
        if (parsed)
            symbol.hri = parsed->hri();
        else
            symbol.gs1Error = parsed.error().detail;
    }
    return symbol;
}

} // namespace

bool ImageDecoder::knownFormats(const QStringList& names)
{
    for (const QString& name : names) {
        try {
            if (ZXing::BarcodeFormatFromString(name.toStdString()) == ZXing::BarcodeFormat::None)
                return false;
        } catch (const std::exception&) {
            return false;
        }
    }
    return true;
}

Result<QList<DecodedSymbol>> ImageDecoder::decode(const QImage& image, const Options& options)
{
    if (image.isNull())
        return fail(Error::Code::InvalidInput, QStringLiteral("empty image"));
    if (!knownFormats(options.formats))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("unknown barcode format"),
                    options.formats.join(QLatin1Char(',')));
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    QList<DecodedSymbol> symbols;
    try {
        if (options.allSymbols) {
            for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hintsFor(options)))
                symbols.append(symbolFrom(result));
        } else if (const ZXing::Result result = ZXing::ReadBarcode(view, hintsFor(options)); result.isValid()) {
            symbols.append(symbolFrom(result));
        }
    } catch (const std::exception& e) {
        return fail(Error::Code::InvalidInput, QString::fromUtf8(e.what()), QStringLiteral("decoder"));
    }
    return symbols;
}

Result<QList<DecodedSymbol>> ImageDecoder::decodeFile(const QString& path, const Options& options)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return fail(Error::Code::CacheUnreadable, reader.errorString(), path);
    return decode(image, options);
}

} // namespace wf::scanner
