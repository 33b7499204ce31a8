#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace wf::scanner {

/// One weight a scale reported.
struct ScaleReading
{
    int grams = 0;
    bool stable = true; ///< false while the platform still moves ("US", MT-SICS "S D")
};

/// A shipping scale on a serial port. Two ways scales talk, both common: a continuous stream of
/// ASCII weight lines ("ST,GS,+  1.234kg", "   512 g", "2.50 lb"), or request/response, where
/// the station sends "S" and the scale answers one line (MT-SICS style "S S     1.234 kg").
/// Units g, kg, lb and oz. Lines that are not a weight are counted and reported, never used.
/// When the port goes away it says so and reopens it with backoff (250 ms doubling to 8 s).
class SerialScale : public QObject
{
    Q_OBJECT
public:
    enum class Protocol
    {
        Continuous, ///< the scale streams lines on its own
        Request,    ///< the station asks with "S\r\n" every poll interval
    };

    struct Settings
    {
        QString portName;
        qint32 baudRate = 9600;
        Protocol protocol = Protocol::Continuous;
        std::chrono::milliseconds pollInterval{500};
    };

    static constexpr std::chrono::milliseconds kFirstRetry{250};
    static constexpr std::chrono::milliseconds kLongestRetry{8000};
    static constexpr int kMaxLine = 64; ///< longer is garbage

    /// A weight line as scales send it, or a weight as a packer types it ("1234" is grams).
    static std::optional<ScaleReading> parseLine(const QByteArray& line);

    explicit SerialScale(Settings settings, QObject* parent = nullptr);
    ~SerialScale() override;

    void start();
    void stop();
    bool connected() const { return m_port.isOpen(); }
    /// The last stable reading, if any since start.
    std::optional<ScaleReading> lastStable() const { return m_lastStable; }

signals:
    void weighed(const wf::scanner::ScaleReading& reading);
    void garbage(const QByteArray& line);
    void connectionChanged(bool connected, const QString& detail);

private:
    void tryOpen();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void scheduleReconnect(const QString& why);

    Settings m_settings;
    QSerialPort m_port;
    QTimer m_poll;
    QTimer m_reconnect;
    QByteArray m_buffer;
    std::chrono::milliseconds m_retry = kFirstRetry;
    std::optional<ScaleReading> m_lastStable;
    bool m_running = false;
};

} // namespace wf::scanner
