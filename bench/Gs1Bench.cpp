#include <chrono>
#include <vector>

#include <QRandomGenerator>
#include <QStringList>

#include "LookupBench.h"
#include "ScannerBench.h"
#include "common/CheckDigit.h"
#include "scanner/Gs1Parser.h"

namespace wf::bench {

namespace {

QString gtin14(QRandomGenerator& rng)
{
    QString body = QStringLiteral("0%1").arg(rng.bounded(1'000'000'000) + 4'000'000'000LL, 12, 10, QLatin1Char('0'));
    return body + QString::number(gs1CheckDigit(body));
}

QStringList realisticScans(int count, quint64 seed)
{
    QRandomGenerator rng(seed);
    const QString gs = QString(QChar(0x1D));
    QStringList scans;
    for (int i = 0; i < count; ++i) {
        const QString gtin = gtin14(rng);
        const QString lot = QStringLiteral("L%1").arg(rng.bounded(100000));
        const QString expiry = QStringLiteral("2%1%2%3")
                                   .arg(rng.bounded(7, 10))
                                   .arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0'))
                                   .arg(rng.bounded(1, 29), 2, 10, QLatin1Char('0'));
        switch (i % 5) {
        case 0:
            scans << QStringLiteral("]C101") + gtin + QStringLiteral("17") + expiry + QStringLiteral("10") + lot;
            break;
        case 1:
            scans << QStringLiteral("]d201") + gtin + QStringLiteral("21SN") + lot + gs + QStringLiteral("17") + expiry;
            break;
        case 2:
            scans << QStringLiteral("(01)") + gtin + QStringLiteral("(17)") + expiry + QStringLiteral("(10)") + lot;
            break;
        case 3:
            scans << QStringLiteral("https://id.gs1.org/01/") + gtin + QStringLiteral("/10/") + lot
                         + QStringLiteral("?17=") + expiry;
            break;
        default:
            scans << gtin.mid(1);
        }
    }
    return scans;
}

} // namespace

Result<QJsonObject> Gs1Bench::run(int messages, quint64 seed)
{
    using Clock = std::chrono::steady_clock;
    const QStringList scans = realisticScans(messages, seed);
    std::vector<double> ours, baseline;
    ours.reserve(size_t(messages));
    baseline.reserve(size_t(messages));
    int valid = 0;
    qsizetype pieces = 0;
    const auto totalStart = Clock::now();
    for (const QString& scan : scans) {
        auto t0 = Clock::now();
        pieces += scan.split(QChar(0x1D)).size() + scan.count(QLatin1Char('(')); // the baseline tokenising
        baseline.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        t0 = Clock::now();
        const auto parsed = scanner::Gs1Parser::parse(scan);
        ours.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        valid += parsed ? 1 : 0;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - totalStart).count();
    if (valid != messages)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 of %2 generated scans did not parse").arg(messages - valid).arg(messages));
    double ourTotal = 0, baseTotal = 0;
    for (double v : ours)
        ourTotal += v;
    for (double v : baseline)
        baseTotal += v;
    const double p50 = percentile(ours, 50), p99 = percentile(ours, 99);
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("gs1")},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("parses_per_second"), double(messages) / (ourTotal / 1e6)},
                       {QStringLiteral("p50_us"), p50},
                       {QStringLiteral("p99_us"), p99},
                       {QStringLiteral("baseline_p50_us"), percentile(baseline, 50)},
                       {QStringLiteral("baseline_p99_us"), percentile(baseline, 99)},
                       {QStringLiteral("tokens"), qint64(pieces)},
                       {QStringLiteral("wall_seconds"), seconds},
                       {QStringLiteral("ratio"), baseTotal > 0 ? ourTotal / baseTotal : 0.0}};
}

} // namespace wf::bench
