#pragma once

#include <QColor>
#include <QString>

#include "workflows/Verdict.h"

namespace wf::ui {

/// The look of a floor station: large type, high contrast, big touch targets.
class Theme
{
public:
    static QString styleSheet();
    static QColor verdictColour(workflows::Verdict::Kind kind);
};

} // namespace wf::ui
