#include "ui/LanguageSwitch.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "ui/UiLog.h"

namespace wf::ui {

namespace {

struct Installed
{
    QTranslator app;
    QTranslator qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList LanguageSwitch::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString LanguageSwitch::current()
{
    return installed().language;
}

bool LanguageSwitch::apply(const QString& language)
{
    Installed& state = installed();
    if (language == state.language)
        return true;
    QCoreApplication::removeTranslator(&state.app);
    QCoreApplication::removeTranslator(&state.qt);
    state.language = QStringLiteral("en");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Germany));
    if (language == QLatin1String("en") || !available().contains(language))
        return language == QLatin1String("en");
    if (!state.app.load(QStringLiteral(":/i18n/warehouse-floor_%1.qm").arg(language))) {
        qCWarning(lcUi) << "the translation" << language << "did not load; the screens stay in English";
        return false;
    }
    (void)state.qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QCoreApplication::installTranslator(&state.app);
    QCoreApplication::installTranslator(&state.qt);
    QLocale::setDefault(QLocale(language));
    state.language = language;
    return true;
}

} // namespace wf::ui
