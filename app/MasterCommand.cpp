#include "app/MasterCommand.h"

#include <string_view>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include "app/CacheMessages.h"
#include "common/Countries.h"
#include "db/CacheCheckpointer.h"
#include "db/LocalCache.h"
#include "demo/DemoDataGenerator.h"
#include "sync/ChangePuller.h"
#include "sync/CsvImport.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterErrors.h"
#include "sync/MasterSeeder.h"
#include "sync/MasterUrl.h"
#include "sync/OutboxPusher.h"
#include "sync/SyncConnection.h"

namespace wf::app {

namespace {

void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

/// The master URL from --master (or WF_MASTER_URL), opened; prints the reason and returns an exit
/// code when it cannot.
std::optional<int>
openMaster(const QCommandLineParser& parser, QSqlDatabase& db, sync::MasterUrl& url, QTextStream& err)
{
    const QString text = parser.isSet(QStringLiteral("master")) ? parser.value(QStringLiteral("master"))
                                                                : qEnvironmentVariable("WF_MASTER_URL");
    auto parsed = sync::MasterUrl::parse(text);
    if (!parsed) {
        err << "--master: " << parsed.error().detail << " (" << parsed.error().context << ")\n";
        return 2;
    }
    url = *parsed;
    db = url.connection(QStringLiteral("floorctl-master"));
    if (!db.open()) {
        err << "master " << url.redacted() << " is unreachable: " << db.lastError().text() << '\n';
        return 1;
    }
    return std::nullopt;
}

/// master seed: from --db PATH, or from a demo dataset made in a scratch folder.
int seed(const QCommandLineParser& parser, const QSqlDatabase& owner, QTextStream& out, QTextStream& err)
{
    QTemporaryDir scratch;
    const bool fromCache = parser.isSet(QStringLiteral("db"));
    const QString path =
        fromCache ? parser.value(QStringLiteral("db")) : scratch.filePath(QStringLiteral("demo.sqlite"));
    auto cache =
        db::LocalCache::open(path, fromCache ? db::LocalCache::Missing::Refuse : db::LocalCache::Missing::Create);
    if (!cache) {
        err << "master seed: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    if (!fromCache) {
        if (auto made = demo::DemoDataGenerator((*cache)->database(), demo::DemoOptions{}).generate(); !made) {
            err << "master seed: " << made.error().detail << '\n';
            return 1;
        }
    }
    auto counts = sync::MasterSeeder((*cache)->database(), owner).seed();
    if (!counts) {
        err << "master seed: " << counts.error().detail << '\n';
        return 1;
    }
    printJson(out, *counts);
    return 0;
}

/// A `floorctl master` subcommand: how it is called, what it does, what it needs.
struct MasterAction
{
    const char* name;
    const char* usage;
    const char* summary;
    int words;                         ///< positional words after the name (import: kind and file)
    std::vector<const char*> required; ///< options it cannot go without
};

const std::vector<MasterAction>& masterActions()
{
    static const std::vector<MasterAction> actions = {
        {"init", "init", "apply db/master's migrations (again: no change) and fence the stations' rights", 0, {}},
        {"status", "status", "counts: warehouses, stations, products, movements, the change feed", 0, {}},
        {"add-warehouse",
         "add-warehouse ID --name NAME --country CC --address TEXT --timezone ZONE --currency CUR [--gs1-prefix "
         "DIGITS]",
         "add a warehouse, or change one (its country decides which parcels are cross-border)",
         1,
         {"name", "country", "address", "timezone", "currency"}},
        {"add-station",
         "add-station ID --warehouse W",
         "create the station's own login role (a new password each time) and print its URL",
         1,
         {"warehouse"}},
        {"add-operator",
         "add-operator BADGE --name NAME --roles picker,packer,returns,supervisor [--language en|de] "
         "[--warehouse W] < PIN",
         "add an operator or change one; the PIN (4 to 12 digits, needed for a supervisor) is read from "
         "standard input and hashed here",
         1,
         {"name", "roles"}},
        {"cancel",
         "cancel ORDER [--line SKU --qty N]",
         "cancel an order, or N units of its SKU: what has not started is cancelled and its reservation released; an "
         "order packed or shipped on the floor is refused (take it back as a return)",
         1,
         {}},
        {"disable-operator",
         "disable-operator BADGE",
         "take a badge off every station's floor with the next pull",
         1,
         {}},
        {"import",
         "import products|services|orders|locations|stock|operators|tracking|returns|inbound FILE [--warehouse W] "
         "[--bin CODE] "
         "[--location NAME]",
         "import a file (all but products and operators need --warehouse); floorctl master import --help "
         "lists each file's columns",
         2,
         {}},
        {"return-rule",
         "return-rule W [--refund-only-below AMOUNT] [--proof-from AMOUNT] [--proof-after-returns N]",
         "set which returns of the warehouse are refunded without coming back (worth less than the first) and which "
         "come back with proof (worth the second or more, or from a customer with N returns in the last 365 days); "
         "the rest is inspected (default 20.00, 300.00 and 3; N 0 turns the customer check off); what is not "
         "given stays as it is",
         1,
         {}},
        {"short-lines",
         "short-lines W new_shipment|cancel",
         "what becomes of units a package shipped without (picked short): a new package of the same order, made "
         "as soon as a pick face can reserve them (new_shipment, the default), or cancelled on the order",
         2,
         {}},
        {"report",
         "report product-data [--warehouse W] [--all]",
         "what cross-border shipping needs of each product (barcode, weight, dimensions, HS code, origin, customs "
         "description, declared value, restriction tags, bin) and which products lack it: one JSON line each, then "
         "a summary",
         1,
         {}},
        {"seed",
         "seed --demo | seed --db PATH",
         "copy the demo dataset, or a cache's reference data, to the master",
         0,
         {}},
    };
    return actions;
}

const MasterAction* findAction(const QString& name)
{
    for (const MasterAction& a : masterActions())
        if (name == QLatin1String(a.name)
            || (name == QLatin1String("disable") && a.name == std::string_view("disable-operator")))
            return &a;
    return nullptr;
}

const QStringList& importKinds()
{
    static const QStringList kinds = {QStringLiteral("products"),
                                      QStringLiteral("tracking"),
                                      QStringLiteral("returns"),
                                      QStringLiteral("inbound"),
                                      QStringLiteral("services"),
                                      QStringLiteral("orders"),
                                      QStringLiteral("locations"),
                                      QStringLiteral("stock"),
                                      QStringLiteral("operators")};
    return kinds;
}

void addMasterOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options = {
        {QStringLiteral("master"),
         QStringLiteral("The owner's URL of the master (or WF_MASTER_URL)."),
         QStringLiteral("URL")},
        {QStringLiteral("warehouse"),
         QStringLiteral("add-station, import orders|locations|stock: the warehouse; add-operator: the operator's "
                        "(default: every warehouse)."),
         QStringLiteral("W")},
        {QStringLiteral("name"), QStringLiteral("add-warehouse, add-operator: the name."), QStringLiteral("NAME")},
        {QStringLiteral("country"),
         QStringLiteral("add-warehouse: its country, ISO 3166-1 code or English name."),
         QStringLiteral("CC")},
        {QStringLiteral("address"),
         QStringLiteral("add-warehouse: its address (the labels' ship-from)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("timezone"),
         QStringLiteral("add-warehouse: its IANA time zone, e.g. Europe/Berlin."),
         QStringLiteral("ZONE")},
        {QStringLiteral("currency"),
         QStringLiteral("add-warehouse: its ISO 4217 currency, e.g. EUR."),
         QStringLiteral("CUR")},
        {QStringLiteral("gs1-prefix"),
         QStringLiteral("add-warehouse: the GS1 company prefix (6 to 11 digits) its packages' SSCCs are made with, so "
                        "that a label without a carrier's tracking number can still be verified."),
         QStringLiteral("DIGITS")},
        {QStringLiteral("roles"),
         QStringLiteral("add-operator: picker, packer, returns, supervisor, comma-separated."),
         QStringLiteral("LIST")},
        {QStringLiteral("language"), QStringLiteral("add-operator: en or de (default en)."), QStringLiteral("LANG")},
        {QStringLiteral("bin"),
         QStringLiteral("import stock: the bin of rows that name none (Shopify's export names a location, not a bin); "
                        "import products: load Variant Inventory Qty into this bin (with --warehouse)."),
         QStringLiteral("CODE")},
        {QStringLiteral("location"),
         QStringLiteral("import stock: the Shopify location whose rows are this warehouse's."),
         QStringLiteral("NAME")},
        {QStringLiteral("case-sensitive-skus"),
         QStringLiteral("import products: take SKUs that differ only by letter case (ab-12, AB-12) as two products.")},
        {QStringLiteral("line"),
         QStringLiteral("cancel: the SKU of the line to cancel units of."),
         QStringLiteral("SKU")},
        {QStringLiteral("qty"), QStringLiteral("cancel: how many of its units."), QStringLiteral("N")},
        {QStringLiteral("refund-only-below"),
         QStringLiteral("return-rule: returns worth less are refunded without coming back, e.g. 20.00."),
         QStringLiteral("AMOUNT")},
        {QStringLiteral("proof-from"),
         QStringLiteral("return-rule: returns worth this or more come back with proof, e.g. 300.00."),
         QStringLiteral("AMOUNT")},
        {QStringLiteral("proof-after-returns"),
         QStringLiteral("return-rule: a customer with this many returns in the last 365 days returns with proof (0: "
                        "off)."),
         QStringLiteral("N")},
        {QStringLiteral("all"), QStringLiteral("report product-data: every product, not only those lacking data.")},
        {QStringLiteral("demo"), QStringLiteral("seed: the demo dataset.")},
        {QStringLiteral("db"), QStringLiteral("seed: a station cache to copy from."), QStringLiteral("PATH")},
    };
    for (const QCommandLineOption& o : options)
        parser.addOption(o);
}

/// `floorctl master --help`, `floorctl master ACTION --help`, `floorctl master import [KIND] --help`.
void printHelp(const QCommandLineParser& parser, const QStringList& words, QTextStream& out)
{
    const MasterAction* action = findAction(words.value(0));
    if (!action) {
        out << "Usage: floorctl master ACTION [options] --master URL\n\n"
               "Sets up and fills the master inventory over its owner's URL (postgresql://owner:pass@host:port/db, "
               "or WF_MASTER_URL). Every action prints one JSON line; a refused row is named with its line, column "
               "and reason. docs/getting-started.md walks through them in order.\n\nActions:\n";
        for (const MasterAction& a : masterActions())
            out << "  " << a.usage << "\n      " << a.summary << '\n';
        out << '\n' << parser.helpText().section(QLatin1Char('\n'), 2);
        return;
    }
    out << "Usage: floorctl master " << action->usage << " --master URL\n\n" << action->summary << ".\n";
    if (action->name != std::string_view("import"))
        return;
    const QString only = words.value(1);
    for (const QString& kind : importKinds()) {
        if (!only.isEmpty() && importKinds().contains(only) && kind != only)
            continue;
        out << "\nimport " << kind << ": columns (any one of the names, letter case aside):\n"
            << sync::CsvImport::columnHelp(kind).join(QLatin1Char('\n')) << '\n';
    }
    out << "\nOther columns are not read (the report lists them). Shopify's exports are read as they come.\n";
}

/// The missing options and positional words of an action, said plainly; empty when it has all.
QString whatIsMissing(const MasterAction& action, const QCommandLineParser& parser, const QStringList& words)
{
    QStringList missing;
    if (words.size() - 1 < action.words)
        missing << QStringLiteral("its %1").arg(
            QString::fromLatin1(action.usage).section(QLatin1Char(' '), 1, action.words));
    for (const char* option : action.required)
        if (!parser.isSet(QLatin1String(option)) || parser.value(QLatin1String(option)).trimmed().isEmpty())
            missing << QStringLiteral("--%1").arg(QLatin1String(option));
    if (action.name == std::string_view("import") && words.value(1) == QLatin1String("products")
        && parser.isSet(QStringLiteral("bin")) && !parser.isSet(QStringLiteral("warehouse")))
        missing << QStringLiteral("--warehouse (the bin's, for Variant Inventory Qty)");
    const bool stocked = words.value(1) == QLatin1String("orders") || words.value(1) == QLatin1String("locations")
                         || words.value(1) == QLatin1String("stock") || words.value(1) == QLatin1String("tracking")
                         || words.value(1) == QLatin1String("returns") || words.value(1) == QLatin1String("services")
                         || words.value(1) == QLatin1String("inbound");
    if (action.name == std::string_view("import") && stocked && !parser.isSet(QStringLiteral("warehouse")))
        missing << QStringLiteral("--warehouse");
    if (action.name == std::string_view("import") && words.size() > 1 && !importKinds().contains(words[1]))
        return QStringLiteral("'%1' is not a file it imports: %2")
            .arg(words[1], importKinds().join(QStringLiteral(", ")));
    if (action.name == std::string_view("cancel")
        && parser.isSet(QStringLiteral("line")) != parser.isSet(QStringLiteral("qty")))
        missing << QStringLiteral("--line SKU and --qty N together");
    if (action.name == std::string_view("report") && words.size() > 1 && words[1] != QLatin1String("product-data"))
        return QStringLiteral("'%1' is not a report: product-data").arg(words[1]);
    if (action.name == std::string_view("seed")
        && parser.isSet(QStringLiteral("demo")) == parser.isSet(QStringLiteral("db")))
        missing << QStringLiteral("--demo or --db PATH (one of them)");
    if (missing.isEmpty())
        return {};
    return QStringLiteral("needs %1 (usage: floorctl master %2)")
        .arg(missing.join(QStringLiteral(", ")), QLatin1String(action.usage));
}

int reportOrError(const char* what, const Result<sync::CsvImport::Report>& report, QTextStream& out, QTextStream& err)
{
    if (!report) {
        err << "master " << what << ": " << report.error().detail
            << (report.error().context.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(report.error().context))
            << '\n';
        return 1;
    }
    printJson(out, report->toJson());
    return 0;
}

int importFile(
    const QCommandLineParser& parser, const QStringList& words, QSqlDatabase& db, QTextStream& out, QTextStream& err)
{
    sync::CsvImport importer(db);
    const QString& kind = words[1];
    const QString& path = words[2];
    const QString warehouse = parser.value(QStringLiteral("warehouse"));
    if (kind == QLatin1String("products"))
        return reportOrError(
            "import",
            importer.products(
                path,
                {warehouse, parser.value(QStringLiteral("bin")), parser.isSet(QStringLiteral("case-sensitive-skus"))}),
            out,
            err);
    if (kind == QLatin1String("orders"))
        return reportOrError("import", importer.orders(path, warehouse), out, err);
    if (kind == QLatin1String("locations"))
        return reportOrError("import", importer.locations(path, warehouse), out, err);
    if (kind == QLatin1String("operators"))
        return reportOrError("import", importer.operators(path), out, err);
    if (kind == QLatin1String("tracking"))
        return reportOrError("import", importer.tracking(path, warehouse), out, err);
    if (kind == QLatin1String("returns"))
        return reportOrError("import", importer.returns(path, warehouse), out, err);
    if (kind == QLatin1String("services"))
        return reportOrError("import", importer.services(path, warehouse), out, err);
    if (kind == QLatin1String("inbound"))
        return reportOrError("import", importer.inbound(path, warehouse), out, err);
    return reportOrError(
        "import",
        importer.stock(
            path, warehouse, {parser.value(QStringLiteral("bin")), parser.value(QStringLiteral("location"))}),
        out,
        err);
}

int addWarehouse(
    const QCommandLineParser& parser, const QString& id, sync::MasterAdmin& admin, QTextStream& out, QTextStream& err)
{
    const auto country = countries::resolve(parser.value(QStringLiteral("country")));
    if (!country) {
        err << "master add-warehouse: --country: " << country.error().detail << '\n';
        return 2;
    }
    auto added = admin.addWarehouse({id,
                                     parser.value(QStringLiteral("name")),
                                     *country,
                                     parser.value(QStringLiteral("address")),
                                     parser.value(QStringLiteral("timezone")),
                                     parser.value(QStringLiteral("currency")).trimmed().toUpper(),
                                     parser.value(QStringLiteral("gs1-prefix")).trimmed()});
    if (!added) {
        err << "master add-warehouse: " << added.error().detail << '\n';
        return 1;
    }
    printJson(out, *added);
    return 0;
}

int addOperator(
    const QCommandLineParser& parser, const QString& badge, QSqlDatabase& db, QTextStream& out, QTextStream& err)
{
    // The PIN comes on standard input, never on the command line (where `ps` and the shell's history
    // would show it); an empty line or no input: no PIN (kept as it is for a known badge).
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    QJsonObject fields{{QStringLiteral("badge"), badge},
                       {QStringLiteral("name"), parser.value(QStringLiteral("name"))},
                       {QStringLiteral("roles"), parser.value(QStringLiteral("roles"))},
                       {QStringLiteral("language"), parser.value(QStringLiteral("language"))},
                       {QStringLiteral("warehouse"), parser.value(QStringLiteral("warehouse"))}};
    auto report = sync::CsvImport(db).addOperator(fields, pin);
    if (report && !report->rejected.isEmpty()) {
        err << "master add-operator: " << report->rejected.first().reason << '\n';
        return 1;
    }
    return reportOrError("add-operator", report, out, err);
}

int addStation(const QCommandLineParser& parser,
               const QString& id,
               sync::MasterAdmin& admin,
               const sync::MasterUrl& url,
               QTextStream& out,
               QTextStream& err)
{
    auto station = admin.addStation(id, parser.value(QStringLiteral("warehouse")), url);
    if (!station) {
        err << "master add-station: " << station.error().detail << '\n';
        return 1;
    }
    printJson(out,
              {{QStringLiteral("station"), station->station},
               {QStringLiteral("user"), station->user},
               {QStringLiteral("password"), station->password},
               {QStringLiteral("url"), station->url}});
    return 0;
}

int initMaster(sync::MasterAdmin& admin, const sync::MasterUrl& url, QTextStream& out, QTextStream& err)
{
    if (auto super = admin.ownerIsSuperuser(); super && *super)
        err << "master init: warning: " << url.user
            << " is a superuser, so the functions stations call would run as a superuser. Create an owner "
               "that is not (CREATEROLE, owning the database) and run master init as that owner; see "
               "docs/security.md.\n";
    auto version = admin.migrate();
    if (!version) {
        err << "master init: " << version.error().detail << " (" << version.error().context << ")\n";
        return 1;
    }
    printJson(out, {{QStringLiteral("master"), url.redacted()}, {QStringLiteral("schema_version"), *version}});
    return 0;
}

int showStatus(sync::MasterAdmin& admin, const sync::MasterUrl& url, QTextStream& out, QTextStream& err)
{
    auto status = admin.status();
    if (!status) {
        err << "master status: " << status.error().detail << '\n';
        return 1;
    }
    QJsonObject shown = *status;
    shown.insert(QStringLiteral("master"), url.redacted());
    printJson(out, shown);
    return 0;
}

int cancelOrder(
    const QCommandLineParser& parser, const QString& order, QSqlDatabase& db, QTextStream& out, QTextStream& err)
{
    bool ok = true;
    const int qty = parser.isSet(QStringLiteral("qty")) ? parser.value(QStringLiteral("qty")).toInt(&ok) : 0;
    if (!ok || (parser.isSet(QStringLiteral("qty")) && qty < 1)) {
        err << "master cancel: --qty takes a whole number above 0\n";
        return 2;
    }
    auto done = sync::CsvImport(db).cancel(order, parser.value(QStringLiteral("line")), qty);
    if (!done) {
        err << "master cancel: " << done.error().detail << '\n';
        return 1;
    }
    printJson(out, *done);
    return 0;
}

/// "20", "20.5", "20.00" in minor units; -1 when it is no amount.
qint64 minorUnits(const QString& text)
{
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,2}))?$"));
    const auto m = amount.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
}

/// An option's amount in minor units: NULL when it is not given, -1 when it is not an amount.
QVariant optionalMinorUnits(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return QVariant(QMetaType::fromType<qint64>());
    return minorUnits(parser.value(option));
}

int returnRule(
    const QCommandLineParser& parser, const QString& warehouse, QSqlDatabase& db, QTextStream& out, QTextStream& err)
{
    const QVariant below = optionalMinorUnits(parser, QStringLiteral("refund-only-below"));
    const QVariant proof = optionalMinorUnits(parser, QStringLiteral("proof-from"));
    if (below.toLongLong() < 0 || proof.toLongLong() < 0) {
        err << "master return-rule: --refund-only-below and --proof-from take amounts such as 20.00\n";
        return 2;
    }
    QVariant risk(QMetaType::fromType<int>());
    if (parser.isSet(QStringLiteral("proof-after-returns"))) {
        bool whole = false;
        risk = parser.value(QStringLiteral("proof-after-returns")).toInt(&whole);
        if (!whole) {
            err << "master return-rule: --proof-after-returns takes a whole number of returns, 0 to turn it off\n";
            return 2;
        }
    }
    if (below.isNull() && proof.isNull() && risk.isNull()) {
        err << "master return-rule: give --refund-only-below, --proof-from or --proof-after-returns\n";
        return 2;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, return_refund_below_minor, return_proof_from_minor, "
                             "return_proof_after_returns, currency FROM master.set_return_rule(?, ?, ?, ?)"));
    q.addBindValue(warehouse);
    q.addBindValue(below);
    q.addBindValue(proof);
    q.addBindValue(risk);
    if (!q.exec() || !q.next()) {
        err << "master return-rule: " << sync::masterMessage(q.lastError()) << '\n';
        return 1;
    }
    printJson(out,
              {{QStringLiteral("warehouse"), q.value(0).toString()},
               {QStringLiteral("refund_only_below_minor"), q.value(1).toLongLong()},
               {QStringLiteral("proof_from_minor"), q.value(2).toLongLong()},
               {QStringLiteral("proof_after_returns"), q.value(3).toInt()},
               {QStringLiteral("currency"), q.value(4).toString()}});
    return 0;
}

int shortLines(const QString& warehouse, const QString& rule, QSqlDatabase& db, QTextStream& out, QTextStream& err)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT master.set_short_lines(?, ?)"));
    q.addBindValue(warehouse);
    q.addBindValue(rule);
    if (!q.exec() || !q.next()) {
        err << "master short-lines: " << sync::masterMessage(q.lastError()) << '\n';
        return 1;
    }
    printJson(out, {{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("short_lines"), q.value(0).toString()}});
    return 0;
}

int productDataReport(const QCommandLineParser& parser, QSqlDatabase& db, QTextStream& out, QTextStream& err)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sku, name, barcode, weight_g, dimensions_mm, hs_code, origin_country, "
                             "customs_description, declared_value_minor, restriction_tags, bins, "
                             "array_to_string(missing, ',') FROM master.product_data_report(?, ?)"));
    const QString warehouse = parser.value(QStringLiteral("warehouse"));
    q.addBindValue(warehouse.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(warehouse));
    q.addBindValue(parser.isSet(QStringLiteral("all")));
    if (!q.exec()) {
        err << "master report: " << sync::masterMessage(q.lastError()) << '\n';
        return 1;
    }
    qint64 rows = 0;
    qint64 lacking = 0;
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < 11; ++i)
            row.insert(q.record().fieldName(i), QJsonValue::fromVariant(q.value(i)));
        const QStringList missing = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        row.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
        lacking += missing.isEmpty() ? 0 : 1;
        ++rows;
        printJson(out, row);
    }
    printJson(out,
              {{QStringLiteral("report"), QStringLiteral("product-data")},
               {QStringLiteral("listed"), rows},
               {QStringLiteral("lacking"), lacking}});
    return 0;
}

int disableOperator(const QString& badge, sync::MasterAdmin& admin, QTextStream& out, QTextStream& err)
{
    auto known = admin.disableOperator(badge);
    if (!known) {
        err << "master disable-operator: " << known.error().detail << '\n';
        return 1;
    }
    if (!*known) {
        err << "master disable-operator: no operator has badge " << badge << '\n';
        return 1;
    }
    printJson(out, {{QStringLiteral("badge"), badge}, {QStringLiteral("active"), false}});
    return 0;
}

} // namespace

int MasterCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addMasterOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("what to do (see above)"));
    if (!parser.parse(arguments)) {
        err << "master: " << parser.errorText() << " (floorctl master --help lists the actions)\n";
        return 2;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, words, out);
        return 0;
    }
    const MasterAction* action = findAction(words.value(0));
    if (!action) {
        err << "master: "
            << (words.isEmpty() ? QStringLiteral("which action?")
                                : QStringLiteral("'%1' is not an action").arg(words[0]))
            << " — one of init, status, add-warehouse, add-station, add-operator, disable-operator, import, cancel, "
               "return-rule, report, seed "
               "(floorctl master --help)\n";
        return 2;
    }
    if (const QString missing = whatIsMissing(*action, parser, words); !missing.isEmpty()) {
        err << "master " << action->name << ": " << missing << '\n';
        return 2;
    }
    int code = 0;
    {
        QSqlDatabase db;
        sync::MasterUrl url;
        if (const auto failed = openMaster(parser, db, url, err))
            return *failed;
        sync::MasterAdmin admin(db);
        const std::string_view name = action->name;
        if (name == "init")
            code = initMaster(admin, url, out, err);
        else if (name == "status")
            code = showStatus(admin, url, out, err);
        else if (name == "add-warehouse")
            code = addWarehouse(parser, words[1], admin, out, err);
        else if (name == "add-station")
            code = addStation(parser, words[1], admin, url, out, err);
        else if (name == "add-operator")
            code = addOperator(parser, words[1], db, out, err);
        else if (name == "return-rule")
            code = returnRule(parser, words[1], db, out, err);
        else if (name == "short-lines")
            code = shortLines(words[1], words[2], db, out, err);
        else if (name == "report")
            code = productDataReport(parser, db, out, err);
        else if (name == "cancel")
            code = cancelOrder(parser, words[1], db, out, err);
        else if (name == "disable-operator")
            code = disableOperator(words[1], admin, out, err);
        else if (name == "import")
            code = importFile(parser, words, db, out, err);
        else
            code = seed(parser, db, out, err);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floorctl-master"));
    return code;
}

int SyncCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pushes the cache's pending movements to the master in batches, then pulls the master's "
        "changes (products, barcodes, locations, orders, shipments, RMAs, packing and destination rules) "
        "after the stored cursor, and prints one JSON line "
        "with applied, duplicate, rejected and pulled counts. Without --once it keeps going, every 5 s."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The station's cache."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("master"), QStringLiteral("The station's master URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("once"), QStringLiteral("Push what is pending, pull once, then stop.")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << "sync: --db PATH and --master URL are required\n";
        return 2;
    }
    auto cache = db::LocalCache::open(parser.value(QStringLiteral("db")), db::LocalCache::Missing::Refuse);
    if (!cache) {
        err << "sync: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    int code = 0;
    {
        QSqlDatabase master;
        sync::MasterUrl url;
        if (const auto failed = openMaster(parser, master, url, err))
            return *failed;
        if (auto prepared = sync::prepareSyncConnection((*cache)->database()); !prepared) {
            err << "sync: " << prepared.error().detail << '\n';
            return 1;
        }
        db::CacheCheckpointer checkpointer((*cache)->database()); // a 1M-product pull stays out of the -wal file
        sync::OutboxPusher pusher((*cache)->database(), master);
        sync::ChangePuller puller((*cache)->database(), master);
        do {
            auto pushed = pusher.pushAll();
            auto pulled = pushed ? puller.pullAll() : Result<qint64>(0);
            if (!pushed || !pulled) {
                err << "sync: " << (!pushed ? pushed.error().detail : pulled.error().detail) << '\n';
                code = 1;
                break;
            }
            printJson(out,
                      {{QStringLiteral("applied"), pushed->applied},
                       {QStringLiteral("duplicate"), pushed->duplicate},
                       {QStringLiteral("rejected"), pushed->rejected},
                       {QStringLiteral("events"), pushed->events},
                       {QStringLiteral("events_rejected"), pushed->eventsRejected},
                       {QStringLiteral("pulled"), *pulled},
                       {QStringLiteral("cursor"), puller.cursor().value_or(0)},
                       {QStringLiteral("master"), url.redacted()}});
            out.flush();
            if (!parser.isSet(QStringLiteral("once")))
                QThread::sleep(5);
        } while (!parser.isSet(QStringLiteral("once")));
        master.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floorctl-master"));
    return code;
}

} // namespace wf::app
