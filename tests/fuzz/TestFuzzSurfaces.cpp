#include <chrono>

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "scanner/Gs1Dictionary.h"
#include "scanner/Gs1Parser.h"
#include "scanner/KeyboardWedge.h"
#include "scanner/ScanFrameAssembler.h"
#include "scanner/ScanPayloadCheck.h"
#include "support/TestCache.h"
#include "sync/CsvTable.h"
#include "workflows/station/ScriptedStation.h"

using namespace std::chrono_literals;
using wf::scanner::Gs1Parser;

namespace {

/// How many inputs per surface (WF_FUZZ_INPUTS, default 1,000,000) and the seed every generator
/// starts from (WF_FUZZ_SEED, default a fixed one). A failure prints both: rerun with them to see
/// the same inputs again.
int inputs()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("WF_FUZZ_INPUTS", &ok);
    return ok && n > 0 ? n : 1'000'000;
}

quint64 seed()
{
    bool ok = false;
    const quint64 s = qEnvironmentVariable("WF_FUZZ_SEED").toULongLong(&ok);
    return ok ? s : 20261202;
}

/// The slowest single input and the total, per surface: a parser that is not linear shows here.
struct Timing
{
    QElapsedTimer total;
    QElapsedTimer one;
    qint64 slowestNs = 0;
    QString slowest;
    Timing() { total.start(); }
    void start() { one.start(); }
    void stop(const QString& input)
    {
        const qint64 ns = one.nsecsElapsed();
        if (ns > slowestNs) {
            slowestNs = ns;
            slowest = input.left(80);
        }
    }
    QString report(const char* surface) const
    {
        return QStringLiteral("%1: %2 inputs in %3 ms, slowest %4 µs (%5), seed %6")
            .arg(QLatin1String(surface))
            .arg(inputs())
            .arg(total.elapsed())
            .arg(slowestNs / 1000)
            .arg(slowest)
            .arg(seed());
    }
};

/// Text made of the pieces a scan is made of, mutated: AIs in brackets, digits, letters, GS,
/// brackets without partners, control characters, long runs — up to `maxLength` characters.
QString scanLike(QRandomGenerator& rng, int maxLength)
{
    static const QStringList pieces = {QStringLiteral("(01)"),   QStringLiteral("(10)"),
                                       QStringLiteral("(17)"),   QStringLiteral("(21)"),
                                       QStringLiteral("(00)"),   QStringLiteral("(37)"),
                                       QStringLiteral("(02)"),   QStringLiteral("(3103)"),
                                       QStringLiteral("(8200)"), QStringLiteral("09506000134352"),
                                       QStringLiteral("281231"), QStringLiteral("LOT7"),
                                       QStringLiteral("\x1D"),   QStringLiteral("("),
                                       QStringLiteral(")"),      QStringLiteral("]C1"),
                                       QStringLiteral("]d2"),    QStringLiteral("0109506000134352"),
                                       QStringLiteral("é"),      QStringLiteral("\x07"),
                                       QStringLiteral("%2F"),    QStringLiteral("/")};
    QString text;
    const int parts = rng.bounded(1, 24);
    for (int i = 0; i < parts && text.size() < maxLength; ++i) {
        if (rng.bounded(10) == 0)
            text += QString(rng.bounded(1, 400), QChar(rng.bounded(0x20, 0x7F)));
        else
            text += pieces[rng.bounded(int(pieces.size()))];
    }
    return text.left(maxLength);
}

} // namespace

/// A million inputs per surface a hostile or broken device or file can reach — wedge bursts,
/// serial frames, GS1 strings, Digital Link URIs, CSV rows, replay lines — each surface in a bounded
/// time, with properties that must hold for every input. Reproducible from WF_FUZZ_SEED.
class TestFuzzSurfaces : public QObject
{
    Q_OBJECT

private slots:
    void gs1Strings();
    void digitalLinkUris();
    void serialFrames();
    void wedgeBursts();
    void csvRows();
    void replayLines();

private:
    QTemporaryDir m_dir;
};

void TestFuzzSurfaces::gs1Strings()
{
    QRandomGenerator rng(seed() ^ 1);
    Timing timing;
    int parsed = 0;
    for (int i = 0; i < inputs(); ++i) {
        // Now and then a scan far longer than any barcode: refused before any parsing.
        const QString text =
            i % 1000 == 0 ? scanLike(rng, 40) + QString(120'000, QLatin1Char('A')) : scanLike(rng, 300);
        timing.start();
        auto message = Gs1Parser::parse(text);
        timing.stop(text);
        if (!message) {
            QVERIFY2(!message.error().detail.isEmpty(), qPrintable(text));
            continue;
        }
        ++parsed;
        // What was read is what it says: its HRI reads back to the same elements — unless a value
        // holds '(' (CSET 82 allows it, and the bracketed form cannot tell it from an AI).
        bool bracketInValue = false;
        for (const auto& e : message->elements)
            bracketInValue = bracketInValue || e.value.contains(QLatin1Char('('));
        if (bracketInValue)
            continue;
        auto again = Gs1Parser::parse(message->hri());
        QVERIFY2(again && again->hri() == message->hri(), qPrintable(text + QStringLiteral(" → ") + message->hri()));
    }
    qInfo("%s; %d parsed", qPrintable(timing.report("gs1")), parsed);
    QVERIFY2(parsed > 0, "the generator never made valid GS1: the property above was never tested");
    QVERIFY2(timing.slowestNs < 50'000'000, qPrintable(timing.report("gs1")));
}

void TestFuzzSurfaces::digitalLinkUris()
{
    QRandomGenerator rng(seed() ^ 2);
    static const QStringList segments = {QStringLiteral("01"),
                                         QStringLiteral("09506000134352"),
                                         QStringLiteral("10"),
                                         QStringLiteral("LOT%2F7"),
                                         QStringLiteral("21"),
                                         QStringLiteral("17"),
                                         QStringLiteral("281231"),
                                         QStringLiteral("00"),
                                         QStringLiteral("%"),
                                         QStringLiteral("x"),
                                         QStringLiteral("?17=281231"),
                                         QStringLiteral("&"),
                                         QStringLiteral("#"),
                                         QStringLiteral(""),
                                         QStringLiteral("%ZZ")};
    Timing timing;
    int parsed = 0;
    for (int i = 0; i < inputs(); ++i) {
        QString uri = rng.bounded(2) ? QStringLiteral("https://id.gs1.org") : QStringLiteral("http://example.com/p");
        const int n = rng.bounded(0, i % 500 == 0 ? 800 : 10);
        for (int k = 0; k < n; ++k)
            uri += QLatin1Char('/') + segments[rng.bounded(int(segments.size()))];
        timing.start();
        auto message = Gs1Parser::parse(uri);
        timing.stop(uri);
        if (message) {
            ++parsed;
            QVERIFY(message->digitalLink);
            QVERIFY(message->has(QStringLiteral("01")) || message->has(QStringLiteral("00"))
                    || !message->elements.isEmpty());
        } else {
            QVERIFY(!message.error().detail.isEmpty());
        }
    }
    qInfo("%s; %d parsed", qPrintable(timing.report("digital link")), parsed);
    QVERIFY(parsed > 0);
    QVERIFY2(timing.slowestNs < 50'000'000, qPrintable(timing.report("digital link")));
}

void TestFuzzSurfaces::serialFrames()
{
    QRandomGenerator rng(seed() ^ 3);
    wf::scanner::ScanFrameAssembler assembler(QStringLiteral("fuzz"));
    Timing timing;
    int scans = 0;
    int problems = 0;
    auto take = [&](const QList<wf::scanner::ScanFrameAssembler::Output>& out) {
        for (const auto& o : out) {
            if (const auto* scan = std::get_if<wf::scanner::ScanEvent>(&o)) {
                ++scans;
                QVERIFY(scan->raw.size() <= wf::scanner::ScanFrameAssembler::kMaxFrameBytes);
                QVERIFY(!scan->text.contains(QChar(0)));
            } else {
                ++problems;
            }
        }
    };
    for (int i = 0; i < inputs(); ++i) {
        // A chunk as a serial port delivers it: code bytes, terminators, NULs, garbage, no end at all.
        QByteArray chunk;
        const int n = rng.bounded(1, i % 10000 == 0 ? 9000 : 40);
        for (int k = 0; k < n; ++k) {
            const int r = rng.bounded(100);
            chunk += r < 70   ? char(rng.bounded('0', 'Z' + 1))
                     : r < 80 ? '\r'
                     : r < 85 ? '\n'
                     : r < 88 ? '\x1D'
                     : r < 90 ? '\0'
                              : char(rng.bounded(256));
        }
        timing.start();
        take(assembler.feed(chunk));
        if (rng.bounded(50) == 0)
            take(rng.bounded(2) ? assembler.flush() : assembler.abandon());
        timing.stop(QString::fromLatin1(chunk.toHex().left(80)));
        QVERIFY(assembler.pending() <= wf::scanner::ScanFrameAssembler::kMaxFrameBytes);
    }
    qInfo("%s; %d scans, %d problems", qPrintable(timing.report("serial")), scans, problems);
    QVERIFY(scans > 0 && problems > 0);
    QVERIFY2(timing.slowestNs < 50'000'000, qPrintable(timing.report("serial")));
}

void TestFuzzSurfaces::wedgeBursts()
{
    QRandomGenerator rng(seed() ^ 4);
    auto now = std::chrono::steady_clock::now();
    wf::scanner::KeyboardWedge wedge({}, [&now] {
        return now;
    });
    QObject field; // where typing would go
    field.installEventFilter(&wedge);
    int scans = 0;
    connect(&wedge, &wf::scanner::ScanSource::scanned, this, [&scans](const wf::scanner::ScanEvent& scan) {
        ++scans;
        QVERIFY(scan.text.size() <= wf::scanner::ScanPayloadCheck::kMaxScanLength * 4);
    });
    static const QList<Qt::Key> modifiers = {
        Qt::Key_Shift, Qt::Key_CapsLock, Qt::Key_Control, Qt::Key_Alt, Qt::Key_AltGr};
    Timing timing;
    for (int i = 0; i < inputs(); ++i) {
        // One key event: a character, a modifier press (a real wedge sends Shift before capitals),
        // a terminator, Ctrl+] for GS; the gap before it from a scanner's 1 ms to a person's 300 ms.
        now += std::chrono::milliseconds(rng.bounded(100) < 90 ? rng.bounded(0, 4) : rng.bounded(20, 300));
        const int r = rng.bounded(100);
        timing.start();
        if (r < 70) {
            const QChar c(rng.bounded(0x20, 0x7F));
            QKeyEvent press(QEvent::KeyPress,
                            Qt::Key(c.toUpper().unicode()),
                            c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier,
                            QString(c));
            QCoreApplication::sendEvent(&field, &press);
        } else if (r < 85) {
            QKeyEvent press(QEvent::KeyPress, modifiers[rng.bounded(int(modifiers.size()))], Qt::NoModifier);
            QCoreApplication::sendEvent(&field, &press);
        } else if (r < 95) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
            QCoreApplication::sendEvent(&field, &press);
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_BracketRight, Qt::ControlModifier, QStringLiteral("\x1D"));
            QCoreApplication::sendEvent(&field, &press);
        }
        timing.stop(QString::number(i));
    }
    qInfo("%s; %d scans", qPrintable(timing.report("wedge")), scans);
    QVERIFY(scans > 0);
    QVERIFY2(timing.slowestNs < 50'000'000, qPrintable(timing.report("wedge")));
}

void TestFuzzSurfaces::csvRows()
{
    QRandomGenerator rng(seed() ^ 5);
    static const QList<QByteArray> cells = {"SKU-1",
                                            "15\" sleeve",
                                            "\"quoted, with comma\"",
                                            "\"two\nlines\"",
                                            "\"\"\"doubled\"\"\"",
                                            "",
                                            "caf\xC3\xA9",
                                            "bad\xE9",
                                            "nul\0x",
                                            "\"open",
                                            "\"closed\"after",
                                            "12.50",
                                            "\r"};
    QByteArray file;
    file.reserve(inputs() * 24);
    for (int i = 0; i < inputs(); ++i) {
        const int n = rng.bounded(1, 6);
        for (int k = 0; k < n; ++k) {
            if (k)
                file += ',';
            QByteArray cell = cells[rng.bounded(int(cells.size()))];
            if (cell == "\"open" && rng.bounded(1000) != 0)
                cell = "open"; // an unterminated quote refuses the whole file: rare, so rows get read
            if (cell.startsWith("nul"))
                cell = QByteArray("nul\0x", 5);
            file += cell;
        }
        file += '\n';
    }
    QElapsedTimer clock;
    clock.start();
    auto rows = wf::sync::CsvTable::parse(file);
    const qint64 ms = clock.elapsed();
    if (rows) {
        int line = 0;
        for (const auto& row : *rows) {
            QVERIFY(row.line > line); // lines only go forward
            line = row.line;
            QVERIFY(row.problem.isEmpty() || row.problemColumn >= 1);
        }
        qInfo("csv: %d rows (%lld read) in %lld ms, seed %llu", inputs(), qint64(rows->size()), ms, seed());
    } else {
        QVERIFY2(rows.error().detail.contains(QStringLiteral("line ")), qPrintable(rows.error().detail));
        qInfo("csv: %d rows refused in %lld ms (%s), seed %llu", inputs(), ms, qPrintable(rows.error().detail), seed());
    }
    QVERIFY2(ms < 60'000, qPrintable(QString::number(ms)));
}

void TestFuzzSurfaces::replayLines()
{
    // No one logs in (badges are random), so every line is parsed and answered and nothing may be
    // written: the script language's parser on its own.
    const QString path = m_dir.filePath(QStringLiteral("fuzz.sqlite"));
    auto cache = wf::test::makeDemoCache(path, 100, 20, 5);
    const qint64 changesBefore = wf::test::scalar(cache->database(), QStringLiteral("SELECT total_changes()"));
    const auto rowsOf = [&] {
        return wf::test::scalar(cache->database(),
                                QStringLiteral("SELECT (SELECT count(*) FROM scan_log) + (SELECT count(*) FROM "
                                               "movement) + (SELECT count(*) FROM audit) + (SELECT count(*) FROM "
                                               "pick_list)"));
    };
    const qint64 before = rowsOf();
    wf::workflows::ScriptedStation station(cache->database(), QStringLiteral("ST-FUZZ"), {});
    QRandomGenerator rng(seed() ^ 6);
    static const QStringList words = {QStringLiteral("scan"),
                                      QStringLiteral("action"),
                                      QStringLiteral("mode"),
                                      QStringLiteral("logout"),
                                      QStringLiteral("#"),
                                      QStringLiteral("pick"),
                                      QStringLiteral("pack"),
                                      QStringLiteral("quantity"),
                                      QStringLiteral("-1"),
                                      QStringLiteral("99999999999999999999"),
                                      QStringLiteral("\\x1D"),
                                      QStringLiteral("\\x00"),
                                      QStringLiteral("(01)09506000134352"),
                                      QStringLiteral("supervisor"),
                                      QStringLiteral("S9001"),
                                      QStringLiteral("short"),
                                      QStringLiteral("\t"),
                                      QStringLiteral("é"),
                                      QStringLiteral("\\")};
    Timing timing;
    for (int i = 0; i < inputs(); ++i) {
        QString line;
        const int n = rng.bounded(0, 6);
        for (int k = 0; k < n; ++k)
            line += (k ? QStringLiteral(" ") : QString()) + words[rng.bounded(int(words.size()))];
        if (rng.bounded(20) == 0)
            line = QStringLiteral("login Z%1").arg(rng.bounded(100000)); // a badge no one has
        timing.start();
        const auto step = station.run(line);
        timing.stop(line);
        QVERIFY2(step.skipped || !step.verdict.code.isEmpty(), qPrintable(line));
    }
    qInfo("%s", qPrintable(timing.report("replay")));
    QCOMPARE(rowsOf(), before);
    QVERIFY(wf::test::scalar(cache->database(), QStringLiteral("SELECT total_changes()")) >= changesBefore);
    QVERIFY2(timing.slowestNs < 50'000'000, qPrintable(timing.report("replay")));
}

QTEST_MAIN(TestFuzzSurfaces)
#include "TestFuzzSurfaces.moc"
