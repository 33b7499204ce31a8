#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// One task of a pick list: take `quantity` of a SKU from a bin into a tote.
struct PickTaskRecord
{
    qint64 id = 0;
    int seq = 0;
    QString shipmentId;
    QString orderId;
    int lineNo = 0;
    QString sku;
    QString productName;
    QString size;
    QString colour;
    qint64 locationId = 0;
    QString locationCode;
    int pickSequence = 0;
    QString tote;
    int totePosition = 0;
    int quantity = 0;
    int picked = 0;
    int shortQty = 0;
    QString state; ///< pending, bin_confirmed, done, short
    QString requiredLot;
    QString requiredSerial;
    int reorderPoint = 0; ///< of the SKU, for the low-stock check after a pick

    bool finished() const { return state == QLatin1String("done") || state == QLatin1String("short"); }
    int remaining() const { return quantity - picked - shortQty; }
};

/// A code that picks one of a list's SKUs, and how many units one scan of it counts.
struct ListCode
{
    QString sku;
    QString kind; ///< gtin, internal, packaging; "sku" for the SKU typed as a code
    int units = 1;
};

/// A line of a pick list's shipment that no pick face holds: short from the start.
struct UnpickableLine
{
    QString shipmentId;
    QString orderId;
    int lineNo = 0;
    QString sku;
    int quantity = 0;
};

/// A shipment of a pick list and the tote it goes into.
struct PickToteRecord
{
    QString shipmentId;
    QString orderId;
    int position = 0;
    QString tote; ///< empty until bound
};

/// Pick lists, their totes and tasks. Writers run inside the caller's transaction; createList()
/// is the exception and makes a whole list in one transaction of its own.
class PickRepository
{
public:
    explicit PickRepository(QSqlDatabase db);

    /// The unfinished list of this station, if any: a restart resumes it.
    [[nodiscard]] Result<std::optional<qint64>> openList(const QString& stationId);
    /// A new list over up to `orders` shipments awaiting picking (earliest ship-by first) of which
    /// a pick face holds something, tasks in walking order. A line whose SKU no pick face holds
    /// gets no task: it is short from the start (reason no_stock) and its shipment partial.
    /// nullopt when nothing awaits picking.
    [[nodiscard]] Result<std::optional<qint64>>
    createList(const QString& stationId, const QString& operatorBadge, int orders);
    [[nodiscard]] Result<QList<PickToteRecord>> totes(qint64 listId);
    [[nodiscard]] Result<QList<PickTaskRecord>> tasks(qint64 listId);
    /// Every barcode (and SKU) of the list's SKUs, so the expected item is recognised without a lookup.
    [[nodiscard]] Result<QHash<QString, ListCode>> listCodes(qint64 listId);
    [[nodiscard]] Result<void> bindTote(qint64 listId, const QString& shipmentId, const QString& tote);
    [[nodiscard]] Result<void> updateTask(const PickTaskRecord& task,
                                          const QString& shortReason = {},
                                          const QString& lot = {},
                                          const QString& serial = {},
                                          const QString& expiry = {});
    [[nodiscard]] Result<void> markPartial(const QString& shipmentId);
    /// The lines of the list's shipments no pick face could give (short with reason no_stock).
    [[nodiscard]] Result<QList<UnpickableLine>> unpickableLines(qint64 listId);
    /// `units` of the shipment's line were not picked, for `reason`: the pack bench expects the rest.
    [[nodiscard]] Result<void> markLineShort(const QString& shipmentId, int lineNo, int units, const QString& reason);
    /// The shipment's every task is done or short: it waits for packing.
    [[nodiscard]] Result<void> markShipmentPicked(const QString& shipmentId);
    [[nodiscard]] Result<void> finishList(qint64 listId);
    /// The location with this code (a bin label), or nullopt.
    [[nodiscard]] Result<std::optional<qint64>> locationId(const QString& code);
    /// Available units of a SKU over all its locations.
    [[nodiscard]] Result<int> available(const QString& sku);
    /// Whether an open exception of this kind exists for the SKU (to raise low_stock once).
    [[nodiscard]] Result<bool> hasOpenException(const QString& sku, const QString& kind);

private:
    QSqlDatabase m_db;
    QSqlQuery m_updateTask; ///< prepared once: every confirmed pick scan runs it
    QSqlQuery m_locationByCode;
    QSqlQuery m_available;
    QSqlQuery m_openException;
};

} // namespace wf::db
