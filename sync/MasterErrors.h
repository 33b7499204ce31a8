#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace wf::sync {

/// What the master said, as a user should read it: the message and its hint, without the
/// "ERROR:" prefix, the query, its position and the PL/pgSQL context that libpq adds.
inline QString masterMessage(const QSqlError& error)
{
    const QString text = error.databaseText();
    QString primary;
    QString hint;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (primary.isEmpty() && line.startsWith(QLatin1String("ERROR:")))
            primary = line.mid(6).trimmed();
        else if (hint.isEmpty() && line.startsWith(QLatin1String("HINT:")))
            hint = line.mid(5).trimmed();
    }
    if (primary.isEmpty())
        primary = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (primary.isEmpty())
        primary = error.text();
    return hint.isEmpty() ? primary : primary + QStringLiteral(" — ") + hint;
}

} // namespace wf::sync
