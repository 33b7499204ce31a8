#include "sync/CsvImport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "common/Countries.h"
#include "sync/CsvTable.h"
#include "sync/MasterErrors.h"

namespace wf::sync {

namespace {

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
    for (auto it = counts.begin(); it != counts.end(); ++it)
        report.insert(it.key(), it.value());
    if (unchanged >= 0)
        report.insert(QStringLiteral("unchanged"), unchanged);
    if (!notes.isEmpty())
        report.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return report;
}

CsvImport::CsvImport(QSqlDatabase owner)
    : m_db(std::move(owner))
{}

namespace {

/// Yes for the ways a shop writes yes.
bool truthy(const QString& value)
{
    static const QStringList yes = {
        QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1"), QStringLiteral("x")};
    return yes.contains(value.trimmed().toLower());
}

/// SKUs the master has, by their letters in upper case: a file's `ab-12` beside the master's
/// `AB-12` is a typing slip, not a second product.
Result<QHash<QString, QString>> masterSkusByUpperCase(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT upper(sku), min(sku) FROM master.product GROUP BY upper(sku)")))
        return fail(Error::Code::QueryFailed, masterMessage(q.lastError()), QStringLiteral("import products"));
    QHash<QString, QString> skus;
    while (q.next())
        skus.insert(q.value(0).toString(), q.value(1).toString());
    return skus;
}

} // namespace

Result<CsvImport::Report> CsvImport::products(const QString& path, const ProductOptions& options)
{
    auto read = CsvTable::read(path);
    if (!read)
        return std::unexpected(read.error());
    const auto& rows = *read;
    const QStringList header = rows.first().fields;
    const int handle = column(header, {"Handle"});
    const int sku = column(header, {"Variant SKU", "SKU"});
    const int name = column(header, {"Title", "Name"});
    const int variant = column(header, {"Option1 Value", "Variant"});
    const int barcode = column(header, {"Variant Barcode", "Barcode"});
    const int grams = column(header, {"Variant Grams", "Weight", "Weight g"});
    const int hs = column(header, {"HS Code", "Variant HS Code"});
    const int origin = column(header, {"Country of Origin", "Variant Country of Origin", "Origin", "COO"});
    const int price = column(header, {"Variant Price", "Price"});
    const int nonStock = column(header, {"Non stock", "non_stock", "Non-stock"});
    const int needsShipping = column(header, {"Variant Requires Shipping", "Requires shipping"});
    const int inventory = column(header, {"Variant Inventory Qty"});
    const int customs = column(header, {"Customs description", "Customs Description", "Variant Customs Description"});
    const QList<int> sizes = {column(header, {"Length mm", "Length"}),
                              column(header, {"Width mm", "Width"}),
                              column(header, {"Height mm", "Height"})};
    if (sku < 0 || name < 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("the header needs a SKU and a title column"), path);
    auto known = masterSkusByUpperCase(m_db);
    if (!known)
        return std::unexpected(known.error());
    static const QRegularExpression hsCode(QStringLiteral("^\\d{6,10}$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{8,14}$"));
    static const QRegularExpression money(QStringLiteral("^\\d{1,9}(\\.\\d{1,2})?$"));
    Report report;
    report.unchanged = 0;
    if (!m_db.transaction())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("import products"));
    QString groupHandle; // Shopify repeats the title only on a product's first variant row
    QString groupTitle;
    QHash<QString, int> lineOfSku; // by upper case: each SKU once per file
    QJsonArray openingStock;       // Variant Inventory Qty, when a bin was given for it
    QJsonArray page;               // checked rows, written a page at a time (master.import_products)
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const int line = rows[r].line;
        const QStringList& row = rows[r].fields;
        if (!rows[r].problem.isEmpty()) {
            report.rejected.append({line, rows[r].problemColumn, rows[r].problem});
            continue;
        }
        if (handle >= 0 && field(row, handle) != groupHandle) {
            groupHandle = field(row, handle);
            groupTitle.clear();
        }
        if (!field(row, name).isEmpty())
            groupTitle = field(row, name);
        // Without a Handle column a row's title is its own: carrying the last one named products
        // after another product.
        const QString title = handle >= 0 ? groupTitle : field(row, name);
        const QString code = field(row, sku);
        QString problem;
        int at = -1; // the column the problem is in; -1: the row as a whole
        bool ok = true;
        const int weight = field(row, grams).isEmpty() ? 0 : field(row, grams).toInt(&ok);
        const Result<QString> originCode =
            field(row, origin).isEmpty() ? Result<QString>(field(row, origin)) : countries::resolve(field(row, origin));
        const QString twin = known->value(code.toUpper());
        if (code.isEmpty())
            problem = QStringLiteral("no SKU"), at = sku;
        else if (lineOfSku.contains(code.toUpper()))
            problem = QStringLiteral("SKU %1 is also on line %2: each SKU once per file (that row counts)")
                          .arg(code)
                          .arg(lineOfSku.value(code.toUpper())),
            at = sku;
        else if (!twin.isEmpty() && twin != code && !options.caseSensitiveSkus)
            problem = QStringLiteral("SKU %1 differs from the master's %2 only by letter case (--case-sensitive-skus "
                                     "takes both)")
                          .arg(code, twin),
            at = sku;
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
        QList<int> millimetres;
        for (int c : sizes) {
            bool whole = true;
            const int mm = field(row, c).isEmpty() ? 0 : field(row, c).toInt(&whole);
            if (problem.isEmpty() && (!whole || mm < 0 || mm > 10000))
                problem = QStringLiteral("'%1' is not whole millimetres (0 to 10000)").arg(field(row, c)), at = c;
            millimetres << mm;
        }
        if (!code.isEmpty() && !lineOfSku.contains(code.toUpper()))
            lineOfSku.insert(code.toUpper(), line);
        if (!problem.isEmpty())
            problem = columnLabel(header, at) + QStringLiteral(": ") + problem;
        const bool service =
            truthy(field(row, nonStock))
            || (needsShipping >= 0 && !field(row, needsShipping).isEmpty() && !truthy(field(row, needsShipping)));
        if (!problem.isEmpty()) {
            report.rejected.append({line, at + 1, problem});
            continue;
        }
        page.append(
            QJsonObject{{QStringLiteral("line"), line},
                        {QStringLiteral("sku"), code},
                        {QStringLiteral("name"), title},
                        {QStringLiteral("size"), field(row, variant)},
                        {QStringLiteral("weight_g"), QString::number(weight)},
                        {QStringLiteral("hs_code"), field(row, hs).remove(QLatin1Char('.'))},
                        {QStringLiteral("origin"), *originCode},
                        {QStringLiteral("price_minor"), QString::number(qRound64(field(row, price).toDouble() * 100))},
                        {QStringLiteral("barcode"), field(row, barcode)},
                        {QStringLiteral("non_stock"), service ? QStringLiteral("true") : QStringLiteral("false")},
                        // What a customs form says the goods are: the shop's own text, else the product's title.
                        {QStringLiteral("customs"),
                         field(row, customs).isEmpty() ? title.left(200) : field(row, customs).left(200)},
                        {QStringLiteral("length_mm"), QString::number(millimetres[0])},
                        {QStringLiteral("width_mm"), QString::number(millimetres[1])},
                        {QStringLiteral("height_mm"), QString::number(millimetres[2])}});
        if (page.size() == kProductsPerPage)
            if (auto ok = writeProducts(page, report); !ok) {
                m_db.rollback();
                return std::unexpected(ok.error());
            }
        if (inventory >= 0 && !options.stockBin.isEmpty() && !service && !field(row, inventory).isEmpty())
            openingStock.append(QJsonObject{{QStringLiteral("line"), line},
                                            {QStringLiteral("sku"), code},
                                            {QStringLiteral("bin"), options.stockBin},
                                            {QStringLiteral("on_hand"), field(row, inventory)}});
    }
    if (auto ok = writeProducts(page, report); !ok) {
        m_db.rollback();
        return std::unexpected(ok.error());
    }
    std::stable_sort(report.rejected.begin(), report.rejected.end(), [](const auto& a, const auto& b) {
        return a.line < b.line;
    });
    if (!m_db.commit())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("import products"));
    if (inventory >= 0 && options.stockBin.isEmpty())
        report.notes << QStringLiteral("Variant Inventory Qty was not loaded: stock comes from floorctl master import "
                                       "stock, or from this file with --warehouse W --bin CODE");
    if (!openingStock.isEmpty())
        if (auto ok = loadInventoryQty(openingStock, options, path, report); !ok)
            return std::unexpected(ok.error());
    return report;
}

Result<void> CsvImport::writeProducts(QJsonArray& page, Report& report)
{
    if (page.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT master.import_products(CAST(? AS jsonb))::text"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(page).toJson(QJsonDocument::Compact)));
    page = QJsonArray();
    if (!q.exec() || !q.next())
        return fail(Error::Code::QueryFailed, masterMessage(q.lastError()), QStringLiteral("import products"));
    const QJsonObject answer = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    report.imported += answer.value(QStringLiteral("imported")).toInt();
    report.unchanged += answer.value(QStringLiteral("unchanged")).toInt();
    for (const QJsonValue& v : answer.value(QStringLiteral("rejected")).toArray()) // this side checked first
        report.rejected.append({v.toObject().value(QStringLiteral("line")).toInt(),
                                0,
                                v.toObject().value(QStringLiteral("error")).toString()});
    return {};
}

Result<void>
CsvImport::loadInventoryQty(const QJsonArray& rows, const ProductOptions& options, const QString& path, Report& report)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT master.import_stock(?, CAST(? AS jsonb), ?)::text"));
    q.addBindValue(options.stockWarehouse);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    q.addBindValue(QFileInfo(path).fileName());
    if (!q.exec() || !q.next())
        return fail(Error::Code::InvalidInput, masterMessage(q.lastError()), QStringLiteral("Variant Inventory Qty"));
    const QJsonObject answer = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    report.counts.insert(QStringLiteral("stock_rows"), answer.value(QStringLiteral("imported")).toInt());
    auto released = releaseBackorders(options.stockWarehouse);
    if (!released)
        return std::unexpected(released.error());
    report.counts.insert(QStringLiteral("backorders_released"), *released);
    for (const QJsonValue& v : answer.value(QStringLiteral("rejected")).toArray())
        report.rejected.append(
            {v.toObject().value(QStringLiteral("line")).toInt(),
             0,
             QStringLiteral("Variant Inventory Qty: ") + v.toObject().value(QStringLiteral("error")).toString()});
    return {};
}

} // namespace wf::sync
