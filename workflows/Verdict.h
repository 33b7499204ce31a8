#pragma once

#include <QString>

#include "common/VerdictCodes.h"

namespace wf::workflows {

/// The answer to one scan or action: a kind that sets colour and sound, a stable machine code
/// (API: tests, the CLI and the scan log use it) and a translated message for the person.
struct Verdict
{
    using Kind = codes::Kind; ///< one vocabulary with the registry

    Kind kind = Kind::Ok;
    QString code;
    QString message;

    /// The verdict of a registered code: its kind is the registry's (common/VerdictCodes), so one
    /// code has one colour wherever it is given. Workflows and screens make their verdicts here.
    static Verdict of(codes::Code code, QString message)
    {
        return {codes::kind(code), codes::name(code), std::move(message)};
    }
    /// A verdict of a code known only as text (a stored code, a code passed on).
    static Verdict ok(QString code, QString message) { return {Kind::Ok, std::move(code), std::move(message)}; }
    static Verdict warn(QString code, QString message) { return {Kind::Warn, std::move(code), std::move(message)}; }
    static Verdict error(QString code, QString message) { return {Kind::Error, std::move(code), std::move(message)}; }
    static Verdict prompt(QString code, QString message) { return {Kind::Prompt, std::move(code), std::move(message)}; }
    /// "ok", "warn", "error", "prompt".
    static QString kindName(Kind kind);
};

} // namespace wf::workflows
