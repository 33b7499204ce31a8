#pragma once

#include <QList>
#include <QObject>

class QTableWidget;

namespace wf::ui {

/// Keeps a table's columns within its width, so it never scrolls sideways: every column gets what
/// its content and header need while that fits; when it does not, the `wrapping` columns (text
/// that may wrap: names, details, dates) give way first, down to `minWrap` px each, sharing what
/// is left in proportion to their text; only then the others shrink. Rows grow to fit the
/// wrapped text. Refitted when the table is resized or its rows or headers change, but only
/// while it is on screen: a hidden table (the Scanners screen's log during a shift) is fitted
/// when it shows.
class TableFit : public QObject
{
public:
    static void apply(QTableWidget* table, QList<int> wrapping, int minWrap = 90);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TableFit(QTableWidget* table, QList<int> wrapping, int minWrap);
    void schedule();
    void fit();

    QTableWidget* m_table;
    QList<int> m_wrapping;
    int m_minWrap;
    bool m_scheduled = false;
};

} // namespace wf::ui
