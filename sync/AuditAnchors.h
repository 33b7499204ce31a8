#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"
#include "db/AuditLog.h"

namespace wf::sync {

/// The audit heads the master anchored for a station (DESIGN.md §4), oldest first: the calling
/// station's own when `stationId` is empty (a station's login), else that station's (the
/// master's owner).
[[nodiscard]] Result<QList<db::AuditAnchor>> readAuditAnchors(const QSqlDatabase& master,
                                                              const QString& stationId = {});

} // namespace wf::sync
