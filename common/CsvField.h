#pragma once

#include <QString>

namespace wf {

/// One CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma, a
/// quote or a line break; as it is otherwise.
inline QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace wf
