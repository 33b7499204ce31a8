#pragma once

#include <QString>
#include <QStringList>

namespace wf::workflows {

/// Who is working at the station now. A value; the login workflow makes it.
struct OperatorSession
{
    QString badge;
    QString name;
    QStringList roles;
    QString language; ///< "en", "de": applied to the screens at login
    QString stationId;

    bool hasRole(const QString& role) const { return roles.contains(role); }
    bool isSupervisor() const { return hasRole(QStringLiteral("supervisor")); }
};

} // namespace wf::workflows
