#include "db/ProductRepository.h"

#include <cmath>

#include <QSqlRecord>

#include "db/SqlErrors.h"

namespace wf::db {

namespace {

const QString kProductColumns = QStringLiteral(
    "p.sku, p.name, p.family, p.size, p.colour, p.category, p.packing_class, p.weight_g, p.length_mm, p.width_mm, "
    "p.height_mm, p.hs_code, p.origin_country, p.customs_description, p.declared_value_minor, p.currency, "
    "p.restriction_tags, p.is_bundle, p.daily_sales, p.lead_time_days, p.safety_stock");

// Column offset: the match columns (kind, code, barcode kind, units) come first.
constexpr int kFirst = 4;

ProductRecord productFrom(const QSqlQuery& q)
{
    ProductRecord p;
    p.sku = q.value(kFirst + 0).toString();
    p.name = q.value(kFirst + 1).toString();
    p.family = q.value(kFirst + 2).toString();
    p.size = q.value(kFirst + 3).toString();
    p.colour = q.value(kFirst + 4).toString();
    p.category = q.value(kFirst + 5).toString();
    p.packingClass = q.value(kFirst + 6).toString();
    p.weightG = q.value(kFirst + 7).toInt();
    p.lengthMm = q.value(kFirst + 8).toInt();
    p.widthMm = q.value(kFirst + 9).toInt();
    p.heightMm = q.value(kFirst + 10).toInt();
    p.hsCode = q.value(kFirst + 11).toString();
    p.originCountry = q.value(kFirst + 12).toString();
    p.customsDescription = q.value(kFirst + 13).toString();
    p.declaredValueMinor = q.value(kFirst + 14).toLongLong();
    p.currency = q.value(kFirst + 15).toString();
    p.restrictionTags = q.value(kFirst + 16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.isBundle = q.value(kFirst + 17).toBool();
    p.dailySales = q.value(kFirst + 18).toDouble();
    p.leadTimeDays = q.value(kFirst + 19).toInt();
    p.safetyStock = q.value(kFirst + 20).toInt();
    return p;
}

} // namespace

int ProductRecord::reorderPoint() const
{
    return reorderPointOf(dailySales, leadTimeDays, safetyStock);
}

ProductRepository::ProductRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_byCode(m_db)
    , m_stock(m_db)
    , m_barcodes(m_db)
{}

Result<void> ProductRepository::prepare()
{
    if (m_prepared)
        return {};
    m_byCode.setForwardOnly(true);
    m_stock.setForwardOnly(true);
    m_barcodes.setForwardOnly(true);
    const QString byCode = QStringLiteral("SELECT 0, b.code, b.kind, b.quantity, ") + kProductColumns
                           + QStringLiteral(" FROM barcode b JOIN product p ON p.sku = b.sku WHERE b.code = ?"
                                            " UNION ALL SELECT 1, p.sku, '', 1, ")
                           + kProductColumns + QStringLiteral(" FROM product p WHERE p.sku = ? LIMIT 1");
    if (!m_byCode.prepare(byCode))
        return queryFailure(m_byCode, QStringLiteral("prepare find product by code"));
    if (!m_stock.prepare(QStringLiteral(
            "SELECT location_code, zone, location_kind, pick_sequence, on_hand, reserved, inbound, hold, "
            "master_on_hand FROM stock_position WHERE sku = ? ORDER BY pick_sequence")))
        return queryFailure(m_stock, QStringLiteral("prepare stock for sku"));
    if (!m_barcodes.prepare(
            QStringLiteral("SELECT code, kind, quantity FROM barcode WHERE sku = ? ORDER BY quantity, code")))
        return queryFailure(m_barcodes, QStringLiteral("prepare barcodes for sku"));
    m_prepared = true;
    return {};
}

Result<std::optional<CodeMatch>> ProductRepository::findByCode(const QString& code)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    m_byCode.bindValue(0, code);
    m_byCode.bindValue(1, code);
    if (!m_byCode.exec())
        return queryFailure(m_byCode, QStringLiteral("find product by code"));
    std::optional<CodeMatch> match;
    if (m_byCode.next()) {
        CodeMatch m;
        m.matchedBy = m_byCode.value(0).toInt() == 0 ? CodeMatch::By::Barcode : CodeMatch::By::Sku;
        m.code = m_byCode.value(1).toString();
        m.barcodeKind = m_byCode.value(2).toString();
        m.unitsPerScan = m_byCode.value(3).toInt();
        m.product = productFrom(m_byCode);
        match = std::move(m);
    }
    m_byCode.finish();
    return match;
}

Result<QList<StockPosition>> ProductRepository::stockFor(const QString& sku)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    m_stock.bindValue(0, sku);
    if (!m_stock.exec())
        return queryFailure(m_stock, QStringLiteral("stock for sku"));
    QList<StockPosition> positions;
    while (m_stock.next()) {
        positions.append({m_stock.value(0).toString(),
                          m_stock.value(1).toString(),
                          m_stock.value(2).toString(),
                          m_stock.value(3).toInt(),
                          m_stock.value(4).toInt(),
                          m_stock.value(5).toInt(),
                          m_stock.value(6).toInt(),
                          m_stock.value(7).toInt(),
                          m_stock.value(8).toInt()});
    }
    m_stock.finish();
    return positions;
}

Result<QList<BarcodeRecord>> ProductRepository::barcodesFor(const QString& sku)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    m_barcodes.bindValue(0, sku);
    if (!m_barcodes.exec())
        return queryFailure(m_barcodes, QStringLiteral("barcodes for sku"));
    QList<BarcodeRecord> codes;
    while (m_barcodes.next())
        codes.append({m_barcodes.value(0).toString(), m_barcodes.value(1).toString(), m_barcodes.value(2).toInt()});
    m_barcodes.finish();
    return codes;
}

Result<qint64> ProductRepository::productCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM product")) || !q.next())
        return queryFailure(q, QStringLiteral("count products"));
    return q.value(0).toLongLong();
}

Result<QList<QPair<QString, QString>>> ProductRepository::sampleBarcodesByPackingClass(const QString& kind)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT b.code, b.sku FROM product p JOIN barcode b ON b.sku = p.sku AND b.kind = ? "
                             "WHERE p.packing_class = ? AND p.is_bundle = 0 LIMIT 1"));
    QList<QPair<QString, QString>> sample;
    for (const char* packingClass : {"standard", "apparel", "electronics", "fragile", "liquid", "battery"}) {
        q.bindValue(0, kind);
        q.bindValue(1, QString::fromLatin1(packingClass));
        if (!q.exec())
            return queryFailure(q, QStringLiteral("sample barcodes"));
        if (q.next())
            sample.append({q.value(0).toString(), q.value(1).toString()});
    }
    return sample;
}

} // namespace wf::db
