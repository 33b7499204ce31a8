#include "app/AuditCommand.h"

#include <variant>

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>

#include "app/CacheMessages.h"
#include "common/CsvField.h"
#include "db/AuditLog.h"
#include "db/LocalCache.h"
#include "sync/AuditAnchors.h"
#include "sync/MasterUrl.h"

namespace wf::app {

namespace {

int exportCsv(db::AuditLog& audit, const QString& path, QTextStream& out, QTextStream& err)
{
    auto rows = audit.rows();
    if (!rows) {
        err << "audit: " << rows.error().detail << '\n';
        return 1;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        err << "audit: cannot write " << path << '\n';
        return 1;
    }
    QTextStream csv(&file);
    csv << "id,at,operator,station,action,subject,detail,prev_hash,hash\n";
    for (const auto& r : *rows)
        csv << r.id << ',' << QDateTime::fromMSecsSinceEpoch(r.at, Qt::UTC).toString(Qt::ISODateWithMs) << ','
            << csvField(r.operatorBadge) << ',' << csvField(r.stationId) << ',' << csvField(r.action) << ','
            << csvField(r.subject) << ',' << csvField(r.detail) << ',' << r.prevHash << ',' << r.hash << '\n';
    csv.flush();
    if (!file.commit()) {
        err << "audit: cannot write " << path << '\n';
        return 1;
    }
    out << QJsonDocument(
               QJsonObject{{QStringLiteral("exported"), qint64(rows->size())}, {QStringLiteral("file"), path}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return 0;
}

/// The anchors the master behind --master keeps for this trail; an exit code when it cannot say.
std::variant<QList<db::AuditAnchor>, int> anchorsFrom(const QCommandLineParser& parser, QTextStream& err)
{
    auto url = sync::MasterUrl::parse(parser.value(QStringLiteral("master")));
    if (!url) {
        err << "--master: " << url.error().detail << '\n';
        return 2;
    }
    QList<db::AuditAnchor> anchors;
    {
        QSqlDatabase master = url->connection(QStringLiteral("audit-master"));
        if (!master.open()) {
            err << "audit: the master " << url->redacted() << " is unreachable: " << master.lastError().text() << '\n';
            return 1;
        }
        auto read = sync::readAuditAnchors(master, parser.value(QStringLiteral("station")));
        master.close();
        if (!read) {
            err << "audit: " << read.error().detail << '\n';
            return 1;
        }
        anchors = *read;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit-master"));
    return anchors;
}

} // namespace

int AuditCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "verify: walks the audit trail's hash chain; prints {\"intact\":…,\"rows\":…,\"head\":…} and exits 0, or names "
        "the first bad row (first_bad_row, problem) and exits 1. With --master URL it also checks the heads the master "
        "anchored (anchors): rows cut off the end or a trail rewritten from a changed row on name the first anchored "
        "row that no longer matches.\nexport: the trail as CSV (--out FILE)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("verify or export"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("The cache (must exist)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("export: the CSV file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("master"),
                      QStringLiteral("verify: the master holding this station's anchored heads (the station's URL, or "
                                     "the owner's with --station)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("station"),
                      QStringLiteral("verify --master with the owner's URL: whose anchors."),
                      QStringLiteral("ID")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const QString what = parser.positionalArguments().value(0);
    if ((what != QLatin1String("verify") && what != QLatin1String("export")) || !parser.isSet(QStringLiteral("db"))
        || (what == QLatin1String("export") && !parser.isSet(QStringLiteral("out")))) {
        err << "audit: verify --db PATH, or export --db PATH --out FILE.csv\n";
        return 2;
    }
    auto cache = db::LocalCache::open(parser.value(QStringLiteral("db")), db::LocalCache::Missing::Refuse);
    if (!cache) {
        err << "audit: " << CacheMessages::describe(cache.error()) << '\n';
        return 1;
    }
    db::AuditLog audit((*cache)->database());
    if (what == QLatin1String("export"))
        return exportCsv(audit, parser.value(QStringLiteral("out")), out, err);
    QList<db::AuditAnchor> anchors;
    if (parser.isSet(QStringLiteral("master"))) {
        auto fetched = anchorsFrom(parser, err);
        if (const int* code = std::get_if<int>(&fetched))
            return *code;
        anchors = std::get<QList<db::AuditAnchor>>(fetched);
    }
    auto check = audit.verify(anchors);
    if (!check) {
        err << "audit: " << check.error().detail << '\n';
        return 1;
    }
    QJsonObject report{{QStringLiteral("intact"), check->intact()}, {QStringLiteral("rows"), check->rows}};
    if (parser.isSet(QStringLiteral("master")))
        report.insert(QStringLiteral("anchors"), check->anchorsChecked);
    if (check->intact()) {
        report.insert(QStringLiteral("head"), check->head);
    } else {
        report.insert(QStringLiteral("first_bad_row"), *check->firstBad);
        report.insert(QStringLiteral("problem"), check->problem);
        err << "audit: row " << *check->firstBad << ": " << check->problem << '\n';
    }
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    return check->intact() ? 0 : 1;
}

} // namespace wf::app
