#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// One tagged exception the floor raised (short pick, wrong item, label mismatch, sync rejection …).
struct ExceptionRecord
{
    qint64 id = 0;
    QString kind;
    QString status; ///< open, resolved
    QString reference;
    QString orderId;
    QString sku;
    QString detail;
    QString operatorBadge;
    QString stationId;
    qint64 raisedAt = 0;
    QString resolvedBy;
    qint64 resolvedAt = 0;
    QString resolutionNote;
};

/// Which exceptions to list; empty fields do not filter.
struct ExceptionFilter
{
    QString kind;
    QString operatorBadge;
    QString orderId;
    bool openOnly = true;
    qint64 raisedAfterMs = 0; ///< 0: any age
    int limit = 500;
};

class ExceptionRepository
{
public:
    explicit ExceptionRepository(QSqlDatabase db);
    /// Newest first.
    [[nodiscard]] Result<QList<ExceptionRecord>> list(const ExceptionFilter& filter);
    [[nodiscard]] Result<QStringList> kinds();
    /// The open exception a person or a script names: its id here, its UUID (the same on every
    /// station and the master), or `kind:reference` (the newest open one); none when no open one fits.
    [[nodiscard]] Result<std::optional<qint64>> findOpen(const QString& handle);
    /// Marks an open exception resolved; false when it was not open (resolved meanwhile).
    [[nodiscard]] Result<bool> resolve(qint64 id, const QString& badge, const QString& note);

private:
    QSqlDatabase m_db;
};

} // namespace wf::db
