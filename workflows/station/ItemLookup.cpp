#include "workflows/station/ItemLookup.h"

#include <QCoreApplication>

#include "common/CheckDigit.h"
#include "workflows/CacheFailure.h"
#include "workflows/ScanGate.h"

namespace wf::workflows {

namespace {

bool allDigits(const QString& text)
{
    for (QChar c : text)
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    return !text.isEmpty();
}

bool looksLikeGtin(const QString& text)
{
    const auto n = text.size();
    return allDigits(text) && (n == 8 || n == 12 || n == 13 || n == 14);
}

} // namespace

int LookupResult::totalOnHand() const
{
    int total = 0;
    for (const auto& s : stock)
        total += s.onHand;
    return total;
}

int LookupResult::totalAvailable() const
{
    int total = 0;
    for (const auto& s : stock)
        total += s.available();
    return total;
}

ItemLookup::ItemLookup(QSqlDatabase db)
    : m_products(std::move(db))
{}

QStringList ItemLookup::candidateCodes(const QString& text)
{
    QStringList codes{text};
    if (!allDigits(text))
        return codes;
    if (text.size() == 12) // UPC-A is a GTIN-13 with a leading zero
        codes << QLatin1Char('0') + text;
    if (text.size() == 14 && text.startsWith(QLatin1Char('0'))) // GTIN-14 of a unit
        codes << text.mid(1);
    if (text.size() == 16 && text.startsWith(QLatin1String("01"))) // GS1 element string "01" + GTIN-14
        codes << text.mid(2) << text.mid(3);
    return codes;
}

LookupResult ItemLookup::lookup(const scanner::ScanEvent& scan)
{
    LookupResult result;
    if (auto rejected = ScanGate::reject(scan)) {
        result.verdict = *rejected;
        return result;
    }
    const QString text = scan.text.trimmed();
    scanner::ScanEvent interpreted = scan;
    interpreted.text = text;
    interpreted.interpretGs1();
    QStringList codes = candidateCodes(text);
    if (interpreted.gs1 && !interpreted.gs1->gtin().isEmpty()) {
        // A GS1 scan names its product by GTIN; lot, expiry and serial do not change the product.
        codes = candidateCodes(interpreted.gs1->gtin());
    } else if (looksLikeGtin(text) && !hasValidGs1CheckDigit(text)) {
        result.verdict =
            Verdict::of(codes::Code::InvalidCheckDigit,
                        QCoreApplication::translate("ItemLookup",
                                                    "%1 has a wrong check digit: a misread or a damaged label. "
                                                    "Scan again or type the code.")
                            .arg(text));
        return result;
    } else if (!interpreted.gs1Error.isEmpty() && !looksLikeGtin(text)
               && (!scan.symbologyId.isEmpty() || text.startsWith(QLatin1Char('(')) || text.contains(QChar(0x1D)))) {
        result.verdict = Verdict::of(
            codes::Code::InvalidGs1,
            QCoreApplication::translate("ItemLookup", "The GS1 barcode is not valid: %1").arg(interpreted.gs1Error));
        return result;
    }
    result.gs1 = interpreted.gs1;
    for (const QString& code : codes) {
        auto found = m_products.findByCode(code);
        if (!found) {
            result.verdict = cacheFailure(found.error());
            return result;
        }
        if (*found) {
            result.match = **found;
            break;
        }
    }
    if (!result.match) {
        result.verdict =
            Verdict::of(codes::Code::UnknownBarcode,
                        QCoreApplication::translate("ItemLookup", "%1 is not a known barcode or SKU.").arg(text));
        return result;
    }
    const QString& sku = result.match->product.sku;
    auto stock = m_products.stockFor(sku);
    auto barcodes = m_products.barcodesFor(sku);
    if (!stock || !barcodes) {
        result.verdict = cacheFailure(!stock ? stock.error() : barcodes.error());
        return result;
    }
    result.stock = *stock;
    result.barcodes = *barcodes;
    result.verdict =
        Verdict::of(codes::Code::ItemFound,
                    QCoreApplication::translate("ItemLookup", "%1: %2").arg(sku, result.match->product.name));
    return result;
}

} // namespace wf::workflows
