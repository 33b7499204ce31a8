#include "SyncPushBench.h"

#include <chrono>
#include <functional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include "db/LocalCache.h"
#include "sync/MasterAdmin.h"
#include "sync/MasterUrl.h"
#include "sync/OutboxPusher.h"
#include "sync/SyncConnection.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kBatch = 500;
constexpr int kProducts = 20000;

Result<void> exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        return fail(Error::Code::QueryFailed, q.lastError().text(), sql.left(80));
    return {};
}

// The warehouse, products and restock location the queued movements refer to.
Result<qint64> seedMaster(const QSqlDatabase& owner, const QString& tag)
{
    QSqlQuery q(owner);
    const qint64 location = 900000000 + qint64(QCoreApplication::applicationPid());
    for (const QString& sql :
         {QStringLiteral("INSERT INTO master.product (sku, name) SELECT '%1-' || n, 'Bench ' || n FROM "
                         "generate_series(1, %2) n ON CONFLICT DO NOTHING")
              .arg(tag)
              .arg(kProducts),
          QStringLiteral("INSERT INTO master.location (id, warehouse_id, code, kind) VALUES (%1, 'WH-BENCH', '%2-RET', "
                         "'returns') ON CONFLICT DO NOTHING")
              .arg(location)
              .arg(tag),
          // A master holds a stock row for what a location carries; restocks update it.
          QStringLiteral("INSERT INTO master.stock (sku, location_id) SELECT '%1-' || n, %2 FROM generate_series(1, "
                         "%3) n ON CONFLICT DO NOTHING")
              .arg(tag)
              .arg(location)
              .arg(kProducts),
          QStringLiteral("DROP TABLE IF EXISTS public.bench_raw_movement"),
          // The same rows in a table of the same shape as the master's movements (its keys and
          // checks), written with a bare INSERT: no duplicate check, no stock, no answer.
          QStringLiteral("CREATE TABLE public.bench_raw_movement (LIKE master.movement INCLUDING ALL)"),
          QStringLiteral("DROP TABLE IF EXISTS public.bench_raw_floor_event"),
          // And the floor events in a table of the shape of the master's record of them.
          QStringLiteral("CREATE TABLE public.bench_raw_floor_event (LIKE master.floor_event INCLUDING ALL)")})
        if (auto ok = exec(q, sql); !ok)
            return std::unexpected(ok.error());
    return location;
}

Result<void> queue(const QSqlDatabase& cache, const QString& station, const QString& tag, qint64 location, int n)
{
    QSqlQuery q(cache);
    if (auto ok = exec(q, QStringLiteral("BEGIN")); !ok)
        return ok;
    q.prepare(
        QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, to_location_id, "
                       "reference, operator_badge, created_at) VALUES (?, ?, ?, 'return_restock', ?, 1, ?, "
                       "'bench', 'R3001', ?)"));
    QRandomGenerator rng(7);
    for (int i = 1; i <= n; ++i) {
        q.addBindValue(station);
        q.addBindValue(i);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(QStringLiteral("%1-%2").arg(tag).arg(rng.bounded(1, kProducts + 1)));
        q.addBindValue(location);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("queue movement"));
    }
    return exec(q, QStringLiteral("COMMIT"));
}

// The floor events a day of `movements` brings besides them, one for every two: exceptions raised
// (each its own event, made by the cache's trigger) and a scan per movement, which the push
// gathers into verdict counts.
Result<void> queueFloorEvents(const QSqlDatabase& cache, int movements)
{
    QSqlQuery q(cache);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString& sql :
         {QStringLiteral("BEGIN"),
          QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) INSERT INTO "
                         "exception (kind, reference, detail, operator_badge, raised_at) SELECT 'bench_exception', "
                         "'bench-' || i, 'raised by the benchmark', 'R3001', %2 FROM n")
              .arg(movements / 2)
              .arg(now),
          QStringLiteral(
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) INSERT INTO "
              "scan_log (scanned_at, station_id, operator_badge, workflow, source, payload, verdict, code) "
              "SELECT %2 - i * 1000, 'bench', 'R3001', 'returns', 'wedge', 'RMA-' || i, CASE WHEN i % 20 = 0 "
              "THEN 'error' ELSE 'ok' END, CASE WHEN i % 20 = 0 THEN 'unknown_barcode' ELSE 'line_received' "
              "END FROM n")
              .arg(movements)
              .arg(now),
          QStringLiteral("COMMIT")})
        if (auto ok = exec(q, sql); !ok)
            return ok;
    return {};
}

// Rows of a station's cache to insert raw on the master: the floor of what pushing them can cost.
struct RawRows
{
    QString read;                                        ///< the rows, from the cache
    std::function<QJsonObject(const QSqlQuery&)> asJson; ///< one row as a push would send it
    QString insert;                                      ///< a batch (its JSON the one parameter) into a raw table
};

RawRows rawMovements()
{
    return {
        QStringLiteral("SELECT uuid, station_id, station_seq, kind, sku, quantity, to_location_id, reference, "
                       "operator_badge, created_at FROM movement ORDER BY station_seq"),
        [](const QSqlQuery& row) {
            return QJsonObject{{QStringLiteral("uuid"), row.value(0).toString()},
                               {QStringLiteral("station_id"), row.value(1).toString()},
                               {QStringLiteral("station_seq"), row.value(2).toLongLong()},
                               {QStringLiteral("kind"), row.value(3).toString()},
                               {QStringLiteral("sku"), row.value(4).toString()},
                               {QStringLiteral("quantity"), row.value(5).toInt()},
                               {QStringLiteral("to_location_id"), row.value(6).toLongLong()},
                               {QStringLiteral("reference"), row.value(7).toString()},
                               {QStringLiteral("operator_badge"), row.value(8).toString()},
                               {QStringLiteral("created_at"), row.value(9).toLongLong()}};
        },
        QStringLiteral(
            "INSERT INTO public.bench_raw_movement (uuid, station_id, station_seq, warehouse_id, kind, sku, "
            "quantity, to_location_id, reference, operator_badge, created_at) SELECT uuid, station_id, station_seq, "
            "'WH-BENCH', kind, sku, quantity, to_location_id, reference, operator_badge, to_timestamp(created_at / "
            "1000.0) FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(uuid uuid, station_id text, station_seq bigint, "
            "kind text, sku text, quantity integer, to_location_id bigint, reference text, operator_badge text, "
            "created_at bigint)")};
}

// The floor events a station pushed, into a table of the shape of the master's record of them.
RawRows rawFloorEvents(const QString& station)
{
    return {
        QStringLiteral("SELECT uuid, kind, body, created_at FROM floor_event ORDER BY id"),
        [station](const QSqlQuery& row) {
            return QJsonObject{{QStringLiteral("uuid"), row.value(0).toString()},
                               {QStringLiteral("station_id"), station},
                               {QStringLiteral("kind"), row.value(1).toString()},
                               {QStringLiteral("body"), QJsonDocument::fromJson(row.value(2).toByteArray()).object()},
                               {QStringLiteral("created_at"), row.value(3).toLongLong()}};
        },
        QStringLiteral("INSERT INTO public.bench_raw_floor_event (uuid, station_id, kind, outcome, body, created_at) "
                       "SELECT uuid, station_id, kind, 'applied', body, to_timestamp(created_at / 1000.0) FROM "
                       "jsonb_to_recordset(CAST(? AS jsonb)) AS x(uuid uuid, station_id text, kind text, body "
                       "jsonb, created_at bigint)")};
}

// The rows as JSON batches of the push's size, inserted as they are; the seconds the inserts took.
Result<double> rawInsertSeconds(const QString& cachePath, const QSqlDatabase& owner, const RawRows& raw)
{
    auto opened = db::LocalCache::open(cachePath, db::LocalCache::Missing::Refuse);
    if (!opened)
        return std::unexpected(opened.error());
    QSqlQuery rows((*opened)->database());
    rows.setForwardOnly(true);
    if (!rows.exec(raw.read))
        return fail(Error::Code::QueryFailed, rows.lastError().text(), raw.read.left(80));
    QList<QByteArray> batches;
    QJsonArray batch;
    while (rows.next()) {
        batch.append(raw.asJson(rows));
        if (batch.size() == kBatch) {
            batches << QJsonDocument(batch).toJson(QJsonDocument::Compact);
            batch = {};
        }
    }
    if (!batch.isEmpty())
        batches << QJsonDocument(batch).toJson(QJsonDocument::Compact);
    QSqlQuery insert(owner);
    insert.prepare(raw.insert);
    const auto t0 = Clock::now();
    for (const QByteArray& json : batches) {
        insert.addBindValue(QString::fromUtf8(json));
        if (!insert.exec())
            return fail(Error::Code::QueryFailed, insert.lastError().text(), raw.insert.left(80));
    }
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

} // namespace

namespace {

struct Pushed
{
    double seconds = 0;
    sync::OutboxPusher::Outcome outcome;
};

} // namespace

Result<QJsonObject> SyncPushBench::run(const QString& ownerUrl, int movements)
{
    auto owner = sync::MasterUrl::parse(ownerUrl);
    if (!owner)
        return std::unexpected(owner.error());
    QTemporaryDir scratch;
    QJsonObject result;
    {
        QSqlDatabase ownerDb = owner->connection(QStringLiteral("bench-owner"));
        if (!ownerDb.open())
            return fail(Error::Code::QueryFailed, ownerDb.lastError().text(), owner->redacted());
        sync::MasterAdmin admin(ownerDb);
        if (auto migrated = admin.migrate(); !migrated)
            return std::unexpected(migrated.error());
        const QString tag = QStringLiteral("BENCH%1").arg(QCoreApplication::applicationPid());
        auto warehouse = admin.addWarehouse({QStringLiteral("WH-BENCH"),
                                             QStringLiteral("Bench"),
                                             QStringLiteral("DE"),
                                             QString(),
                                             QStringLiteral("UTC"),
                                             QStringLiteral("EUR"),
                                             QString()});
        if (!warehouse)
            return std::unexpected(warehouse.error());
        auto location = seedMaster(ownerDb, tag);
        if (!location)
            return std::unexpected(location.error());
        // One station pushes movements alone, a second the same movements with the floor events
        // of such a day among them; each from a fresh cache, through its own role.
        const auto push = [&](const QString& station, bool withEvents) -> Result<Pushed> {
            auto credentials = admin.addStation(station, QStringLiteral("WH-BENCH"), *owner);
            if (!credentials)
                return std::unexpected(credentials.error());
            auto cache = db::LocalCache::open(scratch.filePath(station + QStringLiteral(".sqlite")),
                                              db::LocalCache::Missing::Create);
            if (!cache)
                return std::unexpected(cache.error());
            if (auto ok = queue((*cache)->database(), station, tag, *location, movements); !ok)
                return std::unexpected(ok.error());
            if (withEvents) {
                if (auto ok = queueFloorEvents((*cache)->database(), movements); !ok)
                    return std::unexpected(ok.error());
            }
            auto stationUrl = sync::MasterUrl::parse(credentials->url);
            QSqlDatabase stationDb = stationUrl->connection(QStringLiteral("bench-station"));
            if (!stationDb.open())
                return fail(Error::Code::QueryFailed, stationDb.lastError().text(), stationUrl->redacted());
            if (auto prepared = sync::prepareSyncConnection((*cache)->database()); !prepared)
                return std::unexpected(prepared.error());
            sync::OutboxPusher pusher((*cache)->database(), stationDb);
            const auto t0 = Clock::now();
            auto pushed = pusher.pushAll(kBatch);
            const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
            stationDb.close();
            if (!pushed)
                return std::unexpected(pushed.error());
            return Pushed{seconds, *pushed};
        };
        auto alone = push(QStringLiteral("ST-") + tag, false);
        if (!alone)
            return std::unexpected(alone.error());
        auto raw = rawInsertSeconds(
            scratch.filePath(QStringLiteral("ST-") + tag + QStringLiteral(".sqlite")), ownerDb, rawMovements());
        if (!raw)
            return std::unexpected(raw.error());
        const QString mixedStation = QStringLiteral("ST-") + tag + QStringLiteral("-EV");
        auto mixed = push(mixedStation, true);
        if (!mixed)
            return std::unexpected(mixed.error());
        auto rawEvents = rawInsertSeconds(
            scratch.filePath(mixedStation + QStringLiteral(".sqlite")), ownerDb, rawFloorEvents(mixedStation));
        ownerDb.close();
        if (!rawEvents)
            return std::unexpected(rawEvents.error());
        const double baseline = movements / *raw;
        const double ours = movements / alone->seconds;
        const double oursWithEvents = movements / mixed->seconds;
        result = {{QStringLiteral("bench"), QStringLiteral("sync-push")},
                  {QStringLiteral("movements"), movements},
                  {QStringLiteral("applied"), alone->outcome.applied},
                  {QStringLiteral("rejected"), alone->outcome.rejected},
                  {QStringLiteral("push_s"), alone->seconds},
                  {QStringLiteral("push_per_s"), ours},
                  {QStringLiteral("baseline_per_s"), baseline},
                  {QStringLiteral("ratio"), ours / baseline},
                  {QStringLiteral("events"), mixed->outcome.events},
                  {QStringLiteral("events_rejected"), mixed->outcome.eventsRejected},
                  {QStringLiteral("push_with_events_s"), mixed->seconds},
                  {QStringLiteral("raw_events_s"), *rawEvents},
                  // The same work on both sides: movements and events pushed, beside the raw
                  // insert of both.
                  {QStringLiteral("ratio_with_events"), (*raw + *rawEvents) / mixed->seconds},
                  // Movements per second with the events among them, beside the movements' raw insert
                  // alone: what the events cost the movements.
                  {QStringLiteral("movement_ratio_with_events"), oursWithEvents / baseline}};
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-owner"));
    QSqlDatabase::removeDatabase(QStringLiteral("bench-station"));
    return result;
}

} // namespace wf::bench
