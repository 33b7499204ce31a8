#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "scanner/ImageDecoder.h"

using wf::scanner::ImageDecoder;

namespace {

const QString kBarcodes = QStringLiteral(WF_SHARED_DATA_DIR "/barcodes");

struct ManifestRow
{
    QString folder;
    QString image;
    QString format;
    bool inZxing14 = true;
};

QList<ManifestRow> manifest()
{
    QList<ManifestRow> rows;
    QFile file(kBarcodes + QStringLiteral("/MANIFEST.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).split(QLatin1Char('\t'));
        if (f.size() >= 8)
            rows.append({f[0], f[1], f[2], f[7] == QLatin1String("same")});
    }
    return rows;
}

/// Failures upstream allows per folder at rotation 0 with default options (total − min_fast): the
/// larger of the copied commit's row and the v1.4.0 row, which states what ZXing 1.4 itself read.
QHash<QString, int> allowedFailures()
{
    QHash<QString, int> allowed;
    QFile file(kBarcodes + QStringLiteral("/THRESHOLDS.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return allowed;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (f.size() < 6 || f[0].startsWith(QLatin1Char('#')) || f[0] == QLatin1String("folder"))
            continue;
        if (!f[3].split(QLatin1Char('/')).contains(QLatin1String("0")))
            continue;
        allowed[f[0]] = std::max(allowed.value(f[0], 0), f[2].toInt() - f[4].toInt());
    }
    return allowed;
}

QByteArray expectedText(const QString& folder, const QString& image)
{
    QFile txt(kBarcodes + QLatin1Char('/') + folder + QLatin1Char('/') + QFileInfo(image).completeBaseName()
              + QStringLiteral(".txt"));
    return txt.open(QIODevice::ReadOnly) ? txt.readAll() : QByteArray();
}

bool isGtin(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d{8}|\\d{12,14})$"));
    return digits.match(text).hasMatch();
}

/// The same data: GTINs compared as GTIN-14 (UPC-A read as 12 or 13 digits), GS1 compared without
/// brackets and separators (ZXing 1.4 gives DataBar Expanded in bracketed form).
bool sameContent(const wf::scanner::DecodedSymbol& symbol, const QByteArray& expectedBytes)
{
    const QString expected = QString::fromUtf8(expectedBytes);
    if (isGtin(symbol.text) && isGtin(expected))
        return symbol.text.rightJustified(14, QLatin1Char('0')) == expected.rightJustified(14, QLatin1Char('0'));
    if (symbol.gs1 && symbol.text.startsWith(QLatin1Char('('))) {
        QString flat = symbol.text;
        QString flatExpected = expected;
        for (QString* s : {&flat, &flatExpected})
            s->remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QChar(0x1D));
        return flat == flatExpected;
    }
    return symbol.text == expected;
}

} // namespace

/// The image path against real photos and renderings (../shared/data/barcodes): each folder reads
/// at least what upstream ZXing-C++ reads with default options, and the false-positive folder
/// reports nothing.
class TestImageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderReachesUpstreamCount_data();
    void folderReachesUpstreamCount();
    void falsePositivesReportNothing();
    void imageThatAbortsReadBarcodesIsSafeHere();
    void gs1ContentGetsItsHri();
    void renderedEan13();
    void badImages();

private:
    QList<ManifestRow> m_rows;
};

void TestImageDecoder::initTestCase()
{
    if (!QDir(kBarcodes).exists())
        QSKIP("../shared/data/barcodes is absent in this checkout (a user's clone has no shared data)");
    m_rows = manifest();
    QVERIFY(m_rows.size() > 100);
}

void TestImageDecoder::folderReachesUpstreamCount_data()
{
    QTest::addColumn<QString>("folder");
    QSet<QString> folders;
    for (const auto& row : manifest())
        if (row.folder != QLatin1String("falsepositives-2"))
            folders.insert(row.folder);
    QStringList sorted = folders.values();
    sorted.sort();
    for (const QString& folder : sorted)
        QTest::addRow("%s", qPrintable(folder)) << folder;
}

void TestImageDecoder::folderReachesUpstreamCount()
{
    QFETCH(QString, folder);
    const int allowed = allowedFailures().value(folder, 0);
    int eligible = 0, passedEligible = 0, passedNewer = 0, newer = 0;
    QStringList misses;
    for (const auto& row : m_rows) {
        if (row.folder != folder)
            continue;
        ImageDecoder::Options options;
        options.formats = {row.format};
        const auto decoded =
            ImageDecoder::decodeFile(kBarcodes + QLatin1Char('/') + folder + QLatin1Char('/') + row.image, options);
        QVERIFY2(decoded, qPrintable(row.image));
        const QByteArray expected = expectedText(folder, row.image);
        const bool ok = !decoded->isEmpty() && !expected.isEmpty() && sameContent(decoded->first(), expected);
        if (row.inZxing14) {
            ++eligible;
            passedEligible += ok ? 1 : 0;
        } else {
            ++newer;
            passedNewer += ok ? 1 : 0;
        }
        if (!ok)
            misses << row.image;
    }
    const int required = std::max(0, eligible - allowed);
    qInfo("%s: %d/%d read (%d required; %d/%d images newer than ZXing 1.4 read); missed: %s",
          qPrintable(folder),
          passedEligible,
          eligible,
          required,
          passedNewer,
          newer,
          qPrintable(misses.join(QStringLiteral(", "))));
    QVERIFY(passedEligible >= required);
}

void TestImageDecoder::falsePositivesReportNothing()
{
    int images = 0;
    for (const auto& row : m_rows) {
        if (row.folder != QLatin1String("falsepositives-2"))
            continue;
        for (bool tryHarder : {false, true}) {
            const auto decoded = ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/falsepositives-2/") + row.image,
                                                          {tryHarder, {}, false});
            QVERIFY(decoded);
            if (!decoded->isEmpty())
                QFAIL(qPrintable(row.image + QStringLiteral(": false positive ") + decoded->first().text));
        }
        ++images;
    }
    QCOMPARE(images, 8);
}

void TestImageDecoder::imageThatAbortsReadBarcodesIsSafeHere()
{
    // Debian's ZXing 1.4 aborts in ReadBarcodes() on this image (Assertion `lineCount() == 1').
    // The station's decoder reads single symbols; if that changes, this test process dies.
    const auto decoded = ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/code128-1/4.png"), {true, {}, false});
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, QStringLiteral("123456"));
}

void TestImageDecoder::gs1ContentGetsItsHri()
{
    const auto decoded = ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/rssexpanded-1/1.png"), {});
    QVERIFY(decoded && !decoded->isEmpty());
    QVERIFY(decoded->first().gs1);
    QCOMPARE(decoded->first().symbologyId, QStringLiteral("]e0"));
    QCOMPARE(decoded->first().hri, QStringLiteral("(11)100224(17)110224(3102)000100"));
    // This sample carries (422) 123, which is no ISO 3166 country: read, but not valid GS1.
    const auto invalid = ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/rssexpanded-1/10.png"), {});
    QVERIFY(invalid && !invalid->isEmpty());
    QVERIFY(invalid->first().hri.isEmpty());
    QVERIFY(invalid->first().gs1Error.contains(QStringLiteral("AI (422)")));
}

void TestImageDecoder::renderedEan13()
{
    const auto decoded = ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/ean13-1/10.png"), {});
    QVERIFY(decoded && !decoded->isEmpty());
    QCOMPARE(decoded->first().format, QStringLiteral("EAN-13"));
    QCOMPARE(decoded->first().text, QStringLiteral("8480010001136"));
    QCOMPARE(decoded->first().symbologyId, QStringLiteral("]E0"));
}

void TestImageDecoder::badImages()
{
    QVERIFY(!ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/no-such.png"), {}));
    QVERIFY(!ImageDecoder::decodeFile(kBarcodes + QStringLiteral("/MANIFEST.tsv"), {}));
    QVERIFY(!ImageDecoder::decode(QImage(), {}));
    QVERIFY(
        !ImageDecoder::decode(QImage(10, 10, QImage::Format_RGB32), {false, {QStringLiteral("NoSuchFormat")}, false}));
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const auto none = ImageDecoder::decode(blank, {true, {}, false});
    QVERIFY(none && none->isEmpty());
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "TestImageDecoder.moc"
