#pragma once

#include <QWidget>

#include "sync/SyncStatus.h"

class QLabel;
class QPushButton;

namespace wf::ui {

/// The link to the master (key 5): queue depth, the oldest pending movement's age, last success,
/// last error, the next try; "Sync now" (F5) asks the sync worker for a round at once.
class SyncScreen : public QWidget
{
    Q_OBJECT
public:
    explicit SyncScreen(QWidget* parent = nullptr);

    void setStatus(const sync::SyncStatus& status);
    /// One line for the status bar.
    static QString summary(const sync::SyncStatus& status);

signals:
    void syncNowRequested();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    sync::SyncStatus m_status;
    QLabel* m_title;
    QLabel* m_link;
    QLabel* m_queue;
    QLabel* m_events; ///< packages', orders', returns' progress, exceptions, counts for the master
    QLabel* m_oldest;
    QLabel* m_lastSuccess;
    QLabel* m_lastError;
    QLabel* m_setup;  ///< what the warehouse lacks for the floor, with the command that mends each
    QLabel* m_answer; ///< what F5 did
    QPushButton* m_syncNow;
};

} // namespace wf::ui
