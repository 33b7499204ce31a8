#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

#include "app/StationSecrets.h"
#include "app/StationSettings.h"

/// The station's master password goes to the desktop's secret store where one answers (run under
/// a real GNOME Keyring on a private D-Bus session as app.StationSettings.SecretService); without
/// one the settings file holds it and is kept readable by the station's user alone (0600), however
/// it was made.
class TestStationSettings : public QObject
{
    Q_OBJECT

    /// rw for the owner, nothing for group and others (Qt reports the owner's bits twice, as User).
    static bool ownerOnly(const QString& file)
    {
        const auto p = QFile(file).permissions();
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WarehouseFloorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("settings-test"));
    }

    /// Run twice by CTest: without a session bus, and with a real Secret Service.
    void thePasswordIsKeptWhereItIsSafe()
    {
        if (qEnvironmentVariableIsSet("WF_TEST_SECRET_SERVICE"))
            passwordGoesToTheSecretStore();
        else
            withoutASecretStoreTheFileIsOwnerOnly();
    }

    /// The scale is set like the scanners: port, protocol, rate and polling from the settings file.
    void theScaleIsReadAsItsSettingsSay()
    {
        const QString file =
            QDir::temp().filePath(QStringLiteral("wf-scale-%1.ini").arg(QCoreApplication::applicationPid()));
        QFile::remove(file);
        {
            QSettings ini(file, QSettings::IniFormat);
            ini.setValue(QStringLiteral("pack/scale_port"), QStringLiteral(" /dev/ttyUSB3 "));
            ini.setValue(QStringLiteral("pack/scale_protocol"), QStringLiteral("request"));
            ini.setValue(QStringLiteral("pack/scale_baud"), 19200);
            ini.setValue(QStringLiteral("pack/scale_poll_ms"), 250);
        }
        QSettings ini(file, QSettings::IniFormat);
        auto scale = wf::app::StationSettings::scaleSettings(ini);
        QCOMPARE(scale.portName, QStringLiteral("/dev/ttyUSB3"));
        QCOMPARE(scale.protocol, wf::scanner::SerialScale::Protocol::Request);
        QCOMPARE(scale.baudRate, 19200);
        QCOMPARE(scale.pollInterval, std::chrono::milliseconds(250));
        // A rate no scale runs at, and a poll too fast for one: said, and the safe value used.
        ini.setValue(QStringLiteral("pack/scale_baud"), 9601);
        ini.setValue(QStringLiteral("pack/scale_poll_ms"), 5);
        ini.setValue(QStringLiteral("pack/scale_protocol"), QStringLiteral("stream"));
        QTest::ignoreMessage(QtWarningMsg,
                             "pack/scale_baud 9601 is not a standard rate; the scale is read at 9600 baud");
        scale = wf::app::StationSettings::scaleSettings(ini);
        QCOMPARE(scale.baudRate, 9600);
        QCOMPARE(scale.pollInterval, std::chrono::milliseconds(100));
        QCOMPARE(scale.protocol, wf::scanner::SerialScale::Protocol::Continuous);
        // Nothing set: no scale, weights are typed.
        QSettings empty(file + QStringLiteral(".none"), QSettings::IniFormat);
        QVERIFY(wf::app::StationSettings::scaleSettings(empty).portName.isEmpty());
        QCOMPARE(wf::app::StationSettings::scaleSettings(empty).baudRate, 9600);
        QFile::remove(file);
    }

private:
    void withoutASecretStoreTheFileIsOwnerOnly()
    {
        wf::app::StationSettings s;
        s.stationId = QStringLiteral("ST-PRIVATE");
        s.masterUrl = QStringLiteral("postgresql://wf_station_st_private:s3cret@master.example/warehouse_floor");
        s.save();
        // No secret service on this session: the password stays in the file, and why is said.
        QCOMPARE(s.masterSecret, wf::app::StationSettings::SecretStore::File);
        QVERIFY(!s.secretProblem.isEmpty());
        const QString file = QSettings().fileName();
        QVERIFY(QFile::exists(file));
        QVERIFY(fileHolds(file, "s3cret"));
        QVERIFY(ownerOnly(file));
        QVERIFY(QFile(file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                           | QFileDevice::ReadOther)); // someone made it 0644
        const auto loaded = wf::app::StationSettings::load();
        QCOMPARE(loaded.masterUrl, s.masterUrl);
        QVERIFY(ownerOnly(file));
        wf::app::StationSettings::savePick({});
        QVERIFY(ownerOnly(file));
    }

    void passwordGoesToTheSecretStore()
    {
        wf::app::StationSettings s;
        s.stationId = QStringLiteral("ST-KEYRING");
        s.masterUrl = QStringLiteral("postgresql://wf_station_st_keyring:s3cr%40t@master.example:5432/warehouse_floor");
        s.save();
        QVERIFY2(s.masterSecret == wf::app::StationSettings::SecretStore::Keychain, qPrintable(s.secretProblem));
        // The file keeps the URL without its password, and a reference to where the password is.
        const QString file = QSettings().fileName();
        QVERIFY(!fileHolds(file, "s3cr"));
        QVERIFY(fileHolds(file, "master_secret=keychain"));
        QVERIFY(fileHolds(file, "wf_station_st_keyring@master.example"));
        QVERIFY(ownerOnly(file));
        // Loaded again, the station has its whole URL back.
        const auto loaded = wf::app::StationSettings::load();
        QCOMPARE(loaded.masterUrl, s.masterUrl);
        QCOMPARE(wf::app::StationSecrets::masterPassword(s.stationId).value_or(QString()), QStringLiteral("s3cr@t"));
        // The store lost it (a new keyring, a wiped profile): the URL has no password, and why is said.
        wf::app::StationSecrets::forgetMasterPassword(s.stationId);
        const auto lost = wf::app::StationSettings::load();
        QVERIFY(!lost.masterUrl.contains(QStringLiteral("s3cr")));
        QVERIFY(!lost.secretProblem.isEmpty());
    }

    static bool fileHolds(const QString& path, const char* text)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(text);
    }
};

QTEST_GUILESS_MAIN(TestStationSettings)
#include "TestStationSettings.moc"
