#pragma once

#include <chrono>
#include <optional>

#include <QHash>
#include <QSqlDatabase>

#include "db/AuditLog.h"
#include "db/OperatorRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/OperatorSession.h"
#include "workflows/Verdict.h"

namespace wf::workflows {

/// Login at a station: a badge scan identifies the operator; supervisors also give their PIN.
/// Five wrong PINs lock that badge for a minute. Logins, logouts and wrong PINs are audited.
/// Used on the thread of the connection it was given.
class OperatorLogin
{
public:
    static constexpr int kMaxPinAttempts = 5;
    static constexpr std::chrono::seconds kLockout{60};

    struct Outcome
    {
        Verdict verdict;
        std::optional<OperatorSession> session; ///< set when logged in
        QString pendingBadge;                   ///< set when a PIN is required next
    };

    OperatorLogin(QSqlDatabase db, QString stationId);

    /// A badge was scanned (or typed).
    Outcome scanBadge(const scanner::ScanEvent& scan);
    /// The PIN for the badge that scanBadge() asked a PIN for.
    Outcome enterPin(const QString& badge, const QString& pin);
    void logout(const OperatorSession& session);

private:
    struct Attempts
    {
        int failures = 0;
        std::chrono::steady_clock::time_point lockedUntil{};
    };

    db::OperatorRepository m_operators;
    db::AuditLog m_audit;
    QString m_stationId;
    QHash<QString, Attempts> m_attempts;

    Outcome loggedIn(const db::OperatorRecord& op);
};

} // namespace wf::workflows
