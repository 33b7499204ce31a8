#include "scanner/SerialScale.h"

#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>

namespace wf::scanner {

std::optional<ScaleReading> SerialScale::parseLine(const QByteArray& raw)
{
    const QString line = QString::fromLatin1(raw).trimmed();
    if (line.isEmpty() || line.size() > kMaxLine)
        return std::nullopt;
    // Optional status words before the figure: ST/US (stable/unstable), GS/NT (gross/net), or
    // MT-SICS "S S" / "S D"; then a signed figure and an optional unit.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(ST|US|OL)\\s*,?\\s*(?:(?:GS|NT|GW|NW)\\s*,?\\s*)?|S\\s+([SD])\\s+)?"
                       "([-+]?)\\s*(\\d{1,6}(?:[.,]\\d{1,4})?)\\s*(kg|g|lb|lbs|oz)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString status = m.captured(1).toUpper();
    if (status == QLatin1String("OL"))
        return std::nullopt; // overload: no figure to trust
    const double figure = QString(m.captured(4)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const QString unit = m.captured(5).toLower();
    double grams = figure;
    if (unit == QLatin1String("kg"))
        grams = figure * 1000.0;
    else if (unit.startsWith(QLatin1String("lb")))
        grams = figure * 453.59237;
    else if (unit == QLatin1String("oz"))
        grams = figure * 28.349523125;
    if (m.captured(3) == QLatin1String("-"))
        grams = -grams;
    ScaleReading reading;
    reading.grams = int(std::lround(grams));
    reading.stable = status != QLatin1String("US") && m.captured(2).toUpper() != QLatin1String("D");
    return reading;
}

SerialScale::SerialScale(Settings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_port(this)
{
    m_reconnect.setSingleShot(true);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScale::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScale::onError);
    connect(&m_reconnect, &QTimer::timeout, this, &SerialScale::tryOpen);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_port.isOpen())
            m_port.write("S\r\n");
    });
}

SerialScale::~SerialScale()
{
    stop();
}

void SerialScale::start()
{
    m_running = true;
    m_retry = kFirstRetry;
    tryOpen();
}

void SerialScale::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_poll.stop();
    if (m_port.isOpen())
        m_port.close();
}

void SerialScale::tryOpen()
{
    if (!m_running)
        return;
    m_port.setPortName(m_settings.portName);
    m_port.setBaudRate(m_settings.baudRate);
    if (!m_port.open(QIODevice::ReadWrite)) {
        scheduleReconnect(m_port.errorString());
        return;
    }
    m_retry = kFirstRetry;
    m_buffer.clear();
    if (m_settings.protocol == Protocol::Request)
        m_poll.start(m_settings.pollInterval);
    emit connectionChanged(true, m_settings.portName);
}

void SerialScale::scheduleReconnect(const QString& why)
{
    m_poll.stop();
    if (m_port.isOpen())
        m_port.close();
    emit connectionChanged(false,
                           QCoreApplication::translate("SerialScale", "%1: %2; trying again in %3 s")
                               .arg(m_settings.portName, why)
                               .arg(double(m_retry.count()) / 1000.0, 0, 'f', 2));
    m_reconnect.start(m_retry);
    m_retry = std::min(m_retry * 2, kLongestRetry);
}

void SerialScale::onReadyRead()
{
    m_buffer += m_port.readAll();
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n') >= 0 ? m_buffer.indexOf('\n') : m_buffer.indexOf('\r');
        if (end < 0)
            break;
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.trimmed().isEmpty())
            continue;
        if (const auto reading = parseLine(line)) {
            if (reading->stable)
                m_lastStable = reading;
            emit weighed(*reading);
        } else {
            emit garbage(line.left(kMaxLine));
        }
    }
    if (m_buffer.size() > kMaxLine) { // no line end in sight: noise on the wire
        emit garbage(m_buffer.left(kMaxLine));
        m_buffer.clear();
    }
}

void SerialScale::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    if (m_port.isOpen() || error == QSerialPort::ResourceError)
        QTimer::singleShot(0, this, [this, why = m_port.errorString()] {
            if (m_running && !m_reconnect.isActive())
                scheduleReconnect(why);
        });
}

} // namespace wf::scanner
