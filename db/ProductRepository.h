#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include "common/Result.h"
#include "db/ProductRecords.h"

namespace wf::db {

/// Reads products, barcodes and stock. Statements are prepared once and reused: this is the scan path.
/// Lives on the thread of the connection it was given.
class ProductRepository
{
public:
    explicit ProductRepository(QSqlDatabase db);

    /// A barcode first, then a SKU. nullopt when neither matches.
    [[nodiscard]] Result<std::optional<CodeMatch>> findByCode(const QString& code);
    [[nodiscard]] Result<QList<StockPosition>> stockFor(const QString& sku);
    [[nodiscard]] Result<QList<BarcodeRecord>> barcodesFor(const QString& sku);
    [[nodiscard]] Result<qint64> productCount();
    /// One barcode of the given kind per packing class (for training hints): code and SKU.
    [[nodiscard]] Result<QList<QPair<QString, QString>>> sampleBarcodesByPackingClass(const QString& kind);

private:
    QSqlDatabase m_db;
    QSqlQuery m_byCode;
    QSqlQuery m_stock;
    QSqlQuery m_barcodes;
    bool m_prepared = false;

    Result<void> prepare();
};

} // namespace wf::db
