#include <QApplication>
#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

#include "ui/TableFit.h"

/// A table is fitted to its width while it is on screen, and only then: a hidden table that
/// keeps growing (the Scanners screen's log during a shift) costs nothing per row and is fitted
/// when it shows.
class TestTableFit : public QObject
{
    Q_OBJECT

private slots:
    void aShownTableFitsItsWidth()
    {
        QTableWidget table(0, 3);
        table.resize(600, 300);
        wf::ui::TableFit::apply(&table, {2});
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        addRow(table, QStringLiteral("a long detail that takes room"));
        QTRY_VERIFY(sum(table) > 0 && sum(table) <= table.viewport()->width());
        QTRY_COMPARE(sum(table), table.viewport()->width()); // the spare width goes to the wrapping column
    }

    void aHiddenTableIsFittedWhenItShows()
    {
        QTableWidget table(0, 3);
        table.resize(600, 300);
        wf::ui::TableFit::apply(&table, {2});
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_COMPARE(sum(table), table.viewport()->width());
        table.hide();
        const QList<int> before = widths(table);
        for (int i = 0; i < 50; ++i)
            addRow(table, QStringLiteral("row %1 with a much longer first cell than before").arg(i));
        QTest::qWait(50); // turns of the event loop: nothing is fitted while hidden
        QCOMPARE(widths(table), before);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_VERIFY(widths(table) != before); // fitted to the new rows on showing
        QTRY_COMPARE(sum(table), table.viewport()->width());
        // Rows fit their wrapped text on screen; hidden, nobody measures them.
        QCOMPARE(table.verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
        table.hide();
        QCOMPARE(table.verticalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    }

private:
    static void addRow(QTableWidget& table, const QString& detail)
    {
        const int row = table.rowCount();
        table.insertRow(row);
        table.setItem(row, 0, new QTableWidgetItem(detail.left(40)));
        table.setItem(row, 1, new QTableWidgetItem(QStringLiteral("12")));
        table.setItem(row, 2, new QTableWidgetItem(detail));
    }
    static QList<int> widths(const QTableWidget& table)
    {
        QList<int> out;
        for (int c = 0; c < table.columnCount(); ++c)
            out << table.columnWidth(c);
        return out;
    }
    static int sum(const QTableWidget& table)
    {
        int total = 0;
        for (int w : widths(table))
            total += w;
        return total;
    }
};

QTEST_MAIN(TestTableFit)
#include "TestTableFit.moc"
