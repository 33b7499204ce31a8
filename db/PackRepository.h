#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "common/Result.h"
#include "db/PickRepository.h"

namespace wf::db {

/// A package on the pack bench: the shipment, its order's destination and what packing recorded.
struct PackShipmentRecord
{
    QString id;
    QString orderId;
    int packageNo = 1;
    int packageCount = 1;
    QString carrier;
    QString service;
    QString trackingNumber;
    QString labelBarcode;
    QString sscc;
    QString status; ///< picked, packing, packed, labelled, shipped …
    QString boxCode;
    int weightG = 0; ///< 0: not weighed
    QString weightOverrideBy;
    int labelPrints = 0;
    QString printedBarcode; ///< the barcode the last printed label carries
    QString customerName;
    QString addressLine;
    QString city;
    QString postalCode;
    QString destinationCountry;
    QString currency;
    QString originCountry; ///< the warehouse's country
};

/// One line of the package with what the checks need to know about its product.
struct PackLineRecord
{
    int lineNo = 0;
    QString sku;
    QString productName;
    QString size;
    int quantity = 0; ///< units expected in the package: what was picked
    int packedQty = 0;
    QString packingClass;
    QString restrictionTags; ///< comma-separated
    int weightG = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    QString hsCode;
    QString originCountry;
    QString customsDescription;
    qint64 declaredValueMinor = 0; ///< per unit
    QString currency;
    QString serial;
    QString lot;

    int orderedQty = 0;  ///< the line as the order has it; quantity is what was picked of it
    int shortQty = 0;    ///< not picked: orderedQty - quantity
    QString shortReason; ///< not_found, damaged, quantity_short, wrong_item_in_bin, no_stock

    int remaining() const { return quantity - packedQty; }
};

struct PackingRuleRecord
{
    qint64 id = 0;
    QString packingClass; ///< "*" for any
    int minItems = 1;
    QString promptCode;
    QString promptText;
    bool enabled = true;
};

struct DestinationRuleRecord
{
    qint64 id = 0;
    QString restrictionTag;
    QString country; ///< ISO alpha-2 or "*"
    QString service; ///< "*" for any
    QString action;  ///< block, warn, suggest_service
    QString suggestedService;
    QString reason;
    bool enabled = true;
};

struct PackPromptRecord
{
    QString code;
    QString text;
    QString acknowledgedBy; ///< empty: not yet
};

struct BoxTypeRecord
{
    QString code;
    QString name;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    int tareG = 0;
    int maxWeightG = 0;
};

/// Shipments at the pack bench, the playbook and destination rules, boxes. Writers run inside the
/// caller's transaction.
class PackRepository
{
public:
    explicit PackRepository(QSqlDatabase db);
    ~PackRepository();
    PackRepository(const PackRepository&) = delete;
    PackRepository& operator=(const PackRepository&) = delete;

    /// The shipment a scanned code opens: a shipment id, the tote it was picked into (the tote's
    /// latest list), an order id (its first package not yet shipped) or a label's barcode.
    [[nodiscard]] Result<std::optional<QString>> shipmentFor(const QString& code);
    [[nodiscard]] Result<std::optional<PackShipmentRecord>> shipment(const QString& id);
    /// Shipments waiting at the pack bench (picked or being packed), oldest ship-by first.
    [[nodiscard]] Result<QStringList> waitingToPack(int limit);
    [[nodiscard]] Result<QList<PackLineRecord>> lines(const QString& shipmentId);
    /// Every barcode (and SKU) of the package's SKUs.
    [[nodiscard]] Result<QHash<QString, ListCode>> codes(const QString& shipmentId);
    [[nodiscard]] Result<QList<PackingRuleRecord>> packingRules();
    [[nodiscard]] Result<QList<DestinationRuleRecord>> destinationRules();
    [[nodiscard]] Result<QList<BoxTypeRecord>> boxTypes();
    /// The prompts acknowledged on this package so far.
    [[nodiscard]] Result<QList<PackPromptRecord>> prompts(const QString& shipmentId);

    /// Records that `badge` did what the prompt asks; false when it was acknowledged before.
    [[nodiscard]] Result<bool>
    acknowledge(const QString& shipmentId, const PackPromptRecord& prompt, const QString& badge);
    [[nodiscard]] Result<void> setPacked(const QString& shipmentId, int lineNo, int packedQty);
    /// Moves the shipment from `from` to `to`; NotFound when it was not in `from` (another station
    /// moved it on).
    [[nodiscard]] Result<void> moveStatus(const QString& shipmentId, const QString& from, const QString& to);
    /// packing → packed, in the box it went into; NotFound when it was not being packed.
    [[nodiscard]] Result<void> closePackage(const QString& shipmentId, const QString& boxCode);
    [[nodiscard]] Result<void> setService(const QString& shipmentId, const QString& service);
    [[nodiscard]] Result<void> setBox(const QString& shipmentId, const QString& boxCode);
    [[nodiscard]] Result<void> setWeight(const QString& shipmentId, int weightG, const QString& overrideBy);
    /// One more label printed for the package, carrying `barcode`.
    [[nodiscard]] Result<void> countLabelPrint(const QString& shipmentId, const QString& barcode);
    [[nodiscard]] Result<void> markShipped(const QString& shipmentId, const QString& verifiedBy);
    /// Packing rules are the station's data: a supervisor edits them.
    [[nodiscard]] Result<qint64> savePackingRule(const PackingRuleRecord& rule);
    /// The order's status follows its packages: shipped when every package is.
    [[nodiscard]] Result<void> updateOrderStatus(const QString& orderId);

private:
    /// Each statement prepared once: a pack bench runs the same dozen statements on every package.
    QSqlQuery& statement(const QString& sql);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_statements;
};

} // namespace wf::db
