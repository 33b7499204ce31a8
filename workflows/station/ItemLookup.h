#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>

#include "db/ProductRecords.h"
#include "db/ProductRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

/// Everything the Lookup screen shows for one scan.
struct LookupResult
{
    Verdict verdict;
    std::optional<db::CodeMatch> match;
    QList<db::StockPosition> stock;
    QList<db::BarcodeRecord> barcodes;
    std::optional<scanner::Gs1Message> gs1; ///< lot, expiry, serial … when the scan was GS1

    int totalOnHand() const;
    int totalAvailable() const;
};

/// Lookup: a barcode (unit, case, internal; UPC-A and GTIN-14 forms of a GTIN-13) or a SKU gives
/// the product, its customs facts and its stock per location. Read-only: a lookup writes nothing.
class ItemLookup
{
public:
    explicit ItemLookup(QSqlDatabase db);

    LookupResult lookup(const scanner::ScanEvent& scan);

    /// The codes to try for one scanned text, in order (the text itself first).
    static QStringList candidateCodes(const QString& text);

private:
    db::ProductRepository m_products;
};

} // namespace wf::workflows
