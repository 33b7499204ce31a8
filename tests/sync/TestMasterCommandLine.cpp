#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/LocalCache.h"
#include "support/TestCache.h"
#include "sync/MasterUrl.h"

/// floorctl master and floorctl sync as processes, against the real PostgreSQL of the fixture.
class TestMasterCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTwiceAddAStationAndSync();
    void unreachableMasterSaysSoWithoutThePassword();

private:
    QTemporaryDir m_dir;
    QString m_ownerUrl;
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run floorctl(const QStringList& arguments);
};

TestMasterCommandLine::Run TestMasterCommandLine::floorctl(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral(FLOORCTL), arguments);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestMasterCommandLine::initTestCase()
{
    QFile urlFile(qEnvironmentVariable("WF_TEST_MASTER_URL_FILE"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "the master fixture did not start (see master.Start)");
    auto admin = wf::sync::MasterUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    QVERIFY(admin);
    const QString database = QStringLiteral("wf_cli_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase server = admin->connection(QStringLiteral("server"));
        QVERIFY(server.open());
        QSqlQuery q(server);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)), qPrintable(q.lastError().text()));
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    admin->database = database;
    m_ownerUrl = admin->toString();
}

void TestMasterCommandLine::initTwiceAddAStationAndSync()
{
    const Run first =
        floorctl({QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), m_ownerUrl});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(first.out).object().value(QStringLiteral("schema_version")).toInt(), 1);
    const Run second =
        floorctl({QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), m_ownerUrl});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
    const Run added = floorctl({QStringLiteral("master"),
                                QStringLiteral("add-station"),
                                QStringLiteral("ST-CLI-1"),
                                QStringLiteral("--warehouse"),
                                QStringLiteral("WH1"),
                                QStringLiteral("--master"),
                                m_ownerUrl});
    QCOMPARE(added.exitCode, 0);
    const QJsonObject station = QJsonDocument::fromJson(added.out).object();
    for (const char* key : {"station", "user", "password", "url"})
        QVERIFY2(!station.value(QLatin1String(key)).toString().isEmpty(), key);
    const QString stationUrl = station.value(QStringLiteral("url")).toString();
    // One pending movement the master can apply (a pack changes no stock).
    const QString cachePath = m_dir.filePath(QStringLiteral("cli.sqlite"));
    {
        auto cache = wf::db::LocalCache::open(cachePath, wf::db::LocalCache::Missing::Create);
        QVERIFY(cache);
        QSqlQuery q((*cache)->database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO movement (station_id, station_seq, uuid, kind, sku, quantity, operator_badge, created_at) "
            "VALUES ('ST-CLI-1', 1, '0190a1b2-0000-7000-8000-00000000c001', 'pack', 'SKU-X', 1, 'K2001', "
            "1790000000000)")));
    }
    const Run synced = floorctl({QStringLiteral("sync"),
                                 QStringLiteral("--db"),
                                 cachePath,
                                 QStringLiteral("--master"),
                                 stationUrl,
                                 QStringLiteral("--once")});
    QCOMPARE(synced.exitCode, 0);
    const QJsonObject outcome = QJsonDocument::fromJson(synced.out).object();
    QCOMPARE(outcome.value(QStringLiteral("applied")).toInt(), 1);
    QVERIFY(!synced.out.contains(station.value(QStringLiteral("password")).toString().toUtf8()));
    const Run status =
        floorctl({QStringLiteral("master"), QStringLiteral("status"), QStringLiteral("--master"), m_ownerUrl});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("movements")).toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("stations")).toInt(), 1);
}

void TestMasterCommandLine::unreachableMasterSaysSoWithoutThePassword()
{
    const Run run = floorctl({QStringLiteral("master"),
                              QStringLiteral("status"),
                              QStringLiteral("--master"),
                              QStringLiteral("postgresql://wf:Sup3rSecret@localhost:1/none")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unreachable"));
    QVERIFY(!run.err.contains("Sup3rSecret"));
    QVERIFY(!run.out.contains("Sup3rSecret"));
    QCOMPARE(
        floorctl(
            {QStringLiteral("master"), QStringLiteral("init"), QStringLiteral("--master"), QStringLiteral("mysql://x")})
            .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestMasterCommandLine)
#include "TestMasterCommandLine.moc"
