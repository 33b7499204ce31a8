#pragma once

#include <QWidget>

#include "ui/FloorMode.h"

class QLabel;

namespace wf::ui {

/// A mode that a later release fills. Says so plainly; Esc goes back.
class PlaceholderScreen : public QWidget
{
    Q_OBJECT
public:
    PlaceholderScreen(FloorMode mode, QWidget* parent = nullptr);

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FloorMode m_mode;
    QLabel* m_title;
    QLabel* m_body;
};

} // namespace wf::ui
