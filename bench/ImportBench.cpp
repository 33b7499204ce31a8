#include "ImportBench.h"

#include <chrono>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include "sync/CsvImport.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterUrl.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

PGconn* postgresHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    const char* type = handle.isValid() ? handle.typeName() : "";
    if (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

Result<void> exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(Error::Code::QueryFailed, q.lastError().text(), sql.left(80));
    return {};
}

/// The baseline: the same rows COPYed into a table of the target's shape, nothing checked.
Result<double> bareCopy(const QSqlDatabase& db, const QString& table, const QByteArray& csv)
{
    PGconn* conn = postgresHandle(db);
    if (!conn)
        return fail(Error::Code::QueryFailed, QStringLiteral("no libpq connection under QPSQL"));
    const auto start = Clock::now();
    const QByteArray sql = "COPY " + table.toUtf8() + " FROM STDIN (FORMAT csv)";
    PGresult* begun = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(begun) == PGRES_COPY_IN;
    PQclear(begun);
    if (!copying)
        return fail(Error::Code::QueryFailed, QString::fromUtf8(PQerrorMessage(conn)), table);
    if (PQputCopyData(conn, csv.constData(), int(csv.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
        return fail(Error::Code::QueryFailed, QString::fromUtf8(PQerrorMessage(conn)), table);
    PGresult* done = PQgetResult(conn);
    const bool ok = PQresultStatus(done) == PGRES_COMMAND_OK;
    PQclear(done);
    while (PGresult* more = PQgetResult(conn))
        PQclear(more);
    if (!ok)
        return fail(Error::Code::QueryFailed, QString::fromUtf8(PQerrorMessage(conn)), table);
    return secondsSince(start);
}

/// The rows an import must write, COPYed into the master's own tables — with their keys, foreign
/// keys, triggers and change feed, but nothing checked and nothing reserved — then rolled back:
/// how close to a bare COPY any import that feeds stations can come.
Result<double> copyIntoMasterTables(const QSqlDatabase& db, const QList<std::pair<QString, QByteArray>>& tables)
{
    if (auto begun = exec(db, QStringLiteral("BEGIN")); !begun)
        return std::unexpected(begun.error());
    double seconds = 0;
    for (const auto& [table, csv] : tables) {
        auto copied = bareCopy(db, table, csv);
        if (!copied) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            return copied;
        }
        seconds += *copied;
    }
    if (auto undone = exec(db, QStringLiteral("ROLLBACK")); !undone)
        return std::unexpected(undone.error());
    return seconds;
}

QJsonObject figures(int rows, double imported, double copied, double written)
{
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("import_s"), imported},
            {QStringLiteral("import_rows_per_s"), rows / imported},
            {QStringLiteral("copy_s"), copied},
            {QStringLiteral("copy_rows_per_s"), rows / copied},
            {QStringLiteral("ratio"), copied / imported},
            {QStringLiteral("target"), 0.25},
            // The same rows COPYed into the master's tables unchecked: the writes alone, beside the bare COPY.
            {QStringLiteral("master_tables_copy_s"), written},
            {QStringLiteral("master_tables_ratio"), copied / written},
            {QStringLiteral("import_to_master_tables_ratio"), written / imported}};
}

} // namespace

Result<QJsonObject> ImportBench::run(const QString& ownerUrl, int products, int orderLines)
{
    auto owner = sync::MasterUrl::parse(ownerUrl);
    if (!owner)
        return std::unexpected(owner.error());
    QTemporaryDir scratch;
    const QString tag = QStringLiteral("IMP%1").arg(QCoreApplication::applicationPid());
    const QString warehouse = QStringLiteral("WH-") + tag;
    QJsonObject result;
    {
        QSqlDatabase db = owner->connection(QStringLiteral("import-bench"));
        if (!db.open())
            return fail(Error::Code::QueryFailed, db.lastError().text(), owner->redacted());
        sync::MasterAdmin admin(db);
        if (auto migrated = admin.migrate(); !migrated)
            return std::unexpected(migrated.error());
        if (auto added = admin.addWarehouse({warehouse,
                                             QStringLiteral("Import bench"),
                                             QStringLiteral("DE"),
                                             QString(),
                                             QStringLiteral("Europe/Berlin"),
                                             QStringLiteral("EUR"),
                                             QString()});
            !added)
            return std::unexpected(added.error());

        // Products: a Shopify-style file, and the same rows as the table's own CSV for COPY.
        const QString productFile = scratch.filePath(QStringLiteral("products.csv"));
        QByteArray shop = "Handle,Title,Option1 Value,Variant SKU,Variant Grams,Variant Barcode,HS Code,"
                          "Country of Origin,Variant Price\n";
        QByteArray bare;
        QByteArray realProducts; // other SKUs and barcodes, for the master's own tables
        QByteArray realBarcodes;
        shop.reserve(qsizetype(products) * 90);
        bare.reserve(qsizetype(products) * 120);
        for (int i = 0; i < products; ++i) {
            const QByteArray sku = tag.toLatin1() + "-P" + QByteArray::number(i);
            const QByteArray gtin = QByteArray::number(4000000000000LL + i);
            shop += "h" + QByteArray::number(i / 3) + ",Product " + QByteArray::number(i) + ",V"
                    + QByteArray::number(i % 3) + ',' + sku + ",350," + gtin + ",691200,PT,12.50\n";
            // "" is an empty text for COPY (an empty field would be NULL).
            bare += sku + ",Product " + QByteArray::number(i) + ",\"\",V" + QByteArray::number(i % 3)
                    + ",\"\",\"\",standard,350,0,0,0,691200,PT,Product,1250,EUR,\"\",false,0,0,0,false\n";
            realProducts += 'W' + sku + ",Product " + QByteArray::number(i) + ",V" + QByteArray::number(i % 3)
                            + ",350,691200,PT,Product,1250\n";
            realBarcodes += QByteArray::number(5000000000000LL + i) + ",W" + sku + '\n';
        }
        QFile f(productFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(shop) != shop.size())
            return fail(Error::Code::IoFailed, f.errorString(), productFile);
        f.close();
        auto start = Clock::now();
        auto imported = sync::CsvImport(db).products(productFile);
        if (!imported)
            return std::unexpected(imported.error());
        const double importSeconds = secondsSince(start);
        if (imported->imported != products)
            return fail(Error::Code::QueryFailed,
                        QStringLiteral("%1 of %2 products imported").arg(imported->imported).arg(products));
        if (auto ok =
                exec(db, QStringLiteral("CREATE TEMP TABLE bare_product (LIKE master.product INCLUDING DEFAULTS)"));
            !ok)
            return std::unexpected(ok.error());
        auto copied = bareCopy(db, QStringLiteral("bare_product"), bare);
        if (!copied)
            return std::unexpected(copied.error());
        auto written = copyIntoMasterTables(
            db,
            {{QStringLiteral("master.product (sku, name, size, weight_g, hs_code, origin_country, customs_description, "
                             "declared_value_minor)"),
              realProducts},
             {QStringLiteral("master.barcode (code, sku)"), realBarcodes}});
        if (!written)
            return std::unexpected(written.error());
        result.insert(QStringLiteral("products"), figures(products, importSeconds, *copied, *written));

        // Orders: four lines each over 1,000 SKUs at 10 pick faces with room for all of them.
        const int skus = std::min(products, 1000);
        QStringList bins = {QStringLiteral("[")};
        for (int b = 0; b < 10; ++b)
            bins << QStringLiteral("%1{\"code\": \"P-%2\", \"kind\": \"pick\", \"sequence\": \"%2\"}")
                        .arg(b == 0 ? QString() : QStringLiteral(","))
                        .arg(b);
        bins << QStringLiteral("]");
        QStringList stock = {QStringLiteral("[")};
        for (int i = 0; i < skus; ++i)
            stock << QStringLiteral("%1{\"sku\": \"%2-P%3\", \"bin\": \"P-%4\", \"on_hand\": \"1000000\"}")
                         .arg(i == 0 ? QString() : QStringLiteral(","), tag)
                         .arg(i)
                         .arg(i % 10);
        stock << QStringLiteral("]");
        for (const auto& [call, rows] :
             {std::pair{QStringLiteral("SELECT master.import_locations(?, CAST(? AS jsonb))"), bins.join(QString())},
              std::pair{QStringLiteral("SELECT master.import_stock(?, CAST(? AS jsonb), 'bench')"),
                        stock.join(QString())}}) {
            QSqlQuery q(db);
            q.prepare(call);
            q.addBindValue(warehouse);
            q.addBindValue(rows);
            if (!q.exec())
                return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("import bench setup"));
        }
        const QString orderFile = scratch.filePath(QStringLiteral("orders.csv"));
        QByteArray orders = "Name,Created at,Lineitem quantity,Lineitem price,Lineitem sku,Shipping Name,"
                            "Shipping Address1,Shipping City,Shipping Zip,Shipping Country\n";
        QByteArray bareLines;
        QByteArray realOrders;
        QByteArray realLines;
        QByteArray realShipments;
        QByteArray realShipmentLines;
        for (int i = 0; i < orderLines; ++i) {
            const QByteArray id = '#' + tag.toLatin1() + '-' + QByteArray::number(i / 4);
            const QByteArray sku = tag.toLatin1() + "-P" + QByteArray::number((i * 7) % skus);
            orders += id + ",2026-11-30 09:12:40 +0100,1,12.50," + sku
                      + ",Jonas Richter,Karl-Heine-Str. 12,Leipzig,04229,Germany\n";
            bareLines += id + ',' + QByteArray::number(i % 4 + 1) + ',' + sku + ",1,1250,false,\n";
            const QByteArray other = 'W' + id;
            if (i % 4 == 0) {
                realOrders +=
                    other + ',' + warehouse.toUtf8() + ",DE,Jonas Richter,Karl-Heine-Str. 12,Leipzig,04229,EUR\n";
                realShipments += other + "-1," + other + ',' + warehouse.toUtf8() + '\n';
            }
            realLines += other + ',' + QByteArray::number(i % 4 + 1) + ',' + sku + ",1,1250\n";
            realShipmentLines += other + "-1," + QByteArray::number(i % 4 + 1) + ',' + sku + ",1\n";
        }
        QFile o(orderFile);
        if (!o.open(QIODevice::WriteOnly) || o.write(orders) != orders.size())
            return fail(Error::Code::IoFailed, o.errorString(), orderFile);
        o.close();
        start = Clock::now();
        auto ordered = sync::CsvImport(db).orders(orderFile, warehouse);
        if (!ordered)
            return std::unexpected(ordered.error());
        const double orderSeconds = secondsSince(start);
        if (ordered->counts.value(QStringLiteral("lines")).toInt() != orderLines)
            return fail(Error::Code::QueryFailed,
                        QStringLiteral("%1 of %2 order lines imported")
                            .arg(ordered->counts.value(QStringLiteral("lines")).toInt())
                            .arg(orderLines));
        if (auto ok =
                exec(db,
                     QStringLiteral("CREATE TEMP TABLE bare_order_line (order_id text, line_no integer, sku text, "
                                    "quantity integer, unit_value_minor bigint, non_stock boolean, "
                                    "reserved_location_id bigint)"));
            !ok)
            return std::unexpected(ok.error());
        auto copiedLines = bareCopy(db, QStringLiteral("bare_order_line"), bareLines);
        if (!copiedLines)
            return std::unexpected(copiedLines.error());
        auto writtenOrders = copyIntoMasterTables(
            db,
            {{QStringLiteral("master.orders (id, warehouse_id, destination_country, customer_name, address_line, "
                             "city, postal_code, currency)"),
              realOrders},
             {QStringLiteral("master.order_line (order_id, line_no, sku, quantity, unit_value_minor)"), realLines},
             {QStringLiteral("master.shipment (id, order_id, warehouse_id)"), realShipments},
             {QStringLiteral("master.shipment_line (shipment_id, line_no, sku, quantity)"), realShipmentLines}});
        if (!writtenOrders)
            return std::unexpected(writtenOrders.error());
        QJsonObject orderFigures = figures(orderLines, orderSeconds, *copiedLines, *writtenOrders);
        orderFigures.insert(QStringLiteral("orders"), ordered->imported);
        orderFigures.insert(QStringLiteral("backordered"), ordered->counts.value(QStringLiteral("backordered")));
        result.insert(QStringLiteral("order_lines"), orderFigures);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("import-bench"));
    result.insert(QStringLiteral("master"), owner->redacted());
    return result;
}

} // namespace wf::bench
