#pragma once

#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"
#include "db/MetricsRepository.h"

namespace wf::sync {

/// The supervisor's counts for a whole warehouse and [sinceMs, untilMs), made on the master from
/// every station's floor events and movements (master.floor_counts), with each station's last
/// contact. `warehouse` empty: the calling station's own (a station's login); else that one (the
/// master's owner).
[[nodiscard]] Result<db::FloorCounts>
masterFloorCounts(const QSqlDatabase& master, const QString& warehouse, qint64 sinceMs, qint64 untilMs);
/// The same as the master's JSON, to keep (db::MetricsRepository::storeSnapshot).
[[nodiscard]] Result<QByteArray>
masterFloorCountsJson(const QSqlDatabase& master, const QString& warehouse, qint64 sinceMs, qint64 untilMs);

} // namespace wf::sync
