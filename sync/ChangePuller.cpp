#include "sync/ChangePuller.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "db/Transaction.h"

namespace wf::sync {

namespace {

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// A table the feed fills. The master wins for what it owns; what the floor records on a row —
/// an order's or shipment's progress, a return line's inspection — is the floor's: those
/// columns are written when the row is new and kept afterwards, except that the master may
/// cancel an order or a shipment.
struct Entity
{
    const char* table;
    QStringList key;        ///< the row's key, in the cache and in the master's row alike
    QStringList columns;    ///< every column taken from the master's row (the key first)
    QStringList floorOwned; ///< columns written on insert only
    QStringList timestamps; ///< timestamptz on the master, milliseconds since the epoch here
    /// Columns with a rule of their own when the row is there already: `column = rule`.
    QList<std::pair<QString, QString>> merged = {};
};

/// A status the master brings is taken when it is further along than this station's: another
/// station's progress (a package picked there, packed here). A status this station reached first
/// stays; a package the floor shipped stays shipped, a cancellation that came too late being the
/// floor's exception (flagStartedCancellation), not a rewrite of what happened.
QString furtherStatus(const char* path)
{
    return QStringLiteral("CASE WHEN excluded.status = 'cancelled' AND status <> 'shipped' THEN 'cancelled' "
                          "WHEN instr('%1', ',' || excluded.status || ',') > instr('%1', ',' || status || ',') "
                          "THEN excluded.status ELSE status END")
        .arg(QLatin1String(path));
}

/// What a line held when picked, from the master, when another station picked it: a package
/// this station put on a pick list keeps its own figures.
QString pickedElsewhere(const char* column)
{
    return QStringLiteral("CASE WHEN excluded.picked_qty IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pick_tote t WHERE "
                          "t.shipment_id = shipment_line.shipment_id) THEN excluded.%1 ELSE %1 END")
        .arg(QLatin1String(column));
}

const QList<Entity>& entities()
{
    static const QList<Entity> all = {
        {"product",
         words("sku"),
         words("sku name family size colour category packing_class weight_g length_mm width_mm height_mm hs_code "
               "origin_country customs_description declared_value_minor currency restriction_tags is_bundle "
               "daily_sales lead_time_days safety_stock"),
         {},
         {}},
        {"barcode", words("code"), words("code sku quantity kind"), {}, {}},
        {"warehouse", words("id"), words("id name country address timezone currency"), {}, {}},
        {"station", words("id"), words("id warehouse_id name"), {}, {}},
        {"location",
         words("id"),
         words("id warehouse_id code zone pick_sequence kind capacity_units pick_min pick_max"),
         {},
         {}},
        {"stock", words("sku location_id"), words("sku location_id on_hand reserved inbound hold"), {}, {}},
        {"operator", words("badge"), words("badge name roles pin_hash language active"), {}, {}},
        {"orders",
         words("id"),
         words("id channel customer_name address_line city postal_code destination_country service_level ship_by "
               "declared_value_minor currency status created_at"),
         {},
         words("ship_by created_at"),
         {{QStringLiteral("status"), furtherStatus(",open,picking,packed,shipped,")}}},
        {"order_line", words("order_id line_no"), words("order_id line_no sku quantity unit_value_minor"), {}, {}},
        {"shipment",
         words("id"),
         words("id order_id package_no package_count carrier service tracking_number label_barcode sscc status tote"),
         {},
         {},
         {{QStringLiteral("status"), furtherStatus(",awaiting_pick,picking,picked,packing,packed,labelled,shipped,")},
          {QStringLiteral("tote"), QStringLiteral("CASE WHEN excluded.tote <> '' THEN excluded.tote ELSE tote END")}}},
        {"shipment_line",
         words("shipment_id line_no"),
         words("shipment_id line_no sku quantity lot serial picked_qty short_qty short_reason"),
         {},
         {},
         {{QStringLiteral("picked_qty"), QStringLiteral("excluded.picked_qty")},
          {QStringLiteral("short_qty"), pickedElsewhere("short_qty")},
          {QStringLiteral("short_reason"), pickedElsewhere("short_reason")}}},
        {"return_auth",
         words("id"),
         words("id order_id shipment_id return_path value_minor currency tracking_number status created_at"),
         words("status"),
         words("created_at")},
        {"return_line",
         words("rma_id line_no"),
         words("rma_id line_no sku quantity unit_value_minor shipped_serial shipped_lot status"),
         words("status"),
         {}},
        {"inbound_notice",
         words("id"),
         words("id warehouse_id kind supplier expected_on location_id status created_at"),
         {},
         words("created_at")},
        {"inbound_line",
         words("notice_id line_no"),
         words("notice_id line_no sku quantity lot expiry sscc received_qty"),
         {},
         {}},
        {"packing_rule", words("id"), words("id packing_class min_items prompt_code prompt_text enabled"), {}, {}},
        {"destination_rule",
         words("id"),
         words("id restriction_tag country service action suggested_service reason enabled"),
         {},
         {}},
    };
    return all;
}

/// A master timestamp (`2026-11-27T08:00:00.123456+00:00`) in milliseconds since the epoch.
qint64 epochMs(const QString& text)
{
    static const QRegularExpression finerThanMs(QStringLiteral("(\\.\\d{3})\\d+"));
    QString iso = text;
    iso.replace(finerThanMs, QStringLiteral("\\1"));
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QVariant cacheValue(const QJsonValue& v, bool timestamp)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (timestamp)
        return epochMs(v.toString());
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    return v.toString(QStringLiteral(""));
}

Result<void> run(QSqlQuery& q, const QString& context)
{
    if (!q.exec())
        return fail(Error::Code::QueryFailed, q.lastError().text(), context);
    return {};
}

Result<void> runSql(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(Error::Code::QueryFailed, q.lastError().text(), sql);
    return {};
}

QString upsertSql(const Entity& e)
{
    QStringList updates;
    for (const QString& c : e.columns) {
        if (e.key.contains(c))
            continue;
        const auto rule = std::find_if(e.merged.begin(), e.merged.end(), [&c](const auto& m) {
            return m.first == c;
        });
        if (rule != e.merged.end())
            updates << c + QStringLiteral(" = ") + rule->second;
        else if (!e.floorOwned.contains(c))
            updates << c + QStringLiteral(" = excluded.") + c;
        else if (c == QLatin1String("status"))
            // A package the floor shipped stays shipped: a cancellation that came too late is the
            // floor's exception (flagStartedCancellation), not a rewrite of what happened.
            updates << QStringLiteral("status = CASE WHEN excluded.status = 'cancelled' AND status <> 'shipped' THEN "
                                      "'cancelled' ELSE status END");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(QLatin1String(e.table),
             e.columns.join(QStringLiteral(", ")),
             QStringList(e.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             e.key.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

/// Writes one page of changes into the cache with statements prepared once per page.
class PageWriter
{
public:
    explicit PageWriter(QSqlDatabase cache)
        : m_cache(std::move(cache))
    {}
    ~PageWriter() { qDeleteAll(m_upserts); }
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    Result<void> apply(const QString& entity, const QString& op, const QJsonObject& row)
    {
        if (entity == QLatin1String("floor_exception"))
            return op == QLatin1String("delete") ? Result<void>() : takeException(row);
        for (const Entity& e : entities()) {
            if (entity != QLatin1String(e.table))
                continue;
            if (op == QLatin1String("delete"))
                return remove(e, row);
            if (entity == QLatin1String("location") || entity == QLatin1String("station"))
                if (auto ok = ensureWarehouse(row.value(QStringLiteral("warehouse_id")).toString()); !ok)
                    return ok;
            if (entity == QLatin1String("shipment")
                && row.value(QStringLiteral("status")).toString() == QLatin1String("cancelled"))
                if (auto ok = flagStartedCancellation(row); !ok)
                    return ok;
            QSqlQuery*& q = m_upserts[entity];
            if (!q) {
                q = new QSqlQuery(m_cache);
                if (!q->prepare(upsertSql(e)))
                    return fail(
                        Error::Code::QueryFailed, q->lastError().text(), QStringLiteral("prepare pull ") + entity);
            }
            for (int i = 0; i < e.columns.size(); ++i)
                q->bindValue(i, cacheValue(row.value(e.columns[i]), e.timestamps.contains(e.columns[i])));
            return run(*q, QStringLiteral("pull ") + entity);
        }
        return {}; // an entity this station does not keep
    }

private:
    Result<void> remove(const Entity& e, const QJsonObject& row)
    {
        // A row the floor still refers to stays: the savepoint keeps the page going.
        QSqlQuery q(m_cache);
        q.exec(QStringLiteral("SAVEPOINT pull_delete"));
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE (%2) = (%3)")
                      .arg(QLatin1String(e.table),
                           e.key.join(QStringLiteral(", ")),
                           QStringList(e.key.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QString& k : e.key)
            q.addBindValue(cacheValue(row.value(k), false));
        const bool removed = q.exec();
        QSqlQuery(m_cache).exec(removed ? QStringLiteral("RELEASE pull_delete")
                                        : QStringLiteral("ROLLBACK TO pull_delete"));
        return {};
    }

    /// A package the master cancelled after this floor started it: the floor is told, with an
    /// exception for a supervisor (its units are in a tote or a box, not in their bins).
    Result<void> flagStartedCancellation(const QJsonObject& row)
    {
        QSqlQuery q(m_cache);
        q.prepare(QStringLiteral(
            "INSERT INTO exception (kind, reference, order_id, detail, raised_at) SELECT 'shipment_cancelled', id, "
            "order_id, 'cancelled on the master after the floor started it (' || status || '): do not ship it; put its "
            "units back', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM shipment WHERE id = ? AND "
            "status IN ('picking', 'picked', 'packing', 'packed', 'labelled', 'shipped')"));
        q.addBindValue(row.value(QStringLiteral("id")).toString());
        return run(q, QStringLiteral("flag a cancelled package"));
    }

    /// An exception of the warehouse, raised here or at another station: new ones join the queue
    /// (origin master: no event goes back); a resolution from the master is the first one made
    /// anywhere, and it replaces any made here later (which the master refused, and said so).
    Result<void> takeException(const QJsonObject& row)
    {
        QSqlQuery*& q = m_upserts[QStringLiteral("floor_exception")];
        if (!q) {
            q = new QSqlQuery(m_cache);
            if (!q->prepare(QStringLiteral(
                    "INSERT INTO exception (uuid, kind, status, reference, order_id, sku, detail, operator_badge, "
                    "station_id, raised_at, resolved_by, resolved_at, resolution_note, origin, resolved_via) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'master', ?) ON CONFLICT (uuid) DO UPDATE SET "
                    "status = excluded.status, resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, "
                    "resolution_note = excluded.resolution_note, resolved_via = 'master' WHERE excluded.status = "
                    "'resolved' AND (status = 'open' OR resolved_by IS NOT excluded.resolved_by OR resolved_at IS NOT "
                    "excluded.resolved_at)")))
                return fail(Error::Code::QueryFailed, q->lastError().text(), QStringLiteral("prepare pull exceptions"));
        }
        const bool resolved = row.value(QStringLiteral("status")).toString() == QLatin1String("resolved");
        int i = 0;
        for (const char* column :
             {"uuid", "kind", "status", "reference", "order_id", "sku", "detail", "operator_badge", "station_id"})
            q->bindValue(i++, row.value(QLatin1String(column)).toString());
        q->bindValue(i++, epochMs(row.value(QStringLiteral("raised_at")).toString()));
        q->bindValue(i++, row.value(QStringLiteral("resolved_by")).toString());
        q->bindValue(i++,
                     resolved ? QVariant(epochMs(row.value(QStringLiteral("resolved_at")).toString())) : QVariant());
        q->bindValue(i++, row.value(QStringLiteral("resolution_note")).toString());
        // Open, it may be resolved here, and that resolution goes to the master as an event.
        q->bindValue(i++, resolved ? QStringLiteral("master") : QStringLiteral("here"));
        return run(*q, QStringLiteral("pull exceptions"));
    }

    Result<void> ensureWarehouse(const QString& id)
    {
        QSqlQuery w(m_cache);
        w.prepare(
            QStringLiteral("INSERT INTO warehouse (id, name, country) VALUES (?, ?, '') ON CONFLICT (id) DO NOTHING"));
        w.addBindValue(id);
        w.addBindValue(id);
        return run(w, QStringLiteral("pull warehouse"));
    }

    QSqlDatabase m_cache;
    QHash<QString, QSqlQuery*> m_upserts;
};

} // namespace

ChangePuller::ChangePuller(QSqlDatabase cache, QSqlDatabase master)
    : m_cache(std::move(cache))
    , m_master(std::move(master))
{}

Result<qint64> ChangePuller::cursor()
{
    QSqlQuery q(m_cache);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(value), 0) FROM sync_cursor WHERE name = 'change_feed'"))
        || !q.next())
        return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("read pull cursor"));
    return q.value(0).toLongLong();
}

Result<int> ChangePuller::pullPage(int pageSize)
{
    auto after = cursor();
    if (!after)
        return std::unexpected(after.error());
    QSqlQuery page(m_master);
    page.setForwardOnly(true);
    page.prepare(QStringLiteral("SELECT seq, entity, op, row_data::text FROM master.pull_changes(?, ?)"));
    page.addBindValue(*after);
    page.addBindValue(pageSize);
    if (!page.exec())
        return fail(Error::Code::QueryFailed, page.lastError().text(), QStringLiteral("pull changes"));
    db::Transaction tx(m_cache);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    // What the page brings is the master's, not this station's: no floor event for it.
    if (auto ok = runSql(m_cache, QStringLiteral("INSERT OR IGNORE INTO pull_marker (pulling) VALUES (1)")); !ok)
        return std::unexpected(ok.error());
    int applied = 0;
    qint64 last = *after;
    PageWriter writer(m_cache);
    while (page.next()) {
        last = page.value(0).toLongLong();
        const QJsonObject row = QJsonDocument::fromJson(page.value(3).toString().toUtf8()).object();
        if (auto ok = writer.apply(page.value(1).toString(), page.value(2).toString(), row); !ok)
            return std::unexpected(ok.error());
        ++applied;
    }
    if (applied == 0)
        return 0;
    QSqlQuery c(m_cache);
    c.prepare(QStringLiteral("INSERT INTO sync_cursor (name, value) VALUES ('change_feed', ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    c.addBindValue(last);
    if (auto ok = run(c, QStringLiteral("store pull cursor")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = runSql(m_cache, QStringLiteral("DELETE FROM pull_marker")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return applied;
}

Result<qint64> ChangePuller::pullAll(int pageSize)
{
    qint64 total = 0;
    for (;;) {
        auto page = pullPage(pageSize);
        if (!page)
            return std::unexpected(page.error());
        if (*page == 0)
            return total;
        total += *page;
    }
}

} // namespace wf::sync
