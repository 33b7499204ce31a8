#pragma once

#include <QWidget>

class QLabel;

namespace wf::ui {

/// A mode that a later release fills. Says so plainly; Esc goes back.
class PlaceholderScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Pick,
        Pack,
        Returns,
        Sync,
        Supervisor,
    };

    PlaceholderScreen(Mode mode, QWidget* parent = nullptr);

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Mode m_mode;
    QLabel* m_title;
    QLabel* m_body;
};

} // namespace wf::ui
