#include "db/FloorJournal.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include "common/VerdictCodes.h"
#include "db/SqlErrors.h"

namespace wf::db {

namespace {

// A version-7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Movements are keyed
// by their UUID, so time order keeps every insert at the right edge of the index instead of on
// a random page of a large table: fewer pages to write before a scan's commit.
QString timeOrderedUuid(qint64 nowMs)
{
    QByteArray bytes = QUuid::createUuid().toRfc4122(); // random bits to start from
    const quint64 ms = quint64(nowMs);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (8 * (5 - i)));
    bytes[6] = char((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

FloorJournal::FloorJournal(QSqlDatabase db, QString stationId, const Clock& clock)
    : m_db(std::move(db))
    , m_stationId(std::move(stationId))
    , m_clock(&clock)
    , m_nextSeq(m_db)
    , m_insertMovement(m_db)
    , m_insertScan(m_db)
{}

Result<void> FloorJournal::prepare()
{
    if (m_prepared)
        return {};
    if (!m_nextSeq.prepare(
            QStringLiteral("SELECT coalesce(max(station_seq), 0) + 1 FROM movement WHERE station_id = ?")))
        return queryFailure(m_nextSeq, QStringLiteral("prepare station sequence"));
    if (!m_insertMovement.prepare(QStringLiteral(
            "INSERT INTO movement (uuid, station_id, station_seq, kind, sku, quantity, from_location_id, "
            "to_location_id, reference, operator_badge, created_at, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')")))
        return queryFailure(m_insertMovement, QStringLiteral("prepare movement"));
    if (!m_insertScan.prepare(QStringLiteral("INSERT INTO scan_log (scanned_at, station_id, operator_badge, workflow, "
                                             "source, payload, verdict, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return queryFailure(m_insertScan, QStringLiteral("prepare scan log"));
    m_prepared = true;
    return {};
}

Result<QString> FloorJournal::movement(const MovementRecord& m, const QString& operatorBadge)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    m_nextSeq.bindValue(0, m_stationId);
    if (!m_nextSeq.exec() || !m_nextSeq.next())
        return queryFailure(m_nextSeq, QStringLiteral("next station sequence"));
    const qint64 number = m_nextSeq.value(0).toLongLong();
    m_nextSeq.finish();
    const QString uuid = timeOrderedUuid(m_clock->nowMs());
    QSqlQuery& q = m_insertMovement;
    q.bindValue(0, uuid);
    q.bindValue(1, m_stationId);
    q.bindValue(2, number);
    q.bindValue(3, m.kind);
    q.bindValue(4, m.sku);
    q.bindValue(5, m.quantity);
    q.bindValue(6, m.fromLocationId ? QVariant(m.fromLocationId) : QVariant());
    q.bindValue(7, m.toLocationId ? QVariant(m.toLocationId) : QVariant());
    q.bindValue(8, textOrEmpty(m.reference));
    q.bindValue(9, operatorBadge);
    q.bindValue(10, m_clock->nowMs());
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
    if (auto ok = prepare(); !ok)
        return ok;
    codes::reportIfUnknown(code, verdict, "scan log");
    QSqlQuery& q = m_insertScan;
    q.bindValue(0, m_clock->nowMs());
    q.bindValue(1, m_stationId);
    q.bindValue(2, textOrEmpty(operatorBadge));
    q.bindValue(3, workflow);
    q.bindValue(4, source);
    q.bindValue(5, textOrEmpty(payload.left(512)));
    q.bindValue(6, verdict);
    q.bindValue(7, code);
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
    codes::reportIfUnknown(kind, "exception");
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
    q.addBindValue(m_clock->nowMs());
    if (!q.exec())
        return queryFailure(q, QStringLiteral("raise exception"));
    return {};
}

} // namespace wf::db
