// Orders: a shop's export (Shopify's, or an invoice-line export such as a UK retailer's) read into
// whole orders — a row per line, the order's fields wherever the shop wrote them — and handed to
// master.import_orders, which takes each order whole or not at all and reserves its stock.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include "common/Countries.h"
#include "sync/CsvColumns.h"

namespace wf::sync {

const std::vector<csv::Field>& csv::orderColumns()
{
    static const std::vector<Field> fields = {
        {"order", {"Name", "Order", "Order ID", "Order Number", "InvoiceNo", "Invoice"}, true, "the order's id"},
        {"country",
         {"Shipping Country", "Country", "Ship Country"},
         true,
         "ISO 3166-1 code, English name or a common alias (UK, EIRE, USA, RSA)"},
        {"sku", {"Lineitem sku", "SKU", "StockCode", "Stock Code"}, true, "the line's product"},
        {"quantity", {"Lineitem quantity", "Quantity", "Qty"}, true, "a whole number above zero"},
        {"price", {"Lineitem price", "UnitPrice", "Unit Price", "Price"}, false, "the unit price, e.g. 12.50"},
        {"currency", {"Currency"}, false, "ISO 4217 (default: the warehouse's)"},
        {"ordered_at",
         {"Created at", "InvoiceDate", "Order Date", "Date", "Paid at"},
         false,
         "YYYY-MM-DD HH:MM[:SS] [+HHMM], or M/D/YYYY H:MM"},
        {"customer", {"Shipping Name", "Name on label", "Customer", "CustomerID", "Customer ID"}, false, ""},
        {"address", {"Shipping Address1", "Address"}, false, ""},
        {"city", {"Shipping City", "City"}, false, ""},
        {"zip", {"Shipping Zip", "Postal code", "Zip"}, false, ""},
        {"method", {"Shipping Method", "Service"}, false, "the shop's shipping method"},
    };
    return fields;
}

namespace {

using namespace csv;

/// An order as the file gives it, gathered from its rows.
struct OrderIn
{
    QString id;
    int firstLine = 0;
    QString country; ///< as written, on the last row that names one
    int countryLine = 0;
    QJsonObject fields; ///< customer, address, … from the first row that has each
    QJsonArray lines;
    int rows = 0;                                ///< the file's rows of this order, refused ones included
    QList<CsvImport::Report::Rejection> refused; ///< found here, before the master sees it
};

/// A date as the master reads it, or empty when the text is no date of a known shape.
QString orderDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$"));
    if (iso.match(text).hasMatch())
        return text;
    for (const char* format : {"M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy"}) {
        const QDateTime parsed = QDateTime::fromString(text, QLatin1String(format));
        if (parsed.isValid())
            return parsed.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

/// Adds one row to its order; what is wrong with the row alone is refused here.
void gather(const Layout& layout, const CsvRow& row, QList<OrderIn>& orders, QHash<QString, qsizetype>& index)
{
    const QString id = layout.value(row.fields, QStringLiteral("order"));
    if (id.isEmpty()) {
        OrderIn nameless;
        nameless.refused << refusal(layout, row.line, QStringLiteral("order"), QStringLiteral("no order id"));
        orders << nameless;
        return;
    }
    if (!index.contains(id)) {
        index.insert(id, orders.size());
        OrderIn fresh;
        fresh.id = id;
        fresh.firstLine = row.line;
        orders << fresh;
    }
    OrderIn& order = orders[index.value(id)];
    ++order.rows;
    if (const QString written = layout.value(row.fields, QStringLiteral("country")); !written.isEmpty()) {
        order.country = written;
        order.countryLine = row.line;
    }
    for (const char* key : {"customer", "address", "city", "zip", "method", "currency"}) {
        const QString value = layout.value(row.fields, QLatin1String(key));
        if (!value.isEmpty() && !order.fields.contains(QLatin1String(key)))
            order.fields.insert(QLatin1String(key), value);
    }
    const QString when = layout.value(row.fields, QStringLiteral("ordered_at"));
    if (!when.isEmpty() && !order.fields.contains(QStringLiteral("ordered_at"))) {
        const QString date = orderDate(when);
        if (date.isEmpty())
            order.refused << refusal(
                layout,
                row.line,
                QStringLiteral("ordered_at"),
                QStringLiteral("order date '%1' is not YYYY-MM-DD HH:MM or M/D/YYYY H:MM").arg(when));
        else
            order.fields.insert(QStringLiteral("ordered_at"), date);
    }
    const QString quantity = layout.value(row.fields, QStringLiteral("quantity"));
    if (quantity.startsWith(QLatin1Char('-'))) {
        order.refused << refusal(layout,
                                 row.line,
                                 QStringLiteral("quantity"),
                                 QStringLiteral("quantity %1 is a credit note's; a cancellation is made with "
                                                "floorctl master cancel ORDER [--line SKU --qty N]")
                                     .arg(quantity));
        return;
    }
    order.lines.append(QJsonObject{{QStringLiteral("line"), row.line},
                                   {QStringLiteral("sku"), layout.value(row.fields, QStringLiteral("sku"))},
                                   {QStringLiteral("quantity"), quantity},
                                   {QStringLiteral("price"), layout.value(row.fields, QStringLiteral("price"))}});
}

/// The order as the master takes it, or nothing when this side refused it already.
std::optional<QJsonObject> orderForMaster(const Layout& layout, OrderIn& order)
{
    if (order.id.isEmpty())
        return std::nullopt;
    const Result<QString> country = order.country.isEmpty()
                                        ? Result<QString>(fail(Error::Code::InvalidInput,
                                                               QStringLiteral("no country: give the destination's "
                                                                              "ISO 3166-1 code")))
                                        : countries::resolve(order.country);
    if (!country)
        order.refused << refusal(layout,
                                 order.countryLine ? order.countryLine : order.firstLine,
                                 QStringLiteral("country"),
                                 order.country.isEmpty() ? country.error().detail
                                                         : QStringLiteral("country %1").arg(country.error().detail));
    if (!order.refused.isEmpty()) {
        if (order.rows > 1)
            order.refused << CsvImport::Report::Rejection{
                order.firstLine,
                0,
                QStringLiteral("order %1 is not imported: %2 of its rows refused")
                    .arg(order.id)
                    .arg(order.refused.size())};
        return std::nullopt;
    }
    QJsonObject o = order.fields;
    o.insert(QStringLiteral("id"), order.id);
    o.insert(QStringLiteral("line"), order.firstLine);
    o.insert(QStringLiteral("country"), *country);
    o.insert(QStringLiteral("lines"), order.lines);
    return o;
}

} // namespace

Result<CsvImport::Report> CsvImport::orders(const QString& path, const QString& warehouseId)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    auto layout = layoutOf(read->first().fields, orderColumns(), path);
    if (!layout)
        return std::unexpected(layout.error());
    Report report;
    QList<OrderIn> orders;
    QHash<QString, qsizetype> index;
    for (const CsvRow* row : readableRows(*read, report))
        gather(*layout, *row, orders, index);
    QJsonArray forMaster;
    for (OrderIn& order : orders) {
        if (auto o = orderForMaster(*layout, order))
            forMaster.append(*o);
        report.rejected += order.refused;
    }
    Report fromMaster;
    auto answer = callMaster(m_db,
                             QStringLiteral("SELECT master.import_orders(?, CAST(? AS jsonb))::text"),
                             {warehouseId, compact(forMaster)},
                             *layout,
                             {{QStringLiteral("customer"), QStringLiteral("customer")}},
                             fromMaster);
    if (!answer)
        return std::unexpected(answer.error());
    fromMaster.rejected = report.rejected + fromMaster.rejected;
    sortByLine(fromMaster);
    fromMaster.counts.insert(QStringLiteral("lines"), answer->value(QStringLiteral("lines")).toInt());
    fromMaster.counts.insert(QStringLiteral("backordered"), answer->value(QStringLiteral("backordered")).toInt());
    noteIgnored(*layout, fromMaster);
    return fromMaster;
}

} // namespace wf::sync
