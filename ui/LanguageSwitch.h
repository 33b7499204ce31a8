#pragma once

#include <QString>
#include <QStringList>

namespace wf::ui {

/// Installs the translations of one language for the whole application (ours and Qt's own), so
/// that every screen retranslates itself. English needs no file.
class LanguageSwitch
{
public:
    /// Languages shipped complete, as codes: "en", "de".
    static QStringList available();
    /// True when the language is now active; unknown codes fall back to English and return false.
    static bool apply(const QString& language);
    static QString current();
};

} // namespace wf::ui
