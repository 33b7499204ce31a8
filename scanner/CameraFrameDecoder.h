#pragma once

#include <atomic>
#include <chrono>

#include <QHash>
#include <QImage>
#include <QObject>
#include <QThread>

#include "scanner/ImageDecoder.h"
#include "scanner/ScanEvent.h"

namespace wf::scanner {

/// Decodes camera frames on a worker thread of its own. While a frame is being decoded, new
/// frames are dropped, not queued, so the picture never lags behind the camera. A code seen again
/// within the duplicate window (the same label in front of the camera) gives no second scan.
/// submit() is called on the owner's thread; scanned() arrives there too (queued).
class CameraFrameDecoder : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultDuplicateWindow{1500};

    explicit CameraFrameDecoder(QString deviceId, QObject* parent = nullptr);
    ~CameraFrameDecoder() override;

    void setDuplicateWindow(std::chrono::milliseconds window) { m_duplicateWindow = window; }
    /// Hands a frame to the worker; false (and the frame dropped) while it is busy.
    bool submit(const QImage& frame);

    qint64 submitted() const { return m_submitted; }
    qint64 dropped() const { return m_dropped; }
    qint64 decoded() const { return m_decodedFrames; }

signals:
    void scanned(const wf::scanner::ScanEvent& scan);

private:
    void onDecoded(const QList<DecodedSymbol>& symbols, std::chrono::steady_clock::time_point at);

    QString m_deviceId;
    QThread m_thread;
    QObject* m_worker;
    std::atomic<bool> m_busy{false};
    std::chrono::milliseconds m_duplicateWindow = kDefaultDuplicateWindow;
    QHash<QString, std::chrono::steady_clock::time_point> m_lastSeen;
    qint64 m_submitted = 0;
    qint64 m_dropped = 0;
    qint64 m_decodedFrames = 0;
};

} // namespace wf::scanner
