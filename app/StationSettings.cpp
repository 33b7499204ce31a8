#include "app/StationSettings.h"

#include <QDir>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>

namespace wf::app {

StationSettings StationSettings::load()
{
    QSettings settings;
    StationSettings s;
    s.stationId = settings.value(QStringLiteral("station/id")).toString();
    if (s.stationId.isEmpty())
        s.stationId = QStringLiteral("ST-") + QHostInfo::localHostName().toUpper().left(20);
    s.cachePath = settings.value(QStringLiteral("cache/path")).toString();
    return s;
}

QString StationSettings::defaultCachePath(bool demo)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(demo ? QStringLiteral("demo-cache.sqlite") : QStringLiteral("cache.sqlite"));
}

void StationSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("station/id"), stationId);
    if (!cachePath.isEmpty())
        settings.setValue(QStringLiteral("cache/path"), cachePath);
}

} // namespace wf::app
