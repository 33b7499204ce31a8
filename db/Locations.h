#pragma once

#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::db {

/// The first location of a kind (staging, hold, returns …) in walking order; NotFound when the
/// warehouse has none.
[[nodiscard]] Result<qint64> locationOfKind(const QSqlDatabase& db, const QString& kind);

} // namespace wf::db
