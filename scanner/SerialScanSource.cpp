#include "scanner/SerialScanSource.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSerial, "wf.scanner.serial")

namespace wf::scanner {

SerialScanSource::SerialScanSource(SerialSettings settings, QObject* parent)
    : ScanSource(parent)
    , m_settings(std::move(settings))
    , m_port(this)
    , m_assembler(m_settings.portName)
{
    m_assembler.setSettings(m_settings.framing);
    m_idle.setSingleShot(true);
    m_reconnect.setSingleShot(true);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanSource::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanSource::onError);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        emitAll(m_assembler.flush());
    });
    connect(&m_reconnect, &QTimer::timeout, this, &SerialScanSource::tryOpen);
}

SerialScanSource::~SerialScanSource()
{
    stop();
}

void SerialScanSource::start()
{
    m_running = true;
    m_retry = kFirstRetry;
    tryOpen();
}

void SerialScanSource::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_idle.stop();
    if (m_port.isOpen())
        m_port.close();
    setStatus(Status::Idle);
}

void SerialScanSource::tryOpen()
{
    if (!m_running)
        return;
    m_port.setPortName(m_settings.portName);
    m_port.setBaudRate(m_settings.baudRate);
    m_port.setDataBits(m_settings.dataBits);
    m_port.setParity(m_settings.parity);
    m_port.setStopBits(m_settings.stopBits);
    m_port.setFlowControl(m_settings.flowControl);
    if (!m_port.open(QIODevice::ReadOnly)) {
        scheduleReconnect(m_port.errorString());
        return;
    }
    m_retry = kFirstRetry;
    qCInfo(lcSerial) << "connected" << m_settings.portName;
    setStatus(Status::Connected);
}

void SerialScanSource::scheduleReconnect(const QString& why)
{
    if (m_port.isOpen())
        m_port.close();
    emitAll(m_assembler.abandon()); // a frame cut by the unplug is reported, not lost, not used
    setStatus(Status::Disconnected,
              QCoreApplication::translate("SerialScanSource", "%1: %2; trying again in %3 s")
                  .arg(m_settings.portName, why)
                  .arg(double(m_retry.count()) / 1000.0, 0, 'f', 2));
    m_reconnect.start(m_retry);
    m_retry = std::min(m_retry * 2, kLongestRetry);
}

void SerialScanSource::onReadyRead()
{
    emitAll(m_assembler.feed(m_port.readAll()));
    if (m_settings.framing.terminator == ScanFrameAssembler::Terminator::IdleGap && m_assembler.pending() > 0)
        m_idle.start(m_settings.idleGap);
}

void SerialScanSource::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    qCWarning(lcSerial) << "port error" << m_settings.portName << error << m_port.errorString();
    if (m_port.isOpen() || error == QSerialPort::ResourceError)
        QTimer::singleShot(0, this, [this, why = m_port.errorString()] {
            if (m_running && m_reconnect.isActive() == false)
                scheduleReconnect(why);
        });
}

void SerialScanSource::emitAll(const QList<ScanFrameAssembler::Output>& outputs)
{
    for (const auto& output : outputs) {
        if (const auto* event = std::get_if<ScanEvent>(&output)) {
            qCDebug(lcSerial) << "scan" << event->text;
            emit scanned(*event);
        } else {
            emit rejected(std::get<ScanProblem>(output));
        }
    }
}

} // namespace wf::scanner
