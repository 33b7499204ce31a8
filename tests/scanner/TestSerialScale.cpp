#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

#include "scanner/SerialScale.h"
#include "support/PtyPair.h"

using wf::scanner::ScaleReading;
using wf::scanner::SerialScale;

/// A shipping scale on a real pseudo-terminal: the lines scales send, continuous and asked for
/// with "S", garbage on the wire, and an unplugged cable.
class TestSerialScale : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatScalesSend_data();
    void parsesWhatScalesSend();
    void continuousLinesBecomeWeights();
    void requestResponseAsksWithS();
    void unplugThenReconnect();

private:
    static QList<int> gramsOf(const QSignalSpy& spy)
    {
        QList<int> grams;
        for (const auto& args : spy)
            grams << args.at(0).value<ScaleReading>().grams;
        return grams;
    }
};

void TestSerialScale::parsesWhatScalesSend_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("grams"); // -1: not a weight
    QTest::addColumn<bool>("stable");
    QTest::newRow("stable gross kg") << QByteArray("ST,GS,+  1.234kg") << 1234 << true;
    QTest::newRow("unstable") << QByteArray("US,GS,+  1.230kg") << 1230 << false;
    QTest::newRow("net without commas") << QByteArray("ST NT  0.512 kg") << 512 << true;
    QTest::newRow("grams") << QByteArray("   512 g\r") << 512 << true;
    QTest::newRow("pounds") << QByteArray("2.50 lb") << 1134 << true;
    QTest::newRow("lbs") << QByteArray("1 lbs") << 454 << true;
    QTest::newRow("ounces") << QByteArray("0.5 oz") << 14 << true;
    QTest::newRow("MT-SICS stable") << QByteArray("S S      1.234 kg") << 1234 << true;
    QTest::newRow("MT-SICS dynamic") << QByteArray("S D      1.230 kg") << 1230 << false;
    QTest::newRow("typed grams") << QByteArray("1234") << 1234 << true;
    QTest::newRow("decimal comma") << QByteArray("12,5 kg") << 12500 << true;
    QTest::newRow("negative tare") << QByteArray("ST,GS,-  0.020kg") << -20 << true;
    QTest::newRow("overload") << QByteArray("OL,GS,+  9.999kg") << -1 << true;
    QTest::newRow("words") << QByteArray("hello") << -1 << true;
    QTest::newRow("empty") << QByteArray("   ") << -1 << true;
    QTest::newRow("unknown unit") << QByteArray("5 st") << -1 << true;
    QTest::newRow("too long") << QByteArray(200, '1') << -1 << true;
}

void TestSerialScale::parsesWhatScalesSend()
{
    QFETCH(QByteArray, line);
    QFETCH(int, grams);
    QFETCH(bool, stable);
    const auto reading = SerialScale::parseLine(line);
    if (grams == -1) {
        QVERIFY(!reading);
        return;
    }
    QVERIFY(reading);
    QCOMPARE(reading->grams, grams);
    QCOMPARE(reading->stable, stable);
}

void TestSerialScale::continuousLinesBecomeWeights()
{
    if (!wf::test::PtyPair::available())
        QSKIP("socat is not installed (./dev test installs it)");
    wf::test::PtyPair pty;
    QVERIFY(pty.plugIn());
    SerialScale scale({pty.deviceEnd(), 9600, SerialScale::Protocol::Continuous, std::chrono::milliseconds(500)});
    QSignalSpy weighed(&scale, &SerialScale::weighed);
    QSignalSpy garbage(&scale, &SerialScale::garbage);
    scale.start();
    QVERIFY(scale.connected());
    // A line split across writes, noise, an unstable reading, then stable ones.
    QVERIFY(pty.write("ST,GS,+  0.4"));
    QVERIFY(pty.write("10kg\r\n\x01\x02zz\r\nUS,GS,+  0.800kg\r\n"));
    QVERIFY(pty.write("ST,GS,+  0.845kg\r\n"));
    QTRY_COMPARE(weighed.size(), 3);
    QCOMPARE(gramsOf(weighed), (QList<int>{410, 800, 845}));
    QCOMPARE(garbage.size(), 1);
    QVERIFY(scale.lastStable());
    QCOMPARE(scale.lastStable()->grams, 845);
    // A stream without line ends is dropped as garbage, not buffered for ever.
    QVERIFY(pty.write(QByteArray(300, '7')));
    QTRY_VERIFY(garbage.size() >= 2);
    QVERIFY(pty.write("\r\n   1.000 kg\r\n"));
    QTRY_COMPARE(gramsOf(weighed).last(), 1000);
}

void TestSerialScale::requestResponseAsksWithS()
{
    if (!wf::test::PtyPair::available())
        QSKIP("socat is not installed (./dev test installs it)");
    wf::test::PtyPair pty;
    QVERIFY(pty.plugIn());
    // The scale's side: answers every "S" with one MT-SICS line.
    QSerialPort device;
    device.setPortName(pty.hostEnd());
    QVERIFY2(device.open(QIODevice::ReadWrite), qPrintable(device.errorString()));
    int requests = 0;
    QByteArray asked;
    connect(&device, &QSerialPort::readyRead, this, [&] {
        asked += device.readAll();
        while (asked.contains("S\r\n")) {
            asked.remove(0, asked.indexOf("S\r\n") + 3);
            device.write(++requests == 1 ? "S D      2.100 kg\r\n" : "S S      2.104 kg\r\n");
        }
    });
    SerialScale scale({pty.deviceEnd(), 9600, SerialScale::Protocol::Request, std::chrono::milliseconds(50)});
    QSignalSpy weighed(&scale, &SerialScale::weighed);
    scale.start();
    QTRY_VERIFY(weighed.size() >= 2);
    QVERIFY(requests >= 2);
    const auto first = weighed.at(0).at(0).value<ScaleReading>();
    QCOMPARE(first.grams, 2100);
    QVERIFY(!first.stable);
    QCOMPARE(scale.lastStable()->grams, 2104);
    scale.stop();
}

void TestSerialScale::unplugThenReconnect()
{
    if (!wf::test::PtyPair::available())
        QSKIP("socat is not installed (./dev test installs it)");
    wf::test::PtyPair pty;
    QVERIFY(pty.plugIn());
    SerialScale scale({pty.deviceEnd(), 9600, SerialScale::Protocol::Continuous, std::chrono::milliseconds(500)});
    QSignalSpy link(&scale, &SerialScale::connectionChanged);
    QSignalSpy weighed(&scale, &SerialScale::weighed);
    scale.start();
    QVERIFY(pty.write("ST,GS,+  0.300kg\r\n"));
    QTRY_COMPARE(weighed.size(), 1);
    pty.unplug();
    QTRY_VERIFY_WITH_TIMEOUT(!scale.connected(), 5000);
    QVERIFY(!link.last().at(0).toBool());
    QVERIFY(link.last().at(1).toString().contains(QStringLiteral("trying again")));
    QVERIFY(pty.plugIn());
    QTRY_VERIFY_WITH_TIMEOUT(scale.connected(), 10000);
    QVERIFY(pty.write("ST,GS,+  0.310kg\r\n"));
    QTRY_COMPARE(weighed.size(), 2);
    QCOMPARE(gramsOf(weighed).last(), 310);
}

QTEST_GUILESS_MAIN(TestSerialScale)
#include "TestSerialScale.moc"
