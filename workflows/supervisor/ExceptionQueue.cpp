#include "workflows/supervisor/ExceptionQueue.h"

#include <QCoreApplication>

#include "db/AuditLog.h"
#include "db/Transaction.h"
#include "workflows/CacheFailure.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing scope's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::ExceptionQueue", text);
}

} // namespace

ExceptionQueue::ExceptionQueue(QSqlDatabase db, QString stationId, const Clock& clock)
    : m_db(db)
    , m_stationId(std::move(stationId))
    , m_clock(&clock)
    , m_exceptions(db)
{}

Result<QList<db::ExceptionRecord>> ExceptionQueue::list(const db::ExceptionFilter& filter)
{
    return m_exceptions.list(filter);
}

Result<QStringList> ExceptionQueue::kinds()
{
    return m_exceptions.kinds();
}

Verdict ExceptionQueue::resolve(const OperatorSession& supervisor, qint64 id, const QString& note)
{
    if (!supervisor.isSupervisor())
        return Verdict::of(codes::Code::NotSupervisor, tr("Only a supervisor resolves exceptions."));
    if (note.trimmed().isEmpty())
        return Verdict::of(codes::Code::ReasonRequired, tr("Say how it was resolved."));
    auto ok = db::inTransaction(
        m_db,
        [&]() -> Result<void> {
            auto resolved = m_exceptions.resolve(id, supervisor.badge, note.trimmed());
            if (!resolved)
                return std::unexpected(resolved.error());
            if (!*resolved) // resolved meanwhile, here or by another supervisor
                return fail(Error::Code::Conflict, QStringLiteral("exception:%1").arg(id), QStringLiteral("resolve"));
            return {};
        },
        [&] {
            return db::AuditLog(m_db, *m_clock)
                .append(supervisor.badge,
                        m_stationId,
                        QStringLiteral("resolve_exception"),
                        QStringLiteral("exception:%1").arg(id),
                        note.trimmed());
        });
    if (!ok && ok.error().code == Error::Code::Conflict)
        return Verdict::of(codes::Code::NotOpen, tr("Exception %1 is not open (resolved meanwhile?).").arg(id));
    if (!ok)
        return cacheFailure(ok.error());
    return Verdict::of(codes::Code::ExceptionResolved, tr("Exception %1 resolved.").arg(id));
}

} // namespace wf::workflows
