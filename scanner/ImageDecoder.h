#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"

namespace wf::scanner {

/// One barcode found in an image.
struct DecodedSymbol
{
    QString format;      ///< ZXing's name: "Code128", "EAN-13", "DataMatrix", "QRCode" …
    QString text;        ///< UTF-8 text; GS1 FNC1 separators as GS (0x1D)
    QString symbologyId; ///< "]C1", "]d2" …
    bool gs1 = false;
    QString hri;      ///< "(01)…(10)…" for valid GS1 content
    QString gs1Error; ///< why GS1 content is not valid GS1 (then hri is empty)
};

/// Decodes barcodes in still images and camera frames with ZXing-C++ 1.4. Reads one symbol per
/// image with ReadBarcode(): Debian's ZXing 1.4 is built with assertions and its multi-symbol
/// ReadBarcodes() can abort on some linear-code images (DESIGN.md §10); floorctl decode also
/// runs the decoder in a worker process so that no image can take it down. Thread-safe.
class ImageDecoder
{
public:
    struct Options
    {
        bool tryHarder = false; ///< also rotated, inverted and harder binarisation (slower)
        QStringList formats;    ///< restrict to these ZXing format names; empty: every format
        /// Every symbol in the image (ReadBarcodes). Debian's ZXing 1.4 can abort the process here
        /// (code128-1/4.png does): use it only in a process that may die, as floorctl's worker.
        bool allSymbols = false;
    };

    [[nodiscard]] static Result<QList<DecodedSymbol>> decode(const QImage& image, const Options& options);
    [[nodiscard]] static Result<QList<DecodedSymbol>> decodeFile(const QString& path, const Options& options);
    /// True when every name is a ZXing format name.
    static bool knownFormats(const QStringList& names);
};

} // namespace wf::scanner
