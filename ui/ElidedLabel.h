#pragma once

#include <QLabel>
#include <QPainter>

namespace wf::ui {

/// A one-line label that, when narrower than its text, ends it with "…" instead of cutting it
/// mid-letter (the status bar at 1024 px). The whole text belongs in the tooltip.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
        painter.drawText(area,
                         int(alignment()) | Qt::TextSingleLine,
                         fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};

} // namespace wf::ui
