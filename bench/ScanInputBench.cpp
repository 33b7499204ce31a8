#include <chrono>
#include <vector>

#include <QCoreApplication>
#include <QKeyEvent>

#include "LookupBench.h"
#include "ScannerBench.h"
#include "scanner/KeyboardWedge.h"
#include "scanner/ScanFrameAssembler.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;

/// Stands in for the focused widget: counts the keys that reach it.
class KeySink : public QObject
{
public:
    int keys = 0;
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::KeyPress)
            ++keys;
        return QObject::event(e);
    }
};

void press(QObject* target, int key, const QString& text)
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &event);
}

} // namespace

Result<QJsonObject> ScanInputBench::run(int scans)
{
    const QString code = QStringLiteral("]C10104000000001290172812311"
                                        "0LOT-42");
    KeySink sink;
    auto fakeNow = Clock::now();
    scanner::KeyboardWedge wedge({}, [&fakeNow] {
        return fakeNow;
    });
    std::vector<double> burstToScan, wholeBurst, plainKeys, serialFrame;
    Clock::time_point terminatorSent, burstStart;
    int received = 0;
    QObject::connect(&wedge, &scanner::ScanSource::scanned, &wedge, [&](const scanner::ScanEvent&) {
        const auto now = Clock::now();
        burstToScan.push_back(std::chrono::duration<double, std::micro>(now - terminatorSent).count());
        wholeBurst.push_back(std::chrono::duration<double, std::micro>(now - burstStart).count());
        ++received;
    });
    QCoreApplication::instance()->installEventFilter(&wedge);
    for (int i = 0; i < scans; ++i) {
        burstStart = Clock::now();
        for (QChar c : code) {
            fakeNow += std::chrono::milliseconds(2); // a scanner types a key every 2 ms
            press(&sink, c.unicode(), QString(c));
        }
        fakeNow += std::chrono::milliseconds(2);
        terminatorSent = Clock::now();
        press(&sink, Qt::Key_Return, QStringLiteral("\r"));
        fakeNow += std::chrono::seconds(1);
    }
    QCoreApplication::instance()->removeEventFilter(&wedge);
    // Baseline: the same key events delivered to the same object with no wedge in the way.
    for (int i = 0; i < scans; ++i) {
        const auto t0 = Clock::now();
        for (QChar c : code)
            press(&sink, c.unicode(), QString(c));
        press(&sink, Qt::Key_Return, QStringLiteral("\r"));
        plainKeys.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    scanner::ScanFrameAssembler assembler(QStringLiteral("bench"));
    const QByteArray frame = code.toUtf8() + "\r\n";
    for (int i = 0; i < scans; ++i) {
        const auto t0 = Clock::now();
        const auto out = assembler.feed(frame);
        serialFrame.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        if (out.size() != 1)
            return fail(Error::Code::InvalidInput, QStringLiteral("serial framing lost a frame"));
    }
    if (received != scans || sink.keys != scans * int(code.size() + 1))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("wedge: %1 of %2 scans, %3 keys leaked").arg(received).arg(scans).arg(sink.keys));
    const double p50 = percentile(wholeBurst, 50), p99 = percentile(wholeBurst, 99);
    const double base99 = percentile(plainKeys, 99);
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("scan-input")},
                       {QStringLiteral("scans"), scans},
                       {QStringLiteral("keys_per_scan"), int(code.size() + 1)},
                       {QStringLiteral("wedge_terminator_to_scan_p50_us"), percentile(burstToScan, 50)},
                       {QStringLiteral("wedge_terminator_to_scan_p99_us"), percentile(burstToScan, 99)},
                       {QStringLiteral("wedge_burst_p50_us"), p50},
                       {QStringLiteral("wedge_burst_p99_us"), p99},
                       {QStringLiteral("serial_frame_to_scan_p50_us"), percentile(serialFrame, 50)},
                       {QStringLiteral("serial_frame_to_scan_p99_us"), percentile(serialFrame, 99)},
                       {QStringLiteral("baseline_plain_keys_p50_us"), percentile(plainKeys, 50)},
                       {QStringLiteral("baseline_plain_keys_p99_us"), base99},
                       {QStringLiteral("ratio"), base99 > 0 ? p99 / base99 : 0.0}};
}

} // namespace wf::bench
