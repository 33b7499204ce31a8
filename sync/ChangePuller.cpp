#include "sync/ChangePuller.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "db/Transaction.h"

namespace wf::sync {

namespace {

struct Entity
{
    const char* table;
    const char* key;
    QStringList columns; ///< in the cache and in the master's row alike
};

const QList<Entity>& entities()
{
    static const QList<Entity> all = {
        {"product",
         "sku",
         {QStringLiteral("sku"),
          QStringLiteral("name"),
          QStringLiteral("family"),
          QStringLiteral("size"),
          QStringLiteral("colour"),
          QStringLiteral("category"),
          QStringLiteral("packing_class"),
          QStringLiteral("weight_g"),
          QStringLiteral("length_mm"),
          QStringLiteral("width_mm"),
          QStringLiteral("height_mm"),
          QStringLiteral("hs_code"),
          QStringLiteral("origin_country"),
          QStringLiteral("customs_description"),
          QStringLiteral("declared_value_minor"),
          QStringLiteral("currency"),
          QStringLiteral("restriction_tags"),
          QStringLiteral("is_bundle"),
          QStringLiteral("daily_sales"),
          QStringLiteral("lead_time_days"),
          QStringLiteral("safety_stock")}},
        {"barcode",
         "code",
         {QStringLiteral("code"), QStringLiteral("sku"), QStringLiteral("quantity"), QStringLiteral("kind")}},
        {"location",
         "id",
         {QStringLiteral("id"),
          QStringLiteral("warehouse_id"),
          QStringLiteral("code"),
          QStringLiteral("zone"),
          QStringLiteral("pick_sequence"),
          QStringLiteral("kind")}},
    };
    return all;
}

QVariant cacheValue(const QJsonValue& v)
{
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

QString upsertSql(const Entity& e)
{
    QStringList updates;
    for (const QString& c : e.columns)
        if (c != QLatin1String(e.key))
            updates << c + QStringLiteral(" = excluded.") + c;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(QLatin1String(e.table),
             e.columns.join(QStringLiteral(", ")),
             QStringList(e.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             QLatin1String(e.key),
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
        for (const Entity& e : entities()) {
            if (entity != QLatin1String(e.table))
                continue;
            if (op == QLatin1String("delete"))
                return remove(e, row);
            if (entity == QLatin1String("location"))
                if (auto ok = ensureWarehouse(row.value(QStringLiteral("warehouse_id")).toString()); !ok)
                    return ok;
            QSqlQuery*& q = m_upserts[entity];
            if (!q) {
                q = new QSqlQuery(m_cache);
                if (!q->prepare(upsertSql(e)))
                    return fail(
                        Error::Code::QueryFailed, q->lastError().text(), QStringLiteral("prepare pull ") + entity);
            }
            for (int i = 0; i < e.columns.size(); ++i)
                q->bindValue(i, cacheValue(row.value(e.columns[i])));
            return run(*q, QStringLiteral("pull ") + entity);
        }
        return {}; // orders, shipments and RMAs follow with the pack and returns flows from the master
    }

private:
    Result<void> remove(const Entity& e, const QJsonObject& row)
    {
        // A row the floor still refers to stays: the savepoint keeps the page going.
        QSqlQuery q(m_cache);
        q.exec(QStringLiteral("SAVEPOINT pull_delete"));
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(e.table), QLatin1String(e.key)));
        q.addBindValue(cacheValue(row.value(QLatin1String(e.key))));
        const bool removed = q.exec();
        QSqlQuery(m_cache).exec(removed ? QStringLiteral("RELEASE pull_delete")
                                        : QStringLiteral("ROLLBACK TO pull_delete"));
        return {};
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
