#pragma once

#include <chrono>

#include <QSerialPort>
#include <QTimer>

#include "scanner/ScanFrameAssembler.h"
#include "scanner/ScanSource.h"

namespace wf::scanner {

/// Port settings of one serial scanner, as stored in the station settings.
struct SerialSettings
{
    QString portName; ///< "ttyACM0", "/dev/scanners/zebra-123", "COM3"
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    ScanFrameAssembler::Settings framing;
    std::chrono::milliseconds idleGap{60}; ///< ends a frame when the terminator is IdleGap
};

/// A scanner on a serial port (RS-232, USB CDC-ACM). Frames bytes into scans, reports garbage,
/// and when the device goes away reports "disconnected" and reopens the port with exponential
/// backoff (250 ms doubling to 8 s) until it comes back. Lives on the thread that created it.
class SerialScanSource : public ScanSource
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kFirstRetry{250};
    static constexpr std::chrono::milliseconds kLongestRetry{8000};

    explicit SerialScanSource(SerialSettings settings, QObject* parent = nullptr);
    ~SerialScanSource() override;

    QString deviceId() const override { return m_settings.portName; }
    const SerialSettings& settings() const { return m_settings; }

    /// Opens the port (and keeps trying when it cannot).
    void start();
    void stop();
    std::chrono::milliseconds nextRetry() const { return m_retry; }

private:
    void tryOpen();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void emitAll(const QList<ScanFrameAssembler::Output>& outputs);
    void scheduleReconnect(const QString& why);

    SerialSettings m_settings;
    QSerialPort m_port;
    ScanFrameAssembler m_assembler;
    QTimer m_idle;
    QTimer m_reconnect;
    std::chrono::milliseconds m_retry = kFirstRetry;
    bool m_running = false;
};

} // namespace wf::scanner
