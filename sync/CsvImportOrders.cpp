// Orders: a shop's export (Shopify's, or an invoice-line export such as a UK retailer's) read into
// whole orders — a row per line, the order's fields wherever the shop wrote them — and handed to
// master.import_orders, which takes each order whole or not at all and reserves its stock.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "common/Countries.h"
#include "sync/CsvColumns.h"
#include "sync/MasterErrors.h"

namespace wf::sync {

const std::vector<csv::Field>& csv::orderColumns()
{
    static const std::vector<Field> fields = {
        {"order", {"Name", "Order", "Order ID", "Order Number", "InvoiceNo", "Invoice"}, true, "the order's id"},
        {"country",
         {"Shipping Country", "Country", "Ship Country"},
         false, // a credit-note file has none; an order without one is refused

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
        {"cancelled_at",
         {"Cancelled at"},
         false,
         "Shopify: filled in, the order is cancelled (not imported, or cancelled on the master)"},
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
    bool cancelled = false;                      ///< the shop cancelled it (Shopify's Cancelled at)
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

/// A credit note's line: units of an order's SKU to cancel.
struct Credit
{
    int line = 0;
    QString order;
    QString sku;
    int quantity = 0;
};

/// Adds one row to its order; what is wrong with the row alone is refused here.
void gather(const Layout& layout,
            const CsvRow& row,
            QList<OrderIn>& orders,
            QHash<QString, qsizetype>& index,
            QList<Credit>& credits)
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
    if (!layout.value(row.fields, QStringLiteral("cancelled_at")).isEmpty())
        order.cancelled = true;
    const QString quantity = layout.value(row.fields, QStringLiteral("quantity"));
    if (quantity.startsWith(QLatin1Char('-'))) {
        // A credit note's line cancels units of the order it names (a leading C, as invoice-line
        // exports write credit notes, is tried without as well).
        --order.rows;
        bool ok = false;
        const int units = quantity.mid(1).toInt(&ok);
        if (!ok || units < 1)
            order.refused << refusal(layout,
                                     row.line,
                                     QStringLiteral("quantity"),
                                     QStringLiteral("quantity '%1' is not a whole number").arg(quantity));
        else
            credits << Credit{row.line, id, layout.value(row.fields, QStringLiteral("sku")), units};
        if (order.lines.isEmpty() && order.refused.isEmpty())
            order.id.clear(); // a credit note is no order of its own
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
    if (order.id.isEmpty() || order.cancelled || order.lines.isEmpty())
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

/// The shop's cancellations in the file: orders with Cancelled at, credit notes' lines.
void applyCancellations(CsvImport& importer,
                        const Layout& layout,
                        const QList<OrderIn>& orders,
                        const QList<Credit>& credits,
                        CsvImport::Report& report)
{
    int cancelledOrders = 0;
    int cancelledUnits = 0;
    int notHere = 0;
    for (const OrderIn& order : orders) {
        if (!order.cancelled || order.id.isEmpty())
            continue;
        auto done = importer.cancel(order.id, {}, 0);
        if (done) {
            ++cancelledOrders;
            cancelledUnits += done->value(QStringLiteral("cancelled_units")).toInt();
        } else if (done.error().code == Error::Code::NotFound) {
            ++notHere; // cancelled in the shop before it came here: nothing to do
        } else {
            report.rejected.append(
                refusal(layout, order.firstLine, QStringLiteral("cancelled_at"), done.error().detail));
        }
    }
    for (const Credit& credit : credits) {
        QStringList candidates{credit.order};
        if (credit.order.startsWith(QLatin1Char('C')) || credit.order.startsWith(QLatin1Char('c')))
            candidates << credit.order.mid(1);
        Result<QJsonObject> done = fail(Error::Code::NotFound, QString());
        for (const QString& id : candidates) {
            done = importer.cancel(id, credit.sku, credit.quantity);
            if (done || done.error().code != Error::Code::NotFound
                || !done.error().detail.contains(QLatin1String("is not on the master")))
                break;
        }
        if (done)
            cancelledUnits += done->value(QStringLiteral("cancelled_units")).toInt();
        else
            report.rejected.append(refusal(layout,
                                           credit.line,
                                           QStringLiteral("order"),
                                           QStringLiteral("credit note for %1 × %2: %3")
                                               .arg(credit.quantity)
                                               .arg(credit.sku, done.error().detail)));
    }
    report.counts.insert(QStringLiteral("cancelled_orders"), cancelledOrders);
    report.counts.insert(QStringLiteral("cancelled_units"), cancelledUnits);
    if (notHere > 0)
        report.notes << QStringLiteral("%1 orders cancelled in the shop were not imported").arg(notHere);
}

} // namespace

Result<QJsonObject> CsvImport::cancel(const QString& order, const QString& sku, int quantity)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT master.cancel_order(?, ?, ?)::text"));
    q.addBindValue(order);
    q.addBindValue(sku.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sku));
    q.addBindValue(sku.isEmpty() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(quantity));
    if (!q.exec() || !q.next())
        return fail(q.lastError().nativeErrorCode() == QLatin1String("P0002") ? Error::Code::NotFound
                                                                              : Error::Code::InvalidInput,
                    masterMessage(q.lastError()),
                    QStringLiteral("cancel"));
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

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
    QList<Credit> credits;
    for (const CsvRow* row : readableRows(*read, report))
        gather(*layout, *row, orders, index, credits);
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
    applyCancellations(*this, *layout, orders, credits, fromMaster);
    sortByLine(fromMaster);
    noteIgnored(*layout, fromMaster);
    return fromMaster;
}

} // namespace wf::sync
