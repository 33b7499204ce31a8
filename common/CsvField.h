#pragma once

#include <QString>

namespace wf {

/// One CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma, a
/// quote or a line break; as it is otherwise. A field that a spreadsheet would read as a formula —
/// one beginning with =, +, -, @, a tab or a carriage return — is defused the way OWASP's "CSV
/// injection" page recommends: a leading ' and quotes, so `=HYPERLINK(…)` in a reprint reason
/// stays text. Only for text written by people or scanners; numbers are written as they are.
inline QString csvField(const QString& value)
{
    static const QString kFormulaStart = QStringLiteral("=+-@\t\r");
    const bool formula = !value.isEmpty() && kFormulaStart.contains(value.front());
    const QString text = formula ? QLatin1Char('\'') + value : value;
    if (!formula && !text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace wf
