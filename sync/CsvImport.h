#pragma once

#include <QJsonArray>
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
        int unchanged = -1; ///< rows that matched what the master has already; -1: not counted
        QStringList notes;  ///< what the import did not take and why (columns ignored, rows skipped)
        QJsonObject counts; ///< further figures of an import (orders: lines, backordered)
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

    /// What a products import may do besides products.
    struct ProductOptions
    {
        QString stockWarehouse; ///< with stockBin: load `Variant Inventory Qty` as opening stock
        QString stockBin;
        bool caseSensitiveSkus = false; ///< take `ab-12` beside `AB-12` as two products
    };

    [[nodiscard]] Result<Report> products(const QString& path, const ProductOptions& options);
    [[nodiscard]] Result<Report> products(const QString& path) { return products(path, ProductOptions()); }
    [[nodiscard]] Result<Report> orders(const QString& path, const QString& warehouseId);

    /// How a stock file's rows find their bin: Shopify's inventory export names a shop location
    /// (`Location`) and, where the shop keeps bins, a `Bin name`.
    struct StockOptions
    {
        QString defaultBin;   ///< the bin for a row that names none
        QString shopLocation; ///< the `Location` whose rows are this warehouse's (needed when there are several)
    };

    /// Bins: `Bin`/`Code`, `Zone`, `Kind`/`Type`, `Sequence`/`Walking sequence`, `Capacity`,
    /// `Min`, `Max` (master.import_locations).
    [[nodiscard]] Result<Report> locations(const QString& path, const QString& warehouseId);
    /// Opening balances: `SKU`, `Bin`, `On hand`, `Hold` — or Shopify's inventory export
    /// (master.import_stock; the same file twice changes nothing).
    [[nodiscard]] Result<Report>
    stock(const QString& path, const QString& warehouseId, const StockOptions& options = {});
    /// Carriers' tracking numbers for packages: `Shipment` or `Order`, `Tracking number`,
    /// `Carrier`, `Service` (master.import_tracking); stations pull them.
    [[nodiscard]] Result<Report> tracking(const QString& path, const QString& warehouseId);
    /// Returns announced from outside: `RMA`, `Order`, `SKU`, `Quantity`, `Reason`, `Tracking
    /// number`; each RMA whole, its path from the warehouse's rule (master.import_returns).
    [[nodiscard]] Result<Report> returns(const QString& path, const QString& warehouseId);
    /// Expected inbound — advance shipping notices and purchase orders: `ASN`/`PO`, `Kind`,
    /// `Supplier`, `Expected`, `SKU`, `Quantity`, `Lot`, `Expiry`, `SSCC`; a notice's rows make one
    /// notice, taken whole, its units raised as inbound at the receiving bin (master.import_inbound).
    [[nodiscard]] Result<Report> inbound(const QString& path, const QString& warehouseId);
    /// A warehouse's carriers and services: `Code`, `Carrier`, `Name`, `Destinations`, `Transit
    /// days`, `Cut-off`, `Shop methods`, `Default` (master.import_services); orders imported
    /// afterwards take their service from them.
    [[nodiscard]] Result<Report> services(const QString& path, const QString& warehouseId);
    /// Reserves and packages the warehouse's backorders that its stock now covers, oldest first
    /// (master.release_backorders; a stock import does it too); returns how many.
    [[nodiscard]] Result<int> releaseBackorders(const QString& warehouseId);
    /// Cancels an order (sku empty) or `quantity` units of its SKU's lines on the master
    /// (master.cancel_order): what has not started is cancelled and its reservation released; an
    /// order packed or shipped on the floor is refused. NotFound: no such order (or line).
    [[nodiscard]] Result<QJsonObject> cancel(const QString& order, const QString& sku, int quantity);
    /// Operators: `Badge`, `Name`, `Roles`, `Language`, `PIN` (hashed here: a PIN never reaches the
    /// master), `Warehouse` (master.import_operators).
    [[nodiscard]] Result<Report> operators(const QString& path);
    /// One operator, as `floorctl master add-operator` gives it (pin empty: none, or the one kept).
    [[nodiscard]] Result<Report> addOperator(const QJsonObject& fields, const QString& pin);

    /// The accepted columns of an import (`products`, `orders`, `locations`, `stock`,
    /// `operators`), for its help: one line per field with its names.
    static QStringList columnHelp(const QString& kind);

private:
    static constexpr int kProductsPerPage = 20000;
    Result<void> writeProducts(QJsonArray& page, Report& report);
    Result<void>
    loadInventoryQty(const QJsonArray& rows, const ProductOptions& options, const QString& path, Report& report);

    QSqlDatabase m_db;
};

} // namespace wf::sync
