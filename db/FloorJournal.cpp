#include "db/FloorJournal.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include "db/SqlErrors.h"

namespace wf::db {

FloorJournal::FloorJournal(QSqlDatabase db, QString stationId)
    : m_db(std::move(db))
    , m_stationId(std::move(stationId))
{}

Result<QString> FloorJournal::movement(const MovementRecord& m, const QString& operatorBadge)
{
    QSqlQuery seq(m_db);
    seq.prepare(QStringLiteral("INSERT INTO station_sequence (station_id, last_seq) VALUES (?, 1) "
                               "ON CONFLICT (station_id) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"));
    seq.addBindValue(m_stationId);
    if (!seq.exec() || !seq.next())
        return queryFailure(seq, QStringLiteral("next station sequence"));
    const qint64 number = seq.value(0).toLongLong();
    seq.finish();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO movement (uuid, station_id, station_seq, kind, sku, quantity, "
                             "from_location_id, to_location_id, reference, operator_badge, created_at, state) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')"));
    q.addBindValue(uuid);
    q.addBindValue(m_stationId);
    q.addBindValue(number);
    q.addBindValue(m.kind);
    q.addBindValue(m.sku);
    q.addBindValue(m.quantity);
    q.addBindValue(m.fromLocationId ? QVariant(m.fromLocationId) : QVariant());
    q.addBindValue(m.toLocationId ? QVariant(m.toLocationId) : QVariant());
    q.addBindValue(textOrEmpty(m.reference));
    q.addBindValue(operatorBadge);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return queryFailure(q, QStringLiteral("append movement"));
    return uuid;
}

Result<void> FloorJournal::scan(const QString& operatorBadge,
                                const QString& workflow,
                                const QString& source,
                                const QString& payload,
                                const QString& verdict,
                                const QString& code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO scan_log (scanned_at, station_id, operator_badge, workflow, source, "
                             "payload, verdict, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(m_stationId);
    q.addBindValue(textOrEmpty(operatorBadge));
    q.addBindValue(workflow);
    q.addBindValue(source);
    q.addBindValue(textOrEmpty(payload.left(512)));
    q.addBindValue(verdict);
    q.addBindValue(code);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("append scan log"));
    return {};
}

Result<void> FloorJournal::exception(const QString& kind,
                                     const QString& reference,
                                     const QString& orderId,
                                     const QString& sku,
                                     const QString& detail,
                                     const QString& operatorBadge)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO exception (kind, reference, order_id, sku, detail, operator_badge, "
                             "station_id, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(textOrEmpty(reference));
    q.addBindValue(textOrEmpty(orderId));
    q.addBindValue(textOrEmpty(sku));
    q.addBindValue(textOrEmpty(detail));
    q.addBindValue(textOrEmpty(operatorBadge));
    q.addBindValue(m_stationId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return queryFailure(q, QStringLiteral("raise exception"));
    return {};
}

} // namespace wf::db
