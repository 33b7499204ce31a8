#pragma once

#include <QSqlDatabase>

#include "common/Clock.h"
#include "db/ExceptionRepository.h"
#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"

namespace wf::workflows {

/// The supervisor's queue of what the floor tagged: filtered by kind, age, operator and order;
/// an exception is resolved with a note by a supervisor, recorded with who and when, and audited.
class ExceptionQueue
{
public:
    ExceptionQueue(QSqlDatabase db, QString stationId, const Clock& clock = Clock::system());

    [[nodiscard]] Result<QList<db::ExceptionRecord>> list(const db::ExceptionFilter& filter);
    [[nodiscard]] Result<QStringList> kinds();
    Verdict resolve(const OperatorSession& supervisor, qint64 id, const QString& note);

private:
    QSqlDatabase m_db;
    QString m_stationId;
    const Clock* m_clock;
    db::ExceptionRepository m_exceptions;
};

} // namespace wf::workflows
