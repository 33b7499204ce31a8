#include <QPainter>
#include <QTest>

#include "scanner/BarcodeWriter.h"
#include "scanner/Gs1LabelGatherer.h"
#include "scanner/Gs1Parser.h"
#include "scanner/ImageDecoder.h"

using wf::scanner::BarcodeWriter;
using wf::scanner::Gs1LabelGatherer;
using wf::scanner::Gs1Message;
using wf::scanner::Gs1Parser;
using wf::scanner::ImageDecoder;
using State = wf::scanner::Gs1LabelGatherer::State;

Q_DECLARE_METATYPE(QList<State>)

namespace {

const QString kSscc = QStringLiteral("042601230000001018");
const QString kOtherSscc = QStringLiteral("042601230000001025");
const QString kMugs = QStringLiteral("04260123450038");
const QString kAprons = QStringLiteral("04260123450014");

Gs1Message parsed(const QString& text)
{
    auto message = Gs1Parser::parse(text, {}, Gs1Parser::Associations::Ignore);
    if (!message)
        qFatal("%s: %s", qPrintable(text), qPrintable(message.error().detail));
    return *message;
}

QString states(const QList<State>& list)
{
    QStringList names;
    for (State s : list)
        names << (s == State::Whole     ? QStringLiteral("whole")
                  : s == State::Partial ? QStringLiteral("partial")
                                        : QStringLiteral("conflict"));
    return names.join(QLatin1Char(' '));
}

/// A GS1-128 symbol as a label carries it, with a quiet zone, three pixels a module.
QImage printed(const QString& elementString)
{
    auto symbol = BarcodeWriter::gs1_128(elementString, 40);
    if (!symbol)
        qFatal("%s", qPrintable(symbol.error().detail));
    QImage page(symbol->width() * 3 + 80, 160, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.drawImage(QRect(40, 20, symbol->width() * 3, 120), *symbol);
    return page;
}

} // namespace

/// The barcodes of one GS1 logistic label, gathered scan by scan until the GS1 rules hold.
class TestGs1LabelGatherer : public QObject
{
    Q_OBJECT

private slots:
    void scansOfALabel_data();
    void scansOfALabel();
    void tooLongApartIsAnotherLabel();
    void aPalletLabelPrintedAsThreeSymbolsIsReadBackWhole();
    void anElementStringOutsideGs1sCharactersIsNotDrawn();
};

void TestGs1LabelGatherer::scansOfALabel_data()
{
    QTest::addColumn<QStringList>("scans");
    QTest::addColumn<QString>("expected"); // the state after each scan
    QTest::addColumn<QString>("hri");      // what the last label holds
    QTest::addColumn<QString>("problem");  // the last answer's problem, if any

    const QString lot = QStringLiteral("(10)L2611A(17)281231");
    const QString content = QStringLiteral("(02)%1(37)24").arg(kAprons);
    const QString sscc = QStringLiteral("(00)%1").arg(kSscc);
    QTest::addRow("an SSCC alone is a whole label")
        << QStringList{sscc} << "whole" << QStringLiteral("(00)%1").arg(kSscc) << "";
    QTest::addRow("lot, content, SSCC: one label, whole at the third")
        << QStringList{lot, content, sscc} << "partial partial whole"
        << QStringLiteral("(10)L2611A(17)281231(02)%1(37)24(00)%2").arg(kAprons, kSscc) << "";
    QTest::addRow("SSCC first, then content and lot: whole all along")
        << QStringList{sscc, content, lot} << "whole whole whole"
        << QStringLiteral("(00)%1(02)%2(37)24(10)L2611A(17)281231").arg(kSscc, kAprons) << "";
    QTest::addRow("lot alone waits for the rest, and says what")
        << QStringList{lot} << "partial"
        << "(10)L2611A(17)281231"
        << "scan the rest of the label: (10) needs one of (01), (02), (03), (8006), (8026) with it";
    QTest::addRow("content without its SSCC waits for it")
        << QStringList{content} << "partial" << QStringLiteral("(02)%1(37)24").arg(kAprons)
        << "scan the rest of the label: (37) needs one of (00) with it";
    QTest::addRow("the same barcode twice adds nothing")
        << QStringList{content, content, sscc} << "partial partial whole"
        << QStringLiteral("(02)%1(37)24(00)%2").arg(kAprons, kSscc) << "";
    QTest::addRow("a second GTIN before the label is whole: not one label")
        << QStringList{content, QStringLiteral("(02)%1(37)24").arg(kMugs)} << "partial conflict"
        << QStringLiteral("(02)%1(37)24").arg(kMugs)
        << QStringLiteral("not one label: this barcode says (02) %1, the label's other says %2; scan the label again")
               .arg(kMugs, kAprons);
    QTest::addRow("after a whole label, the next pallet's SSCC begins the next")
        << QStringList{sscc, QStringLiteral("(00)%1").arg(kOtherSscc)} << "whole whole"
        << QStringLiteral("(00)%1").arg(kOtherSscc) << "";
    QTest::addRow("a conflict drops both: the label is scanned again")
        << QStringList{content, QStringLiteral("(02)%1(37)24").arg(kMugs), sscc} << "partial conflict whole"
        << QStringLiteral("(00)%1").arg(kSscc) << "";
    QTest::addRow("a trade item's GTIN after a whole content label begins another label")
        << QStringList{content, sscc, QStringLiteral("(01)%1").arg(kMugs)} << "partial whole whole"
        << QStringLiteral("(01)%1").arg(kMugs) << "";
    QTest::addRow("a barcode that breaks the rules by itself is a conflict at once")
        << QStringList{QStringLiteral("(01)%1(37)5").arg(kMugs)} << "conflict"
        << QStringLiteral("(01)%1(37)5").arg(kMugs) << "(01) may not be combined with (37)";
}

void TestGs1LabelGatherer::scansOfALabel()
{
    QFETCH(QStringList, scans);
    QFETCH(QString, expected);
    QFETCH(QString, hri);
    QFETCH(QString, problem);
    Gs1LabelGatherer gatherer;
    QList<State> seen;
    Gs1LabelGatherer::Label last;
    qint64 at = 1000;
    for (const QString& scan : scans) {
        last = gatherer.add(parsed(scan), at);
        at += 800;
        seen << last.state;
    }
    QCOMPARE(states(seen), expected);
    QCOMPARE(last.message.hri(), hri);
    QCOMPARE(last.problem, problem);
    QCOMPARE(gatherer.waiting(), last.state == State::Partial);
}

void TestGs1LabelGatherer::tooLongApartIsAnotherLabel()
{
    // The lot's barcode, then the rest of a label half a minute later: the lot is not of it.
    Gs1LabelGatherer gatherer(10'000);
    QCOMPARE(gatherer.add(parsed(QStringLiteral("(10)L2611A(17)281231")), 0).state, State::Partial);
    QCOMPARE(gatherer.add(parsed(QStringLiteral("(02)%1(37)24").arg(kAprons)), 30'000).state, State::Partial);
    const auto label = gatherer.add(parsed(QStringLiteral("(00)%1").arg(kSscc)), 31'000);
    QCOMPARE(label.state, State::Whole);
    QVERIFY(!label.message.has(QStringLiteral("10")));
    gatherer.clear();
    QVERIFY(!gatherer.waiting());
}

void TestGs1LabelGatherer::aPalletLabelPrintedAsThreeSymbolsIsReadBackWhole()
{
    // A supplier's pallet label as this project's writer prints it: (02)+(37), (10)+(17) with a
    // GS after the variable-length lot, and the SSCC — each a GS1-128 symbol, decoded back from
    // its image as a camera scanner reads it, then gathered.
    const QString GS(QChar(0x1D));
    Gs1LabelGatherer gatherer;
    Gs1LabelGatherer::Label label;
    qint64 at = 0;
    const QStringList symbolsOfTheLabel = {QStringLiteral("02") + kAprons + QStringLiteral("3724"),
                                           QStringLiteral("10L2611A") + GS + QStringLiteral("17281231"),
                                           QStringLiteral("00%1").arg(kSscc)};
    for (const QString& elements : symbolsOfTheLabel) {
        const auto symbols = ImageDecoder::decode(printed(elements), {});
        QVERIFY2(symbols && symbols->size() == 1, qPrintable(elements));
        QCOMPARE(symbols->first().symbologyId, QStringLiteral("]C1"));
        auto message =
            Gs1Parser::parse(symbols->first().text, symbols->first().symbologyId, Gs1Parser::Associations::Ignore);
        QVERIFY2(message, qPrintable(message ? QString() : message.error().detail));
        label = gatherer.add(*message, at += 1500);
    }
    QCOMPARE(label.state, State::Whole);
    QCOMPARE(label.message.sscc(), kSscc);
    QCOMPARE(label.message.gtin(), kAprons);
    QCOMPARE(label.message.count(), 24);
    QCOMPARE(label.message.lot(), QStringLiteral("L2611A"));
    QCOMPARE(label.message.expiry(), QStringLiteral("281231"));
}

void TestGs1LabelGatherer::anElementStringOutsideGs1sCharactersIsNotDrawn()
{
    QVERIFY(!BarcodeWriter::gs1_128(QStringLiteral("10L2611\u00E4"), 40));
    QVERIFY(!BarcodeWriter::gs1_128(QStringLiteral("10L 2611"), 40));
    QVERIFY(BarcodeWriter::gs1_128(QStringLiteral("10L-26/11.A"), 40));
}

QTEST_MAIN(TestGs1LabelGatherer)
#include "TestGs1LabelGatherer.moc"
