#pragma once

#include <initializer_list>

#include <QColor>
#include <QString>

class QLineEdit;
class QPushButton;
class QTableWidget;

#include "workflows/Verdict.h"

namespace wf::ui {

/// The look of a floor station: large type, high contrast, big touch targets.
class Theme
{
public:
    static QString styleSheet();
    static QColor verdictColour(workflows::Verdict::Kind kind);
    /// Keys and entries of a screen's side column (pack, returns): smaller than the theme's
    /// full-width ones, so that the column fits beside the package on a 1024 px screen.
    static void compactKeys(std::initializer_list<QPushButton*> keys);
    static void compactEntries(std::initializer_list<QLineEdit*> entries);
    /// Rows as high as their text (the hidden row header would size them to its 14 pt label).
    static void rowsFitText(QTableWidget* table);
};

} // namespace wf::ui
