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
/// `Shipping Zip` where present; each order gets one shipment holding its lines. Each bad row is reported with its line
/// number and the reason; the good rows are imported, each in its own savepoint.
class CsvImport
{
public:
    struct Report
    {
        int imported = 0;
        QList<QPair<int, QString>> rejected; ///< line number (1: the header) and why
        QJsonObject toJson() const;
    };

    explicit CsvImport(QSqlDatabase owner);

    [[nodiscard]] Result<Report> products(const QString& path);
    [[nodiscard]] Result<Report> orders(const QString& path, const QString& warehouseId);

    /// RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. Each row with the
    /// line it starts on.
    static QList<QPair<int, QStringList>> parse(const QByteArray& text);
    /// The file's rows (header first); an error when it cannot be read or holds nothing.
    [[nodiscard]] static Result<QList<QPair<int, QStringList>>> readRows(const QString& path);

private:
    QSqlDatabase m_db;
};

} // namespace wf::sync
