#pragma once

#include <QSqlError>
#include <QSqlQuery>

#include "common/Result.h"

namespace wf::db {

/// The failure value for a query that did not execute; the detail carries the driver's text.
inline std::unexpected<Error> queryFailure(const QSqlQuery& query, const QString& context)
{
    return fail(Error::Code::QueryFailed, query.lastError().text(), context);
}

/// Text for a NOT NULL column: a null QString binds as SQL NULL, so it becomes "".
inline QVariant textOrEmpty(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace wf::db
