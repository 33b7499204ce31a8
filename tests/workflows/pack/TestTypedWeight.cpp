#include <QTest>

#include "workflows/pack/TypedWeight.h"

using wf::workflows::TypedWeight;
using wf::workflows::WeightUnit;

/// Weights as packers type them. Before, "1.88" was read as 1.88 g — rounded to 2 g — and raised a
/// false weight_mismatch exception.
class TestTypedWeight : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void refused_data();
    void refused();
};

void TestTypedWeight::read_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("grams");
    QTest::addRow("bare, in kg") << "1.88" << int(WeightUnit::Kilogram) << 1880;
    QTest::addRow("bare, decimal comma") << "1,88" << int(WeightUnit::Kilogram) << 1880;
    QTest::addRow("bare whole kg") << "2" << int(WeightUnit::Kilogram) << 2000;
    QTest::addRow("bare, in g") << "1880" << int(WeightUnit::Gram) << 1880;
    QTest::addRow("bare, in lb") << "4.1" << int(WeightUnit::Pound) << 1860;
    QTest::addRow("grams given") << "1880 g" << int(WeightUnit::Kilogram) << 1880;
    QTest::addRow("kg given, no space") << "1.88kg" << int(WeightUnit::Gram) << 1880;
    QTest::addRow("KG in capitals") << " 0.5 KG " << int(WeightUnit::Gram) << 500;
    QTest::addRow("pounds") << "2.5 lb" << int(WeightUnit::Kilogram) << 1134;
    QTest::addRow("lbs") << "2.5 lbs" << int(WeightUnit::Kilogram) << 1134;
    QTest::addRow("ounces") << "66 oz" << int(WeightUnit::Kilogram) << 1871;
    QTest::addRow("the heaviest parcel") << "70" << int(WeightUnit::Kilogram) << 70000;
}

void TestTypedWeight::read()
{
    QFETCH(QString, typed);
    QFETCH(int, unit);
    QFETCH(int, grams);
    const auto read = TypedWeight::grams(typed, static_cast<WeightUnit>(unit));
    QVERIFY2(read, read ? "" : qPrintable(read.error()));
    QCOMPARE(*read, grams);
}

void TestTypedWeight::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("empty") << "";
    QTest::addRow("a word") << "heavy";
    QTest::addRow("negative") << "-5";
    QTest::addRow("zero") << "0";
    QTest::addRow("two separators") << "1.234,5";
    QTest::addRow("four decimals") << "1.8800";
    QTest::addRow("another unit") << "3 st";
    QTest::addRow("more than a parcel weighs") << "71";
    QTest::addRow("rounds to nothing") << "0.1 g";
    QTest::addRow("a scale's raw line") << "ST,GS,+ 1.234kg";
}

void TestTypedWeight::refused()
{
    QFETCH(QString, typed);
    const auto read = TypedWeight::grams(typed, WeightUnit::Kilogram);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("1880 g, 1.88 kg, 4.1 lb or 66 oz")), qPrintable(read.error()));
}

QTEST_APPLESS_MAIN(TestTypedWeight)
#include "TestTypedWeight.moc"
