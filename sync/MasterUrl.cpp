#include "sync/MasterUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace wf::sync {

Result<MasterUrl> MasterUrl::parse(const QString& text)
{
    // user[:password]@host[:port]/database[?sslmode=…]; every part percent-encoded.
    static const QRegularExpression form(
        QStringLiteral("^postgres(?:ql)?://([^:@/?]+)(?::([^@/?]*))?@([^:/?]+)(?::(\\d{1,5}))?/([^/?]+)(?:\\?(.*))?$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("not a master URL"),
                    QStringLiteral("postgresql://user:pass@host:port/db?sslmode=…"));
    const auto decoded = [&](int group) {
        return QUrl::fromPercentEncoding(match.captured(group).toUtf8());
    };
    MasterUrl m;
    m.user = decoded(1);
    m.password = decoded(2);
    m.host = decoded(3);
    m.port = match.captured(4).isEmpty() ? 5432 : match.captured(4).toInt();
    m.database = decoded(5);
    m.sslMode = QUrlQuery(match.captured(6)).queryItemValue(QStringLiteral("sslmode"));
    if (m.port < 1 || m.port > 65535)
        return fail(Error::Code::InvalidInput, QStringLiteral("port %1 is out of range").arg(m.port));
    return m;
}

QString MasterUrl::toString() const
{
    QString text = QStringLiteral("postgresql://") + QString::fromUtf8(QUrl::toPercentEncoding(user));
    if (!password.isEmpty())
        text += QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(password));
    text += QLatin1Char('@') + QString::fromUtf8(QUrl::toPercentEncoding(host)) + QLatin1Char(':')
            + QString::number(port) + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!sslMode.isEmpty())
        text += QStringLiteral("?sslmode=") + sslMode;
    return text;
}

QString MasterUrl::redacted() const
{
    MasterUrl shown = *this;
    if (!shown.password.isEmpty())
        shown.password = QStringLiteral("***");
    return shown.toString().replace(QStringLiteral("%2A%2A%2A"), QStringLiteral("***"));
}

QSqlDatabase MasterUrl::connection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QString options = QStringLiteral("connect_timeout=5;application_name=warehouse-floor");
    if (!sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslMode;
    db.setConnectOptions(options);
    return db;
}

} // namespace wf::sync
