#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include "common/Result.h"

namespace wf::sync {

/// Fills a master from a station cache's reference data: warehouses, products, barcodes,
/// locations and stock (`floorctl master seed --demo` seeds from a fresh demo cache). Rows the
/// master has already are left as they are, so seeding twice changes nothing.
class MasterSeeder
{
public:
    MasterSeeder(QSqlDatabase cache, QSqlDatabase owner);

    /// Counts of rows read per table.
    [[nodiscard]] Result<QJsonObject> seed();

private:
    [[nodiscard]] Result<qint64> copy(const QString& select, const QString& insert);
    QSqlDatabase m_cache;
    QSqlDatabase m_owner;
};

} // namespace wf::sync
