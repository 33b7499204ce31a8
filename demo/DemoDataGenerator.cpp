#include "demo/DemoDataGenerator.h"

#include <array>
#include <vector>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

#include "common/CheckDigit.h"
#include "common/VerdictCodes.h"
#include "db/AuditLog.h"
#include "db/PinHash.h"
#include "db/ProductRecords.h"
#include "db/SqlErrors.h"

namespace wf::demo {

using namespace wf::db; // the cache's own helpers: SqlErrors, PinHash, Transaction

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kBinsPerAisle = 80;      // 20 bays × 4 levels
constexpr int kLowValueMinor = 2000;   // below: refund without return
constexpr int kHighValueMinor = 30000; // from here: return required with proof

/// SplitMix64: small, fast and the same on every platform and library (std distributions are not).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool percent(int p) { return between(0, 99) < p; }
    template <typename T>
    const T& pick(const T* items, size_t count)
    {
        return items[next() % count];
    }

private:
    quint64 m_state;
};

struct Family
{
    QString code;
    QString name;
    QString category;
    QString packingClass;
    QString hsCode;
    QStringList origins;
    int weightMin, weightMax, valueMin, valueMax;
    QString variants; // size, colour or -
    QString restrictionTags;
    int length, width, height;
};

struct Destination
{
    const char* country;
    const char* currency;
    int weight;
    const char* cities[3];
    const char* postalFormat; // '9' is a digit, 'A' a letter
    const char* carrier;
};

// Where a German warehouse of a cross-border seller ships: EU neighbours, the UK, North America,
// Asia-Pacific. Weights are shares of orders.
constexpr std::array kDestinations = {
    Destination{"DE", "EUR", 20, {"Berlin", "Hamburg", "München"}, "99999", "DHL"},
    Destination{"FR", "EUR", 11, {"Paris", "Lyon", "Marseille"}, "99999", "Colissimo"},
    Destination{"GB", "GBP", 11, {"London", "Manchester", "Leeds"}, "AA9 9AA", "Royal Mail"},
    Destination{"US", "USD", 14, {"New York", "Austin", "Seattle"}, "99999", "UPS"},
    Destination{"NL", "EUR", 6, {"Amsterdam", "Utrecht", "Rotterdam"}, "9999 AA", "PostNL"},
    Destination{"SE", "SEK", 5, {"Stockholm", "Göteborg", "Malmö"}, "999 99", "PostNord"},
    Destination{"IT", "EUR", 6, {"Milano", "Roma", "Torino"}, "99999", "BRT"},
    Destination{"ES", "EUR", 6, {"Madrid", "Barcelona", "Valencia"}, "99999", "Correos"},
    Destination{"PL", "PLN", 4, {"Warszawa", "Kraków", "Gdańsk"}, "99-999", "InPost"},
    Destination{"JP", "JPY", 5, {"Tokyo", "Osaka", "Nagoya"}, "999-9999", "Japan Post"},
    Destination{"AU", "AUD", 4, {"Sydney", "Melbourne", "Brisbane"}, "9999", "Australia Post"},
    Destination{"CA", "CAD", 5, {"Toronto", "Vancouver", "Montréal"}, "A9A 9A9", "Canada Post"},
    Destination{"CH", "CHF", 3, {"Zürich", "Genève", "Basel"}, "9999", "Swiss Post"},
};

constexpr std::array kFirstNames = {"Anna",
                                    "Lukas",
                                    "Sophie",
                                    "James",
                                    "Emma",
                                    "Noah",
                                    "Yuki",
                                    "Liam",
                                    "Olivia",
                                    "Mateo",
                                    "Chloé",
                                    "Lars",
                                    "Giulia",
                                    "Hiro",
                                    "Zofia",
                                    "Ava"};
constexpr std::array kLastNames = {"Müller",
                                   "Martin",
                                   "Smith",
                                   "Johnson",
                                   "de Vries",
                                   "Andersson",
                                   "Rossi",
                                   "García",
                                   "Kowalski",
                                   "Sato",
                                   "Brown",
                                   "Tremblay",
                                   "Meier",
                                   "Dubois"};
constexpr std::array kStreets = {"Market Street",
                                 "Hauptstraße",
                                 "Rue de la Paix",
                                 "High Street",
                                 "Via Roma",
                                 "Calle Mayor",
                                 "Kungsgatan",
                                 "Ulica Długa",
                                 "Main Street",
                                 "Sakura-dori"};
constexpr std::array kAdjectives = {
    "Classic", "Essential", "Urban", "Nordic", "Premium", "Everyday", "Trail", "Studio", "Coastal", "Heritage"};
constexpr std::array kSizes = {"XS", "S", "M", "L", "XL"};
constexpr std::array kColours = {"Black", "White", "Navy", "Red", "Green", "Grey"};
constexpr std::array kServices = {"standard", "standard", "standard", "express", "economy"};

QString colourCode(const QString& colour)
{
    static constexpr std::array kCodes = {"BLK", "WHT", "NVY", "RED", "GRN", "GRY"};
    for (size_t i = 0; i < kColours.size(); ++i)
        if (colour == QLatin1String(kColours[i]))
            return QString::fromLatin1(kCodes[i]);
    return colour.left(3).toUpper();
}

Result<QList<Family>> loadFamilies()
{
    QFile file(QStringLiteral(":/wf/demo/catalog.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(Error::Code::InvalidInput, QStringLiteral("demo catalogue resource missing"));
    QList<Family> families;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 13)
            return fail(Error::Code::InvalidInput, QStringLiteral("bad catalogue line"), line);
        const QStringList dims = f[12].split(QLatin1Char('x'));
        families.append({f[0],
                         f[1],
                         f[2],
                         f[3],
                         f[4],
                         f[5].split(QLatin1Char(',')),
                         f[6].toInt(),
                         f[7].toInt(),
                         f[8].toInt(),
                         f[9].toInt(),
                         f[10],
                         f[11] == QLatin1String("-") ? QString() : f[11],
                         dims.value(0).toInt(),
                         dims.value(1).toInt(),
                         dims.value(2).toInt()});
    }
    return families;
}

QString gtin13(qint64 index)
{
    const QString body = QStringLiteral("400%1").arg(index, 9, 10, QLatin1Char('0'));
    return body + QString::number(gs1CheckDigit(body));
}

QString caseGtin14(const QString& unitGtin13)
{
    const QString body = QLatin1Char('1') + unitGtin13.left(12);
    return body + QString::number(gs1CheckDigit(body));
}

QString sscc(qint64 serial)
{
    const QString body = QStringLiteral("0401234%1").arg(serial, 10, 10, QLatin1Char('0'));
    return body + QString::number(gs1CheckDigit(body));
}

QString postalCode(DemoRandom& rng, const char* format)
{
    QString out;
    for (const char* c = format; *c; ++c) {
        if (*c == '9')
            out += QLatin1Char(char('0' + rng.between(0, 9)));
        else if (*c == 'A')
            out += QLatin1Char(char('A' + rng.between(0, 25)));
        else
            out += QLatin1Char(*c);
    }
    return out;
}

/// A prepared INSERT reused for every row of one table.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase& db, const char* table, const QStringList& columns)
        : m_query(db)
        , m_table(QString::fromLatin1(table))
    {
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        m_prepared = m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(m_table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    }
    Result<void> row(std::initializer_list<QVariant> values)
    {
        if (!m_prepared)
            return queryFailure(m_query, QStringLiteral("prepare insert into ") + m_table);
        int i = 0;
        for (const QVariant& v : values)
            m_query.bindValue(i++, v.typeId() == QMetaType::QString ? textOrEmpty(v.toString()) : v);
        if (!m_query.exec())
            return queryFailure(m_query, QStringLiteral("insert into ") + m_table);
        ++m_rows;
        return {};
    }
    qint64 rows() const { return m_rows; }

private:
    QSqlQuery m_query;
    QString m_table;
    bool m_prepared = false;
    qint64 m_rows = 0;
};

QStringList cols(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

#define WF_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        if (auto wf_ok = (expr); !wf_ok)                                                                               \
            return std::unexpected(wf_ok.error());                                                                     \
    } while (false)

} // namespace

Result<void> DemoOptions::validate() const
{
    if (skus < kMinSkus || skus > kMaxSkus)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--skus must be between %1 and %2").arg(kMinSkus).arg(kMaxSkus),
                    QString::number(skus));
    if (orders < kMinOrders || orders > kMaxOrders)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--orders must be between %1 and %2").arg(kMinOrders).arg(kMaxOrders),
                    QString::number(orders));
    if (orders * 6 > skus * 1000)
        return fail(Error::Code::InvalidInput, QStringLiteral("too many orders for so few SKUs"));
    if (!anchor.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("invalid anchor date"));
    return {};
}

/// One generation: the state shared by the sections (products, locations, reservations).
class DemoDataGenerator::Run
{
public:
    Run(QSqlDatabase db, const DemoOptions& options)
        : m_db(std::move(db))
        , m_options(options)
        , m_rng(options.seed * 0x2545F4914F6CDD1DULL + 1)
        , m_now(options.anchor.toMSecsSinceEpoch())
    {}

    Result<DemoSummary> generate()
    {
        auto families = loadFamilies();
        if (!families)
            return std::unexpected(families.error());
        m_families = *families;
        WF_TRY(warehouse());
        WF_TRY(products());
        WF_TRY(locations());
        WF_TRY(orders());
        WF_TRY(stock());
        WF_TRY(returns());
        WF_TRY(operators());
        WF_TRY(rules());
        WF_TRY(history());
        if (auto sealed = AuditLog(m_db).sealUnchained(); !sealed) // the history's audit rows join the chain
            return std::unexpected(sealed.error());
        return m_summary;
    }

private:
    struct Product
    {
        int family;
        int valueMinor;
        bool isBundle;
        int reorderPoint = 0;
    };
    struct ShippedLine
    {
        QString orderId;
        QString shipmentId;
        int lineNo;
        qint64 sku;
        int quantity;
        QString serial;
        qint64 shippedAt;
    };

    QSqlDatabase m_db;
    DemoOptions m_options;
    DemoRandom m_rng;
    qint64 m_now;
    DemoSummary m_summary;
    QList<Family> m_families;
    std::vector<Product> m_products;
    std::vector<QString> m_skus;
    std::vector<int> m_reserved;   // units reserved by open shipments, per SKU index
    std::vector<qint64> m_pickBin; // location id of each SKU's pick bin
    qint64 m_stagingLocation = 0;
    qint64 m_returnsLocation = 0;
    qint64 m_holdLocation = 0;
    std::vector<ShippedLine> m_shipped;
    qint64 m_movementSeq = 0;

    Result<void> warehouse()
    {
        BulkInsert wh(m_db, "warehouse", cols("id,name,country"));
        WF_TRY(wh.row({QStringLiteral("WH1"), QStringLiteral("Leipzig Fulfilment Centre"), QStringLiteral("DE")}));
        BulkInsert st(m_db, "station", cols("id,warehouse_id,name"));
        for (const char* id : {"ST-PICK-1", "ST-PACK-1", "ST-PACK-2", "ST-RET-1", "ST-DEMO"})
            WF_TRY(st.row({QString::fromLatin1(id), QStringLiteral("WH1"), QString::fromLatin1(id)}));
        return {};
    }

    QList<QPair<QString, QString>> variantsOf(const Family& family)
    {
        QList<QPair<QString, QString>> variants; // size, colour
        const int colour = int(m_rng.between(0, kColours.size() - 1));
        if (family.variants == QLatin1String("size")) {
            for (const char* size : kSizes)
                variants.append({QString::fromLatin1(size), QString::fromLatin1(kColours[colour])});
        } else if (family.variants == QLatin1String("colour")) {
            for (int i = 0; i < 4; ++i)
                variants.append({QString(), QString::fromLatin1(kColours[(colour + i) % kColours.size()])});
        } else {
            variants.append({QString(), QString()});
        }
        return variants;
    }

    Result<void> products()
    {
        BulkInsert product(m_db,
                           "product",
                           cols("sku,name,family,size,colour,category,packing_class,weight_g,length_mm,width_mm,"
                                "height_mm,hs_code,origin_country,customs_description,declared_value_minor,currency,"
                                "restriction_tags,is_bundle,daily_sales,lead_time_days,safety_stock,updated_at"));
        BulkInsert barcode(m_db, "barcode", cols("code,sku,quantity,kind"));
        BulkInsert component(m_db, "bundle_component", cols("bundle_sku,component_sku,quantity"));
        m_products.reserve(size_t(m_options.skus));
        m_skus.reserve(size_t(m_options.skus));
        for (qint64 model = 0; qint64(m_products.size()) < m_options.skus; ++model) {
            if (model % 97 == 96 && m_products.size() >= 2) {
                WF_TRY(bundle(model, product, barcode, component));
                continue;
            }
            const int f = int(model % m_families.size());
            const Family& family = m_families[f];
            const QString adjective =
                QString::fromLatin1(kAdjectives[(model / m_families.size()) % kAdjectives.size()]);
            const int valueMinor = int(m_rng.between(family.valueMin, family.valueMax)) * 100 - 1;
            const int weight = int(m_rng.between(family.weightMin, family.weightMax));
            const QString origin = family.origins[int(m_rng.between(0, family.origins.size() - 1))];
            // A few products arrive with incomplete customs data, as they do from marketplaces.
            const bool customsGap = m_rng.between(0, 199) == 0;
            for (const auto& [size, colour] : variantsOf(family)) {
                if (qint64(m_products.size()) >= m_options.skus)
                    break;
                const qint64 index = qint64(m_products.size());
                const double dailySales = double(m_rng.between(1, 30)) / 10.0; // 0.1–3 a day
                const int leadTimeDays = int(m_rng.between(3, 21));
                const int safetyStock = int(m_rng.between(0, 10));
                QString sku = QStringLiteral("%1-%2").arg(family.code).arg(model, 6, 10, QLatin1Char('0'));
                QString name = adjective + QLatin1Char(' ') + family.name;
                if (!colour.isEmpty()) {
                    sku += QLatin1Char('-') + colourCode(colour);
                    name += QStringLiteral(", ") + colour;
                }
                if (!size.isEmpty()) {
                    sku += QLatin1Char('-') + size;
                    name += QStringLiteral(", ") + size;
                }
                WF_TRY(product.row({sku,
                                    name,
                                    family.name,
                                    size,
                                    colour,
                                    family.category,
                                    family.packingClass,
                                    weight,
                                    family.length,
                                    family.width,
                                    family.height,
                                    customsGap ? QString() : family.hsCode,
                                    origin,
                                    family.name,
                                    valueMinor,
                                    QStringLiteral("EUR"),
                                    family.restrictionTags,
                                    0,
                                    dailySales,
                                    leadTimeDays,
                                    safetyStock,
                                    m_now - kDayMs * 30}));
                WF_TRY(barcodesFor(index, sku, barcode));
                m_products.push_back({f, valueMinor, false, reorderPointOf(dailySales, leadTimeDays, safetyStock)});
                m_skus.push_back(sku);
            }
        }
        m_summary.products = product.rows();
        m_summary.barcodes = barcode.rows();
        return {};
    }

    Result<void> barcodesFor(qint64 index, const QString& sku, BulkInsert& barcode)
    {
        const QString unit = gtin13(index);
        WF_TRY(barcode.row({unit, sku, 1, QStringLiteral("gtin")}));
        if (index % 3 == 0) {
            static constexpr int kCaseSizes[] = {6, 12, 24};
            WF_TRY(barcode.row({caseGtin14(unit), sku, kCaseSizes[index % 9 / 3], QStringLiteral("packaging")}));
        }
        if (index % 10 == 0)
            WF_TRY(barcode.row(
                {QStringLiteral("WF%1").arg(index, 8, 10, QLatin1Char('0')), sku, 1, QStringLiteral("internal")}));
        return {};
    }

    Result<void> bundle(qint64 model, BulkInsert& product, BulkInsert& barcode, BulkInsert& component)
    {
        const qint64 index = qint64(m_products.size());
        const qint64 a = m_rng.between(0, index - 1);
        qint64 b = m_rng.between(0, index - 1);
        if (b == a)
            b = (a + 1) % index;
        const Product& pa = m_products[size_t(a)];
        const Product& pb = m_products[size_t(b)];
        if (pa.isBundle || pb.isBundle) // components are single items
            return {};
        const QString sku = QStringLiteral("BND-%1").arg(model, 6, 10, QLatin1Char('0'));
        const Family& fa = m_families[pa.family];
        const int value = pa.valueMinor + pb.valueMinor;
        const QString name =
            QStringLiteral("Gift set: ") + fa.name + QStringLiteral(" + ") + m_families[pb.family].name;
        WF_TRY(product.row({sku,
                            name,
                            QStringLiteral("Gift set"),
                            QString(),
                            QString(),
                            QStringLiteral("bundle"),
                            fa.packingClass,
                            500,
                            400,
                            300,
                            200,
                            fa.hsCode,
                            fa.origins.value(0),
                            QStringLiteral("Gift set"),
                            value,
                            QStringLiteral("EUR"),
                            fa.restrictionTags,
                            1,
                            1.0,
                            14,
                            2,
                            m_now - kDayMs * 30}));
        WF_TRY(component.row({sku, m_skus[size_t(a)], 1}));
        WF_TRY(component.row({sku, m_skus[size_t(b)], 1}));
        WF_TRY(barcodesFor(index, sku, barcode));
        m_products.push_back({pa.family, value, true});
        m_skus.push_back(sku);
        ++m_summary.bundles;
        return {};
    }

    Result<void> locations()
    {
        BulkInsert location(m_db, "location", cols("id,warehouse_id,code,zone,pick_sequence,kind"));
        const qint64 pickBins = (qint64(m_products.size()) + 1) / 2; // two SKUs share a pick bin
        const qint64 aislesPerZone = std::max<qint64>(1, (pickBins / kBinsPerAisle + 4) / 4);
        qint64 id = 0;
        qint64 sequence = 0;
        for (qint64 bin = 0; bin < pickBins; ++bin) {
            const qint64 aisle = bin / kBinsPerAisle;
            const char zone = char('A' + std::min<qint64>(3, aisle / aislesPerZone));
            const qint64 slot = bin % kBinsPerAisle;
            // Serpentine walk: odd aisles are walked back down, so the sequence follows the feet.
            const qint64 bay = aisle % 2 == 0 ? slot / 4 + 1 : 20 - slot / 4;
            const QString code = QStringLiteral("%1-%2-%3-%4")
                                     .arg(QLatin1Char(zone))
                                     .arg(aisle + 1, 3, 10, QLatin1Char('0'))
                                     .arg(bay, 2, 10, QLatin1Char('0'))
                                     .arg(slot % 4 + 1);
            WF_TRY(location.row(
                {++id, QStringLiteral("WH1"), code, QString(QLatin1Char(zone)), ++sequence, QStringLiteral("pick")}));
        }
        m_pickBin.resize(m_products.size());
        for (size_t i = 0; i < m_products.size(); ++i)
            m_pickBin[i] = qint64(i / 2) + 1;
        const qint64 bulkBins = std::max<qint64>(10, qint64(m_products.size()) / 20);
        for (qint64 bin = 0; bin < bulkBins; ++bin)
            WF_TRY(location.row({++id,
                                 QStringLiteral("WH1"),
                                 QStringLiteral("BULK-%1").arg(bin + 1, 5, 10, QLatin1Char('0')),
                                 QStringLiteral("BULK"),
                                 ++sequence,
                                 QStringLiteral("bulk")}));
        m_stagingLocation = id + 1;
        for (const auto& [code, zone, kind] : {std::tuple{"PACK-STAGING", "STAGING", "staging"},
                                               std::tuple{"RETURNS-01", "RETURNS", "returns"},
                                               std::tuple{"HOLD-01", "HOLD", "hold"}})
            WF_TRY(location.row({++id,
                                 QStringLiteral("WH1"),
                                 QString::fromLatin1(code),
                                 QString::fromLatin1(zone),
                                 ++sequence,
                                 QString::fromLatin1(kind)}));
        m_returnsLocation = m_stagingLocation + 1;
        m_holdLocation = m_stagingLocation + 2;
        m_summary.locations = location.rows();
        return {};
    }

    const Destination& destination()
    {
        int total = 0;
        for (const auto& d : kDestinations)
            total += d.weight;
        int roll = int(m_rng.between(0, total - 1));
        for (const auto& d : kDestinations) {
            if (roll < d.weight)
                return d;
            roll -= d.weight;
        }
        return kDestinations[0];
    }

    QString trackingNumber(const Destination& d, qint64 n)
    {
        if (QLatin1String(d.carrier) == QLatin1String("UPS"))
            return QStringLiteral("1Z999AA1%1").arg(n, 10, 10, QLatin1Char('0'));
        return QStringLiteral("JJD%1").arg(n * 7919 % 1'000'000'000'000LL, 15, 10, QLatin1Char('0'));
    }

    Result<void> orders()
    {
        BulkInsert order(m_db,
                         "orders",
                         cols("id,channel,customer_name,address_line,city,postal_code,destination_country,"
                              "service_level,ship_by,declared_value_minor,currency,status,created_at"));
        BulkInsert line(m_db, "order_line", cols("order_id,line_no,sku,quantity,unit_value_minor"));
        BulkInsert shipment(m_db,
                            "shipment",
                            cols("id,order_id,package_no,package_count,carrier,service,tracking_number,"
                                 "label_barcode,sscc,status,box_code,weight_g,shipped_at"));
        BulkInsert shipmentLine(m_db, "shipment_line", cols("shipment_id,line_no,sku,quantity,lot,serial"));
        m_reserved.assign(m_products.size(), 0);
        const qint64 shippedOrders = m_options.orders / 4; // a week of history
        for (qint64 n = 0; n < m_options.orders; ++n)
            WF_TRY(oneOrder(n, n < shippedOrders, order, line, shipment, shipmentLine));
        m_summary.orders = order.rows();
        m_summary.shipments = shipment.rows();
        return {};
    }

    qint64 orderSku(qint64 n, int lineNo, bool shipped)
    {
        // The first shipped orders carry one cheap, one normal and one expensive item so that each
        // return path exists in every dataset.
        if (shipped && n < 3 && lineNo == 1)
            return skuWithValue(n == 0 ? 0 : n == 1 ? 5000 : 40000);
        return m_rng.between(0, qint64(m_products.size()) - 1);
    }

    qint64 skuWithValue(int atLeastMinor)
    {
        qint64 best = 0;
        for (size_t i = 0; i < m_products.size(); ++i) {
            const int v = m_products[i].valueMinor;
            if (m_products[i].isBundle)
                continue;
            if (atLeastMinor == 0 ? v < m_products[size_t(best)].valueMinor
                                  : (v >= atLeastMinor
                                     && (v < m_products[size_t(best)].valueMinor
                                         || m_products[size_t(best)].valueMinor < atLeastMinor)))
                best = qint64(i);
        }
        return best;
    }

    Result<void> oneOrder(
        qint64 n, bool shipped, BulkInsert& order, BulkInsert& line, BulkInsert& shipment, BulkInsert& shipmentLine)
    {
        const Destination& d = destination();
        const QString orderId = QStringLiteral("SO-%1").arg(100001 + n);
        const int lineCount = int(m_rng.percent(45) ? 1 : m_rng.between(2, 6));
        const bool split = lineCount >= 2 && (n % 12 == 5 || n == 1);
        const qint64 created = shipped ? m_now - m_rng.between(kDayMs, 7 * kDayMs) : m_now - m_rng.between(0, kDayMs);
        const qint64 shipBy =
            created
            + (QLatin1String(kServices[n % kServices.size()]) == QLatin1String("express") ? kDayMs / 2 : 2 * kDayMs);
        const int packages = split ? 2 : 1;
        QList<std::tuple<int, qint64, int>> lines; // line no, sku index, quantity
        qint64 total = 0;
        for (int l = 1; l <= lineCount; ++l) {
            const qint64 sku = orderSku(n, l, shipped);
            // Serialised goods (electronics) go one unit per line, so each line carries its serial.
            const bool serialised =
                m_families[m_products[size_t(sku)].family].packingClass == QLatin1String("electronics");
            const int qty = m_rng.percent(80) || serialised ? 1 : int(m_rng.between(2, 4));
            lines.append({l, sku, qty});
            total += qint64(m_products[size_t(sku)].valueMinor) * qty;
        }
        const QString name = QString::fromUtf8(m_rng.pick(kFirstNames.data(), kFirstNames.size())) + QLatin1Char(' ')
                             + QString::fromUtf8(m_rng.pick(kLastNames.data(), kLastNames.size()));
        WF_TRY(order.row({orderId,
                          n % 3 == 0   ? QStringLiteral("shopify")
                          : n % 3 == 1 ? QStringLiteral("amazon")
                                       : QStringLiteral("ebay"),
                          name,
                          QStringLiteral("%1 %2")
                              .arg(m_rng.between(1, 220))
                              .arg(QString::fromUtf8(m_rng.pick(kStreets.data(), kStreets.size()))),
                          QString::fromUtf8(d.cities[n % 3]),
                          postalCode(m_rng, d.postalFormat),
                          QString::fromLatin1(d.country),
                          QString::fromLatin1(kServices[n % kServices.size()]),
                          shipBy,
                          total,
                          QStringLiteral("EUR"),
                          shipped ? QStringLiteral("shipped") : QStringLiteral("open"),
                          created}));
        for (const auto& [l, sku, qty] : lines)
            WF_TRY(line.row({orderId, l, m_skus[size_t(sku)], qty, m_products[size_t(sku)].valueMinor}));
        if (split)
            ++m_summary.splitOrders;
        for (int k = 1; k <= packages; ++k) {
            const QString shipmentId = QStringLiteral("SH-%1-%2").arg(100001 + n).arg(k);
            const qint64 shippedAt = created + m_rng.between(kDayMs / 8, kDayMs / 2);
            WF_TRY(shipment.row({shipmentId,
                                 orderId,
                                 k,
                                 packages,
                                 QString::fromLatin1(d.carrier),
                                 QString::fromLatin1(kServices[n % kServices.size()]),
                                 trackingNumber(d, n * 2 + k),
                                 trackingNumber(d, n * 2 + k),
                                 n % 5 == 0 ? sscc(n * 2 + k) : QString(),
                                 shipped ? QStringLiteral("shipped") : QStringLiteral("awaiting_pick"),
                                 shipped ? QStringLiteral("BOX-M") : QString(),
                                 shipped ? QVariant(int(m_rng.between(300, 3000))) : QVariant(),
                                 shipped ? QVariant(shippedAt) : QVariant()}));
            int shipmentLineNo = 0;
            for (const auto& [l, sku, qty] : lines) {
                // Split orders: the first line goes in package 1, the rest in package 2.
                if (packages == 2 && (l == 1) != (k == 1))
                    continue;
                const bool serialised =
                    m_families[m_products[size_t(sku)].family].packingClass == QLatin1String("electronics");
                const QString serial =
                    serialised ? QStringLiteral("SN%1%2").arg(100001 + n).arg(l, 2, 10, QLatin1Char('0')) : QString();
                WF_TRY(shipmentLine.row({shipmentId,
                                         ++shipmentLineNo,
                                         m_skus[size_t(sku)],
                                         qty,
                                         QStringLiteral("L%1").arg(2600 + sku % 50),
                                         serial}));
                if (shipped)
                    m_shipped.push_back({orderId, shipmentId, shipmentLineNo, sku, qty, serial, shippedAt});
                else
                    m_reserved[size_t(sku)] += qty;
            }
        }
        return {};
    }

    Result<void> stock()
    {
        BulkInsert stock(m_db, "stock", cols("sku,location_id,on_hand,reserved,inbound,hold"));
        const qint64 bulkBins = std::max<qint64>(10, qint64(m_products.size()) / 20);
        const qint64 firstBulk = (qint64(m_products.size()) + 1) / 2 + 1;
        for (size_t i = 0; i < m_products.size(); ++i) {
            if (m_products[i].isBundle)
                continue; // a bundle is built from its components' stock
            const int reserved = m_reserved[i];
            const int hold = m_rng.percent(8) ? int(m_rng.between(1, 3)) : 0;
            // Replenishment keeps most SKUs above their reorder point; about 6% are below it
            // (low stock at pick happens) and 4% have nothing free at the pick face (stockouts).
            const int reorderPoint = m_products[i].reorderPoint;
            const int free = m_rng.percent(4)   ? 0
                             : m_rng.percent(6) ? int(m_rng.between(1, std::max(1, reorderPoint - 1)))
                                                : reorderPoint + int(m_rng.between(1, 60));
            const int inbound = m_rng.percent(15) ? int(m_rng.between(6, 120)) : 0;
            WF_TRY(stock.row({m_skus[i], m_pickBin[i], reserved + hold + free, reserved, inbound, hold}));
            if (i % 10 == 0)
                WF_TRY(stock.row(
                    {m_skus[i], firstBulk + qint64(i / 10) % bulkBins, int(m_rng.between(24, 480)), 0, 0, 0}));
        }
        m_summary.stockRows = stock.rows();
        return {};
    }

    Result<void> returns()
    {
        BulkInsert rma(m_db,
                       "return_auth",
                       cols("id,order_id,shipment_id,return_path,value_minor,currency,tracking_number,status,"
                            "created_at"));
        BulkInsert line(m_db,
                        "return_line",
                        cols("rma_id,line_no,sku,quantity,unit_value_minor,shipped_serial,shipped_lot,status"));
        qint64 count = 0;
        for (size_t i = 0; i < m_shipped.size(); ++i) {
            const ShippedLine& s = m_shipped[i];
            // Lines 0..2 are the deliberate low, normal and high value items; then every 9th line.
            const bool deliberate = s.orderId <= QLatin1String("SO-100003") && s.lineNo == 1;
            if (!deliberate && i % 9 != 4)
                continue;
            const int value = m_products[size_t(s.sku)].valueMinor * s.quantity;
            const QString path = value < kLowValueMinor     ? QStringLiteral("refund_only")
                                 : value >= kHighValueMinor ? QStringLiteral("return_with_proof")
                                                            : QStringLiteral("inspect_at_hub");
            const QString id = QStringLiteral("RMA-%1").arg(500001 + count++);
            WF_TRY(rma.row({id,
                            s.orderId,
                            s.shipmentId,
                            path,
                            value,
                            QStringLiteral("EUR"),
                            QStringLiteral("RT%1").arg(700000000 + count),
                            QStringLiteral("expected"),
                            s.shippedAt + 2 * kDayMs}));
            WF_TRY(line.row({id,
                             1,
                             m_skus[size_t(s.sku)],
                             s.quantity,
                             m_products[size_t(s.sku)].valueMinor,
                             s.serial,
                             QStringLiteral("L%1").arg(2600 + s.sku % 50),
                             QStringLiteral("expected")}));
        }
        m_summary.returns = rma.rows();
        return {};
    }

    Result<void> operators()
    {
        BulkInsert op(m_db, "operator", cols("badge,name,roles,pin_hash,language,active"));
        struct Person
        {
            const char *badge, *name, *roles, *pin, *language;
            int active;
        };
        // Training badges, listed in docs/demo.md. PINs are demo PINs only.
        static constexpr Person kPeople[] = {
            {"P1001", "Mia Schneider", "picker", "", "en", 1},
            {"P1002", "Jonas Becker", "picker", "", "de", 1},
            {"K2001", "Leonie Wagner", "packer", "", "en", 1},
            {"K2002", "Felix Hoffmann", "packer", "", "de", 1},
            {"R3001", "Clara Fischer", "returns", "", "en", 1},
            {"L5001", "Emil Weber", "picker,packer,returns", "", "en", 1},
            {"S9001", "Hannah Keller", "supervisor,picker,packer,returns", "2468", "en", 1},
            {"S9002", "Paul Richter", "supervisor,picker,packer,returns", "1357", "de", 1},
            {"X0001", "Former Temp", "picker", "", "en", 0},
        };
        for (const Person& p : kPeople) {
            const QString pin = QString::fromLatin1(p.pin);
            WF_TRY(op.row({QString::fromLatin1(p.badge),
                           QString::fromUtf8(p.name),
                           QString::fromLatin1(p.roles),
                           pin.isEmpty() ? QString() : PinHash::make(pin),
                           QString::fromLatin1(p.language),
                           p.active}));
        }
        m_summary.operators = op.rows();
        return {};
    }

    Result<void> rules()
    {
        // The playbook is the cache's own default (migration 0007); the destination rules are the demo's.
        BulkInsert dest(
            m_db, "destination_rule", cols("restriction_tag,country,service,action,suggested_service,reason"));
        for (const auto& [tag, country, action, suggested, reason] :
             {std::tuple{"battery_li_ion", "AU", "block", "", "Loose lithium-ion batteries may not be posted to AU"},
              std::tuple{"battery_li_ion", "JP", "suggest_service", "economy", "Loose Li-ion batteries: surface only"},
              std::tuple{"battery_li_ion", "US", "suggest_service", "economy", "Loose Li-ion batteries: ground only"},
              std::tuple{"flammable_liquid", "*", "block", "", "Perfume is a dangerous good (UN1266) by air"},
              std::tuple{"liquid_cosmetic", "CA", "warn", "", "Cosmetics to Canada need ingredient labels"},
              std::tuple{"oversize", "JP", "suggest_service", "freight", "Oversize parcel: use freight"},
              std::tuple{"oversize", "AU", "suggest_service", "freight", "Oversize parcel: use freight"}})
            WF_TRY(dest.row({QString::fromLatin1(tag),
                             QString::fromLatin1(country),
                             QStringLiteral("*"),
                             QString::fromLatin1(action),
                             QString::fromLatin1(suggested),
                             QString::fromLatin1(reason)}));
        return {};
    }

    // A week of floor life for the shipped orders: scans, movements (acknowledged by the master),
    // exceptions and audit rows, so every screen and metric has something to show.
    Result<void> history()
    {
        BulkInsert scan(
            m_db, "scan_log", cols("scanned_at,station_id,operator_badge,workflow,source,payload,verdict,code"));
        BulkInsert movement(m_db,
                            "movement",
                            cols("uuid,station_id,station_seq,kind,sku,quantity,from_location_id,to_location_id,"
                                 "reference,operator_badge,created_at,state"));
        BulkInsert exception(m_db,
                             "exception",
                             cols("kind,status,reference,order_id,sku,detail,operator_badge,station_id,raised_at,"
                                  "resolved_by,resolved_at,resolution_note"));
        BulkInsert audit(m_db, "audit", cols("at,operator_badge,station_id,action,subject,detail"));
        for (size_t i = 0; i < m_shipped.size(); ++i)
            WF_TRY(historyOf(i, scan, movement, exception, audit));
        m_summary.scanLogRows = scan.rows();
        m_summary.movements = movement.rows();
        m_summary.exceptions = exception.rows();
        m_summary.auditRows = audit.rows();
        return {};
    }

    QString uuid()
    {
        const quint64 a = m_rng.next();
        const quint64 b = m_rng.next();
        return QStringLiteral("%1-%2-4%3-%4-%5")
            .arg(a >> 32, 8, 16, QLatin1Char('0'))
            .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
            .arg(a & 0xFFF, 3, 16, QLatin1Char('0'))
            .arg(0x8000 | ((b >> 48) & 0x3FFF), 4, 16, QLatin1Char('0'))
            .arg(b & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'));
    }

    Result<void> historyOf(size_t i, BulkInsert& scan, BulkInsert& movement, BulkInsert& exception, BulkInsert& audit)
    {
        static const QString kPicker[] = {QStringLiteral("P1001"), QStringLiteral("P1002"), QStringLiteral("L5001")};
        static const QString kPacker[] = {QStringLiteral("K2001"), QStringLiteral("K2002")};
        const ShippedLine& s = m_shipped[i];
        const QString picker = kPicker[i % 3];
        const QString packer = kPacker[i % 2];
        const QString sku = m_skus[size_t(s.sku)];
        const QString gtin = gtin13(s.sku);
        const qint64 pickedAt = s.shippedAt - m_rng.between(3600'000, 4 * 3600'000);
        const qint64 packedAt = s.shippedAt - m_rng.between(60'000, 1800'000);
        auto logScan = [&](qint64 at,
                           const char* station,
                           const QString& who,
                           const char* workflow,
                           const QString& payload,
                           codes::Code code) {
            // Written from the registry: the history holds the codes and kinds a real floor writes.
            return scan.row({at,
                             QString::fromLatin1(station),
                             who,
                             QString::fromLatin1(workflow),
                             QStringLiteral("wedge"),
                             payload,
                             codes::kindName(codes::kind(code)),
                             codes::name(code)});
        };
        WF_TRY(
            logScan(pickedAt - 5000, "ST-PICK-1", picker, "pick", QStringLiteral("A-BIN"), codes::Code::BinConfirmed));
        if (i % 23 == 7) { // a wrong item caught at the bin
            WF_TRY(logScan(pickedAt - 2000, "ST-PICK-1", picker, "pick", gtin13(s.sku + 1), codes::Code::WrongItem));
            WF_TRY(exceptionRow(exception, codes::Code::WrongItem, s, picker, "ST-PICK-1", pickedAt - 2000));
        }
        WF_TRY(logScan(pickedAt, "ST-PICK-1", picker, "pick", gtin, codes::Code::TaskDone));
        WF_TRY(movementRow(
            movement, "ST-PICK-1", "pick", sku, s, m_pickBin[size_t(s.sku)], m_stagingLocation, picker, pickedAt));
        WF_TRY(logScan(packedAt, "ST-PACK-1", packer, "pack", gtin, codes::Code::LinePacked));
        if (i % 31 == 11) { // a missing item caught at pack
            WF_TRY(logScan(packedAt + 500, "ST-PACK-1", packer, "pack", gtin, codes::Code::OverScan));
        }
        WF_TRY(
            movementRow(movement, "ST-PACK-1", "pack", sku, s, m_stagingLocation, m_stagingLocation, packer, packedAt));
        WF_TRY(logScan(s.shippedAt, "ST-PACK-1", packer, "pack", s.shipmentId, codes::Code::Shipped));
        WF_TRY(movementRow(movement, "ST-PACK-1", "ship", sku, s, m_stagingLocation, 0, packer, s.shippedAt));
        if (s.lineNo == 1)
            WF_TRY(audit.row({s.shippedAt,
                              packer,
                              QStringLiteral("ST-PACK-1"),
                              QStringLiteral("shipment_shipped"),
                              s.shipmentId,
                              QString()}));
        if (s.shipmentId.endsWith(QLatin1String("-2")) && s.lineNo == 1)
            WF_TRY(exceptionRow(exception, codes::Code::SplitShipment, s, packer, "ST-PACK-1", packedAt));
        if (i % 41 == 13) {
            WF_TRY(exceptionRow(exception, codes::Code::ShortPick, s, picker, "ST-PICK-1", pickedAt));
            WF_TRY(exceptionRow(exception, codes::Code::LowStock, s, picker, "ST-PICK-1", pickedAt));
        }
        if (i % 53 == 17) {
            WF_TRY(exceptionRow(exception, codes::Code::WeightMismatch, s, packer, "ST-PACK-1", packedAt));
            WF_TRY(audit.row({packedAt + 60'000,
                              QStringLiteral("S9001"),
                              QStringLiteral("ST-PACK-1"),
                              QStringLiteral("override_weight"),
                              s.shipmentId,
                              QStringLiteral("reason: scale recalibrated, box weighed again")}));
        }
        if (i % 97 == 3)
            WF_TRY(exceptionRow(exception, codes::Code::LabelMismatch, s, packer, "ST-PACK-1", s.shippedAt - 30'000));
        if (i % 89 == 5)
            WF_TRY(exceptionRow(exception, codes::Code::CustomsDataMissing, s, packer, "ST-PACK-1", packedAt));
        if (i % 101 == 9)
            WF_TRY(exceptionRow(exception, codes::Code::RestrictedDestination, s, packer, "ST-PACK-1", packedAt));
        return {};
    }

    Result<void> movementRow(BulkInsert& movement,
                             const char* station,
                             const char* kind,
                             const QString& sku,
                             const ShippedLine& s,
                             qint64 from,
                             qint64 to,
                             const QString& who,
                             qint64 at)
    {
        return movement.row({uuid(),
                             QString::fromLatin1(station),
                             ++m_movementSeq,
                             QString::fromLatin1(kind),
                             sku,
                             s.quantity,
                             from ? QVariant(from) : QVariant(),
                             to ? QVariant(to) : QVariant(),
                             s.shipmentId,
                             who,
                             at,
                             QStringLiteral("acked")});
    }

    Result<void> exceptionRow(BulkInsert& exception,
                              codes::Code kind,
                              const ShippedLine& s,
                              const QString& who,
                              const char* station,
                              qint64 at)
    {
        const bool resolved = at < m_now - 2 * kDayMs;
        return exception.row({codes::name(kind),
                              resolved ? QStringLiteral("resolved") : QStringLiteral("open"),
                              s.shipmentId,
                              s.orderId,
                              m_skus[size_t(s.sku)],
                              QString(),
                              who,
                              QString::fromLatin1(station),
                              at,
                              resolved ? QStringLiteral("S9001") : QString(),
                              resolved ? QVariant(at + 3600'000) : QVariant(),
                              resolved ? QStringLiteral("checked on the floor") : QString()});
    }
};

DemoDataGenerator::DemoDataGenerator(QSqlDatabase db, DemoOptions options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{}

DemoDataGenerator::~DemoDataGenerator() = default;

Result<DemoSummary> DemoDataGenerator::generate()
{
    WF_TRY(m_options.validate());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM product) + (SELECT count(*) FROM orders)")) || !q.next())
        return queryFailure(q, QStringLiteral("check empty cache"));
    if (q.value(0).toLongLong() > 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("the cache already holds products or orders"));
    q.finish();
    // One transaction: all or nothing. A large page cache keeps index inserts in memory.
    q.exec(QStringLiteral("PRAGMA cache_size=-400000"));
    if (!m_db.transaction())
        return fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("begin demo data"));
    Run run(m_db, m_options);
    auto summary = run.generate();
    if (!summary) {
        m_db.rollback();
    } else if (!m_db.commit()) {
        summary = fail(Error::Code::QueryFailed, m_db.lastError().text(), QStringLiteral("commit demo data"));
    }
    q.exec(QStringLiteral("PRAGMA cache_size=-16000"));
    return summary;
}

} // namespace wf::demo
