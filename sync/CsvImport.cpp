#include "sync/CsvImport.h"

#include <functional>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "common/Countries.h"
#include "sync/CsvTable.h"

namespace wf::sync {

namespace {

/// An order's destination as the shop wrote it, resolved to its ISO code (UK, EIRE, "United States
/// of America" …), or why not: the last non-empty country row of the order decides.
void noteCountry(const QString& order,
                 const QString& written,
                 QHash<QString, QString>& countryOf,
                 QHash<QString, QString>& countryProblem)
{
    const Result<QString> code = countries::resolve(written);
    if (code) {
        countryOf.insert(order, *code);
        countryProblem.remove(order);
        return;
    }
    countryOf.remove(order);
    countryProblem.insert(order, QStringLiteral("country %1").arg(code.error().detail));
}

/// Column index by any of its accepted names (case-insensitive); -1 when absent.
int column(const QStringList& header, std::initializer_list<const char*> names)
{
    for (int i = 0; i < header.size(); ++i)
        for (const char* name : names)
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

QString field(const QStringList& row, int index)
{
    const QString value = index >= 0 ? row.value(index).trimmed() : QString();
    return value.isNull() ? QStringLiteral("") : value; // a null string would bind as SQL NULL
}

/// "column 5 (Variant Grams)" for a report.
QString columnLabel(const QStringList& header, int index)
{
    return QStringLiteral("column %1 (%2)").arg(index + 1).arg(header.value(index).trimmed());
}

/// Runs `write` in a savepoint: a row that fails leaves the rows before it.
QString inSavepoint(const QSqlDatabase& db, const std::function<QString()>& write)
{
    QSqlQuery(db).exec(QStringLiteral("SAVEPOINT import_row"));
    const QString problem = write();
    QSqlQuery(db).exec(problem.isEmpty() ? QStringLiteral("RELEASE import_row")
                                         : QStringLiteral("ROLLBACK TO import_row"));
    return problem;
}

} // namespace

QJsonObject CsvImport::Report::toJson() const
{
    QJsonArray bad;
    for (const auto& r : rejected) {
        QJsonObject one{{QStringLiteral("line"), r.line}, {QStringLiteral("error"), r.reason}};
        if (r.column > 0)
            one.insert(QStringLiteral("column"), r.column);
        bad.append(one);
    }
    QJsonObject report{{QStringLiteral("imported"), imported}, {QStringLiteral("rejected"), bad}};
    if (unchanged >= 0)
        report.insert(QStringLiteral("unchanged"), unchanged);
    if (!notes.isEmpty())
        report.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return report;
}

CsvImport::CsvImport(QSqlDatabase owner)
    : m_db(std::move(owner))
{}

Result<CsvImport::Report> CsvImport::products(const QString& path)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    const auto& rows = *read;
    const QStringList header = rows.first().fields;
    const int sku = column(header, {"Variant SKU", "SKU"});
    const int name = column(header, {"Title", "Name"});
    const int variant = column(header, {"Option1 Value", "Variant"});
    const int barcode = column(header, {"Variant Barcode", "Barcode"});
    const int grams = column(header, {"Variant Grams", "Weight", "Weight g"});
    const int hs = column(header, {"HS Code", "Variant HS Code"});
    const int origin = column(header, {"Country of Origin", "Variant Country of Origin", "Origin"});
    const int price = column(header, {"Variant Price", "Price"});
    if (sku < 0 || name < 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("the header needs a SKU and a title column"), path);
    static const QRegularExpression hsCode(QStringLiteral("^\\d{6,10}$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{8,14}$"));
    static const QRegularExpression money(QStringLiteral("^\\d{1,9}(\\.\\d{1,2})?$"));
    Report report;
    if (!m_db.transaction())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("import products"));
    QString lastTitle;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const int line = rows[r].line;
        const QStringList& row = rows[r].fields;
        if (!rows[r].problem.isEmpty()) {
            report.rejected.append({line, rows[r].problemColumn, rows[r].problem});
            continue;
        }
        // Shopify repeats the title only on a product's first variant row.
        const QString title = field(row, name).isEmpty() ? lastTitle : field(row, name);
        lastTitle = title;
        QString problem;
        int at = -1; // the column the problem is in; -1: the row as a whole
        bool ok = true;
        const int weight = field(row, grams).isEmpty() ? 0 : field(row, grams).toInt(&ok);
        const Result<QString> originCode =
            field(row, origin).isEmpty() ? Result<QString>(field(row, origin)) : countries::resolve(field(row, origin));
        if (field(row, sku).isEmpty())
            problem = QStringLiteral("no SKU"), at = sku;
        else if (title.isEmpty())
            problem = QStringLiteral("no title"), at = name;
        else if (!ok || weight < 0)
            problem = QStringLiteral("weight '%1' is not whole grams").arg(field(row, grams)), at = grams;
        else if (!field(row, hs).isEmpty() && !hsCode.match(field(row, hs).remove(QLatin1Char('.'))).hasMatch())
            problem = QStringLiteral("HS code '%1' needs 6 to 10 digits").arg(field(row, hs)), at = hs;
        else if (!originCode)
            problem = QStringLiteral("origin %1").arg(originCode.error().detail), at = origin;
        else if (!field(row, barcode).isEmpty() && !digits.match(field(row, barcode)).hasMatch())
            problem = QStringLiteral("barcode '%1' is not 8 to 14 digits").arg(field(row, barcode)), at = barcode;
        else if (!field(row, price).isEmpty() && !money.match(field(row, price)).hasMatch())
            problem = QStringLiteral("price '%1' is not an amount").arg(field(row, price)), at = price;
        if (!problem.isEmpty())
            problem = columnLabel(header, at) + QStringLiteral(": ") + problem;
        if (problem.isEmpty())
            problem = inSavepoint(m_db, [&] {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral(
                    "INSERT INTO master.product (sku, name, size, weight_g, hs_code, origin_country, "
                    "declared_value_minor) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku) DO UPDATE SET name = "
                    "EXCLUDED.name, size = EXCLUDED.size, weight_g = EXCLUDED.weight_g, hs_code = EXCLUDED.hs_code, "
                    "origin_country = EXCLUDED.origin_country, declared_value_minor = EXCLUDED.declared_value_minor"));
                q.addBindValue(field(row, sku));
                q.addBindValue(title);
                q.addBindValue(field(row, variant));
                q.addBindValue(weight);
                q.addBindValue(field(row, hs).remove(QLatin1Char('.')));
                q.addBindValue(*originCode);
                q.addBindValue(qint64(qRound64(field(row, price).toDouble() * 100)));
                if (!q.exec())
                    return q.lastError().databaseText();
                if (field(row, barcode).isEmpty())
                    return QString();
                QSqlQuery b(m_db);
                b.prepare(
                    QStringLiteral("INSERT INTO master.barcode (code, sku, quantity, kind) VALUES (?, ?, 1, 'gtin') "
                                   "ON CONFLICT (code) DO UPDATE SET sku = EXCLUDED.sku"));
                b.addBindValue(field(row, barcode));
                b.addBindValue(field(row, sku));
                return b.exec() ? QString() : b.lastError().databaseText();
            });
        if (problem.isEmpty())
            ++report.imported;
        else
            report.rejected.append({line, at + 1, problem});
    }
    if (!m_db.commit())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("import products"));
    return report;
}

Result<CsvImport::Report> CsvImport::orders(const QString& path, const QString& warehouseId)
{
    {
        QSqlQuery known(m_db);
        known.prepare(QStringLiteral("SELECT 1 FROM master.warehouse WHERE id = ?"));
        known.addBindValue(warehouseId);
        if (!known.exec())
            return fail(Error::Code::QueryFailed, known.lastError().text(), QStringLiteral("import orders"));
        if (!known.next())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("warehouse '%1' is not on the master (a warehouse comes with its first "
                                       "station: floorctl master add-station ID --warehouse %1)")
                            .arg(warehouseId),
                        path);
    }
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    const auto& rows = *read;
    const QStringList header = rows.first().fields;
    const int order = column(header, {"Name", "Order", "Order ID"});
    const int country = column(header, {"Shipping Country", "Country"});
    const int sku = column(header, {"Lineitem sku", "SKU"});
    const int quantity = column(header, {"Lineitem quantity", "Quantity"});
    const QList<int> address = {column(header, {"Shipping Name", "Name on label", "Customer"}),
                                column(header, {"Shipping Address1", "Address"}),
                                column(header, {"Shipping City", "City"}),
                                column(header, {"Shipping Zip", "Postal code", "Zip"})};
    if (order < 0 || sku < 0 || quantity < 0)
        return fail(
            Error::Code::InvalidInput, QStringLiteral("the header needs order, SKU and quantity columns"), path);
    Report report;
    if (!m_db.transaction())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("import orders"));
    QHash<QString, QString> countryOf;      // Shopify writes the address on an order's first row only
    QHash<QString, QString> countryProblem; // why an order's country was refused
    QHash<QString, QStringList> addressOf;
    QHash<QString, int> lineNo;
    QHash<QString, QString> warehouseOf; // orders the master already holds, and where
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const int line = rows[r].line;
        const QStringList& row = rows[r].fields;
        if (!rows[r].problem.isEmpty()) {
            report.rejected.append({line, rows[r].problemColumn, rows[r].problem});
            continue;
        }
        const QString id = field(row, order);
        if (!field(row, country).isEmpty())
            noteCountry(id, field(row, country), countryOf, countryProblem);
        if (!addressOf.contains(id)) {
            QStringList parts;
            for (int c : address)
                parts << field(row, c);
            addressOf.insert(id, parts);
        }
        if (!id.isEmpty() && !warehouseOf.contains(id)) {
            QSqlQuery held(m_db);
            held.prepare(QStringLiteral("SELECT warehouse_id FROM master.orders WHERE id = ?"));
            held.addBindValue(id);
            if (!held.exec())
                return fail(Error::Code::QueryFailed, held.lastError().text(), QStringLiteral("import orders"));
            warehouseOf.insert(id, held.next() ? held.value(0).toString() : warehouseId);
        }
        bool ok = false;
        const int qty = field(row, quantity).toInt(&ok);
        QString problem;
        int at = -1;
        if (id.isEmpty())
            problem = QStringLiteral("no order id"), at = order;
        else if (warehouseOf.value(id) != warehouseId)
            problem = QStringLiteral("order '%1' is warehouse %2's on the master, not %3's; it is not changed")
                          .arg(id, warehouseOf.value(id), warehouseId),
            at = order;
        else if (countryProblem.contains(id))
            problem = countryProblem.value(id), at = country;
        else if (!countryOf.contains(id))
            problem = QStringLiteral("no country: give the destination's ISO 3166-1 code"), at = country;
        else if (field(row, sku).isEmpty())
            problem = QStringLiteral("no SKU"), at = sku;
        else if (!ok || qty < 1)
            problem = QStringLiteral("quantity '%1' is not a whole number above zero").arg(field(row, quantity)),
            at = quantity;
        if (!problem.isEmpty())
            problem = columnLabel(header, at) + QStringLiteral(": ") + problem;
        if (problem.isEmpty())
            problem = inSavepoint(m_db, [&] {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral(
                    "INSERT INTO master.orders (id, warehouse_id, channel, destination_country, customer_name, "
                    "address_line, city, postal_code) VALUES (?, ?, 'import', ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                    "NOTHING"));
                q.addBindValue(id);
                q.addBindValue(warehouseId);
                q.addBindValue(countryOf.value(id));
                for (const QString& part : addressOf.value(id))
                    q.addBindValue(part);
                if (!q.exec())
                    return q.lastError().databaseText();
                QSqlQuery s(m_db);
                s.prepare(QStringLiteral("INSERT INTO master.shipment (id, order_id, warehouse_id) VALUES (?, ?, ?) "
                                         "ON CONFLICT (id) DO NOTHING"));
                s.addBindValue(QString(id + QStringLiteral("-1")));
                s.addBindValue(id);
                s.addBindValue(warehouseId);
                if (!s.exec())
                    return s.lastError().databaseText();
                QSqlQuery l(m_db);
                l.prepare(
                    QStringLiteral("INSERT INTO master.order_line (order_id, line_no, sku, quantity) VALUES (?, ?, "
                                   "?, ?) ON CONFLICT (order_id, line_no) DO UPDATE SET sku = EXCLUDED.sku, "
                                   "quantity = EXCLUDED.quantity"));
                l.addBindValue(id);
                l.addBindValue(lineNo.value(id) + 1);
                l.addBindValue(field(row, sku));
                l.addBindValue(qty);
                if (!l.exec())
                    return l.lastError().databaseText().contains(QStringLiteral("foreign key"))
                               ? QStringLiteral("SKU '%1' is not a product of the master").arg(field(row, sku))
                               : l.lastError().databaseText();
                // One package per imported order: its lines are the order's.
                QSqlQuery sl(m_db);
                sl.prepare(QStringLiteral(
                    "INSERT INTO master.shipment_line (shipment_id, line_no, sku, quantity) VALUES (?, ?, ?, ?) ON "
                    "CONFLICT (shipment_id, line_no) DO UPDATE SET sku = EXCLUDED.sku, quantity = EXCLUDED.quantity"));
                sl.addBindValue(QString(id + QStringLiteral("-1")));
                sl.addBindValue(lineNo.value(id) + 1);
                sl.addBindValue(field(row, sku));
                sl.addBindValue(qty);
                return sl.exec() ? QString() : sl.lastError().databaseText();
            });
        if (problem.isEmpty()) {
            ++report.imported;
            lineNo[id] += 1;
        } else {
            report.rejected.append({line, at + 1, problem});
        }
    }
    if (!m_db.commit())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("import orders"));
    return report;
}

} // namespace wf::sync
