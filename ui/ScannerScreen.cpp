#include "ui/ScannerScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/TableFit.h"
#include "ui/Theme.h"
#include "ui/VerdictBanner.h"
#include "workflows/FloorLabels.h"

namespace wf::ui {

namespace {

const int kBaudRates[] = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};

QString sourceLabel(scanner::ScanEvent::Source source)
{
    return workflows::labels::scanSource(scanner::ScanEvent::sourceName(source));
}

/// The log's "source · device" cell, in the language of the moment (its codes kept in the item).
QString sourceCell(const QStringList& codes)
{
    return workflows::labels::scanSource(codes.value(0)) + QStringLiteral(" · ")
           + workflows::labels::scanSource(codes.value(1));
}

constexpr int kLogSourceColumn = 1;

} // namespace

ScannerScreen::ScannerScreen(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_guide(new QLabel(this))
    , m_banner(new VerdictBanner(this))
    , m_log(new QTableWidget(0, 6, this))
    , m_settingsBox(new QGroupBox(this))
{
    setObjectName(QStringLiteral("scannerScreen"));
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_guide->setObjectName(QStringLiteral("scannerGuideLabel"));
    m_log->setObjectName(QStringLiteral("scanLogTableWidget"));
    m_guide->setWordWrap(true);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->verticalHeader()->hide();
    m_log->setColumnCount(6);
    TableFit::apply(m_log, {3, 4, 5}); // the text, its bytes and the reading wrap
    m_log->setFocusPolicy(Qt::NoFocus);
    buildSettings();
    auto* row = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_banner);
    left->addWidget(m_log, 1);
    row->addLayout(left, 3);
    // Many settings: they scroll, so the screen fits a 1280×800 station.
    auto* settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(m_settingsBox);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    row->addWidget(settingsScroll, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_guide);
    layout->addLayout(row, 1);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &ScannerScreen::backRequested);
    retranslate();
}

void ScannerScreen::buildSettings()
{
    m_settingsBox->setObjectName(QStringLiteral("scannerSettingsGroupBox"));
    auto* form = new QFormLayout(m_settingsBox);
    auto addRow = [&](QWidget* field, const char* objectName) {
        field->setObjectName(QString::fromLatin1(objectName));
        auto* label = new QLabel(m_settingsBox);
        m_labels.append(label);
        form->addRow(label, field);
    };
    m_gap = new QSpinBox(m_settingsBox);
    m_gap->setRange(5, 500);
    addRow(m_gap, "wedgeGapSpinBox");
    m_terminator = new QComboBox(m_settingsBox);
    addRow(m_terminator, "wedgeTerminatorComboBox");
    m_prefix = new QLineEdit(m_settingsBox);
    addRow(m_prefix, "wedgePrefixLineEdit");
    m_suffix = new QLineEdit(m_settingsBox);
    addRow(m_suffix, "wedgeSuffixLineEdit");
    m_debounce = new QSpinBox(m_settingsBox);
    m_debounce->setRange(0, 5000);
    addRow(m_debounce, "debounceSpinBox");
    m_serialPort = new QComboBox(m_settingsBox);
    m_serialPort->setEditable(true);
    addRow(m_serialPort, "serialPortComboBox");
    m_baud = new QComboBox(m_settingsBox);
    for (int baud : kBaudRates)
        m_baud->addItem(QString::number(baud), baud);
    addRow(m_baud, "baudComboBox");
    m_serialTerminator = new QComboBox(m_settingsBox);
    addRow(m_serialTerminator, "serialTerminatorComboBox");
    m_dataBits = new QComboBox(m_settingsBox);
    for (int bits : {8, 7, 6, 5})
        m_dataBits->addItem(QString::number(bits), bits);
    addRow(m_dataBits, "dataBitsComboBox");
    m_parity = new QComboBox(m_settingsBox);
    addRow(m_parity, "parityComboBox");
    m_stopBits = new QComboBox(m_settingsBox);
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    addRow(m_stopBits, "stopBitsComboBox");
    m_flowControl = new QComboBox(m_settingsBox);
    addRow(m_flowControl, "flowControlComboBox");
    m_camera = new QComboBox(m_settingsBox);
    addRow(m_camera, "cameraComboBox");
    m_sound = new QCheckBox(m_settingsBox);
    addRow(m_sound, "soundCheckBox");
    m_volume = new QSpinBox(m_settingsBox);
    m_volume->setRange(0, 100);
    m_volume->setSuffix(QStringLiteral(" %"));
    addRow(m_volume, "volumeSpinBox");
    m_reason = new QLineEdit(m_settingsBox);
    m_reason->setObjectName(QStringLiteral("settingsReasonLineEdit"));
    form->addRow(m_reason);
    m_apply = new QPushButton(m_settingsBox);
    m_apply->setObjectName(QStringLiteral("applyScannerSettingsButton"));
    form->addRow(m_apply);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_settings = editedSettings();
        emit settingsApplied(m_settings);
    });
}

void ScannerScreen::acceptScan(const scanner::ScanEvent& scan)
{
    QString message = tr("%1 scan from %2: %3")
                          .arg(sourceLabel(scan.source), workflows::labels::scanSource(scan.deviceId), scan.text);
    if (scan.gs1)
        message += QStringLiteral("\n") + scan.gs1->hri();
    else if (!scan.gs1Error.isEmpty())
        message += QStringLiteral("\n") + scan.gs1Error;
    m_banner->show(scan.gs1Error.isEmpty() ? workflows::Verdict::of(codes::Code::ScanReceived, message)
                                           : workflows::Verdict::of(codes::Code::InvalidGs1, message));
}

QList<workflows::TrainingHint> ScannerScreen::trainingHints() const
{
    return {{tr("GS1-128 with lot and expiry"),
             QStringLiteral("]C10104000000001290") + QStringLiteral("17281231") + QStringLiteral("10LOT-42")},
            {tr("GS1 Digital Link"), QStringLiteral("https://id.gs1.org/01/04000000000129/21/SN-1")},
            {tr("Invalid GS1 date"), QStringLiteral("(01)04000000000129(17)261331"), true}};
}

void ScannerScreen::logScan(const scanner::ScanEvent& scan, const QString& outcome)
{
    const QStringList sourceCodes = {scanner::ScanEvent::sourceName(scan.source), scan.deviceId};
    addLogRow({QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
               sourceCell(sourceCodes),
               scan.symbologyId,
               scan.text,
               QString::fromLatin1(scan.raw.left(64).toHex(' ')),
               scan.gs1 ? scan.gs1->hri() : (scan.gs1Error.isEmpty() ? outcome : scan.gs1Error)},
              false,
              sourceCodes);
}

void ScannerScreen::logProblem(const scanner::ScanProblem& problem)
{
    addLogRow({QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
               problem.deviceId,
               QString(),
               problem.code,
               QString::fromLatin1(problem.raw.left(64).toHex(' ')),
               problem.message},
              true);
    m_banner->show(workflows::Verdict::error(problem.code, problem.message));
}

void ScannerScreen::addLogRow(const QStringList& cells, bool problem, const QStringList& sourceCodes)
{
    m_log->insertRow(0);
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells[col]);
        if (problem)
            item->setForeground(QColor(0xc0, 0x10, 0x10));
        m_log->setItem(0, col, item);
    }
    if (auto* source = m_log->item(0, kLogSourceColumn); source && !sourceCodes.isEmpty())
        source->setData(Qt::UserRole, sourceCodes);
    if (m_log->rowCount() > kLogRows)
        m_log->removeRow(kLogRows);
}

void ScannerScreen::setSettings(const scanner::ScannerSettings& settings,
                                const QStringList& serialPorts,
                                const QStringList& cameras)
{
    m_settings = settings;
    m_gap->setValue(int(settings.wedge.maxGap.count()));
    m_terminator->setCurrentIndex(settings.wedge.terminators.contains(Qt::Key_Return)
                                      ? (settings.wedge.terminators.contains(Qt::Key_Tab) ? 2 : 0)
                                      : 1);
    m_prefix->setText(settings.wedge.prefix);
    m_suffix->setText(settings.wedge.suffix);
    m_debounce->setValue(int(settings.debounce.count()));
    m_serialPort->clear();
    m_serialPort->addItem(QString());
    m_serialPort->addItems(serialPorts);
    const scanner::SerialSettings serial = settings.serialScanners.value(0);
    m_serialPort->setCurrentText(serial.portName);
    m_baud->setCurrentIndex(std::max(0, m_baud->findData(serial.baudRate)));
    m_serialTerminator->setCurrentIndex(int(serial.framing.terminator));
    m_dataBits->setCurrentIndex(std::max(0, m_dataBits->findData(int(serial.dataBits))));
    m_parity->setCurrentIndex(std::max(0, m_parity->findData(int(serial.parity))));
    m_stopBits->setCurrentIndex(std::max(0, m_stopBits->findData(int(serial.stopBits))));
    m_flowControl->setCurrentIndex(std::max(0, m_flowControl->findData(int(serial.flowControl))));
    m_camera->clear();
    m_camera->addItem(QString());
    m_camera->addItems(cameras);
    m_camera->setCurrentText(settings.cameraId);
    m_sound->setChecked(settings.soundOn);
    m_volume->setValue(settings.volumePercent);
}

scanner::ScannerSettings ScannerScreen::editedSettings() const
{
    scanner::ScannerSettings s = m_settings;
    s.wedge.maxGap = std::chrono::milliseconds(m_gap->value());
    static const QList<int> terminators[] = {
        {Qt::Key_Return, Qt::Key_Enter}, {Qt::Key_Tab}, {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab}};
    s.wedge.terminators = terminators[std::clamp(m_terminator->currentIndex(), 0, 2)];
    s.wedge.prefix = m_prefix->text();
    s.wedge.suffix = m_suffix->text();
    s.debounce = std::chrono::milliseconds(m_debounce->value());
    s.serialScanners.clear();
    if (!m_serialPort->currentText().trimmed().isEmpty()) {
        scanner::SerialSettings serial;
        serial.portName = m_serialPort->currentText().trimmed();
        serial.baudRate = m_baud->currentData().toInt();
        serial.framing.terminator = scanner::ScanFrameAssembler::Terminator(m_serialTerminator->currentIndex());
        serial.dataBits = QSerialPort::DataBits(m_dataBits->currentData().toInt());
        serial.parity = QSerialPort::Parity(m_parity->currentData().toInt());
        serial.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
        serial.flowControl = QSerialPort::FlowControl(m_flowControl->currentData().toInt());
        s.serialScanners.append(serial);
    }
    s.cameraId = m_camera->currentText();
    s.soundOn = m_sound->isChecked();
    s.volumePercent = m_volume->value();
    return s;
}

void ScannerScreen::setEditable(bool editable)
{
    m_settingsBox->setEnabled(editable);
}

QString ScannerScreen::changeReason() const
{
    return m_reason->text();
}

void ScannerScreen::showVerdict(const workflows::Verdict& verdict)
{
    m_banner->show(verdict);
    if (verdict.kind == workflows::Verdict::Kind::Ok)
        m_reason->clear();
}

void ScannerScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScannerScreen::retranslate()
{
    for (int row = 0; row < m_log->rowCount(); ++row)
        if (auto* source = m_log->item(row, kLogSourceColumn); source && source->data(Qt::UserRole).isValid())
            source->setText(sourceCell(source->data(Qt::UserRole).toStringList()));
    m_title->setText(tr("Scanners"));
    m_guide->setText(tr("Test your scanner: scan any barcode. It shows below in large type with its source, and in "
                        "the log with its raw bytes. Nothing is written. A keyboard scanner must end each scan with "
                        "Enter or Tab; a serial scanner needs its port and baud rate below. See docs/scanners.md."));
    m_settingsBox->setTitle(tr("Settings (supervisor)"));
    const QString labels[] = {tr("Keyboard gap (ms)"),
                              tr("Keyboard terminator"),
                              tr("Prefix"),
                              tr("Suffix"),
                              tr("Same code ignored for (ms)"),
                              tr("Serial port"),
                              tr("Baud rate"),
                              tr("Serial terminator"),
                              tr("Data bits"),
                              tr("Parity"),
                              tr("Stop bits"),
                              tr("Flow control"),
                              tr("Camera"),
                              tr("Sounds"),
                              tr("Volume")};
    static_assert(std::size(labels) == 15);
    Q_ASSERT(m_labels.size() == qsizetype(std::size(labels)));
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    const int terminator = m_terminator->currentIndex();
    m_terminator->clear();
    m_terminator->addItems({tr("Enter"), tr("Tab"), tr("Enter or Tab")});
    m_terminator->setCurrentIndex(std::max(0, terminator));
    const int serialTerminator = m_serialTerminator->currentIndex();
    m_serialTerminator->clear();
    m_serialTerminator->addItems({tr("CR"), tr("LF"), tr("CR or LF"), tr("Pause")});
    m_serialTerminator->setCurrentIndex(std::max(0, serialTerminator));
    const int parity = std::max(0, m_parity->currentIndex());
    m_parity->clear();
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parity->setCurrentIndex(parity);
    const int flow = std::max(0, m_flowControl->currentIndex());
    m_flowControl->clear();
    m_flowControl->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    m_flowControl->addItem(tr("RTS/CTS"), int(QSerialPort::HardwareControl));
    m_flowControl->addItem(tr("XON/XOFF"), int(QSerialPort::SoftwareControl));
    m_flowControl->setCurrentIndex(flow);
    m_sound->setText(tr("Good, warning and error sounds"));
    m_apply->setText(tr("Apply"));
    m_reason->setPlaceholderText(tr("Why (recorded in the audit trail)"));
    m_log->setHorizontalHeaderLabels(
        {tr("Time"), tr("Source"), tr("Symbology"), tr("Text"), tr("Raw bytes"), tr("Reading")});
}

} // namespace wf::ui
