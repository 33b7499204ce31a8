#include <QSignalSpy>
#include <QTest>

#include "scanner/SerialScanSource.h"
#include "support/PtyPair.h"

using wf::scanner::ScanEvent;
using wf::scanner::ScanProblem;
using wf::scanner::ScanSource;
using wf::scanner::SerialScanSource;
using wf::scanner::SerialSettings;

/// A serial scanner on a real pty pair made by socat: frames, garbage, unplugging, replugging.
class TestSerialScanSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scansArriveInOrder();
    void frameSplitAcrossWrites();
    void garbageIsRejectedAndScanningGoesOn();
    void megabyteLine();
    void idleGapEndsAFrame();
    void unplugMidFrameThenReconnect();
    void missingPortKeepsRetryingWithBackoff();
    void severalScannersAtOnce();

private:
    std::unique_ptr<wf::test::PtyPair> m_pty;
    std::unique_ptr<SerialScanSource> m_source;
    void startSource(SerialSettings settings = {});
    static QString lastText(const QSignalSpy& spy) { return spy.last().first().value<ScanEvent>().text; }
};

void TestSerialScanSource::init()
{
    if (!wf::test::PtyPair::available())
        QSKIP("socat is not installed (./dev test installs it)");
    m_pty = std::make_unique<wf::test::PtyPair>();
    QVERIFY(m_pty->plugIn());
}

void TestSerialScanSource::cleanup()
{
    m_source.reset();
    m_pty.reset();
}

void TestSerialScanSource::startSource(SerialSettings settings)
{
    settings.portName = m_pty->deviceEnd();
    settings.baudRate = 115200;
    m_source = std::make_unique<SerialScanSource>(settings);
    QSignalSpy status(m_source.get(), &ScanSource::statusChanged);
    m_source->start();
    QTRY_COMPARE(m_source->status(), ScanSource::Status::Connected);
}

void TestSerialScanSource::scansArriveInOrder()
{
    startSource();
    QSignalSpy scans(m_source.get(), &ScanSource::scanned);
    QVERIFY(m_pty->write("4000000000129\r\n]C10109506000134352\r\nSKU-1\r\n"));
    QTRY_COMPARE(scans.count(), 3);
    QCOMPARE(scans[0].first().value<ScanEvent>().text, QStringLiteral("4000000000129"));
    QCOMPARE(scans[1].first().value<ScanEvent>().symbologyId, QStringLiteral("]C1"));
    QCOMPARE(scans[2].first().value<ScanEvent>().text, QStringLiteral("SKU-1"));
    QCOMPARE(scans[2].first().value<ScanEvent>().deviceId, m_pty->deviceEnd());
}

void TestSerialScanSource::frameSplitAcrossWrites()
{
    startSource();
    QSignalSpy scans(m_source.get(), &ScanSource::scanned);
    const QByteArray code("4000000000129");
    QVERIFY(m_pty->write(code.left(5)));
    QTest::qWait(50);
    QVERIFY(m_pty->write(code.mid(5, 4)));
    QTest::qWait(50);
    QCOMPARE(scans.count(), 0);
    QVERIFY(m_pty->write(code.mid(9) + "\r\n"));
    QTRY_COMPARE(scans.count(), 1);
    QCOMPARE(lastText(scans), QStringLiteral("4000000000129"));
}

void TestSerialScanSource::garbageIsRejectedAndScanningGoesOn()
{
    startSource();
    QSignalSpy scans(m_source.get(), &ScanSource::scanned);
    QSignalSpy rejected(m_source.get(), &ScanSource::rejected);
    QVERIFY(m_pty->write(QByteArray("\x00\x00\x00\r\n\xff\xfe\r\n", 8)));
    QVERIFY(m_pty->write(QByteArray(5000, '7') + "\r\nOK-1\r\n"));
    QTRY_COMPARE(scans.count(), 1);
    QTRY_COMPARE(rejected.count(), 3);
    QCOMPARE(rejected[0].first().value<ScanProblem>().code, QStringLiteral("nul_byte"));
    QCOMPARE(rejected[1].first().value<ScanProblem>().code, QStringLiteral("garbage"));
    QCOMPARE(rejected[2].first().value<ScanProblem>().code, QStringLiteral("frame_too_long"));
    QCOMPARE(lastText(scans), QStringLiteral("OK-1"));
}

void TestSerialScanSource::megabyteLine()
{
    startSource();
    QSignalSpy scans(m_source.get(), &ScanSource::scanned);
    QSignalSpy rejected(m_source.get(), &ScanSource::rejected);
    auto writer = m_pty->writeInBackground(QByteArray(1024 * 1024, 'M') + "\r\nAFTER\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(scans.count(), 1, 20000);
    QVERIFY(writer->wait(5000));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected[0].first().value<ScanProblem>().code, QStringLiteral("frame_too_long"));
    QCOMPARE(lastText(scans), QStringLiteral("AFTER"));
}

void TestSerialScanSource::idleGapEndsAFrame()
{
    SerialSettings settings;
    settings.framing.terminator = wf::scanner::ScanFrameAssembler::Terminator::IdleGap;
    settings.idleGap = std::chrono::milliseconds(80);
    startSource(settings);
    QSignalSpy scans(m_source.get(), &ScanSource::scanned);
    QVERIFY(m_pty->write("ABC"));
    QVERIFY(m_pty->write("123"));
    QTRY_COMPARE(scans.count(), 1);
    QCOMPARE(lastText(scans), QStringLiteral("ABC123"));
}

void TestSerialScanSource::unplugMidFrameThenReconnect()
{
    startSource();
    QSignalSpy scans(m_source.get(), &ScanSource::scanned);
    QSignalSpy rejected(m_source.get(), &ScanSource::rejected);
    QVERIFY(m_pty->write("HALF-A-FRA"));
    QTest::qWait(50);
    m_pty->unplug();
    QTRY_COMPARE(m_source->status(), ScanSource::Status::Disconnected);
    QVERIFY(m_source->statusDetail().contains(m_pty->deviceEnd()));
    // The cut frame is reported with its bytes, never used as a scan nor merged with the next one.
    QTRY_COMPARE(rejected.count(), 1);
    QCOMPARE(rejected[0].first().value<ScanProblem>().code, QStringLiteral("incomplete_frame"));
    QCOMPARE(rejected[0].first().value<ScanProblem>().raw, QByteArray("HALF-A-FRA"));
    QVERIFY(m_pty->plugIn());
    QTRY_COMPARE_WITH_TIMEOUT(m_source->status(), ScanSource::Status::Connected, 10000);
    QVERIFY(m_pty->write("AFTER-REPLUG\r\n"));
    QTRY_COMPARE(scans.count(), 1);
    QCOMPARE(lastText(scans), QStringLiteral("AFTER-REPLUG"));
    QCOMPARE(rejected.count(), 1);
}

void TestSerialScanSource::missingPortKeepsRetryingWithBackoff()
{
    SerialSettings settings;
    settings.portName = m_pty->deviceEnd() + QStringLiteral("-absent");
    SerialScanSource source(settings);
    source.start();
    QCOMPARE(source.status(), ScanSource::Status::Disconnected);
    QCOMPARE(source.nextRetry(), SerialScanSource::kFirstRetry * 2);
    QTRY_COMPARE_WITH_TIMEOUT(source.nextRetry(), SerialScanSource::kFirstRetry * 8, 3000);
    source.stop();
    QCOMPARE(source.status(), ScanSource::Status::Idle);
}

void TestSerialScanSource::severalScannersAtOnce()
{
    wf::test::PtyPair second;
    QVERIFY(second.plugIn());
    startSource();
    SerialSettings settings;
    settings.portName = second.deviceEnd();
    SerialScanSource other(settings);
    other.start();
    QTRY_COMPARE(other.status(), ScanSource::Status::Connected);
    QSignalSpy first(m_source.get(), &ScanSource::scanned);
    QSignalSpy two(&other, &ScanSource::scanned);
    QVERIFY(m_pty->write("FROM-ONE\r\n"));
    QVERIFY(second.write("FROM-TWO\r\n"));
    QTRY_COMPARE(first.count(), 1);
    QTRY_COMPARE(two.count(), 1);
    QCOMPARE(lastText(first), QStringLiteral("FROM-ONE"));
    QCOMPARE(lastText(two), QStringLiteral("FROM-TWO"));
    QCOMPARE(two.last().first().value<ScanEvent>().deviceId, second.deviceEnd());
}

QTEST_GUILESS_MAIN(TestSerialScanSource)
#include "TestSerialScanSource.moc"
