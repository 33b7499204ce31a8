#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// A return authorisation (RMA) as the returns desk sees it.
struct ReturnRecord
{
    QString id;
    QString orderId;
    QString shipmentId;
    QString path; ///< refund_only, inspect_at_hub, return_with_proof
    qint64 valueMinor = 0;
    QString currency;
    QString trackingNumber;
    QString status; ///< expected, received, checking, closed
};

/// One expected item of an RMA and what inspection recorded about it.
struct ReturnLineRecord
{
    QString rmaId;
    int lineNo = 0;
    QString sku;
    QString productName;
    int quantity = 0;
    qint64 unitValueMinor = 0;
    QString shippedSerial;
    QString shippedLot;
    QString status; ///< expected, received, checking, restock_approved, restock_rejected, refunded, replaced
    QString grade;  ///< A, B, C, D or empty
    QString reason;
    QString notes;
    QString proofPhoto;
    QString scannedSerial;
    QString decision; ///< restock, hold or empty

    bool finished() const { return status == QLatin1String("refunded") || status == QLatin1String("replaced"); }
};

/// Refunds and replacements per return reason, and how many inspected lines went back to stock.
struct ReturnRates
{
    struct Reason
    {
        QString reason;
        int lines = 0;    ///< lines closed with this reason (refunded or replaced)
        int refunded = 0; ///< of them refunded
        double refundRate = 0;
    };
    QList<Reason> byReason;
    int restocked = 0; ///< lines approved for restock
    int held = 0;      ///< lines rejected to hold
};

/// RMAs and their lines in the cache. Every change of a line's status is conditional on the
/// status it comes from, so a transition happens once even when asked twice.
class ReturnRepository
{
public:
    explicit ReturnRepository(QSqlDatabase db);

    /// By RMA id, then return tracking number, then order id (an open RMA first).
    [[nodiscard]] Result<std::optional<ReturnRecord>> find(const QString& code);
    [[nodiscard]] Result<QList<ReturnLineRecord>> lines(const QString& rmaId);
    /// Moves the line from `from` to `to`; false (and nothing written) when it is not in `from`.
    [[nodiscard]] Result<bool>
    moveLine(const QString& rmaId, int lineNo, const QString& from, const QString& to, const QString& badge);
    [[nodiscard]] Result<void>
    recordGrade(const QString& rmaId, int lineNo, const QString& grade, const QString& reason, const QString& notes);
    [[nodiscard]] Result<void> recordSerial(const QString& rmaId, int lineNo, const QString& serial);
    [[nodiscard]] Result<void> recordPhoto(const QString& rmaId, int lineNo, const QString& path);
    [[nodiscard]] Result<void> recordDecision(const QString& rmaId, int lineNo, const QString& decision);
    [[nodiscard]] Result<void> setStatus(const QString& rmaId, const QString& status);
    /// Over lines last changed at or after `sinceMs` (0: all).
    [[nodiscard]] Result<ReturnRates> rates(qint64 sinceMs = 0);

private:
    [[nodiscard]] Result<void> setLineField(const QString& rmaId, int lineNo, const char* column, const QString& value);
    QSqlDatabase m_db;
};

} // namespace wf::db
