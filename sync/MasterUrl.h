#pragma once

#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace wf::sync {

/// A master connection as a URL: `postgresql://user:pass@host:port/db?sslmode=…`. The host may be
/// a socket folder written percent-encoded (`%2Frun%2Fpostgresql`). The password is kept out of
/// every text this class makes for logs and screens.
struct MasterUrl
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; ///< empty: libpq's default

    [[nodiscard]] static Result<MasterUrl> parse(const QString& text);
    /// The URL with the password replaced by `***`.
    QString redacted() const;
    /// The URL itself, password included: only to hand to the station that owns it.
    QString toString() const;
    /// A QPSQL connection named `name` (not yet opened) with these settings.
    QSqlDatabase connection(const QString& name) const;
};

} // namespace wf::sync
