// The floor's own files: bins, opening stock and operators. Each is read here into JSON rows (a
// field per accepted column, the file's line with each) and handed to the master function of the
// same name, which checks every field itself and answers every refused row with its field; the
// report names the line, the column and the reason.

#include <algorithm>
#include <vector>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "db/PinHash.h"
#include "sync/CsvImport.h"
#include "sync/CsvTable.h"

namespace wf::sync {

namespace {

/// One field of an import and the column names it is accepted under (the first is the plain one).
struct Field
{
    const char* key;
    std::vector<const char*> names;
    bool required = false;
    const char* meaning = "";
};

const std::vector<Field>& locationFields()
{
    static const std::vector<Field> fields = {
        {"code", {"Bin", "Code", "Bin code", "Location code", "Bin name"}, true, "the bin's code, as its label says"},
        {"zone", {"Zone", "Area", "Aisle"}, false, "the bin's zone (empty: none)"},
        {"kind", {"Kind", "Type", "Bin type"}, true, "pick, bulk, staging, receiving, returns or hold"},
        {"sequence",
         {"Sequence", "Walking sequence", "Pick sequence", "Walk order"},
         true,
         "the bin's place in the walking order, a whole number"},
        {"capacity", {"Capacity", "Capacity units", "Max units"}, false, "how many units fit (empty: no limit)"},
        {"min", {"Min", "Pick min", "Minimum", "Replenish at"}, false, "pick face: replenish at or below this"},
        {"max", {"Max", "Pick max", "Maximum", "Fill to"}, false, "pick face: replenish up to this"},
    };
    return fields;
}

const std::vector<Field>& stockFields()
{
    static const std::vector<Field> fields = {
        {"sku", {"SKU", "Variant SKU", "Item"}, true, "the product"},
        {"bin", {"Bin", "Bin code", "Bin name", "Location code"}, false, "the bin (else --bin CODE)"},
        {"location", {"Location", "Shop location"}, false, "Shopify's location: a place, not a bin (see --location)"},
        {"on_hand_new", {"On hand (new)"}, false, "Shopify: the new on-hand figure, when given"},
        {"on_hand",
         {"On hand", "On hand (current)", "Quantity", "Qty", "Stock"},
         false,
         "units in the bin, held ones included"},
        {"available", {"Available"}, false, "Shopify: used when no on-hand column is there"},
        {"hold", {"Hold", "Unavailable", "Damaged"}, false, "units in the bin that may not be sold (default 0)"},
    };
    return fields;
}

const std::vector<Field>& operatorFields()
{
    static const std::vector<Field> fields = {
        {"badge", {"Badge", "Badge ID", "ID"}, true, "what the badge's barcode holds"},
        {"name", {"Name", "Operator", "Full name"}, true, "the name the floor sees"},
        {"roles", {"Roles", "Role"}, true, "picker, packer, returns, supervisor; several comma-separated"},
        {"language", {"Language", "Lang"}, false, "en or de (default en)"},
        {"pin", {"PIN"}, false, "4 to 12 digits, hashed by floorctl; a supervisor needs one"},
        {"warehouse", {"Warehouse"}, false, "the operator's warehouse (empty: every warehouse)"},
    };
    return fields;
}

// Products and orders are read in CsvImport.cpp; their columns, for the help.
const std::vector<Field>& productFields()
{
    static const std::vector<Field> fields = {
        {"sku", {"Variant SKU", "SKU"}, true, "the product's SKU"},
        {"name", {"Title", "Name"}, true, "its name (Shopify: on a product's first variant row)"},
        {"variant", {"Option1 Value", "Variant"}, false, "the variant (size)"},
        {"barcode", {"Variant Barcode", "Barcode"}, false, "its GTIN, 8 to 14 digits"},
        {"weight", {"Variant Grams", "Weight", "Weight g"}, false, "whole grams"},
        {"hs", {"HS Code", "Variant HS Code"}, false, "6 to 10 digits"},
        {"origin", {"Country of Origin", "Variant Country of Origin", "Origin"}, false, "ISO code or English name"},
        {"price", {"Variant Price", "Price"}, false, "the declared value, e.g. 12.50"},
    };
    return fields;
}

const std::vector<Field>& orderFields()
{
    static const std::vector<Field> fields = {
        {"order", {"Name", "Order", "Order ID"}, true, "the order's id (Shopify: #1001)"},
        {"country", {"Shipping Country", "Country"}, true, "ISO code, English name or a common alias (UK, USA)"},
        {"sku", {"Lineitem sku", "SKU"}, true, "the line's product"},
        {"quantity", {"Lineitem quantity", "Quantity"}, true, "a whole number above zero"},
        {"customer", {"Shipping Name", "Name on label", "Customer"}, false, "who the parcel is for"},
        {"address", {"Shipping Address1", "Address"}, false, "the street"},
        {"city", {"Shipping City", "City"}, false, ""},
        {"zip", {"Shipping Zip", "Postal code", "Zip"}, false, ""},
    };
    return fields;
}

/// A header name as compared: letter case, runs of spaces and Shopify's "(not editable)" aside.
QString normalized(const QString& name)
{
    static const QRegularExpression notEditable(QStringLiteral("\\(not editable\\)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString n = name;
    n.remove(notEditable);
    return n.simplified().toLower();
}

/// Where each field is in a file's header (-1: absent), and the columns no field takes.
struct Layout
{
    QHash<QString, int> at;
    QStringList ignored;
    QStringList header;

    int column(const QString& key) const { return at.value(key, -1); }
    QString value(const QStringList& row, const QString& key) const
    {
        const int i = column(key);
        return i >= 0 ? row.value(i).trimmed() : QString();
    }
};

Result<Layout> layoutOf(const QStringList& header, const std::vector<Field>& fields, const QString& path)
{
    Layout layout;
    layout.header = header;
    QSet<int> taken;
    QStringList missing;
    for (const Field& f : fields) {
        for (const char* name : f.names) {
            const auto found = std::find_if(header.begin(), header.end(), [&](const QString& h) {
                return normalized(h) == normalized(QString::fromUtf8(name));
            });
            if (found != header.end()) {
                layout.at.insert(QLatin1String(f.key), int(found - header.begin()));
                taken.insert(int(found - header.begin()));
                break;
            }
        }
        if (f.required && !layout.at.contains(QLatin1String(f.key))) {
            QStringList names;
            for (const char* name : f.names)
                names << QString::fromUtf8(name);
            missing << names.join(QStringLiteral(" / "));
        }
    }
    if (!missing.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the header has no column for %1 (floorctl master import --help lists the "
                                   "accepted columns)")
                        .arg(missing.join(QStringLiteral("; "))),
                    path);
    for (int i = 0; i < header.size(); ++i)
        if (!taken.contains(i) && !header[i].trimmed().isEmpty())
            layout.ignored << header[i].trimmed();
    return layout;
}

QString columnName(const Layout& layout, int index)
{
    return QStringLiteral("column %1 (%2)").arg(index + 1).arg(layout.header.value(index).trimmed());
}

/// A refusal of this side (before the master saw the row), in the report's form.
CsvImport::Report::Rejection refusal(const Layout& layout, int line, const QString& key, const QString& reason)
{
    const int at = layout.column(key);
    return {line, at + 1, at >= 0 ? columnName(layout, at) + QStringLiteral(": ") + reason : reason};
}

/// Calls an import function of the master with the rows and reads its answer into the report;
/// `fieldKey` maps the master's field names to this file's fields.
Result<void> callMaster(const QSqlDatabase& db,
                        const QString& sql,
                        const QVariantList& binds,
                        const Layout& layout,
                        const QHash<QString, QString>& fieldKey,
                        CsvImport::Report& report)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(Error::Code::InvalidInput, q.lastError().databaseText(), QStringLiteral("master"));
    const QJsonObject answer = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    report.imported = answer.value(QStringLiteral("imported")).toInt();
    report.unchanged = answer.value(QStringLiteral("unchanged")).toInt();
    for (const QJsonValue& v : answer.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString field = r.value(QStringLiteral("field")).toString();
        report.rejected.append(refusal(layout,
                                       r.value(QStringLiteral("line")).toInt(),
                                       fieldKey.value(field, field),
                                       r.value(QStringLiteral("error")).toString()));
    }
    std::stable_sort(report.rejected.begin(), report.rejected.end(), [](const auto& a, const auto& b) {
        return a.line < b.line;
    });
    return {};
}

QString compact(const QJsonArray& rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

void noteIgnored(const Layout& layout, CsvImport::Report& report)
{
    if (!layout.ignored.isEmpty())
        report.notes << QStringLiteral("columns not read: %1").arg(layout.ignored.join(QStringLiteral(", ")));
}

/// The rows of a file that CsvTable could read; the others go to the report.
QList<const CsvRow*> readableRows(const QList<CsvRow>& rows, CsvImport::Report& report)
{
    QList<const CsvRow*> usable;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (!rows[r].problem.isEmpty())
            report.rejected.append({rows[r].line, rows[r].problemColumn, rows[r].problem});
        else if (!(rows[r].fields.size() == 1 && rows[r].fields[0].trimmed().isEmpty()))
            usable.append(&rows[r]);
    }
    return usable;
}

/// The on-hand figure of a stock row: Shopify's "On hand (new)" when filled in, else the on-hand
/// column, else "Available".
QString onHandOf(const Layout& layout, const QStringList& row)
{
    for (const char* key : {"on_hand_new", "on_hand", "available"}) {
        const QString value = layout.value(row, QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("");
}

} // namespace

QStringList CsvImport::columnHelp(const QString& kind)
{
    const std::vector<Field>* fields = kind == QLatin1String("locations")   ? &locationFields()
                                       : kind == QLatin1String("stock")     ? &stockFields()
                                       : kind == QLatin1String("operators") ? &operatorFields()
                                       : kind == QLatin1String("products")  ? &productFields()
                                       : kind == QLatin1String("orders")    ? &orderFields()
                                                                            : nullptr;
    if (!fields)
        return {};
    QStringList lines;
    for (const Field& f : *fields) {
        QStringList names;
        for (const char* name : f.names)
            names << QString::fromUtf8(name);
        lines << QStringLiteral("  %1%2 — %3")
                     .arg(names.join(QStringLiteral(" | ")),
                          f.required ? QStringLiteral(" (required)") : QString(),
                          QString::fromUtf8(f.meaning));
    }
    return lines;
}

Result<CsvImport::Report> CsvImport::locations(const QString& path, const QString& warehouseId)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    auto layout = layoutOf(read->first().fields, locationFields(), path);
    if (!layout)
        return std::unexpected(layout.error());
    Report report;
    QJsonArray rows;
    for (const CsvRow* row : readableRows(*read, report)) {
        QJsonObject o{{QStringLiteral("line"), row->line}};
        for (const Field& f : locationFields())
            if (layout->column(QLatin1String(f.key)) >= 0)
                o.insert(QLatin1String(f.key), layout->value(row->fields, QLatin1String(f.key)));
        rows.append(o);
    }
    Report fromMaster;
    if (auto ok = callMaster(m_db,
                             QStringLiteral("SELECT master.import_locations(?, CAST(? AS jsonb))::text"),
                             {warehouseId, compact(rows)},
                             *layout,
                             {},
                             fromMaster);
        !ok)
        return std::unexpected(ok.error());
    fromMaster.rejected = report.rejected + fromMaster.rejected;
    noteIgnored(*layout, fromMaster);
    return fromMaster;
}

Result<CsvImport::Report> CsvImport::stock(const QString& path, const QString& warehouseId, const StockOptions& options)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    auto layout = layoutOf(read->first().fields, stockFields(), path);
    if (!layout)
        return std::unexpected(layout.error());
    if (layout->column(QStringLiteral("on_hand")) < 0 && layout->column(QStringLiteral("on_hand_new")) < 0
        && layout->column(QStringLiteral("available")) < 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the header has no column for the quantity (On hand, On hand (new), Quantity or "
                                   "Available)"),
                    path);
    Report report;
    const QList<const CsvRow*> usable = readableRows(*read, report);
    QStringList shopLocations;
    for (const CsvRow* row : usable) {
        const QString place = layout->value(row->fields, QStringLiteral("location"));
        if (!place.isEmpty() && !shopLocations.contains(place))
            shopLocations << place;
    }
    if (options.shopLocation.isEmpty() && shopLocations.size() > 1)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the file holds the stock of %1 shop locations (%2): give --location NAME for "
                                   "this warehouse's")
                        .arg(shopLocations.size())
                        .arg(shopLocations.join(QStringLiteral(", "))),
                    path);
    int otherPlace = 0;
    int notStocked = 0;
    QJsonArray rows;
    for (const CsvRow* row : usable) {
        const QString place = layout->value(row->fields, QStringLiteral("location"));
        if (!options.shopLocation.isEmpty() && place.compare(options.shopLocation, Qt::CaseInsensitive) != 0) {
            ++otherPlace;
            continue;
        }
        const QString onHand = onHandOf(*layout, row->fields);
        if (onHand.compare(QLatin1String("not stocked"), Qt::CaseInsensitive) == 0) {
            ++notStocked;
            continue;
        }
        const QString ownBin = layout->value(row->fields, QStringLiteral("bin"));
        const QString bin = ownBin.isEmpty() ? options.defaultBin : ownBin;
        if (bin.isEmpty()) {
            report.rejected.append(refusal(*layout,
                                           row->line,
                                           QStringLiteral("bin"),
                                           QStringLiteral("no bin: fill in the Bin column or give --bin CODE")));
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("line"), row->line},
                                {QStringLiteral("sku"), layout->value(row->fields, QStringLiteral("sku"))},
                                {QStringLiteral("bin"), bin},
                                {QStringLiteral("on_hand"), onHand},
                                {QStringLiteral("hold"), layout->value(row->fields, QStringLiteral("hold"))}});
    }
    const bool shopifyOnHand = layout->column(QStringLiteral("on_hand_new")) >= 0;
    const QString onHandKey = layout->column(QStringLiteral("on_hand")) >= 0 ? QStringLiteral("on_hand")
                              : shopifyOnHand                                ? QStringLiteral("on_hand_new")
                                                                             : QStringLiteral("available");
    Report fromMaster;
    if (auto ok = callMaster(m_db,
                             QStringLiteral("SELECT master.import_stock(?, CAST(? AS jsonb), ?)::text"),
                             {warehouseId, compact(rows), QFileInfo(path).fileName()},
                             *layout,
                             {{QStringLiteral("on_hand"), onHandKey}},
                             fromMaster);
        !ok)
        return std::unexpected(ok.error());
    fromMaster.rejected = report.rejected + fromMaster.rejected;
    std::stable_sort(fromMaster.rejected.begin(), fromMaster.rejected.end(), [](const auto& a, const auto& b) {
        return a.line < b.line;
    });
    if (otherPlace > 0)
        fromMaster.notes << QStringLiteral("%1 rows of other shop locations than %2: not read")
                                .arg(otherPlace)
                                .arg(options.shopLocation);
    if (notStocked > 0)
        fromMaster.notes << QStringLiteral("%1 rows 'not stocked' at their location: nothing to load").arg(notStocked);
    noteIgnored(*layout, fromMaster);
    return fromMaster;
}

Result<CsvImport::Report> CsvImport::operators(const QString& path)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    auto layout = layoutOf(read->first().fields, operatorFields(), path);
    if (!layout)
        return std::unexpected(layout.error());
    static const QRegularExpression pinShape(QStringLiteral("^[0-9]{4,12}$"));
    Report report;
    QJsonArray rows;
    for (const CsvRow* row : readableRows(*read, report)) {
        const QString pin = layout->value(row->fields, QStringLiteral("pin"));
        if (!pin.isEmpty() && !pinShape.match(pin).hasMatch()) {
            report.rejected.append(
                refusal(*layout, row->line, QStringLiteral("pin"), QStringLiteral("a PIN is 4 to 12 digits")));
            continue;
        }
        QJsonObject o{{QStringLiteral("line"), row->line}};
        for (const char* key : {"badge", "name", "roles", "language", "warehouse"})
            o.insert(QLatin1String(key), layout->value(row->fields, QLatin1String(key)));
        if (!pin.isEmpty())
            o.insert(QStringLiteral("pin_hash"), db::PinHash::make(pin));
        rows.append(o);
    }
    Report fromMaster;
    if (auto ok = callMaster(m_db,
                             QStringLiteral("SELECT master.import_operators(CAST(? AS jsonb))::text"),
                             {compact(rows)},
                             *layout,
                             {},
                             fromMaster);
        !ok)
        return std::unexpected(ok.error());
    fromMaster.rejected = report.rejected + fromMaster.rejected;
    std::stable_sort(fromMaster.rejected.begin(), fromMaster.rejected.end(), [](const auto& a, const auto& b) {
        return a.line < b.line;
    });
    noteIgnored(*layout, fromMaster);
    return fromMaster;
}

Result<CsvImport::Report> CsvImport::addOperator(const QJsonObject& fields, const QString& pin)
{
    static const QRegularExpression pinShape(QStringLiteral("^[0-9]{4,12}$"));
    if (!pin.isEmpty() && !pinShape.match(pin).hasMatch())
        return fail(Error::Code::InvalidInput, QStringLiteral("a PIN is 4 to 12 digits"), QStringLiteral("PIN"));
    QJsonObject row = fields;
    row.insert(QStringLiteral("line"), 1);
    if (!pin.isEmpty())
        row.insert(QStringLiteral("pin_hash"), db::PinHash::make(pin));
    Layout none;
    Report report;
    if (auto ok = callMaster(m_db,
                             QStringLiteral("SELECT master.import_operators(CAST(? AS jsonb))::text"),
                             {compact(QJsonArray{row})},
                             none,
                             {},
                             report);
        !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace wf::sync
