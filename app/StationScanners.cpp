#include "app/StationScanners.h"

#include <QCoreApplication>
#include <QSettings>

namespace wf::app {

namespace {

QStringList terminatorNames(const QList<int>& keys)
{
    QStringList names;
    if (keys.contains(Qt::Key_Return))
        names << QStringLiteral("enter");
    if (keys.contains(Qt::Key_Tab))
        names << QStringLiteral("tab");
    return names;
}

QList<int> terminatorKeys(const QStringList& names)
{
    QList<int> keys;
    if (names.contains(QLatin1String("enter")))
        keys << Qt::Key_Return << Qt::Key_Enter;
    if (names.contains(QLatin1String("tab")))
        keys << Qt::Key_Tab;
    return keys.isEmpty() ? QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab} : keys;
}

} // namespace

StationScanners::StationScanners(QObject* parent)
    : QObject(parent)
{}

StationScanners::~StationScanners()
{
    if (m_wedge)
        QCoreApplication::instance()->removeEventFilter(m_wedge.get());
}

void StationScanners::apply(const scanner::ScannerSettings& settings)
{
    m_settings = settings;
    m_router.setDebounce(settings.debounce);
    if (!m_wedge) {
        m_wedge = std::make_unique<scanner::KeyboardWedge>(settings.wedge);
        QCoreApplication::instance()->installEventFilter(m_wedge.get());
        m_router.addSource(m_wedge.get());
    }
    m_wedge->setSettings(settings.wedge);
    m_serial.clear();
    for (const scanner::SerialSettings& serial : settings.serialScanners) {
        m_serial.push_back(std::make_unique<scanner::SerialScanSource>(serial));
        m_router.addSource(m_serial.back().get());
        m_serial.back()->start();
    }
    m_camera.reset();
    if (!settings.cameraId.isEmpty()) {
        m_camera = std::make_unique<scanner::CameraScanSource>(settings.cameraId);
        m_router.addSource(m_camera.get());
        m_camera->start();
    }
}

scanner::ScannerSettings StationScanners::load()
{
    QSettings q;
    scanner::ScannerSettings s;
    q.beginGroup(QStringLiteral("scanners"));
    s.wedge.maxGap = std::chrono::milliseconds(q.value(QStringLiteral("wedge_gap_ms"), 50).toInt());
    s.wedge.terminators = terminatorKeys(q.value(QStringLiteral("wedge_terminators")).toStringList());
    s.wedge.prefix = q.value(QStringLiteral("wedge_prefix")).toString();
    s.wedge.suffix = q.value(QStringLiteral("wedge_suffix")).toString();
    s.debounce = std::chrono::milliseconds(q.value(QStringLiteral("debounce_ms"), 300).toInt());
    s.cameraId = q.value(QStringLiteral("camera")).toString();
    s.soundOn = q.value(QStringLiteral("sound"), true).toBool();
    s.volumePercent = q.value(QStringLiteral("volume"), 80).toInt();
    const int count = q.beginReadArray(QStringLiteral("serial"));
    for (int i = 0; i < count; ++i) {
        q.setArrayIndex(i);
        scanner::SerialSettings serial;
        serial.portName = q.value(QStringLiteral("port")).toString();
        serial.baudRate = q.value(QStringLiteral("baud"), 9600).toInt();
        serial.framing.terminator =
            scanner::ScanFrameAssembler::Terminator(q.value(QStringLiteral("terminator"), 2).toInt());
        serial.dataBits = QSerialPort::DataBits(q.value(QStringLiteral("data_bits"), 8).toInt());
        serial.parity = QSerialPort::Parity(q.value(QStringLiteral("parity"), 0).toInt());
        serial.stopBits = QSerialPort::StopBits(q.value(QStringLiteral("stop_bits"), 1).toInt());
        serial.flowControl = QSerialPort::FlowControl(q.value(QStringLiteral("flow_control"), 0).toInt());
        serial.idleGap = std::chrono::milliseconds(q.value(QStringLiteral("idle_gap_ms"), 60).toInt());
        serial.framing.prefix = q.value(QStringLiteral("prefix")).toByteArray();
        serial.framing.suffix = q.value(QStringLiteral("suffix")).toByteArray();
        if (!serial.portName.isEmpty())
            s.serialScanners.append(serial);
    }
    q.endArray();
    q.endGroup();
    return s;
}

void StationScanners::save(const scanner::ScannerSettings& s)
{
    QSettings q;
    q.beginGroup(QStringLiteral("scanners"));
    q.setValue(QStringLiteral("wedge_gap_ms"), qint64(s.wedge.maxGap.count()));
    q.setValue(QStringLiteral("wedge_terminators"), terminatorNames(s.wedge.terminators));
    q.setValue(QStringLiteral("wedge_prefix"), s.wedge.prefix);
    q.setValue(QStringLiteral("wedge_suffix"), s.wedge.suffix);
    q.setValue(QStringLiteral("debounce_ms"), qint64(s.debounce.count()));
    q.setValue(QStringLiteral("camera"), s.cameraId);
    q.setValue(QStringLiteral("sound"), s.soundOn);
    q.setValue(QStringLiteral("volume"), s.volumePercent);
    q.beginWriteArray(QStringLiteral("serial"), int(s.serialScanners.size()));
    for (int i = 0; i < s.serialScanners.size(); ++i) {
        q.setArrayIndex(i);
        q.setValue(QStringLiteral("port"), s.serialScanners[i].portName);
        q.setValue(QStringLiteral("baud"), s.serialScanners[i].baudRate);
        q.setValue(QStringLiteral("terminator"), int(s.serialScanners[i].framing.terminator));
        q.setValue(QStringLiteral("data_bits"), int(s.serialScanners[i].dataBits));
        q.setValue(QStringLiteral("parity"), int(s.serialScanners[i].parity));
        q.setValue(QStringLiteral("stop_bits"), int(s.serialScanners[i].stopBits));
        q.setValue(QStringLiteral("flow_control"), int(s.serialScanners[i].flowControl));
        q.setValue(QStringLiteral("idle_gap_ms"), qint64(s.serialScanners[i].idleGap.count()));
        q.setValue(QStringLiteral("prefix"), s.serialScanners[i].framing.prefix);
        q.setValue(QStringLiteral("suffix"), s.serialScanners[i].framing.suffix);
    }
    q.endArray();
    q.endGroup();
}

} // namespace wf::app
