#pragma once

#include <QImage>
#include <QString>

#include "common/Result.h"

namespace wf::scanner {

/// Barcodes drawn for labels (ZXing-C++'s writer): one pixel per module, black on white, no
/// quiet zone (the label leaves room around it). The reading side is ImageDecoder.
class BarcodeWriter
{
public:
    /// Code 128 of printable ASCII text.
    [[nodiscard]] static Result<QImage> code128(const QString& text, int height);
    /// GS1-128 of an element string without parentheses ("00" + 18 digits for an SSCC; GS after
    /// a variable-length field that another follows): FNC1 first and for each GS, as GS1 wants.
    [[nodiscard]] static Result<QImage> gs1_128(const QString& elementString, int height);
};

} // namespace wf::scanner
