#pragma once

#include <optional>

#include <QCommandLineParser>

namespace wf::app {

/// An integer option read strictly: digits only (an optional leading minus), no overflow.
/// nullopt when the text is not such a number.
inline std::optional<qint64> integerOption(const QCommandLineParser& parser, const QString& name, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace wf::app
