#include "app/MetricsCommand.h"

#include <optional>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include "app/CacheMessages.h"
#include "db/LocalCache.h"
#include "sync/MasterMetrics.h"
#include "sync/MasterUrl.h"
#include "workflows/supervisor/FloorMetrics.h"

namespace wf::app {

namespace {

/// "today", "week" (the last seven days), a date (its midnight, local time) or an ISO date-time.
std::optional<QDateTime> parseMoment(const QString& text, const QDateTime& now)
{
    if (text == QLatin1String("today"))
        return QDateTime(now.date(), QTime(0, 0));
    if (text == QLatin1String("week"))
        return QDateTime(now.date().addDays(-6), QTime(0, 0));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0));
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (moment.isValid())
        return moment;
    return std::nullopt;
}

QString percent(const QJsonValue& v)
{
    return v.isNull() ? QStringLiteral("–") : QString::number(v.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
}

/// The report for the whole warehouse, counted on the master behind --master; an error message
/// when it cannot be had.
Result<workflows::FloorMetrics::Report>
fromMaster(const QCommandLineParser& parser, const QDateTime& since, const QDateTime& until)
{
    auto url = sync::MasterUrl::parse(parser.value(QStringLiteral("master")));
    if (!url)
        return std::unexpected(url.error());
    Result<db::FloorCounts> counts;
    {
        QSqlDatabase master = url->connection(QStringLiteral("metrics-master"));
        if (!master.open())
            return fail(
                Error::Code::QueryFailed,
                QStringLiteral("the master %1 is unreachable: %2").arg(url->redacted(), master.lastError().text()));
        counts = sync::masterFloorCounts(
            master, parser.value(QStringLiteral("warehouse")), since.toMSecsSinceEpoch(), until.toMSecsSinceEpoch());
        master.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("metrics-master"));
    if (!counts)
        return std::unexpected(counts.error());
    return workflows::FloorMetrics::fromCounts(*counts, since, until);
}

} // namespace

int MetricsCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The supervisor's figures for a period from the scan log, movements, exceptions and shipments: picks and "
        "scans per hour, wrong-scan rate, short-pick rate, order defects prevented, on-time dispatch, split "
        "shipments, stockouts at pick, refund rate by reason, restock rate; per operator and per station. Rates "
        "with nothing to divide by are null."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The cache (must exist)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("master"),
                      QStringLiteral("Instead of --db: the whole warehouse, counted on the master from every station's "
                                     "floor events (a station's URL: its warehouse; the owner's: --warehouse), with "
                                     "each station's last contact and queue."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("warehouse"),
                      QStringLiteral("With the owner's --master URL: which warehouse."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("since"),
                      QStringLiteral("today (default), week, YYYY-MM-DD or an ISO date-time."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("until"), QStringLiteral("End of the period (default now)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON line (the default prints a summary).")});
    if (const auto done = parseOrExit(parser, arguments, out, err))
        return *done;
    const QDateTime now = QDateTime::currentDateTime();
    const auto since = parseMoment(
        parser.isSet(QStringLiteral("since")) ? parser.value(QStringLiteral("since")) : QStringLiteral("today"), now);
    const auto until = parser.isSet(QStringLiteral("until")) ? parseMoment(parser.value(QStringLiteral("until")), now)
                                                             : std::optional<QDateTime>(now);
    if ((!parser.isSet(QStringLiteral("db")) && !parser.isSet(QStringLiteral("master"))) || !since || !until
        || *until <= *since) {
        err << "metrics: --db PATH or --master URL; --since and --until take today, week, YYYY-MM-DD or an ISO "
               "date-time, since before until\n";
        return 2;
    }
    Result<workflows::FloorMetrics::Report> report = fail(Error::Code::QueryFailed, QString());
    if (parser.isSet(QStringLiteral("master"))) {
        report = fromMaster(parser, *since, *until);
    } else {
        auto cache = db::LocalCache::open(parser.value(QStringLiteral("db")), db::LocalCache::Missing::Refuse);
        if (!cache) {
            err << "metrics: " << CacheMessages::describe(cache.error()) << '\n';
            return 1;
        }
        report = workflows::FloorMetrics::compute((*cache)->database(), *since, *until);
    }
    if (!report) {
        err << "metrics: " << report.error().detail << '\n';
        return 1;
    }
    const QJsonObject json = workflows::FloorMetrics::toJson(*report);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const QJsonObject floor = json.value(QStringLiteral("floor")).toObject();
    out << "From " << json.value(QStringLiteral("since")).toString() << " to "
        << json.value(QStringLiteral("until")).toString() << '\n'
        << "  scans " << floor.value(QStringLiteral("scans")).toInteger() << ", wrong-scan rate "
        << percent(floor.value(QStringLiteral("wrong_scan_rate"))) << ", short-pick rate "
        << percent(floor.value(QStringLiteral("short_pick_rate"))) << '\n'
        << "  order defects prevented " << json.value(QStringLiteral("order_defects_prevented")).toInteger()
        << ", on-time dispatch " << percent(json.value(QStringLiteral("on_time_dispatch_rate"))) << ", split shipments "
        << percent(json.value(QStringLiteral("split_shipment_rate"))) << ", stockouts at pick "
        << json.value(QStringLiteral("stockouts_at_pick")).toInteger() << '\n';
    for (const auto& station : json.value(QStringLiteral("stations")).toArray()) {
        const QJsonObject st = station.toObject();
        out << "  station " << st.value(QStringLiteral("station")).toString() << ": last contact "
            << (st.value(QStringLiteral("last_contact")).isNull() ? QStringLiteral("never")
                                                                  : st.value(QStringLiteral("last_contact")).toString())
            << ", " << st.value(QStringLiteral("queue_depth")).toInteger() << " movements and "
            << st.value(QStringLiteral("events_pending")).toInteger() << " events to send\n";
    }
    return 0;
}

} // namespace wf::app
