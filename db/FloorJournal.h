#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "common/Clock.h"
#include "common/Result.h"

namespace wf::db {

/// A confirmed physical fact for the outbox (DESIGN.md §4).
struct MovementRecord
{
    QString kind; ///< pick, short, pack, ship, return_restock, return_hold, adjust
    QString sku;
    int quantity = 0;
    qint64 fromLocationId = 0; ///< 0: none
    qint64 toLocationId = 0;
    QString reference; ///< the pick task, shipment or RMA line it belongs to
};

/// What happened at a station, written inside the caller's transaction: movements (with a UUID
/// and the station's next sequence number), scan-log rows and exceptions. It never begins or
/// commits: the workflow wraps a step's writes in one db::Transaction.
class FloorJournal
{
public:
    /// Rows are stamped by `clock` (which must outlive the journal).
    FloorJournal(QSqlDatabase db, QString stationId, const Clock& clock = Clock::system());

    /// The UUID of the new pending movement.
    [[nodiscard]] Result<QString> movement(const MovementRecord& m, const QString& operatorBadge);
    [[nodiscard]] Result<void> scan(const QString& operatorBadge,
                                    const QString& workflow,
                                    const QString& source,
                                    const QString& payload,
                                    const QString& verdict,
                                    const QString& code);
    [[nodiscard]] Result<void> exception(const QString& kind,
                                         const QString& reference,
                                         const QString& orderId,
                                         const QString& sku,
                                         const QString& detail,
                                         const QString& operatorBadge);
    const QString& stationId() const { return m_stationId; }
    const Clock& clock() const { return *m_clock; }

private:
    QSqlDatabase m_db;
    QString m_stationId;
    const Clock* m_clock;
    // Prepared once: these run on every confirmed scan.
    QSqlQuery m_nextSeq;
    QSqlQuery m_insertMovement;
    QSqlQuery m_insertScan;
    bool m_prepared = false;

    Result<void> prepare();
};

} // namespace wf::db
