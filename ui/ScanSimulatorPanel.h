#pragma once

#include <QWidget>

#include "ui/ScanTarget.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace wf::ui {

/// Demo only: lists barcodes that are useful on the current screen (and a few wrong ones) and
/// injects the chosen one as a scan, so a newcomer without a scanner can try every flow.
class ScanSimulatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScanSimulatorPanel(QWidget* parent = nullptr);

    /// The screen scans go to; its hints fill the list. nullptr: nothing to scan here.
    void setTarget(ScanTarget* target);
    int hintCount() const;
    /// Injects the hint in this row as a scan into the target.
    void injectRow(int row);

signals:
    void scanInjected(const wf::scanner::ScanEvent& scan);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ScanTarget* m_target = nullptr;
    QList<workflows::TrainingHint> m_hints;
    QLabel* m_title;
    QListWidget* m_list;
    QPushButton* m_scanButton;
};

} // namespace wf::ui
