#include <QSignalSpy>
#include <QTest>

#include "scanner/ScanRouter.h"

using namespace std::chrono_literals;
using wf::scanner::ScanEvent;
using wf::scanner::ScanRouter;

/// Debounce and GS1 interpretation on the way to the active screen.
class TestScanRouter : public QObject
{
    Q_OBJECT

private slots:
    void repeatsWithinTheWindowAreDropped();
    void otherDevicesAndCodesAreNotRepeats();
    void manualScansAreNeverDebounced();
    void severalCodesKeepTheirOrder();
    void gs1IsParsedOnce();

private:
    static ScanEvent serial(const QString& text, const QString& device, std::chrono::steady_clock::time_point at)
    {
        ScanEvent e;
        e.text = text;
        e.raw = text.toUtf8();
        e.source = ScanEvent::Source::Serial;
        e.deviceId = device;
        e.receivedAt = at;
        return e;
    }
};

void TestScanRouter::repeatsWithinTheWindowAreDropped()
{
    ScanRouter router;
    QSignalSpy routed(&router, &ScanRouter::scanRouted);
    QSignalSpy dropped(&router, &ScanRouter::scanDebounced);
    const auto t0 = std::chrono::steady_clock::now();
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev"), t0));
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev"), t0 + 100ms));
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev"), t0 + 350ms)); // held: still a repeat
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev"), t0 + 800ms)); // a new scan
    QCOMPARE(routed.count(), 2);
    QCOMPARE(dropped.count(), 2);
    router.setDebounce(0ms);
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev"), t0 + 801ms));
    QCOMPARE(routed.count(), 3);
}

void TestScanRouter::otherDevicesAndCodesAreNotRepeats()
{
    ScanRouter router;
    QSignalSpy routed(&router, &ScanRouter::scanRouted);
    const auto t0 = std::chrono::steady_clock::now();
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev1"), t0));
    router.submit(serial(QStringLiteral("A"), QStringLiteral("dev2"), t0 + 10ms));
    router.submit(serial(QStringLiteral("B"), QStringLiteral("dev1"), t0 + 20ms));
    QCOMPARE(routed.count(), 3);
}

void TestScanRouter::manualScansAreNeverDebounced()
{
    ScanRouter router;
    QSignalSpy routed(&router, &ScanRouter::scanRouted);
    router.submit(ScanEvent::manual(QStringLiteral("A")));
    router.submit(ScanEvent::manual(QStringLiteral("A")));
    QCOMPARE(routed.count(), 2);
}

void TestScanRouter::severalCodesKeepTheirOrder()
{
    ScanRouter router;
    QSignalSpy routed(&router, &ScanRouter::scanRouted);
    const auto t0 = std::chrono::steady_clock::now();
    for (const char* code : {"first", "second", "third"})
        router.submit(serial(QString::fromLatin1(code), QStringLiteral("dev"), t0));
    QCOMPARE(routed.count(), 3);
    QCOMPARE(routed[1].first().value<ScanEvent>().text, QStringLiteral("second"));
    QCOMPARE(routed[2].first().value<ScanEvent>().text, QStringLiteral("third"));
}

void TestScanRouter::gs1IsParsedOnce()
{
    ScanRouter router;
    QSignalSpy routed(&router, &ScanRouter::scanRouted);
    ScanEvent e = serial(QStringLiteral("0109506000134352") + QStringLiteral("10L1"),
                         QStringLiteral("dev"),
                         std::chrono::steady_clock::now());
    e.symbologyId = QStringLiteral("]C1");
    router.submit(e);
    router.submit(ScanEvent::manual(QStringLiteral("(01)09506000134352(17)261331")));
    router.submit(ScanEvent::manual(QStringLiteral("SKU-1")));
    QCOMPARE(routed.count(), 3);
    const auto good = routed[0].first().value<ScanEvent>();
    QVERIFY(good.gs1);
    QCOMPARE(good.gs1->lot(), QStringLiteral("L1"));
    const auto bad = routed[1].first().value<ScanEvent>();
    QVERIFY(!bad.gs1);
    QCOMPARE(bad.gs1Error, QStringLiteral("AI (17): month 13 is not a month"));
    const auto plain = routed[2].first().value<ScanEvent>();
    QVERIFY(!plain.gs1 && plain.gs1Error.isEmpty());
}

QTEST_GUILESS_MAIN(TestScanRouter)
#include "TestScanRouter.moc"
