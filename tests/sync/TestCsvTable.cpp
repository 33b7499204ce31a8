#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "sync/CsvTable.h"

using wf::sync::CsvRow;
using wf::sync::CsvTable;

/// The strict CSV reader of the seller imports, on bytes as real exports hold them.
class TestCsvTable : public QObject
{
    Q_OBJECT

private slots:
    void quoteInsideAnUnquotedFieldIsACharacter();
    void quotedFieldsHoldCommasQuotesAndLineBreaks();
    void unterminatedQuoteRefusesTheFileWithItsLine();
    void rowProblemsNameTheirColumn_data();
    void rowProblemsNameTheirColumn();
    void fileLevelRefusals_data();
    void fileLevelRefusals();
    void utf8ByteOrderMarkIsSkipped();
    void aMillionRowsIsLinear();

private:
    QTemporaryDir m_dir;
    QString write(const QByteArray& bytes);
};

QString TestCsvTable::write(const QByteArray& bytes)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("file-%1.csv").arg(++n));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

void TestCsvTable::quoteInsideAnUnquotedFieldIsACharacter()
{
    // Before: the quote opened a field that swallowed the next four rows.
    auto rows = CsvTable::parse("SKU,Title\nLS-15,15\" laptop sleeve\nA,B\nC,D\nE,F\nG,H\n");
    QVERIFY(rows);
    QCOMPARE(rows->size(), 6);
    QCOMPARE(rows->at(1).fields, (QStringList{QStringLiteral("LS-15"), QStringLiteral("15\" laptop sleeve")}));
    QVERIFY(rows->at(1).problem.isEmpty());
    QCOMPARE(rows->at(5).fields, (QStringList{QStringLiteral("G"), QStringLiteral("H")}));
    QCOMPARE(rows->at(5).line, 6);
}

void TestCsvTable::quotedFieldsHoldCommasQuotesAndLineBreaks()
{
    auto rows = CsvTable::parse("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\nlast,\"\"\r\n");
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3); // the blank line is no row
    QCOMPARE(rows->at(1).fields, (QStringList{QStringLiteral("x, \"y\""), QStringLiteral("two\nlines")}));
    QCOMPARE(rows->at(1).line, 2);
    QCOMPARE(rows->at(2).line, 5);
    QCOMPARE(rows->at(2).fields, (QStringList{QStringLiteral("last"), QStringLiteral("")}));
}

void TestCsvTable::unterminatedQuoteRefusesTheFileWithItsLine()
{
    auto rows = CsvTable::parse("a,b\nok,row\nthird,\"never closed\nfourth,row\n");
    QVERIFY(!rows);
    QVERIFY2(rows.error().detail.startsWith(QStringLiteral("line 3, column 2: a quoted field is never closed")),
             qPrintable(rows.error().detail));
}

void TestCsvTable::rowProblemsNameTheirColumn_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("problem");
    QTest::addRow("invalid UTF-8") << QByteArray("A-1,Caf\xE9 au lait,3") << 2 << QStringLiteral("not valid UTF-8");
    QTest::addRow("overlong UTF-8") << QByteArray("A-1,x,\xC0\xAF") << 3 << QStringLiteral("not valid UTF-8");
    QTest::addRow("NUL byte") << QByteArray("A-1,Mu\0g,3", 10) << 2 << QStringLiteral("NUL byte");
    QTest::addRow("text after a closing quote")
        << QByteArray("\"A-1\"x,Mug,3") << 1 << QStringLiteral("after the closing quote");
}

void TestCsvTable::rowProblemsNameTheirColumn()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QFETCH(QString, problem);
    auto rows = CsvTable::parse("SKU,Title,Qty\n" + row + "\nB-2,Plate,1\n");
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3);
    QVERIFY2(rows->at(1).problem.contains(problem), qPrintable(rows->at(1).problem));
    QCOMPARE(rows->at(1).problemColumn, column);
    QCOMPARE(rows->at(1).line, 2);
    QVERIFY(rows->at(2).problem.isEmpty()); // the next row is untouched
    QCOMPARE(rows->at(2).fields.first(), QStringLiteral("B-2"));
}

void TestCsvTable::fileLevelRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addRow("UTF-16 LE with its mark")
        << QByteArray("\xFF\xFES\0K\0U\0\n\0", 10) << QStringLiteral("UTF-16 (little-endian, with a byte-order mark)");
    QTest::addRow("UTF-16 BE with its mark")
        << QByteArray("\xFE\xFF\0S\0K\0U\0\n", 10) << QStringLiteral("UTF-16 (big-endian, with a byte-order mark)");
    QTest::addRow("UTF-16 LE without a mark")
        << QByteArray("S\0K\0U\0,\0", 8) << QStringLiteral("UTF-16 (little-endian)");
    QTest::addRow("a header naming a column twice")
        << QByteArray("Variant SKU,Title,variant sku\nA,B,C\n")
        << QStringLiteral("line 1: the header names 'variant sku' twice (columns 1 and 3)");
    QTest::addRow("empty") << QByteArray("\n\n") << QStringLiteral("the file is empty");
    QTest::addRow("invalid UTF-8 in the header")
        << QByteArray("SKU,T\xEDtle\n") << QStringLiteral("column 2 of the header");
}

void TestCsvTable::fileLevelRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = write(bytes);
    auto rows = CsvTable::read(path);
    QVERIFY(!rows);
    QVERIFY2(rows.error().detail.contains(error), qPrintable(rows.error().detail));
    QCOMPARE(rows.error().context, path); // every refusal names the file
}

void TestCsvTable::utf8ByteOrderMarkIsSkipped()
{
    auto rows = CsvTable::read(write("\xEF\xBB\xBFSKU,Title\nA,\xC3\xA9t\xC3\xA9\n"));
    QVERIFY(rows);
    QCOMPARE(rows->first().fields.first(), QStringLiteral("SKU"));
    QCOMPARE(rows->at(1).fields.at(1), QStringLiteral("été"));
}

void TestCsvTable::aMillionRowsIsLinear()
{
    // A quote in every row and a never-closed one at the very end: one pass, one error.
    QByteArray bytes = "SKU,Title\n";
    for (int i = 0; i < 1'000'000; ++i)
        bytes += "S-" + QByteArray::number(i) + ",12\" sleeve\n";
    auto rows = CsvTable::parse(bytes);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1'000'001);
    bytes += "last,\"open\n";
    auto refused = CsvTable::parse(bytes);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.startsWith(QStringLiteral("line 1000002, column 2")));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "TestCsvTable.moc"
