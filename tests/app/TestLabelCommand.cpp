#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "scanner/ImageDecoder.h"
#include "support/TestCache.h"

using wf::test::scalar;
using wf::test::scalarText;

/// `floorctl label` as a process on a real demo cache: the PDF label rasterised by a real PDF
/// renderer and every barcode on it read back with ZXing; the ZPL sent to a TCP listener standing
/// in for a raw network printer; reprints, missing customs data and a dead printer.
class TestLabelCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfLabelDecodesBackToItsValues();
    void zplGoesToARawTcpPrinterByteForByte();
    void reprintNeedsAReasonAndIsAudited();
    void missingCustomsDataOrADeadPrinterPrintsNothing();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run floorctl(const QStringList& arguments);
    QStringList labelArgs(const QString& format, const QString& out) const;
    QSet<QString> decodeEveryBarcode(const QImage& image);

    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    QString m_path;
    QString m_shipment;
    QString m_tracking;
    QString m_sscc;
};

void TestLabelCommand::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("labels.sqlite"));
    m_cache = wf::test::makeDemoCache(m_path);
    // A packed parcel to the United States (customs declaration) with an SSCC.
    const auto db = m_cache->database();
    m_shipment = scalarText(db,
                            QStringLiteral("SELECT s.id FROM shipment s JOIN orders o ON o.id = s.order_id WHERE "
                                           "s.sscc <> '' ORDER BY s.id LIMIT 1"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE orders SET destination_country = 'US' WHERE id = (SELECT order_id FROM "
                                  "shipment WHERE id = '%1')")
                       .arg(m_shipment)));
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment SET status = 'packed', label_prints = 0, weight_g = 1234 WHERE id = "
                                  "'%1'")
                       .arg(m_shipment)));
    m_tracking = scalarText(db, QStringLiteral("SELECT label_barcode FROM shipment WHERE id = '%1'").arg(m_shipment));
    m_sscc = scalarText(db, QStringLiteral("SELECT sscc FROM shipment WHERE id = '%1'").arg(m_shipment));
    QVERIFY(!m_tracking.isEmpty() && m_sscc.size() == 18);
    m_cache.reset(); // floorctl opens the file itself
}

TestLabelCommand::Run TestLabelCommand::floorctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(FLOORCTL), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestLabelCommand::labelArgs(const QString& format, const QString& out) const
{
    return {QStringLiteral("label"),
            QStringLiteral("--db"),
            m_path,
            QStringLiteral("--shipment"),
            m_shipment,
            QStringLiteral("--format"),
            format,
            QStringLiteral("--out"),
            out};
}

// One symbol per read (DESIGN.md §10): the label is read band by band, as a hand scanner reads
// one barcode at a time; every band's symbol counts once.
QSet<QString> TestLabelCommand::decodeEveryBarcode(const QImage& image)
{
    QSet<QString> found;
    wf::scanner::ImageDecoder::Options options;
    options.formats = {QStringLiteral("Code128")};
    for (int y = 0; y + 60 < image.height(); y += 40) {
        const QImage band = image.copy(0, y, image.width(), std::min(200, image.height() - y));
        auto symbols = wf::scanner::ImageDecoder::decode(band, options);
        if (!symbols)
            continue;
        for (const auto& s : *symbols)
            found.insert(s.gs1 ? s.hri : s.text);
    }
    return found;
}

void TestLabelCommand::pdfLabelDecodesBackToItsValues()
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed (./dev test installs poppler-utils)");
    const QString pdf = m_dir.filePath(QStringLiteral("label.pdf"));
    const Run printed = floorctl(labelArgs(QStringLiteral("pdf"), pdf));
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    QCOMPARE(QJsonDocument::fromJson(printed.out.toUtf8()).object().value(QStringLiteral("sent_to")).toString(), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // Rasterised at the thermal printer's 203 dpi by a real PDF renderer.
    QProcess render;
    render.start(pdftoppm,
                 {QStringLiteral("-r"),
                  QStringLiteral("203"),
                  QStringLiteral("-png"),
                  QStringLiteral("-singlefile"),
                  pdf,
                  m_dir.filePath(QStringLiteral("label"))});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    const QImage image(m_dir.filePath(QStringLiteral("label.png")));
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 812); // 4 in × 203 dpi
    QCOMPARE(image.height(), 1218);
    const QSet<QString> found = decodeEveryBarcode(image);
    QCOMPARE(found, (QSet<QString>{m_tracking, m_shipment, QStringLiteral("(00)") + m_sscc}));
}

void TestLabelCommand::zplGoesToARawTcpPrinterByteForByte()
{
    QTcpServer printer;
    QVERIFY(printer.listen(QHostAddress::LocalHost));
    QByteArray received;
    bool closed = false;
    connect(&printer, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* job = printer.nextPendingConnection();
        connect(job, &QTcpSocket::readyRead, this, [&received, job] {
            received += job->readAll();
        });
        // As a 9100 printer does: the sender's half-close ends the job, and the printer closes.
        connect(job, &QTcpSocket::readChannelFinished, this, [&received, job] {
            received += job->readAll();
            job->disconnectFromHost();
        });
        connect(job, &QTcpSocket::disconnected, this, [&closed] {
            closed = true;
        });
    });
    QProcess process;
    process.start(QStringLiteral(FLOORCTL),
                  labelArgs(QStringLiteral("zpl"), QStringLiteral("tcp:127.0.0.1:%1").arg(printer.serverPort()))
                      + QStringList{QStringLiteral("--reason"), QStringLiteral("first print is fine too")});
    QTRY_VERIFY_WITH_TIMEOUT(closed, 30000);
    // The event loop above may have seen it finish already; waitForFinished() then says false.
    QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(received.startsWith("^XA\n^CI28\n^PW812\n^LL1218\n"));
    QVERIFY(received.endsWith("^XZ\n"));
    QVERIFY(received.contains(QByteArray("^BCN,150,Y,N,N^FD" + m_tracking.toLatin1() + "^FS")));
    QVERIFY(received.contains(QByteArray("^FD" + m_shipment.toLatin1() + "^FS")));
    QVERIFY(received.contains(QByteArray("^BCN,110,Y,N,N,D^FD(00)" + m_sscc.toLatin1() + "^FS"))); // GS1-128
    QVERIFY(received.contains("CUSTOMS DECLARATION (CN22)"));
    QVERIFY(received.contains("PKG 1 OF"));
    // The same label written to a file: the same bytes.
    const QString file = m_dir.filePath(QStringLiteral("label.zpl"));
    const Run written = floorctl(labelArgs(QStringLiteral("zpl"), file)
                                 + QStringList{QStringLiteral("--reason"), QStringLiteral("copy for the test")});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QFile zpl(file);
    QVERIFY(zpl.open(QIODevice::ReadOnly));
    QCOMPARE(zpl.readAll(), received);
}

void TestLabelCommand::reprintNeedsAReasonAndIsAudited()
{
    const Run again = floorctl(labelArgs(QStringLiteral("zpl"), m_dir.filePath(QStringLiteral("again.zpl"))));
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("--reason")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("again.zpl"))));
    const Run reprint = floorctl(labelArgs(QStringLiteral("zpl"), m_dir.filePath(QStringLiteral("again.zpl")))
                                 + QStringList{QStringLiteral("--reason"), QStringLiteral("label torn")});
    QCOMPARE(reprint.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(reprint.out.toUtf8()).object().value(QStringLiteral("reprint")).toBool());
    auto cache = wf::db::LocalCache::open(m_path, wf::db::LocalCache::Missing::Refuse);
    QVERIFY(cache);
    QCOMPARE(
        scalar((*cache)->database(),
               QStringLiteral("SELECT count(*) FROM audit WHERE action = 'label_reprint' AND subject = 'shipment:%1' "
                              "AND detail = 'label torn'")
                   .arg(m_shipment)),
        qint64(1));
}

void TestLabelCommand::missingCustomsDataOrADeadPrinterPrintsNothing()
{
    {
        auto cache = wf::db::LocalCache::open(m_path, wf::db::LocalCache::Missing::Refuse);
        QVERIFY(cache);
        QSqlQuery q((*cache)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE product SET origin_country = '' WHERE sku IN (SELECT sku FROM "
                                      "shipment_line WHERE shipment_id = '%1')")
                           .arg(m_shipment)));
    }
    const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
    const Run refused =
        floorctl(labelArgs(QStringLiteral("pdf"), out) + QStringList{QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("customs_data_missing")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
    // No printer listens on that port: a clear error, nothing recorded.
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto cache = wf::db::LocalCache::open(m_path, wf::db::LocalCache::Missing::Refuse);
    QVERIFY(cache);
    QSqlQuery q((*cache)->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE product SET origin_country = 'PT' WHERE origin_country = ''")));
    const qint64 printsBefore = scalar(
        (*cache)->database(), QStringLiteral("SELECT label_prints FROM shipment WHERE id = '%1'").arg(m_shipment));
    const Run dead = floorctl(labelArgs(QStringLiteral("zpl"), QStringLiteral("tcp:127.0.0.1:%1").arg(port))
                              + QStringList{QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(dead.exitCode, 1);
    QVERIFY2(dead.err.contains(QStringLiteral("printer 127.0.0.1")), qPrintable(dead.err));
    QCOMPARE(scalar((*cache)->database(),
                    QStringLiteral("SELECT label_prints FROM shipment WHERE id = '%1'").arg(m_shipment)),
             printsBefore);
    const Run noSuch = floorctl(labelArgs(QStringLiteral("pdf"), QStringLiteral("printer:no-such-printer"))
                                + QStringList{QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(noSuch.exitCode, 1);
    QVERIFY(noSuch.err.contains(QStringLiteral("no printer named")));
}

QTEST_GUILESS_MAIN(TestLabelCommand)
#include "TestLabelCommand.moc"
