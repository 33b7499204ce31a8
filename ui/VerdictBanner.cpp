#include "ui/VerdictBanner.h"

#include "ui/FittedText.h"
#include "ui/Theme.h"

namespace wf::ui {

VerdictBanner::VerdictBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("verdictBannerLabel"));
    setWordWrap(true);
    setMinimumHeight(56);
    // The banner never sets the window's width: long text wraps (fittedText), the window stays.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMargin(10);
    clearVerdict();
}

void VerdictBanner::show(const workflows::Verdict& verdict)
{
    m_code = verdict.code;
    ++m_shown;
    setText(fittedText(verdict.message));
    update(); // drawn again even when worded as the verdict before: a new scan, a new verdict
    setToolTip(verdict.message);
    setStyleSheet(QStringLiteral("background: %1; color: #ffffff; font-size: 20pt; font-weight: bold;")
                      .arg(Theme::verdictColour(verdict.kind).name()));
    emit verdictShown(verdict.kind);
}

void VerdictBanner::clearVerdict()
{
    m_code.clear();
    setText(QString());
    setToolTip(QString());
    setStyleSheet(QStringLiteral("background: #f2f2f2;"));
}

} // namespace wf::ui
