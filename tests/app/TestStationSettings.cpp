#include <QFile>
#include <QSettings>
#include <QTest>

#include "app/StationSettings.h"

/// The station's settings file holds the master URL with the station's password: it is kept
/// readable by the station's user alone (0600), however it was made.
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

    void savedSettingsAreReadableByTheOwnerOnly()
    {
        wf::app::StationSettings s;
        s.stationId = QStringLiteral("ST-PRIVATE");
        s.masterUrl = QStringLiteral("postgresql://wf_station_st_private:s3cret@master.example/warehouse_floor");
        s.save();
        const QString file = QSettings().fileName();
        QVERIFY(QFile::exists(file));
        QVERIFY(ownerOnly(file));
        QVERIFY(QFile(file).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                           | QFileDevice::ReadOther)); // someone made it 0644
        const auto loaded = wf::app::StationSettings::load();
        QCOMPARE(loaded.masterUrl, s.masterUrl);
        QVERIFY(ownerOnly(file));
        wf::app::StationSettings::savePick({});
        QVERIFY(ownerOnly(file));
    }
};

QTEST_GUILESS_MAIN(TestStationSettings)
#include "TestStationSettings.moc"
