#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include "scanner/CameraFrameDecoder.h"

using namespace std::chrono_literals;
using wf::scanner::CameraFrameDecoder;
using wf::scanner::ScanEvent;

namespace {

/// A 1280×720 camera-like frame with a real Code 128 symbol made by ZXing's encoder on it.
QImage frameWithCode(const QString& text)
{
    const ZXing::BitMatrix matrix =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).setMargin(10).encode(text.toStdString(), 600, 160);
    QImage code(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            code.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(0x70, 0x70, 0x70));
    QPainter(&frame).drawImage(340, 280, code);
    return frame;
}

} // namespace

/// The camera path without a camera (none exists on a build machine): real frames with real
/// symbols, fed as fast as a camera would.
class TestCameraFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesAFrame();
    void dropsFramesWhileBusyInsteadOfQueueing();
    void sameLabelGivesOneScanWithinTheWindow();
    void emptyFramesGiveNothing();
};

void TestCameraFrameDecoder::decodesAFrame()
{
    CameraFrameDecoder decoder(QStringLiteral("cam0"));
    QSignalSpy scans(&decoder, &CameraFrameDecoder::scanned);
    QVERIFY(decoder.submit(frameWithCode(QStringLiteral("CAM-TEST-1"))));
    QVERIFY(scans.wait(5000));
    const auto scan = scans.first().first().value<ScanEvent>();
    QCOMPARE(scan.text, QStringLiteral("CAM-TEST-1"));
    QCOMPARE(scan.source, ScanEvent::Source::Camera);
    QCOMPARE(scan.deviceId, QStringLiteral("cam0"));
    QCOMPARE(scan.symbologyId, QStringLiteral("]C0"));
}

void TestCameraFrameDecoder::dropsFramesWhileBusyInsteadOfQueueing()
{
    CameraFrameDecoder decoder(QStringLiteral("cam0"));
    const QImage frame = frameWithCode(QStringLiteral("CAM-TEST-2"));
    int accepted = 0;
    for (int i = 0; i < 60; ++i) // two seconds of a 30 fps camera, delivered at once
        accepted += decoder.submit(frame) ? 1 : 0;
    QCOMPARE(accepted, 1); // the rest arrived while the first was being decoded
    QCOMPARE(decoder.dropped(), qint64(59));
    QTRY_COMPARE(decoder.decoded(), qint64(1));
    QVERIFY(decoder.submit(frame)); // free again
}

void TestCameraFrameDecoder::sameLabelGivesOneScanWithinTheWindow()
{
    CameraFrameDecoder decoder(QStringLiteral("cam0"));
    QSignalSpy scans(&decoder, &CameraFrameDecoder::scanned);
    const QImage frame = frameWithCode(QStringLiteral("CAM-TEST-3"));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(decoder.submit(frame));
        QTRY_COMPARE(decoder.decoded(), qint64(i + 1));
    }
    QCOMPARE(scans.count(), 1);
    decoder.setDuplicateWindow(0ms);
    QVERIFY(decoder.submit(frame));
    QVERIFY(scans.wait(5000));
    QCOMPARE(scans.count(), 2);
}

void TestCameraFrameDecoder::emptyFramesGiveNothing()
{
    CameraFrameDecoder decoder(QStringLiteral("cam0"));
    QSignalSpy scans(&decoder, &CameraFrameDecoder::scanned);
    QImage grey(1280, 720, QImage::Format_RGB32);
    grey.fill(Qt::gray);
    QVERIFY(decoder.submit(grey));
    QTRY_COMPARE(decoder.decoded(), qint64(1));
    QVERIFY(decoder.submit(QImage()));
    QTRY_COMPARE(decoder.decoded(), qint64(2));
    QCOMPARE(scans.count(), 0);
}

QTEST_GUILESS_MAIN(TestCameraFrameDecoder)
#include "TestCameraFrameDecoder.moc"
