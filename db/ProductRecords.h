#pragma once

#include <cmath>

#include <QString>
#include <QStringList>

namespace wf::db {

/// The stock level that should trigger a reorder: daily sales × lead time (rounded up) + safety stock.
inline int reorderPointOf(double dailySales, int leadTimeDays, int safetyStock)
{
    return int(std::ceil(dailySales * leadTimeDays)) + safetyStock;
}

/// One SKU (one variant) with what the floor needs to know about it.
struct ProductRecord
{
    QString sku;
    QString name;
    QString family;
    QString size;
    QString colour;
    QString category;
    QString packingClass;
    int weightG = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    QString hsCode;
    QString originCountry;
    QString customsDescription;
    qint64 declaredValueMinor = 0;
    QString currency;
    QStringList restrictionTags;
    bool isBundle = false;
    double dailySales = 0;
    int leadTimeDays = 0;
    int safetyStock = 0;

    /// daily sales × lead time + safety stock, rounded up.
    int reorderPoint() const;
};

/// What a scanned code resolved to: the product and how many units one scan of it counts.
struct CodeMatch
{
    enum class By
    {
        Barcode,
        Sku,
    };
    By matchedBy = By::Barcode;
    QString code;
    QString barcodeKind; ///< gtin, internal, packaging; empty for a SKU match
    int unitsPerScan = 1;
    ProductRecord product;
};

/// One bucket set at one location. available is derived, never stored.
struct StockPosition
{
    QString locationCode;
    QString zone;
    QString locationKind;
    int pickSequence = 0;
    int onHand = 0;
    int reserved = 0;
    int inbound = 0;
    int hold = 0;
    int masterOnHand = 0; ///< the master's last pulled figure; onHand adds this station's unsent movements

    int available() const { return onHand - reserved - hold; }
    /// What this station's movements, not yet acknowledged by the master, change of on hand.
    int unsentOnHand() const { return onHand - masterOnHand; }
};

struct BarcodeRecord
{
    QString code;
    QString kind;
    int quantity = 1;
};

} // namespace wf::db
