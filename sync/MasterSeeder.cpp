#include "sync/MasterSeeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace wf::sync {

namespace {

constexpr int kRowsPerInsert = 5000;

} // namespace

MasterSeeder::MasterSeeder(QSqlDatabase cache, QSqlDatabase owner)
    : m_cache(std::move(cache))
    , m_owner(std::move(owner))
{}

// Rows of `select` on the cache, sent as JSON arrays of objects to `insert` on the master (which
// reads them with jsonb_to_recordset): a few statements for a million rows.
Result<qint64> MasterSeeder::copy(const QString& select, const QString& insert)
{
    QSqlQuery rows(m_cache);
    rows.setForwardOnly(true);
    if (!rows.exec(select))
        return fail(Error::Code::QueryFailed, rows.lastError().text(), select.left(60));
    QSqlQuery write(m_owner);
    if (!write.prepare(insert))
        return fail(Error::Code::QueryFailed, write.lastError().text(), insert.left(60));
    qint64 count = 0;
    QJsonArray batch;
    const auto flush = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        write.bindValue(0, QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
        if (!write.exec())
            return fail(Error::Code::QueryFailed, write.lastError().text(), insert.left(60));
        batch = {};
        return {};
    };
    while (rows.next()) {
        QJsonObject row;
        const QSqlRecord record = rows.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), QJsonValue::fromVariant(rows.value(i)));
        batch.append(row);
        ++count;
        if (batch.size() == kRowsPerInsert)
            if (auto ok = flush(); !ok)
                return std::unexpected(ok.error());
    }
    if (auto ok = flush(); !ok)
        return std::unexpected(ok.error());
    return count;
}

Result<QJsonObject> MasterSeeder::seed()
{
    struct Table
    {
        const char* name;
        QString select;
        QString insert;
    };
    const QList<Table> tables = {
        {"warehouses",
         QStringLiteral("SELECT id, name, country FROM warehouse"),
         QStringLiteral("INSERT INTO master.warehouse (id, name, country) SELECT id, name, country FROM "
                        "jsonb_to_recordset(CAST(? AS jsonb)) AS x(id text, name text, country text) ON CONFLICT DO "
                        "NOTHING")},
        {"products",
         QStringLiteral(
             "SELECT sku, name, family, size, colour, category, packing_class, weight_g, length_mm, "
             "width_mm, height_mm, hs_code, origin_country, customs_description, declared_value_minor, "
             "currency, restriction_tags, is_bundle, daily_sales, lead_time_days, safety_stock FROM product"),
         QStringLiteral(
             "INSERT INTO master.product (sku, name, family, size, colour, category, packing_class, weight_g, "
             "length_mm, width_mm, height_mm, hs_code, origin_country, customs_description, "
             "declared_value_minor, currency, restriction_tags, is_bundle, daily_sales, lead_time_days, "
             "safety_stock) SELECT sku, name, family, size, colour, category, packing_class, weight_g, "
             "length_mm, width_mm, height_mm, hs_code, origin_country, customs_description, "
             "declared_value_minor, currency, restriction_tags, is_bundle <> 0, daily_sales, lead_time_days, "
             "safety_stock FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(sku text, name text, family text, "
             "size text, colour text, category text, packing_class text, weight_g int, length_mm int, "
             "width_mm int, height_mm int, hs_code text, origin_country text, customs_description text, "
             "declared_value_minor bigint, currency text, restriction_tags text, is_bundle int, "
             "daily_sales float8, lead_time_days int, safety_stock int) ON CONFLICT DO NOTHING")},
        {"barcodes",
         QStringLiteral("SELECT code, sku, quantity, kind FROM barcode"),
         QStringLiteral("INSERT INTO master.barcode (code, sku, quantity, kind) SELECT code, sku, quantity, kind FROM "
                        "jsonb_to_recordset(CAST(? AS jsonb)) AS x(code text, sku text, quantity int, kind text) ON "
                        "CONFLICT DO NOTHING")},
        {"locations",
         QStringLiteral("SELECT id, warehouse_id, code, zone, pick_sequence, kind FROM location"),
         QStringLiteral("INSERT INTO master.location (id, warehouse_id, code, zone, pick_sequence, kind) SELECT id, "
                        "warehouse_id, code, zone, pick_sequence, kind FROM jsonb_to_recordset(CAST(? AS jsonb)) AS "
                        "x(id bigint, warehouse_id text, code text, zone text, pick_sequence int, kind text) ON "
                        "CONFLICT DO NOTHING")},
        {"stock",
         QStringLiteral("SELECT sku, location_id, on_hand, reserved, inbound, hold FROM stock"),
         QStringLiteral("INSERT INTO master.stock (sku, location_id, on_hand, reserved, inbound, hold) SELECT sku, "
                        "location_id, on_hand, reserved, inbound, hold FROM jsonb_to_recordset(CAST(? AS jsonb)) AS "
                        "x(sku text, location_id bigint, on_hand int, reserved int, inbound int, hold int) ON "
                        "CONFLICT DO NOTHING")},
    };
    QJsonObject counts;
    for (const Table& t : tables) {
        if (!m_owner.transaction())
            return fail(Error::Code::QueryFailed, m_owner.lastError().text(), QStringLiteral("seed"));
        auto copied = copy(t.select, t.insert);
        if (!copied) {
            m_owner.rollback();
            return std::unexpected(copied.error());
        }
        if (!m_owner.commit())
            return fail(Error::Code::QueryFailed, m_owner.lastError().text(), QStringLiteral("seed"));
        counts.insert(QLatin1String(t.name), *copied);
    }
    return counts;
}

} // namespace wf::sync
