#pragma once

#include <memory>

#include <QCamera>
#include <QMediaCaptureSession>
#include <QVideoSink>

#include "scanner/CameraFrameDecoder.h"
#include "scanner/ScanSource.h"

namespace wf::scanner {

/// A camera as a scanner (Qt Multimedia): frames from the chosen camera go to a
/// CameraFrameDecoder; its scans are this source's scans. A camera that is missing or fails
/// reports Failed with the reason. GUI thread.
class CameraScanSource : public ScanSource
{
    Q_OBJECT
public:
    /// `cameraId` is a QCameraDevice id or description; empty: the system's default camera.
    explicit CameraScanSource(QString cameraId, QObject* parent = nullptr);
    ~CameraScanSource() override;

    QString deviceId() const override { return m_cameraId; }
    void start();
    void stop();
    /// The names of the cameras this machine has, for the settings.
    static QStringList availableCameras();
    const CameraFrameDecoder& decoder() const { return m_decoder; }

private:
    QString m_cameraId;
    CameraFrameDecoder m_decoder;
    std::unique_ptr<QCamera> m_camera;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
};

} // namespace wf::scanner
