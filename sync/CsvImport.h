#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "common/Result.h"

namespace wf::sync {

/// Imports a shop's CSV export into the master (`floorctl master import products|orders FILE`).
/// Column names as a Shopify export writes them, or the plain names (docs/station-setup.md):
/// products — `Variant SKU`/`SKU`, `Title`/`Name`, `Option1 Value`/`Variant`, `Variant Barcode`/
/// `Barcode`, `Variant Grams`/`Weight`, `HS Code`, `Country of Origin`/`Origin`, `Variant Price`/
/// `Price`; orders — `Name`/`Order`, `Shipping Country`/`Country`, `Lineitem sku`/`SKU`,
/// `Lineitem quantity`/`Quantity`, and `Shipping Name`, `Shipping Address1`, `Shipping City`,
/// `Shipping Zip` where present; each order gets one shipment holding its lines. The file is read
/// strictly (CsvTable); each bad row is reported with its line, its column and the reason, and the
/// good rows are imported, each in its own savepoint. An order that the master holds for another
/// warehouse is refused, as is an import into a warehouse the master does not have.
class CsvImport
{
public:
    struct Report
    {
        int imported = 0;
        struct Rejection
        {
            int line = 0;   ///< 1: the header
            int column = 0; ///< 1: the first; 0 when the whole row is meant
            QString reason;
        };
        QList<Rejection> rejected;
        QJsonObject toJson() const;
    };

    explicit CsvImport(QSqlDatabase owner);

    [[nodiscard]] Result<Report> products(const QString& path);
    [[nodiscard]] Result<Report> orders(const QString& path, const QString& warehouseId);

private:
    QSqlDatabase m_db;
};

} // namespace wf::sync
