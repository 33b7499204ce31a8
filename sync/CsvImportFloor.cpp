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

#include "common/Countries.h"
#include "db/PinHash.h"
#include "sync/CsvColumns.h"
#include "sync/MasterErrors.h"

namespace wf::sync {

namespace {

using namespace csv;

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

const std::vector<Field>& trackingFields()
{
    static const std::vector<Field> fields = {
        {"shipment", {"Shipment", "Shipment ID", "Package"}, false, "the package (its shipment id), or:"},
        {"order", {"Order", "Name", "Order ID"}, false, "its order, when the order has one package"},
        {"tracking",
         {"Tracking number", "Tracking", "Fulfillment Tracking Number"},
         true,
         "the carrier's tracking number"},
        {"carrier", {"Carrier", "Tracking company", "Tracking Company"}, false, "the carrier (empty: kept)"},
        {"service", {"Service", "Shipping Method"}, false, "the carrier's service (empty: kept)"},
    };
    return fields;
}

const std::vector<Field>& returnFields()
{
    static const std::vector<Field> fields = {
        {"rma", {"RMA", "RMA ID", "Return ID", "Return"}, true, "the return's id; its rows are one RMA"},
        {"order", {"Order", "Order ID", "Name"}, true, "the order it returns from (of this warehouse)"},
        {"sku", {"SKU", "Lineitem sku"}, true, "a product of that order"},
        {"quantity", {"Quantity", "Qty"}, true, "at most what the order has left to return"},
        {"reason", {"Reason", "Return reason"}, false, "the customer's reason"},
        {"tracking", {"Tracking number", "Return tracking", "Tracking"}, false, "the parcel's return tracking number"},
    };
    return fields;
}

const std::vector<Field>& inboundFields()
{
    static const std::vector<Field> fields = {
        {"id",
         {"ASN", "ASN ID", "Notice", "PO", "PO number", "Purchase order"},
         true,
         "the notice's id (an advance shipping notice or a purchase order); its rows are one notice"},
        {"kind", {"Kind", "Type"}, false, "asn (the default) or po"},
        {"supplier", {"Supplier", "Vendor"}, false, "who sends it"},
        {"expected",
         {"Expected", "Expected date", "ETA", "Delivery date"},
         false,
         "the day it should come, YYYY-MM-DD"},
        {"sku", {"SKU", "Variant SKU"}, true, "a stocked product"},
        {"quantity", {"Quantity", "Qty", "Expected quantity"}, true, "units expected, 1 to 1000000"},
        {"lot", {"Lot", "Batch", "Lot number"}, false, "the lot, as its GS1 (10) says, at most 20 characters"},
        {"expiry", {"Expiry", "Expiry date", "Best before", "Use by"}, false, "the lot's expiry, YYYY-MM-DD"},
        {"sscc",
         {"SSCC", "Pallet SSCC", "Carton SSCC"},
         false,
         "the 18-digit SSCC of the pallet or carton that holds the line"},
    };
    return fields;
}

const std::vector<Field>& serviceFields()
{
    static const std::vector<Field> fields = {
        {"code", {"Code", "Service code", "Service"}, true, "the service's code, as labels and rules name it"},
        {"carrier", {"Carrier"}, true, "who takes the parcel"},
        {"name", {"Name"}, false, "the service's name"},
        {"destinations",
         {"Destinations", "Countries"},
         true,
         "the countries it goes to, comma-separated (codes or English names), or * for every country"},
        {"transit_days", {"Transit days", "Transit"}, false, "days on the way (default 2)"},
        {"cutoff", {"Cut-off", "Cutoff", "Cut off"}, false, "the day's last pick-up, HH:MM in the warehouse's time"},
        {"methods",
         {"Shop methods", "Shipping methods", "Methods"},
         false,
         "the shop's shipping methods it stands for, separated by ;"},
        {"default", {"Default"}, false, "yes: the service for its destinations when the method names none"},
    };
    return fields;
}

/// "Germany, AT, United Kingdom" as ISO codes; a name that is no country stays as written, and the
/// master refuses it.
QString destinationCodes(const QString& written)
{
    QStringList codes;
    for (const QString& part : written.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const Result<QString> code = name == QLatin1String("*") ? Result<QString>(name) : countries::resolve(name);
        codes << (code ? *code : name);
    }
    return codes.join(QLatin1Char(','));
}

// Products are read in CsvImport.cpp, orders in CsvImportOrders.cpp; the products' columns, for the help.
const std::vector<Field>& productFields()
{
    static const std::vector<Field> fields = {
        {"sku", {"Variant SKU", "SKU"}, true, "the product's SKU"},
        {"name", {"Title", "Name"}, true, "its name (Shopify: on a product's first variant row)"},
        {"variant", {"Option1 Value", "Variant"}, false, "the variant (size)"},
        {"barcode", {"Variant Barcode", "Barcode"}, false, "its GTIN, 8 to 14 digits"},
        {"weight", {"Variant Grams", "Weight", "Weight g"}, false, "whole grams"},
        {"hs", {"HS Code", "Variant HS Code"}, false, "6 to 10 digits"},
        {"origin",
         {"Country of Origin", "Variant Country of Origin", "Origin", "COO"},
         false,
         "ISO code or English name"},
        {"handle", {"Handle"}, false, "Shopify: groups a product's variant rows (a title carries within it)"},
        {"price", {"Variant Price", "Price"}, false, "the declared value, e.g. 12.50"},
        {"customs", {"Customs description"}, false, "what a customs form calls it (default: the title)"},
        {"non_stock",
         {"Non stock", "Variant Requires Shipping"},
         false,
         "a service, never picked: Non stock yes, or Requires Shipping FALSE"},
        {"inventory", {"Variant Inventory Qty"}, false, "loaded as opening stock with --warehouse W --bin CODE"},
        {"size", {"Length mm", "Width mm", "Height mm"}, false, "the packed item's size, whole millimetres"},
    };
    return fields;
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
                                       : kind == QLatin1String("tracking")  ? &trackingFields()
                                       : kind == QLatin1String("returns")   ? &returnFields()
                                       : kind == QLatin1String("inbound")   ? &inboundFields()
                                       : kind == QLatin1String("services")  ? &serviceFields()
                                       : kind == QLatin1String("orders")    ? &orderColumns()
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
    auto file = readLaidOut(path, locationFields());
    if (!file)
        return std::unexpected(file.error());
    Report report;
    QJsonArray rows;
    for (const CsvRow* row : readableRows(file->rows, report))
        rows.append(rowObject(file->layout, *row, locationFields()));
    return answerOf(m_db,
                    QStringLiteral("SELECT master.import_locations(?, CAST(? AS jsonb))::text"),
                    {warehouseId, compact(rows)},
                    file->layout,
                    report);
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
    auto answer = answerOf(m_db,
                           QStringLiteral("SELECT master.import_stock(?, CAST(? AS jsonb), ?)::text"),
                           {warehouseId, compact(rows), QFileInfo(path).fileName()},
                           *layout,
                           report,
                           {{QStringLiteral("on_hand"), onHandKey}});
    if (!answer)
        return answer;
    Report& fromMaster = *answer;
    auto released = releaseBackorders(warehouseId);
    if (!released)
        return std::unexpected(released.error());
    fromMaster.counts.insert(QStringLiteral("backorders_released"), *released);
    if (otherPlace > 0)
        fromMaster.notes << QStringLiteral("%1 rows of other shop locations than %2: not read")
                                .arg(otherPlace)
                                .arg(options.shopLocation);
    if (notStocked > 0)
        fromMaster.notes << QStringLiteral("%1 rows 'not stocked' at their location: nothing to load").arg(notStocked);
    return answer;
}

Result<CsvImport::Report> CsvImport::tracking(const QString& path, const QString& warehouseId)
{
    auto file = readLaidOut(path, trackingFields());
    if (!file)
        return std::unexpected(file.error());
    if (file->layout.column(QStringLiteral("shipment")) < 0 && file->layout.column(QStringLiteral("order")) < 0)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("the header names neither the package (Shipment) nor the order (Order)"),
                    path);
    Report report;
    QJsonArray rows;
    for (const CsvRow* row : readableRows(file->rows, report))
        rows.append(rowObject(file->layout, *row, trackingFields()));
    return answerOf(m_db,
                    QStringLiteral("SELECT master.import_tracking(?, CAST(? AS jsonb))::text"),
                    {warehouseId, compact(rows)},
                    file->layout,
                    report);
}

Result<CsvImport::Report> CsvImport::returns(const QString& path, const QString& warehouseId)
{
    auto file = readLaidOut(path, returnFields());
    if (!file)
        return std::unexpected(file.error());
    const Layout& layout = file->layout;
    Report report;
    QJsonArray returns;
    QHash<QString, qsizetype> index; // an RMA's rows, wherever they are in the file, make one RMA
    for (const CsvRow* row : readableRows(file->rows, report)) {
        const QString rma = layout.value(row->fields, QStringLiteral("rma"));
        if (!index.contains(rma)) {
            index.insert(rma, returns.size());
            returns.append(
                QJsonObject{{QStringLiteral("rma"), rma},
                            {QStringLiteral("line"), row->line},
                            {QStringLiteral("order"), layout.value(row->fields, QStringLiteral("order"))},
                            {QStringLiteral("tracking"), layout.value(row->fields, QStringLiteral("tracking"))},
                            {QStringLiteral("lines"), QJsonArray()}});
        }
        QJsonObject r = returns[index.value(rma)].toObject();
        QJsonArray lines = r.value(QStringLiteral("lines")).toArray();
        lines.append(QJsonObject{{QStringLiteral("line"), row->line},
                                 {QStringLiteral("sku"), layout.value(row->fields, QStringLiteral("sku"))},
                                 {QStringLiteral("quantity"), layout.value(row->fields, QStringLiteral("quantity"))},
                                 {QStringLiteral("reason"), layout.value(row->fields, QStringLiteral("reason"))}});
        r.insert(QStringLiteral("lines"), lines);
        returns[index.value(rma)] = r;
    }
    return answerOf(m_db,
                    QStringLiteral("SELECT master.import_returns(?, CAST(? AS jsonb))::text"),
                    {warehouseId, compact(returns)},
                    layout,
                    report);
}

Result<CsvImport::Report> CsvImport::inbound(const QString& path, const QString& warehouseId)
{
    auto file = readLaidOut(path, inboundFields());
    if (!file)
        return std::unexpected(file.error());
    const Layout& layout = file->layout;
    Report report;
    QJsonArray notices;
    QHash<QString, qsizetype> index; // a notice's rows, wherever they are in the file, make one notice
    for (const CsvRow* row : readableRows(file->rows, report)) {
        const QString id = layout.value(row->fields, QStringLiteral("id"));
        if (!index.contains(id)) {
            index.insert(id, notices.size());
            QJsonObject notice = rowObject(layout, *row, inboundFields());
            notice.insert(QStringLiteral("lines"), QJsonArray());
            notices.append(notice);
        }
        QJsonObject notice = notices[index.value(id)].toObject();
        QJsonArray lines = notice.value(QStringLiteral("lines")).toArray();
        QJsonObject line{{QStringLiteral("line"), row->line}};
        for (const char* field : {"sku", "quantity", "lot", "expiry", "sscc"})
            line.insert(QLatin1String(field), layout.value(row->fields, QLatin1String(field)));
        lines.append(line);
        notice.insert(QStringLiteral("lines"), lines);
        notices[index.value(id)] = notice;
    }
    return answerOf(m_db,
                    QStringLiteral("SELECT master.import_inbound(?, CAST(? AS jsonb))::text"),
                    {warehouseId, compact(notices)},
                    layout,
                    report);
}

Result<CsvImport::Report> CsvImport::services(const QString& path, const QString& warehouseId)
{
    auto file = readLaidOut(path, serviceFields());
    if (!file)
        return std::unexpected(file.error());
    Report report;
    QJsonArray rows;
    for (const CsvRow* row : readableRows(file->rows, report)) {
        QJsonObject o = rowObject(file->layout, *row, serviceFields());
        o.insert(QStringLiteral("destinations"),
                 destinationCodes(file->layout.value(row->fields, QStringLiteral("destinations"))));
        rows.append(o);
    }
    return answerOf(m_db,
                    QStringLiteral("SELECT master.import_services(?, CAST(? AS jsonb))::text"),
                    {warehouseId, compact(rows)},
                    file->layout,
                    report);
}

Result<int> CsvImport::releaseBackorders(const QString& warehouseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT master.release_backorders(?)"));
    q.addBindValue(warehouseId);
    if (!q.exec() || !q.next())
        return fail(Error::Code::QueryFailed, masterMessage(q.lastError()), QStringLiteral("release backorders"));
    return q.value(0).toInt();
}

Result<CsvImport::Report> CsvImport::operators(const QString& path)
{
    auto file = readLaidOut(path, operatorFields());
    if (!file)
        return std::unexpected(file.error());
    const Layout& layout = file->layout;
    static const QRegularExpression pinShape(QStringLiteral("^[0-9]{4,12}$"));
    Report report;
    QJsonArray rows;
    for (const CsvRow* row : readableRows(file->rows, report)) {
        const QString pin = layout.value(row->fields, QStringLiteral("pin"));
        if (!pin.isEmpty() && !pinShape.match(pin).hasMatch()) {
            report.rejected.append(
                refusal(layout, row->line, QStringLiteral("pin"), QStringLiteral("a PIN is 4 to 12 digits")));
            continue;
        }
        QJsonObject o{{QStringLiteral("line"), row->line}};
        for (const char* key : {"badge", "name", "roles", "language", "warehouse"})
            o.insert(QLatin1String(key), layout.value(row->fields, QLatin1String(key)));
        if (!pin.isEmpty())
            o.insert(QStringLiteral("pin_hash"), db::PinHash::make(pin));
        rows.append(o);
    }
    return answerOf(m_db,
                    QStringLiteral("SELECT master.import_operators(CAST(? AS jsonb))::text"),
                    {compact(rows)},
                    layout,
                    report);
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
