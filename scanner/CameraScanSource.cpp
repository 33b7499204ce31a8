#include "scanner/CameraScanSource.h"

#include <QCoreApplication>
#include <QMediaDevices>
#include <QVideoFrame>

namespace wf::scanner {

CameraScanSource::CameraScanSource(QString cameraId, QObject* parent)
    : ScanSource(parent)
    , m_cameraId(std::move(cameraId))
    , m_decoder(m_cameraId)
{
    connect(&m_decoder, &CameraFrameDecoder::scanned, this, &ScanSource::scanned);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (frame.isValid())
            m_decoder.submit(frame.toImage());
    });
    m_session.setVideoSink(&m_sink);
}

CameraScanSource::~CameraScanSource()
{
    stop();
}

QStringList CameraScanSource::availableCameras()
{
    QStringList names;
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        names << device.description();
    return names;
}

void CameraScanSource::start()
{
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        if (device.description() == m_cameraId || QString::fromUtf8(device.id()) == m_cameraId)
            chosen = device;
    if (chosen.isNull()) {
        setStatus(Status::Failed, QCoreApplication::translate("CameraScanSource", "No camera found"));
        return;
    }
    m_camera = std::make_unique<QCamera>(chosen);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        setStatus(Status::Failed, message);
    });
    m_session.setCamera(m_camera.get());
    m_camera->start();
    setStatus(Status::Connected, chosen.description());
}

void CameraScanSource::stop()
{
    if (m_camera)
        m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
    setStatus(Status::Idle);
}

} // namespace wf::scanner
