#pragma once

#include <chrono>
#include <map>
#include <vector>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "LookupBench.h"
#include "db/PickRepository.h"
#include "workflows/Verdict.h"

namespace wf::bench {

/// Scan latencies of a workflow benchmark: every scan, and per verdict code.
struct TimedVerdicts
{
    std::vector<double> all;
    std::map<QString, std::vector<double>> byVerdict;

    /// Times one scan from the call to its verdict (durable by then).
    template <typename Scan>
    workflows::Verdict time(Scan&& scan)
    {
        const auto t0 = std::chrono::steady_clock::now();
        const workflows::Verdict verdict = scan();
        const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
        all.push_back(us);
        byVerdict[verdict.code].push_back(us);
        return verdict;
    }

    QJsonObject p99ByVerdict()
    {
        QJsonObject out;
        for (auto& [code, samples] : byVerdict)
            out.insert(code,
                       QJsonObject{{QStringLiteral("n"), qint64(samples.size())},
                                   {QStringLiteral("p99_us"), percentile(samples, 99)}});
        return out;
    }
};

/// A barcode that scans one unit of the SKU.
inline QString unitCode(const QSqlDatabase& db, const QString& sku)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code FROM barcode WHERE sku = ? AND quantity = 1 ORDER BY kind LIMIT 1"));
    q.addBindValue(sku);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

/// What a picker scans next for a task: its bin while pending, else a unit of its item (with the
/// serial the order needs, as GS1).
inline QString nextPickScan(const QSqlDatabase& db, const db::PickTaskRecord& task)
{
    if (task.state == QLatin1String("pending"))
        return task.locationCode;
    const QString unit = unitCode(db, task.sku);
    return task.requiredSerial.isEmpty()
               ? unit
               : QStringLiteral("(01)0") + unit + QStringLiteral("(21)") + task.requiredSerial;
}

} // namespace wf::bench
