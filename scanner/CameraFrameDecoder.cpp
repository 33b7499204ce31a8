#include "scanner/CameraFrameDecoder.h"

#include <QMetaObject>

namespace wf::scanner {

CameraFrameDecoder::CameraFrameDecoder(QString deviceId, QObject* parent)
    : QObject(parent)
    , m_deviceId(std::move(deviceId))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("camera-decoder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CameraFrameDecoder::~CameraFrameDecoder()
{
    m_thread.quit();
    m_thread.wait();
}

bool CameraFrameDecoder::submit(const QImage& frame)
{
    ++m_submitted;
    if (m_busy.exchange(true)) {
        ++m_dropped;
        return false;
    }
    QMetaObject::invokeMethod(m_worker, [this, frame] {
        // Worker thread: one symbol per frame (ReadBarcode), never the multi-symbol path that can
        // abort inside Debian's ZXing 1.4.
        const auto at = std::chrono::steady_clock::now();
        auto decoded = ImageDecoder::decode(frame, {});
        const QList<DecodedSymbol> symbols = decoded ? *decoded : QList<DecodedSymbol>{};
        QMetaObject::invokeMethod(
            this,
            [this, symbols, at] {
                onDecoded(symbols, at);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void CameraFrameDecoder::onDecoded(const QList<DecodedSymbol>& symbols, std::chrono::steady_clock::time_point at)
{
    m_busy = false;
    ++m_decodedFrames;
    for (const DecodedSymbol& symbol : symbols) {
        const auto last = m_lastSeen.constFind(symbol.text);
        const bool duplicate = last != m_lastSeen.constEnd() && at - *last < m_duplicateWindow;
        m_lastSeen.insert(symbol.text, at);
        if (duplicate)
            continue;
        ScanEvent scan;
        scan.text = symbol.text;
        scan.raw = symbol.text.toUtf8();
        scan.symbologyId = symbol.symbologyId;
        scan.source = ScanEvent::Source::Camera;
        scan.deviceId = m_deviceId;
        scan.receivedAt = at;
        emit scanned(scan);
    }
}

} // namespace wf::scanner
