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

    static Verdict ok(QString code, QString message) { return {Kind::Ok, std::move(code), std::move(message)}; }
    static Verdict warn(QString code, QString message) { return {Kind::Warn, std::move(code), std::move(message)}; }
    static Verdict error(QString code, QString message) { return {Kind::Error, std::move(code), std::move(message)}; }
    static Verdict prompt(QString code, QString message) { return {Kind::Prompt, std::move(code), std::move(message)}; }
    /// "ok", "warn", "error", "prompt".
    static QString kindName(Kind kind);
};

} // namespace wf::workflows
