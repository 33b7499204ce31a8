#include "db/ReturnRepository.h"

#include <QDateTime>
#include <QSqlQuery>

#include "db/SqlErrors.h"

namespace wf::db {

namespace {

constexpr auto kReturnColumns = "id, order_id, coalesce(shipment_id, ''), return_path, value_minor, currency, "
                                "tracking_number, status";

ReturnRecord returnFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toLongLong(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString()};
}

} // namespace

ReturnRepository::ReturnRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<std::optional<ReturnRecord>> ReturnRepository::find(const QString& code)
{
    const QString select =
        QStringLiteral("SELECT ") + QLatin1String(kReturnColumns) + QStringLiteral(" FROM return_auth ");
    for (const QString& where : {QStringLiteral("WHERE id = ?"),
                                 QStringLiteral("WHERE tracking_number = ? AND tracking_number <> ''"),
                                 QStringLiteral("WHERE order_id = ? ORDER BY status = 'closed', created_at DESC")}) {
        QSqlQuery q(m_db);
        q.prepare(select + where + QStringLiteral(" LIMIT 1"));
        q.addBindValue(code);
        if (!q.exec())
            return queryFailure(q, QStringLiteral("find return"));
        if (q.next())
            return returnFrom(q);
    }
    return std::nullopt;
}

Result<QList<ReturnLineRecord>> ReturnRepository::lines(const QString& rmaId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT l.rma_id, l.line_no, l.sku, coalesce(p.name, ''), l.quantity, l.unit_value_minor, l.shipped_serial, "
        "l.shipped_lot, l.status, l.grade, l.reason, l.notes, l.proof_photo, l.scanned_serial, l.decision "
        "FROM return_line l LEFT JOIN product p ON p.sku = l.sku WHERE l.rma_id = ? ORDER BY l.line_no"));
    q.addBindValue(rmaId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("return lines"));
    QList<ReturnLineRecord> out;
    while (q.next()) {
        ReturnLineRecord l;
        l.rmaId = q.value(0).toString();
        l.lineNo = q.value(1).toInt();
        l.sku = q.value(2).toString();
        l.productName = q.value(3).toString();
        l.quantity = q.value(4).toInt();
        l.unitValueMinor = q.value(5).toLongLong();
        l.shippedSerial = q.value(6).toString();
        l.shippedLot = q.value(7).toString();
        l.status = q.value(8).toString();
        l.grade = q.value(9).toString();
        l.reason = q.value(10).toString();
        l.notes = q.value(11).toString();
        l.proofPhoto = q.value(12).toString();
        l.scannedSerial = q.value(13).toString();
        l.decision = q.value(14).toString();
        out.append(l);
    }
    return out;
}

Result<bool> ReturnRepository::moveLine(
    const QString& rmaId, int lineNo, const QString& from, const QString& to, const QString& badge)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE return_line SET status = ?, updated_by = ?, updated_at = ? "
                             "WHERE rma_id = ? AND line_no = ? AND status = ?"));
    q.addBindValue(to);
    q.addBindValue(textOrEmpty(badge));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(rmaId);
    q.addBindValue(lineNo);
    q.addBindValue(from);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("move return line"));
    return q.numRowsAffected() == 1;
}

Result<void> ReturnRepository::setLineField(const QString& rmaId, int lineNo, const char* column, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE return_line SET %1 = ? WHERE rma_id = ? AND line_no = ?").arg(QLatin1String(column)));
    q.addBindValue(textOrEmpty(value));
    q.addBindValue(rmaId);
    q.addBindValue(lineNo);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("record return line %1").arg(QLatin1String(column)));
    return {};
}

Result<void> ReturnRepository::recordGrade(
    const QString& rmaId, int lineNo, const QString& grade, const QString& reason, const QString& notes)
{
    if (auto ok = setLineField(rmaId, lineNo, "grade", grade); !ok)
        return ok;
    if (auto ok = setLineField(rmaId, lineNo, "reason", reason); !ok)
        return ok;
    return setLineField(rmaId, lineNo, "notes", notes);
}

Result<void> ReturnRepository::recordSerial(const QString& rmaId, int lineNo, const QString& serial)
{
    return setLineField(rmaId, lineNo, "scanned_serial", serial);
}

Result<void> ReturnRepository::recordPhoto(const QString& rmaId, int lineNo, const QString& path)
{
    return setLineField(rmaId, lineNo, "proof_photo", path);
}

Result<void> ReturnRepository::recordDecision(const QString& rmaId, int lineNo, const QString& decision)
{
    return setLineField(rmaId, lineNo, "decision", decision);
}

Result<void> ReturnRepository::setStatus(const QString& rmaId, const QString& status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE return_auth SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(rmaId);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("return status"));
    return {};
}

Result<ReturnRates> ReturnRepository::rates(qint64 sinceMs)
{
    ReturnRates rates;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT reason, count(*), sum(status = 'refunded') FROM return_line "
                             "WHERE status IN ('refunded', 'replaced') AND reason <> '' AND updated_at >= ? "
                             "GROUP BY reason ORDER BY reason"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return queryFailure(q, QStringLiteral("refund rate by reason"));
    while (q.next()) {
        ReturnRates::Reason r{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), 0};
        r.refundRate = r.lines > 0 ? double(r.refunded) / r.lines : 0;
        rates.byReason.append(r);
    }
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("SELECT coalesce(sum(decision = 'restock'), 0), coalesce(sum(decision = 'hold'), 0) "
                             "FROM return_line WHERE decision <> '' AND updated_at >= ?"));
    d.addBindValue(sinceMs);
    if (!d.exec() || !d.next())
        return queryFailure(d, QStringLiteral("restock rate"));
    rates.restocked = d.value(0).toInt();
    rates.held = d.value(1).toInt();
    return rates;
}

} // namespace wf::db
