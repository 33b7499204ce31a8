#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

#include "common/Result.h"

namespace wf::printing {

/// A label to a raw network printer (JetDirect, port 9100), counted as printed only when the
/// printer took it: every byte written and acknowledged, the job ended with a half-close, and the
/// printer's orderly close received back — as CUPS's socket backend waits for ("waiteof"). A
/// printer that never answers, accepts and never reads, closes at once, resets the connection or
/// has a full backlog is an error that says which, within `budget` (3 s unless given).
///
/// Blocking: call it off the GUI thread (the Pack screen does). Each call opens its own socket;
/// calls on several threads at once are independent.
class RawPrinter
{
public:
    static constexpr quint16 kDefaultPort = 9100;
    static constexpr std::chrono::milliseconds kBudget{3000};

    /// "HOST[:PORT]", or why not.
    [[nodiscard]] static Result<std::pair<QString, quint16>> parseAddress(const QString& hostAndPort);
    /// Sends `job` to host:port; `where` names the printer in every message.
    [[nodiscard]] static Result<void>
    send(const QByteArray& job, const QString& host, quint16 port, std::chrono::milliseconds budget = kBudget);
};

} // namespace wf::printing
