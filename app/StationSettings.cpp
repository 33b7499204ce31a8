#include "app/StationSettings.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>

#include "app/StationSecrets.h"
#include "sync/MasterUrl.h"

namespace wf::app {

namespace {

/// The settings file holds the master URL and with it the station's password: only the
/// station's user may read it. Tightened on every load and save, whatever made it wider.
void keepPrivate(QSettings& settings)
{
    settings.sync();
    QFile file(settings.fileName());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.exists() && (file.permissions() & others)
        && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qWarning("cannot make %s readable by its owner only", qPrintable(settings.fileName()));
}

} // namespace

StationSettings StationSettings::load()
{
    QSettings settings;
    keepPrivate(settings);
    StationSettings s;
    s.stationId = settings.value(QStringLiteral("station/id")).toString();
    if (s.stationId.isEmpty())
        s.stationId = QStringLiteral("ST-") + QHostInfo::localHostName().toUpper().left(20);
    s.cachePath = settings.value(QStringLiteral("cache/path")).toString();
    s.masterUrl = settings.value(QStringLiteral("sync/master_url")).toString();
    s.readMasterSecret(settings.value(QStringLiteral("sync/master_secret")).toString());
    const workflows::PickSettings defaults;
    s.pick.forceBinScan = settings.value(QStringLiteral("pick/force_bin_scan"), defaults.forceBinScan).toBool();
    s.pick.supervisorForShort =
        settings.value(QStringLiteral("pick/supervisor_for_short"), defaults.supervisorForShort).toBool();
    bool number = false;
    const int batch = settings.value(QStringLiteral("pick/batch_size"), defaults.batchSize).toInt(&number);
    s.pick.batchSize = number ? std::clamp(batch, 1, workflows::PickSettings::kMaxBatch) : defaults.batchSize;
    const workflows::PackSettings packDefaults;
    const double percent = settings.value(QStringLiteral("pack/weight_tolerance_percent"), 5.0).toDouble(&number);
    s.pack.weightTolerance.percent = number ? std::clamp(percent, 0.0, 50.0) : packDefaults.weightTolerance.percent;
    const int grams = settings.value(QStringLiteral("pack/weight_tolerance_g"), 50).toInt(&number);
    s.pack.weightTolerance.grams = number ? std::clamp(grams, 0, 5000) : packDefaults.weightTolerance.grams;
    const QString format = settings.value(QStringLiteral("pack/label_format"), packDefaults.labelFormat).toString();
    s.pack.labelFormat = format == QLatin1String("pdf") ? format : packDefaults.labelFormat;
    s.pack.weightUnit = workflows::TypedWeight::unitNamed(
        settings.value(QStringLiteral("pack/weight_unit"), QStringLiteral("kg")).toString());
    s.labelOutput = settings.value(QStringLiteral("pack/label_output")).toString();
    s.scale = scaleSettings(settings);
    return s;
}

scanner::SerialScale::Settings StationSettings::scaleSettings(const QSettings& settings)
{
    static const QList<int> standardRates = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
    scanner::SerialScale::Settings scale;
    scale.portName = settings.value(QStringLiteral("pack/scale_port")).toString().trimmed();
    scale.protocol = settings.value(QStringLiteral("pack/scale_protocol")).toString() == QLatin1String("request")
                         ? scanner::SerialScale::Protocol::Request
                         : scanner::SerialScale::Protocol::Continuous;
    bool number = false;
    const int baud = settings.value(QStringLiteral("pack/scale_baud"), scale.baudRate).toInt(&number);
    if (number && standardRates.contains(baud))
        scale.baudRate = baud;
    else
        qWarning("pack/scale_baud %s is not a standard rate; the scale is read at %d baud",
                 qPrintable(settings.value(QStringLiteral("pack/scale_baud")).toString()),
                 scale.baudRate);
    const int poll =
        settings.value(QStringLiteral("pack/scale_poll_ms"), int(scale.pollInterval.count())).toInt(&number);
    if (number)
        scale.pollInterval = std::chrono::milliseconds(std::clamp(poll, 100, 5000));
    return scale;
}

QString StationSettings::defaultCachePath(bool demo)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(demo ? QStringLiteral("demo-cache.sqlite") : QStringLiteral("cache.sqlite"));
}

void StationSettings::savePick(const workflows::PickSettings& pick)
{
    QSettings settings;
    settings.setValue(QStringLiteral("pick/force_bin_scan"), pick.forceBinScan);
    settings.setValue(QStringLiteral("pick/supervisor_for_short"), pick.supervisorForShort);
    settings.setValue(QStringLiteral("pick/batch_size"), pick.batchSize);
    keepPrivate(settings);
}

void StationSettings::save()
{
    QSettings settings;
    settings.setValue(QStringLiteral("station/id"), stationId);
    if (!cachePath.isEmpty())
        settings.setValue(QStringLiteral("cache/path"), cachePath);
    if (!masterUrl.isEmpty()) {
        const auto [kept, store] = keepMasterSecret();
        settings.setValue(QStringLiteral("sync/master_url"), kept);
        settings.setValue(QStringLiteral("sync/master_secret"), storeName(store));
        masterSecret = store;
    }
    keepPrivate(settings);
}

std::pair<QString, StationSettings::SecretStore> StationSettings::keepMasterSecret()
{
    auto url = sync::MasterUrl::parse(masterUrl);
    if (!url || url->password.isEmpty())
        return {masterUrl, SecretStore::None};
    const auto stored = StationSecrets::storeMasterPassword(stationId, url->password);
    if (!stored.ok) {
        secretProblem = stored.why;
        return {masterUrl, SecretStore::File}; // the file, readable by this user only
    }
    secretProblem.clear();
    url->password.clear();
    return {url->toString(), SecretStore::Keychain};
}

void StationSettings::readMasterSecret(const QString& store)
{
    masterSecret = store == QLatin1String("keychain") ? SecretStore::Keychain
                   : store == QLatin1String("file")   ? SecretStore::File
                                                      : SecretStore::None;
    if (masterSecret != SecretStore::Keychain)
        return;
    auto url = sync::MasterUrl::parse(masterUrl);
    const auto password = StationSecrets::masterPassword(stationId, &secretProblem);
    if (!url || !password) {
        qWarning("the master password is not in the secret store (%s): sync will be refused until "
                 "--master is given again",
                 qPrintable(secretProblem));
        return;
    }
    url->password = *password;
    masterUrl = url->toString();
}

QString StationSettings::storeName(SecretStore store)
{
    switch (store) {
    case SecretStore::Keychain:
        return QStringLiteral("keychain");
    case SecretStore::File:
        return QStringLiteral("file");
    case SecretStore::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace wf::app
