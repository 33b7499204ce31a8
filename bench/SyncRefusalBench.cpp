#include "SyncRefusalBench.h"

#include <algorithm>
#include <chrono>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "sync/MasterAdmin.h"
#include "sync/MasterUrl.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kBatch = 5000; // the master's limit (db/master/0006)
constexpr int kProducts = 20000;

struct Places
{
    qint64 returns = 0;   ///< the station's restock location
    qint64 bin = 0;       ///< a bin of the station's warehouse holding 1 unit of the first SKU
    qint64 elsewhere = 0; ///< a location of another warehouse
};

Result<void> exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        return fail(Error::Code::QueryFailed, q.lastError().text(), sql.left(80));
    return {};
}

Result<Places> seedMaster(const QSqlDatabase& owner, const QString& tag, const QString& warehouse)
{
    const qint64 base = 800000000 + qint64(QCoreApplication::applicationPid()) * 4;
    const Places places{base, base + 1, base + 2};
    QSqlQuery q(owner);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO master.product (sku, name) SELECT '%1-' || n, 'Bench ' || n FROM "
                         "generate_series(1, %2) n ON CONFLICT DO NOTHING")
              .arg(tag)
              .arg(kProducts),
          QStringLiteral("INSERT INTO master.warehouse (id) VALUES ('%1-OTHER') ON CONFLICT DO NOTHING").arg(tag),
          QStringLiteral("INSERT INTO master.location (id, warehouse_id, code, kind) VALUES (%1, '%4', '%5-RET', "
                         "'returns'), (%2, '%4', '%5-BIN', 'pick'), (%3, '%5-OTHER', '%5-RET', 'returns')")
              .arg(places.returns)
              .arg(places.bin)
              .arg(places.elsewhere)
              .arg(warehouse, tag),
          QStringLiteral("INSERT INTO master.stock (sku, location_id) SELECT '%1-' || n, %2 FROM generate_series(1, "
                         "%3) n ON CONFLICT DO NOTHING")
              .arg(tag)
              .arg(places.returns)
              .arg(kProducts),
          QStringLiteral("INSERT INTO master.stock (sku, location_id, on_hand, reserved) VALUES ('%1-1', %2, 1, 1)")
              .arg(tag)
              .arg(places.bin)})
        if (auto ok = exec(q, sql); !ok)
            return std::unexpected(ok.error());
    return places;
}

/// One batch of restocks as the station sends it; `refusal` replaces its middle movement.
QByteArray batch(const QString& station,
                 const QString& tag,
                 qint64 firstSeq,
                 const Places& places,
                 const QString& refusal,
                 QRandomGenerator& rng)
{
    QJsonArray movements;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < kBatch; ++i) {
        QJsonObject m{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("station_id"), station},
                      {QStringLiteral("station_seq"), firstSeq + i},
                      {QStringLiteral("kind"), QStringLiteral("return_restock")},
                      {QStringLiteral("sku"), QStringLiteral("%1-%2").arg(tag).arg(rng.bounded(1, kProducts + 1))},
                      {QStringLiteral("quantity"), 1},
                      {QStringLiteral("to_location_id"), places.returns},
                      {QStringLiteral("reference"), QStringLiteral("bench")},
                      {QStringLiteral("operator_badge"), QStringLiteral("R3001")},
                      {QStringLiteral("created_at"), now}};
        if (i == kBatch / 2 && refusal == QLatin1String("location")) {
            m.insert(QStringLiteral("to_location_id"), places.elsewhere);
        } else if (i == kBatch / 2 && refusal == QLatin1String("stock")) {
            m.insert(QStringLiteral("kind"), QStringLiteral("ship"));
            m.insert(QStringLiteral("sku"), QStringLiteral("%1-1").arg(tag));
            m.insert(QStringLiteral("quantity"), 5); // the bin holds 1
            m.remove(QStringLiteral("to_location_id"));
            m.insert(QStringLiteral("from_location_id"), places.bin);
        }
        movements.append(m);
    }
    return QJsonDocument(movements).toJson(QJsonDocument::Compact);
}

struct Push
{
    double seconds = 0;
    int rejected = 0;
};

Result<Push> push(QSqlQuery& q, const QByteArray& json)
{
    q.addBindValue(QString::fromUtf8(json));
    const auto t0 = Clock::now();
    if (!q.exec() || !q.next())
        return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("push_movements"));
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    int rejected = 0;
    for (const auto& answer : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
        rejected += answer.toObject().value(QStringLiteral("status")).toString() == QLatin1String("rejected");
    return Push{seconds, rejected};
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

Result<QJsonObject> SyncRefusalBench::run(const QString& ownerUrl, int rounds)
{
    auto owner = sync::MasterUrl::parse(ownerUrl);
    if (!owner)
        return std::unexpected(owner.error());
    const QString tag = QStringLiteral("REFUSE%1").arg(QCoreApplication::applicationPid());
    const QString station = QStringLiteral("ST-") + tag;
    const QString warehouse = QStringLiteral("WH-") + tag;
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("sync-refusal")},
                       {QStringLiteral("batch"), kBatch},
                       {QStringLiteral("rounds"), rounds}};
    {
        QSqlDatabase ownerDb = owner->connection(QStringLiteral("refusal-owner"));
        if (!ownerDb.open())
            return fail(Error::Code::QueryFailed, ownerDb.lastError().text(), owner->redacted());
        sync::MasterAdmin admin(ownerDb);
        if (auto migrated = admin.migrate(); !migrated)
            return std::unexpected(migrated.error());
        auto added = admin.addWarehouse({warehouse,
                                         QStringLiteral("Bench"),
                                         QStringLiteral("DE"),
                                         QString(),
                                         QStringLiteral("UTC"),
                                         QStringLiteral("EUR"),
                                         QString()});
        if (!added)
            return std::unexpected(added.error());
        auto credentials = admin.addStation(station, warehouse, *owner);
        if (!credentials)
            return std::unexpected(credentials.error());
        auto places = seedMaster(ownerDb, tag, warehouse);
        if (!places)
            return std::unexpected(places.error());
        auto stationUrl = sync::MasterUrl::parse(credentials->url);
        QSqlDatabase stationDb = stationUrl->connection(QStringLiteral("refusal-station"));
        if (!stationDb.open())
            return fail(Error::Code::QueryFailed, stationDb.lastError().text(), stationUrl->redacted());
        QSqlQuery q(stationDb);
        q.prepare(QStringLiteral("SELECT master.push_movements(CAST(? AS jsonb))"));
        QRandomGenerator rng(11);
        qint64 seq = 1;
        QList<double> clean;
        QHash<QString, QList<double>> refused;
        const QStringList kinds = {QStringLiteral("location"), QStringLiteral("stock")};
        // One warm-up batch, then clean and refusing batches in turn, so drift hits both alike.
        for (int round = 0; round <= rounds; ++round) {
            for (const QString& kind : QStringList{QString()} + kinds) {
                auto pushed = push(q, batch(station, tag, seq, *places, kind, rng));
                seq += kBatch;
                if (!pushed)
                    return std::unexpected(pushed.error());
                if (pushed->rejected != (kind.isEmpty() ? 0 : 1))
                    return fail(Error::Code::QueryFailed,
                                QStringLiteral("%1 refusals in a %2 batch").arg(pushed->rejected).arg(kind),
                                QStringLiteral("sync-refusal"));
                if (round > 0)
                    (kind.isEmpty() ? clean : refused[kind]).append(pushed->seconds);
            }
        }
        const double cleanMs = median(clean) * 1000;
        result.insert(QStringLiteral("clean_ms"), cleanMs);
        for (const QString& kind : kinds) {
            const double ms = median(refused.value(kind)) * 1000;
            result.insert(QStringLiteral("refuse_%1_ms").arg(kind), ms);
            result.insert(QStringLiteral("ratio_%1").arg(kind), ms / cleanMs);
        }
        q.finish();
        stationDb.close();
        ownerDb.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusal-owner"));
    QSqlDatabase::removeDatabase(QStringLiteral("refusal-station"));
    return result;
}

} // namespace wf::bench
