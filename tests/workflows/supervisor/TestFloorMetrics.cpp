#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/LocalCache.h"
#include "workflows/supervisor/FloorMetrics.h"

using wf::workflows::FloorMetrics;

/// The metric formulas on a constructed floor with answers worked out by hand: two operators,
/// two hours of scans, picks and shorts, packing errors, shipments on time and late, a split
/// order, short picks for each reason; rows outside the period must not count.
class TestFloorMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void floorFiguresMatchTheHandCount();
    void perOperatorAndPerStation();
    void anEmptyPeriodHasNoRates();
    void theTrendIsHourlyForADayAndDailyBeyond();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    const QDateTime m_since{QDate(2026, 11, 2), QTime(8, 0), Qt::UTC};
    const QDateTime m_until{QDate(2026, 11, 2), QTime(18, 0), Qt::UTC};
    qint64 at(int hour, int minute) const
    {
        return QDateTime(QDate(2026, 11, 2), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
    }
    void exec(const QString& sql);
    void scan(const char* badge,
              const char* station,
              const char* workflow,
              qint64 when,
              const char* verdict,
              const char* code);
    FloorMetrics::Report report();
};

void TestFloorMetrics::exec(const QString& sql)
{
    QSqlQuery q(m_cache->database());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
}

void TestFloorMetrics::scan(
    const char* badge, const char* station, const char* workflow, qint64 when, const char* verdict, const char* code)
{
    exec(QStringLiteral("INSERT INTO scan_log (scanned_at, station_id, operator_badge, workflow, source, payload, "
                        "verdict, code) VALUES (%1, '%2', '%3', '%4', 'wedge', 'x', '%5', '%6')")
             .arg(when)
             .arg(QLatin1String(station),
                  QLatin1String(badge),
                  QLatin1String(workflow),
                  QLatin1String(verdict),
                  QLatin1String(code)));
}

void TestFloorMetrics::initTestCase()
{
    auto cache =
        wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("metrics.sqlite")), wf::db::LocalCache::Missing::Create);
    QVERIFY(cache);
    m_cache = std::move(*cache);
    // Picker A on ST-1: 10 scans between 09:00 and 09:59 (2 errors), 5 more at 11:xx, all in Pick.
    for (int i = 0; i < 10; ++i)
        scan("A", "ST-1", "pick", at(9, i * 5), i < 2 ? "error" : "ok", i < 2 ? "wrong_item" : "item_picked");
    for (int i = 0; i < 5; ++i)
        scan("A", "ST-1", "pick", at(11, i), "ok", "item_picked");
    // Packer B on ST-2: 4 scans at 09:xx: a wrong item and a wrong label caught.
    scan("B", "ST-2", "pack", at(9, 1), "error", "wrong_item");
    scan("B", "ST-2", "pack", at(9, 2), "ok", "item_packed");
    scan("B", "ST-2", "pack", at(9, 3), "error", "label_mismatch");
    scan("B", "ST-2", "pack", at(9, 4), "ok", "shipped");
    // Outside the period: must not count.
    scan("A", "ST-1", "pick", at(7, 59), "error", "wrong_item");
    scan("B", "ST-2", "pack", at(18, 0), "error", "over_scan");
    // A's movements: 30 units picked, 10 short; one pick before the period.
    int seq = 0;
    auto movement = [&](const char* kind, int quantity, qint64 when) {
        exec(QStringLiteral("INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, operator_badge, "
                            "created_at) VALUES ('ST-1', %1, 'u%1', '%2', 'SKU-1', %3, 'A', %4)")
                 .arg(++seq)
                 .arg(QLatin1String(kind))
                 .arg(quantity)
                 .arg(when));
    };
    movement("pick", 10, at(9, 10));
    movement("pick", 10, at(9, 20));
    movement("pick", 10, at(11, 2));
    movement("short", 10, at(11, 3));
    movement("pick", 99, at(7, 0));
    // Orders created in the period: four, one sent in two packages; four shipments shipped, one late.
    for (int o = 1; o <= 4; ++o)
        exec(QStringLiteral("INSERT INTO orders (id, channel, customer_name, address_line, city, postal_code, "
                            "destination_country, service_level, ship_by, currency, status, created_at) VALUES ('O%1', "
                            "'t', 'n', 'a', 'c', 'p', 'DE', 'standard', %2, 'EUR', 'shipped', %3)")
                 .arg(o)
                 .arg(at(12, 0))
                 .arg(at(8, o)));
    const QList<std::tuple<const char*, const char*, int, int, qint64>> shipments = {
        {"S1", "O1", 1, 1, at(10, 0)},
        {"S2", "O2", 1, 2, at(11, 0)},
        {"S3", "O2", 2, 2, at(12, 0)},  // on the ship-by minute: on time
        {"S4", "O3", 1, 1, at(13, 0)}}; // late
    for (const auto& [id, order, k, n, shippedAt] : shipments)
        exec(QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, status, "
                            "shipped_at) VALUES ('%1', '%2', %3, %4, 'DHL', 'standard', 'shipped', %5)")
                 .arg(QLatin1String(id), QLatin1String(order))
                 .arg(k)
                 .arg(n)
                 .arg(shippedAt));
    exec(QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, status) "
                        "VALUES ('S5', 'O4', 1, 1, 'DHL', 'standard', 'awaiting_pick')"));
    // Short picks: two because the bin was empty or short, one damaged (not a stockout).
    for (const auto& [detail, when] : {std::pair{"1 short: not_found", at(9, 30)},
                                       std::pair{"2 short: quantity_short", at(10, 30)},
                                       std::pair{"1 short: damaged", at(10, 40)},
                                       std::pair{"1 short: not_found", at(6, 0)}})
        exec(QStringLiteral("INSERT INTO exception (kind, detail, operator_badge, station_id, raised_at) VALUES "
                            "('short_pick', '%1', 'A', 'ST-1', %2)")
                 .arg(QLatin1String(detail))
                 .arg(when));
}

FloorMetrics::Report TestFloorMetrics::report()
{
    auto r = FloorMetrics::compute(m_cache->database(), m_since, m_until);
    if (!r)
        qFatal("metrics: %s", qPrintable(r.error().detail));
    return *r;
}

void TestFloorMetrics::floorFiguresMatchTheHandCount()
{
    const auto r = report();
    QCOMPARE(r.all.scans, qint64(19));
    QCOMPARE(*r.all.scansPerHour, 19.0 / 2.0);   // scans at 09:xx and 11:xx
    QCOMPARE(*r.all.wrongScanRate, 4.0 / 19.0);  // 2 at Pick, 2 at Pack
    QCOMPARE(*r.all.picksPerHour, 30.0 / 2.0);   // 30 units in two Pick hours
    QCOMPARE(*r.all.shortPickRate, 10.0 / 40.0); // 10 short of 40
    QCOMPARE(r.defectsPrevented, qint64(2));     // the wrong item and the wrong label at Pack
    QCOMPARE(*r.onTimeDispatchRate, 3.0 / 4.0);  // S4 shipped after its ship-by
    QCOMPARE(*r.splitShipmentRate, 1.0 / 4.0);   // O2 of four orders
    QCOMPARE(r.stockoutsAtPick, qint64(2));      // not_found and quantity_short, in the period
    QCOMPARE(r.counts.exceptionsByKind.value(QStringLiteral("short_pick")), qint64(3));
    const QJsonObject json = FloorMetrics::toJson(r);
    QCOMPARE(json.value(QStringLiteral("floor")).toObject().value(QStringLiteral("wrong_scan_rate")).toDouble(),
             0.2105);
    QCOMPARE(json.value(QStringLiteral("on_time_dispatch_rate")).toDouble(), 0.75);
    QCOMPARE(json.value(QStringLiteral("hourly")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("hourly")).toArray().at(0).toObject().value(QStringLiteral("errors")).toInt(),
             4);
}

void TestFloorMetrics::perOperatorAndPerStation()
{
    const auto r = report();
    QCOMPARE(r.byOperator.size(), 2);
    const auto a = r.byOperator.at(0);
    const auto b = r.byOperator.at(1);
    QCOMPARE(a.key, QStringLiteral("A"));
    QCOMPARE(*a.scansPerHour, 15.0 / 2.0);
    QCOMPARE(*a.wrongScanRate, 2.0 / 15.0);
    QCOMPARE(*a.picksPerHour, 15.0);
    QCOMPARE(*a.shortPickRate, 0.25);
    QCOMPARE(b.key, QStringLiteral("B"));
    QCOMPARE(*b.scansPerHour, 4.0);
    QCOMPARE(*b.wrongScanRate, 0.5);
    QVERIFY(!b.picksPerHour); // B never picked: no figure, not zero
    QVERIFY(!b.shortPickRate);
    QCOMPARE(r.byStation.size(), 2);
    QCOMPARE(r.byStation.at(1).key, QStringLiteral("ST-2"));
    QCOMPARE(r.byStation.at(1).scans, qint64(4));
}

void TestFloorMetrics::anEmptyPeriodHasNoRates()
{
    auto r = FloorMetrics::compute(m_cache->database(), m_since.addDays(-30), m_since.addDays(-29));
    QVERIFY(r);
    QCOMPARE(r->all.scans, qint64(0));
    QVERIFY(!r->all.scansPerHour && !r->all.wrongScanRate && !r->onTimeDispatchRate && !r->splitShipmentRate);
    QVERIFY(FloorMetrics::toJson(*r).value(QStringLiteral("on_time_dispatch_rate")).isNull());
    QVERIFY(!r->restockRate); // nothing decided: no rate, not zero
    QVERIFY(FloorMetrics::toJson(*r).value(QStringLiteral("restock_rate")).isNull());
}

void TestFloorMetrics::theTrendIsHourlyForADayAndDailyBeyond()
{
    // The whole of 2 November: 24 hours is still a day, cut by hour.
    const QDateTime midnight(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
    auto computed = FloorMetrics::compute(m_cache->database(), midnight, midnight.addDays(1));
    QVERIFY(computed);
    const FloorMetrics::Report& day = *computed;
    QCOMPARE(day.trendBucket, FloorMetrics::Bucket::Hour);
    QVERIFY(!day.trend.isEmpty());
    qint64 scans = 0;
    qint64 errors = 0;
    for (const auto& point : day.trend) {
        QCOMPARE(point.start.time().minute(), 0); // clock hours
        QCOMPARE(point.scans, day.counts.scansByHour.value(point.start.toMSecsSinceEpoch()));
        scans += point.scans;
        errors += point.errors;
    }
    QCOMPARE(scans, day.all.scans);
    // A week: one point per day with scans, the day's hours summed; a day with no scan has no point.
    scan("P-A",
         "ST-1",
         "pick",
         QDateTime(QDate(2026, 11, 4), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(),
         "error",
         "wrong_item");
    auto week = FloorMetrics::compute(m_cache->database(), m_since.addDays(-1), m_since.addDays(6));
    QVERIFY(week);
    QCOMPARE(week->trendBucket, FloorMetrics::Bucket::Day);
    QCOMPARE(week->trend.size(), 2);
    QCOMPARE(week->trend[0].start, QDateTime(QDate(2026, 11, 2), QTime(0, 0)));
    QCOMPARE(week->trend[0].scans, scans);
    QCOMPARE(week->trend[0].errors, errors);
    QCOMPARE(week->trend[1].start, QDateTime(QDate(2026, 11, 4), QTime(0, 0)));
    QCOMPARE(week->trend[1].scans, qint64(1));
    QCOMPARE(week->trend[1].errors, qint64(1));
    const QJsonObject json = FloorMetrics::toJson(*week);
    QCOMPARE(json.value(QStringLiteral("trend_bucket")).toString(), QStringLiteral("day"));
    QCOMPARE(json.value(QStringLiteral("trend")).toArray().size(), 2);
    exec(QStringLiteral("DELETE FROM scan_log WHERE scanned_at = %1")
             .arg(QDateTime(QDate(2026, 11, 4), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()));
}

QTEST_GUILESS_MAIN(TestFloorMetrics)
#include "TestFloorMetrics.moc"
