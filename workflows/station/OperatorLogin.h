#pragma once

#include <optional>

#include <QSqlDatabase>

#include "common/Clock.h"
#include "db/AuditLog.h"
#include "db/OperatorRepository.h"
#include "scanner/ScanEvent.h"
#include "workflows/Verdict.h"
#include "workflows/station/OperatorSession.h"
#include "workflows/supervisor/PinGate.h"

namespace wf::workflows {

/// Login at a station: a badge scan identifies the operator; supervisors also give their PIN,
/// through the station's PinGate (five wrong PINs lock the badge, counted in the cache). Logins,
/// logouts and wrong PINs are audited; a login whose audit row cannot be written is refused.
/// Used on the thread of the connection it was given.
class OperatorLogin
{
public:
    static constexpr int kMaxPinAttempts = PinGate::kMaxFailures;

    struct Outcome
    {
        Verdict verdict;
        std::optional<OperatorSession> session; ///< set when logged in
        QString pendingBadge;                   ///< set when a PIN is required next
        QString pendingLanguage;                ///< the language of that badge's operator, for the PIN prompt
    };

    /// Audit rows and PIN locks follow `clock` (which must outlive the login).
    OperatorLogin(QSqlDatabase db, QString stationId, const Clock& clock = Clock::system());

    /// A badge was scanned (or typed).
    Outcome scanBadge(const scanner::ScanEvent& scan);
    /// The PIN for the badge that scanBadge() asked a PIN for.
    Outcome enterPin(const QString& badge, const QString& pin);
    /// True when `text` is an operator's badge at this station (any role: the answer tells nobody
    /// who supervises). Screens asking for a supervisor use it to take a scanned badge.
    bool isBadge(const QString& text);
    /// `logged_out`, or `cache_error` when the logout could not be audited.
    Verdict logout(const OperatorSession& session);

private:
    db::OperatorRepository m_operators;
    db::AuditLog m_audit;
    PinGate m_pins;
    QString m_stationId;

    Outcome loggedIn(const db::OperatorRecord& op);
};

} // namespace wf::workflows
