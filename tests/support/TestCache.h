#pragma once

#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/LocalCache.h"
#include "demo/DemoDataGenerator.h"

namespace wf::test {

/// A real cache file in a temporary folder, filled with the small demo dataset.
inline std::unique_ptr<db::LocalCache>
makeDemoCache(const QString& path, qint64 skus = 300, qint64 orders = 60, quint64 seed = 7)
{
    auto cache = db::LocalCache::open(path, db::LocalCache::Missing::Create);
    if (!cache)
        qFatal("cannot create cache: %s", qPrintable(cache.error().detail));
    demo::DemoOptions options;
    options.skus = skus;
    options.orders = orders;
    options.seed = seed;
    options.anchor = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    auto made = demo::DemoDataGenerator((*cache)->database(), options).generate();
    if (!made)
        qFatal("cannot make demo data: %s", qPrintable(made.error().detail));
    return std::move(*cache);
}

/// SHA-256 of a file's bytes: "nothing was written" means this does not change.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

/// The first column of the first row as text.
inline QString scalarText(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toString();
}

} // namespace wf::test
