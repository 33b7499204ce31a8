#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "printing/LabelOutput.h"
#include "printing/ShippingLabel.h"

using wf::Error;
using wf::printing::LabelOutput;
using wf::printing::ShippingLabel;

/// The label as rendered (ZPL II, PDF) and its outputs as the station uses them: a folder, a
/// file, a raw printer, a system printer. Each failure says what failed by its code.
class TestLabelOutput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void zplCarriesTheShipmentAndKeepsItsCommandsClean();
    void customsSummaryOnlyWhenItCrossesABorder();
    void pdfIsOneFourBySixPage();
    void aFolderGetsOneFilePerShipmentAndAReprintReplacesIt();
    void whatCannotBeWrittenIsAnIoFailure();
    void aPrinterThatIsNotThereSaysSo();
    void anUnknownFormatIsInvalidInput();

private:
    ShippingLabel m_label;
    QTemporaryDir m_dir;
};

void TestLabelOutput::init()
{
    m_label = {};
    m_label.shipmentId = QStringLiteral("S-1001-1");
    m_label.orderId = QStringLiteral("1001");
    m_label.trackingNumber = QStringLiteral("JJD0001234567");
    m_label.sscc = QStringLiteral("340123450000000018");
    m_label.carrier = QStringLiteral("DHL");
    m_label.service = QStringLiteral("standard");
    m_label.packageNo = 2;
    m_label.packageCount = 3;
    m_label.shipToName = QStringLiteral("Zoë ^Müller~");
    m_label.addressLine = QStringLiteral("Hauptstr. 1");
    m_label.city = QStringLiteral("Zürich");
    m_label.postalCode = QStringLiteral("8001");
    m_label.country = QStringLiteral("CH");
    m_label.shipFromCountry = QStringLiteral("DE");
    m_label.weightG = 1880;
    m_label.crossBorder = true;
    m_label.customs = {{QStringLiteral("Ceramic mug"),
                        QStringLiteral("691200"),
                        QStringLiteral("PT"),
                        2,
                        2598,
                        QStringLiteral("EUR")}};
}

void TestLabelOutput::zplCarriesTheShipmentAndKeepsItsCommandsClean()
{
    const QString zpl = QString::fromUtf8(m_label.zpl());
    QVERIFY(zpl.startsWith(QStringLiteral("^XA")));
    QVERIFY(zpl.trimmed().endsWith(QStringLiteral("^XZ")));
    QVERIFY(zpl.contains(QStringLiteral("^CI28"))); // UTF-8 text
    QVERIFY(zpl.contains(QStringLiteral("^FDJJD0001234567^FS")));
    QVERIFY(zpl.contains(QStringLiteral("^FD(00)340123450000000018^FS")));
    QVERIFY(zpl.contains(QStringLiteral("PKG 2 OF 3")));
    // A name with ZPL's command characters cannot end a field or start a command.
    QVERIFY(zpl.contains(QStringLiteral("Zoë Müller")));
    QVERIFY(!zpl.contains(QStringLiteral("^Müller")));
    QVERIFY(!zpl.contains(QLatin1Char('~')));
}

void TestLabelOutput::customsSummaryOnlyWhenItCrossesABorder()
{
    QVERIFY(QString::fromUtf8(m_label.zpl()).contains(QStringLiteral("HS 691200")));
    m_label.crossBorder = false;
    QVERIFY(!QString::fromUtf8(m_label.zpl()).contains(QStringLiteral("CUSTOMS")));
}

void TestLabelOutput::pdfIsOneFourBySixPage()
{
    auto pdf = m_label.render(QStringLiteral("pdf"));
    QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().detail));
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("label.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo (poppler-utils) is installed by ./dev deps");
    QProcess info;
    info.start(pdfinfo, {path});
    QVERIFY(info.waitForFinished(10000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Page size:\\s+288 x 432 pts"))), qPrintable(out));
}

void TestLabelOutput::aFolderGetsOneFilePerShipmentAndAReprintReplacesIt()
{
    const QString folder = m_dir.filePath(QStringLiteral("cache.sqlite-labels"));
    QCOMPARE(LabelOutput::folderBeside(m_dir.filePath(QStringLiteral("cache.sqlite"))), folder);
    auto sink = LabelOutput::folder(folder); // made when missing
    auto first = sink(m_label, QStringLiteral("zpl"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().detail));
    QCOMPARE(*first, QDir(folder).filePath(QStringLiteral("S-1001-1.zpl")));
    m_label.service = QStringLiteral("express");
    auto again = sink(m_label, QStringLiteral("zpl"));
    QVERIFY(again);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("S-1001-1.zpl")});
    QFile written(*again);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), m_label.zpl());
    // A plain path that is a folder takes the shipment's file name too.
    auto sent = LabelOutput::send(m_label, QStringLiteral("zpl"), QStringLiteral("file:") + folder);
    QVERIFY(sent);
    QCOMPARE(*sent, QDir(folder).filePath(QStringLiteral("S-1001-1.zpl")));
}

void TestLabelOutput::whatCannotBeWrittenIsAnIoFailure()
{
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto intoAFile =
        LabelOutput::folder(blocker.fileName() + QStringLiteral("/labels"))(m_label, QStringLiteral("zpl"));
    QVERIFY(!intoAFile);
    QCOMPARE(intoAFile.error().code, Error::Code::IoFailed);
    auto sent = LabelOutput::send(m_label, QStringLiteral("zpl"), blocker.fileName() + QStringLiteral("/x.zpl"));
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, Error::Code::IoFailed);
}

void TestLabelOutput::aPrinterThatIsNotThereSaysSo()
{
    quint16 port = 0;
    {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost));
        port = free.serverPort();
    } // nobody listens there now
    auto raw = LabelOutput::send(m_label, QStringLiteral("zpl"), QStringLiteral("tcp:127.0.0.1:%1").arg(port));
    QVERIFY(!raw);
    QCOMPARE(raw.error().code, Error::Code::DeviceUnavailable);
    QVERIFY2(raw.error().detail.contains(QStringLiteral("not counted as printed")), qPrintable(raw.error().detail));
    auto system = LabelOutput::send(m_label, QStringLiteral("pdf"), QStringLiteral("printer:No Such Printer"));
    QVERIFY(!system);
    QCOMPARE(system.error().code, Error::Code::NotFound);
    QVERIFY(system.error().detail.contains(QStringLiteral("No Such Printer")));
    auto badAddress = LabelOutput::send(m_label, QStringLiteral("zpl"), QStringLiteral("tcp:host:99999"));
    QVERIFY(!badAddress);
    QCOMPARE(badAddress.error().code, Error::Code::InvalidInput);
}

void TestLabelOutput::anUnknownFormatIsInvalidInput()
{
    auto bytes = m_label.render(QStringLiteral("png"));
    QVERIFY(!bytes);
    QCOMPARE(bytes.error().code, Error::Code::InvalidInput);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("S-1001-1.png"))));
}

QTEST_MAIN(TestLabelOutput)
#include "TestLabelOutput.moc"
