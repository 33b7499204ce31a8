#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "common/Result.h"

namespace wf::db {

struct OperatorRecord
{
    QString badge;
    QString name;
    QStringList roles; ///< picker, packer, returns, supervisor
    QString pinHash;   ///< PinHash format; empty when the operator has no PIN
    QString language;  ///< "en", "de"
    bool active = true;

    bool hasRole(const QString& role) const { return roles.contains(role); }
};

/// Operators of the station: looked up by badge at login, written by demo data and (later) sync.
class OperatorRepository
{
public:
    explicit OperatorRepository(QSqlDatabase db);

    [[nodiscard]] Result<std::optional<OperatorRecord>> findByBadge(const QString& badge);
    [[nodiscard]] Result<void> save(const OperatorRecord& op);
    [[nodiscard]] Result<QList<OperatorRecord>> all();

private:
    QSqlDatabase m_db;
};

} // namespace wf::db
