#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "scanner/Gs1Dictionary.h"
#include "scanner/Gs1Linters.h"
#include "scanner/Gs1Parser.h"

using wf::scanner::Gs1Dictionary;
using wf::scanner::Gs1Linters;
using wf::scanner::Gs1Parser;

namespace {
const QString GS = QString(QChar(0x1D));
QString L(const char* text)
{
    return QString::fromLatin1(text);
}
} // namespace

/// GS1 parsing: every input form, every kind of validation, and a seeded fuzz run.
class TestGs1Parser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void conveniences();
    void slidingWindowYears();
    void unescape();
    void tableHasEveryDictionaryEntry();
    void fuzzNeverCrashesOrHangs();
};

void TestGs1Parser::valid_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("hri");
    QTest::addColumn<bool>("gs1");
    QTest::addRow("GS1-128 with FNC1 separators") << L("]C1010950600013435217261231") + L("10ABC123") + GS + L("21XYZ")
                                                  << "(01)09506000134352(17)261231(10)ABC123(21)XYZ" << true;
    QTest::addRow("GS1 DataMatrix") << "]d2010950600013435210LOT7"
                                    << "(01)09506000134352(10)LOT7" << true;
    QTest::addRow("GS1 QR") << "]Q3010950600013435221S1"
                            << "(01)09506000134352(21)S1" << true;
    QTest::addRow("GS1 DataBar") << "]e00109506000134352"
                                 << "(01)09506000134352" << true;
    QTest::addRow("GS1 DotCode") << "]J10109506000134352"
                                 << "(01)09506000134352" << true;
    QTest::addRow("leading FNC1 as GS") << GS + L("0109506000134352") << "(01)09506000134352" << true;
    QTest::addRow("no symbology id, GS inside")
        << L("010950600013435210A") + GS + L("21B") << "(01)09506000134352(10)A(21)B" << true;
    QTest::addRow("bracketed") << "(01)09506000134352(17)261231(10)ABC"
                               << "(01)09506000134352(17)261231(10)ABC" << true;
    QTest::addRow("bracket inside a lot") << "(01)09506000134352(10)AB(C"
                                          << "(01)09506000134352(10)AB(C" << true;
    QTest::addRow("expiry with day 00") << "(01)09506000134352(17)261200"
                                        << "(01)09506000134352(17)261200" << true;
    QTest::addRow("29 February of a leap year") << "(01)09506000134352(17)280229"
                                                << "(01)09506000134352(17)280229" << true;
    QTest::addRow("SSCC") << "]C100340123450000000017"
                          << "(00)340123450000000017" << true;
    QTest::addRow("pallet: content and count") << "(00)340123450000000017(02)09506000134352(37)12"
                                               << "(00)340123450000000017(02)09506000134352(37)12" << true;
    QTest::addRow("net weight kg, 3 decimals") << "(01)09506000134352(3103)001250"
                                               << "(01)09506000134352(3103)001250" << true;
    QTest::addRow("price with ISO 4217 currency") << "(01)09506000134352(30)1(3932)978995"
                                                  << "(01)09506000134352(30)1(3932)978995" << true;
    QTest::addRow("ship-to country ISO 3166") << "(00)340123450000000017(4307)DE"
                                              << "(00)340123450000000017(4307)DE" << true;
    QTest::addRow("ITIP piece of total") << "(8006)095060001343520102(21)X"
                                         << "(8006)095060001343520102(21)X" << true;
    QTest::addRow("GMN with check characters") << "(8013)1987654Ad4X4bL5ttr2310c2K"
                                               << "(8013)1987654Ad4X4bL5ttr2310c2K" << true;
    QTest::addRow("Digital Link") << "https://id.gs1.org/01/09506000134352/10/ABC/21/123?17=261231"
                                  << "(01)09506000134352(10)ABC(21)123(17)261231" << true;
    QTest::addRow("Digital Link with a path prefix and GTIN-13")
        << "https://brand.example.com/products/01/9506000134352?linkType=gs1:pip"
        << "(01)09506000134352" << true;
    QTest::addRow("Digital Link percent-encoded serial") << "https://id.gs1.org/01/09506000134352/21/A%2FB"
                                                         << "(01)09506000134352(21)A/B" << true;
    QTest::addRow("EAN-13") << "4000000000129"
                            << "(01)04000000000129" << false;
    QTest::addRow("UPC-A") << "036000291452"
                           << "(01)00036000291452" << false;
    QTest::addRow("EAN-8") << "96385074"
                           << "(01)00000096385074" << false;
    QTest::addRow("EAN-13 behind ]E0") << "]E04000000000129"
                                       << "(01)04000000000129" << false;
}

void TestGs1Parser::valid()
{
    QFETCH(QString, scan);
    QFETCH(QString, hri);
    QFETCH(bool, gs1);
    const auto parsed = Gs1Parser::parse(scan);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail));
    QCOMPARE(parsed->hri(), hri);
    QCOMPARE(parsed->isGs1, gs1);
    QVERIFY(Gs1Parser::looksLikeGs1(scan));
}

void TestGs1Parser::invalid_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("error");
    QTest::addRow("month 13") << "(01)09506000134352(17)261331"
                              << "AI (17): month 13 is not a month";
    // Length first: a 120 KB "scan" was GS1-parsed for 4.35 s before it was refused.
    QTest::addRow("120 KB, refused before parsing")
        << QString(QStringLiteral("(01)09506000134352") + QStringLiteral("(10)ABC").repeated(17000))
        << "119018 characters are more than any barcode holds (4096)";
    QTest::addRow("a run of ( without )")
        << QString(QStringLiteral("(01)09506000134352") + QString(4000, QLatin1Char('(')))
        << "AI (01): 4014 characters are too many, at most 14";
    QTest::addRow("30 February") << "(01)09506000134352(17)260230"
                                 << "AI (17): day 30 is not a day of month 2";
    QTest::addRow("29 February of a common year") << "(01)09506000134352(17)270229"
                                                  << "AI (17): day 29";
    QTest::addRow("day 00 where GS1 does not allow it") << "(01)09506000134352(7007)260100"
                                                        << "AI (7007): day 0";
    QTest::addRow("GTIN check digit") << "(01)09506000134350"
                                      << "AI (01): check digit 0 is wrong, it should be 2";
    QTest::addRow("SSCC check digit") << "]C100340123450000000018"
                                      << "AI (00): check digit 8 is wrong";
    QTest::addRow("GTIN too short") << "(01)0950600013435"
                                    << "AI (01): 13 characters are too few";
    QTest::addRow("lot too long") << L("(01)09506000134352(10)") + QString(21, QLatin1Char('A'))
                                  << "AI (10): 21 characters are too many, at most 20";
    QTest::addRow("letter in a numeric AI") << "(01)0950600013435X"
                                            << "AI (01): 'X' is not a digit";
    QTest::addRow("character outside CSET 82") << "(01)09506000134352(10)AB#C"
                                               << "AI (10): character '#' is not allowed here";
    QTest::addRow("lot without a GTIN") << "(10)ABC"
                                        << "AI (10): needs one of (01), (02), (03), (8006), (8026)";
    QTest::addRow("GTIN with count") << "(01)09506000134352(37)5"
                                     << "AI (01): may not be combined with (37)";
    QTest::addRow("count without the logistic unit") << "(02)09506000134352(37)5"
                                                     << "AI (37): needs one of (00)";
    QTest::addRow("two net weights") << "(01)09506000134352(3103)001250(3102)001250"
                                     << "AI (3103): may not be combined with (3102)";
    QTest::addRow("IMEI without serial") << "(01)09506000134352(8040)490154203237518"
                                         << "AI (8040): needs one of (01)+(21)";
    QTest::addRow("unknown AI in an element string") << "]C1230950600013435"
                                                     << "no GS1 Application Identifier";
    QTest::addRow("unknown AI in brackets") << "(23)123"
                                            << "a bracketed GS1 string starts with (AI)";
    QTest::addRow("same AI, two values") << L("]C110A") + GS + L("10B") + GS + L("0109506000134352")
                                         << "AI (10): appears twice with different values";
    QTest::addRow("empty value") << L("]C1010950600013435210") + GS + L("21X") << "AI (10): no data";
    QTest::addRow("unknown country") << "(00)340123450000000017(4307)XX"
                                     << "AI (4307): XX is not an ISO 3166";
    QTest::addRow("unknown currency") << "(01)09506000134352(30)1(3932)999995"
                                      << "AI (3932): 999";
    QTest::addRow("piece beyond total") << "(8006)095060001343520302(21)X"
                                        << "AI (8006): piece 3 of 2";
    QTest::addRow("GMN check characters") << "(8013)1987654Ad4X4bL5ttr2310c2L"
                                          << "AI (8013): check characters";
    QTest::addRow("Digital Link without key") << "https://example.com/products/123"
                                              << "no GS1 Digital Link primary key";
    QTest::addRow("Digital Link qualifiers out of order") << "https://id.gs1.org/01/09506000134352/21/1/10/A"
                                                          << "not allowed in this order";
    QTest::addRow("Digital Link bad attribute") << "https://id.gs1.org/01/09506000134352?21=5"
                                                << "AI (21): may not be a Digital Link attribute";
    QTest::addRow("EAN-13 check digit") << "4000000000128"
                                        << "GTIN 4000000000128 has a wrong check digit";
    QTest::addRow("words") << "hello"
                           << "not GS1 data";
}

void TestGs1Parser::invalid()
{
    QFETCH(QString, scan);
    QFETCH(QString, error);
    const auto parsed = Gs1Parser::parse(scan);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->hri() : QString()));
    QCOMPARE(parsed.error().code, wf::Error::Code::InvalidInput);
    QVERIFY2(parsed.error().detail.contains(error), qPrintable(parsed.error().detail));
}

void TestGs1Parser::conveniences()
{
    const auto m = Gs1Parser::parse(QStringLiteral("(01)09506000134352(17)261231(10)L1(21)S9"));
    QVERIFY(m);
    QCOMPARE(m->gtin(), QStringLiteral("09506000134352"));
    QCOMPARE(m->lot(), QStringLiteral("L1"));
    QCOMPARE(m->expiry(), QStringLiteral("261231"));
    QCOMPARE(m->serial(), QStringLiteral("S9"));
    QCOMPARE(m->elements[1].title, QStringLiteral("USE BY or EXPIRY"));
    const auto c = Gs1Parser::parse(QStringLiteral("(00)340123450000000017(02)09506000134352(37)24"));
    QVERIFY(c);
    QCOMPARE(c->gtin(), QStringLiteral("09506000134352"));
    QCOMPARE(c->count(), 24);
    QCOMPARE(Gs1Parser::parse(QStringLiteral("]C100340123450000000017"))->sscc(), QStringLiteral("340123450000000017"));
}

void TestGs1Parser::slidingWindowYears()
{
    QCOMPARE(Gs1Linters::fullYear(26, 2026), 2026);
    QCOMPARE(Gs1Linters::fullYear(76, 2026), 2076);
    QCOMPARE(Gs1Linters::fullYear(77, 2026), 1977);
    QCOMPARE(Gs1Linters::fullYear(2, 2098), 2102);
}

void TestGs1Parser::unescape()
{
    QCOMPARE(Gs1Parser::unescape(QStringLiteral("]C110A\\x1D21B\\t\\r\\n\\\\")),
             QStringLiteral("]C110A") + GS + QStringLiteral("21B\t\r\n\\"));
    QCOMPARE(Gs1Parser::unescape(QStringLiteral("\\xZZ")), QStringLiteral("\\xZZ"));
}

void TestGs1Parser::tableHasEveryDictionaryEntry()
{
    QFile dictionary(QStringLiteral(WF_SHARED_DATA_DIR "/gs1/gs1-syntax-dictionary.txt"));
    if (!dictionary.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("the GS1 syntax dictionary (../shared/data/gs1) is absent in this checkout; the embedded table is "
              "still used by the other tests");
    int entries = 0;
    while (!dictionary.atEnd()) {
        const QString line = QString::fromUtf8(dictionary.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString ais = line.section(QLatin1Char(' '), 0, 0);
        for (const QString& ai : {ais.section(QLatin1Char('-'), 0, 0), ais.section(QLatin1Char('-'), -1)})
            QVERIFY2(Gs1Dictionary::instance().find(ai), qPrintable(ai));
        ++entries;
    }
    QCOMPARE(Gs1Dictionary::instance().size(), entries);
    QVERIFY(entries > 200);
}

void TestGs1Parser::fuzzNeverCrashesOrHangs()
{
    // 100,000 seeded random strings: raw bytes, and GS1-shaped ones built from real AIs.
    QRandomGenerator rng(20261127);
    const QStringList prefixes = {QStringLiteral("]C1"),
                                  QStringLiteral("]d2"),
                                  QStringLiteral("("),
                                  QStringLiteral("https://id.gs1.org/01/"),
                                  QString(),
                                  GS};
    const QString alphabet = QStringLiteral("0123456789()/%?=&ABCXYZabc#") + GS;
    QElapsedTimer timer;
    timer.start();
    int parsed = 0;
    for (int i = 0; i < 100000; ++i) {
        QString text = prefixes[rng.bounded(int(prefixes.size()))];
        const int length = int(rng.bounded(60));
        for (int j = 0; j < length; ++j)
            text += i % 3 == 0 ? QChar(char16_t(rng.bounded(0x20, 0x7F))) : alphabet[rng.bounded(int(alphabet.size()))];
        const auto result = Gs1Parser::parse(text);
        if (result) {
            ++parsed;
            QVERIFY(!result->elements.isEmpty());
        } else {
            QVERIFY(!result.error().detail.isEmpty());
        }
    }
    qInfo("fuzz: 100000 inputs, %d valid, %lld ms", parsed, timer.elapsed());
    QVERIFY2(timer.elapsed() < 60000, "parsing must stay linear: no hang");
}

QTEST_GUILESS_MAIN(TestGs1Parser)
#include "TestGs1Parser.moc"
