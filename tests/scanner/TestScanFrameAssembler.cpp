#include <QRandomGenerator>
#include <QTest>

#include "scanner/ScanFrameAssembler.h"

using wf::scanner::ScanEvent;
using wf::scanner::ScanFrameAssembler;
using wf::scanner::ScanProblem;

/// Serial framing without a port: bytes in, frames and problems out.
class TestScanFrameAssembler : public QObject
{
    Q_OBJECT

private slots:
    void framesSplitAtEveryByteBoundary_data();
    void framesSplitAtEveryByteBoundary();
    void severalFramesInOneRead();
    void terminators_data();
    void terminators();
    void prefixSuffixAndSymbology();
    void rejects_data();
    void rejects();
    void overLongFrameThenAGoodOne();
    void megabyteLineKeepsTheBufferBounded();
    void abandonedFrameIsAProblem();
    void fuzz();

private:
    static QStringList texts(const QList<ScanFrameAssembler::Output>& outputs);
    static QStringList codes(const QList<ScanFrameAssembler::Output>& outputs);
};

QStringList TestScanFrameAssembler::texts(const QList<ScanFrameAssembler::Output>& outputs)
{
    QStringList out;
    for (const auto& o : outputs)
        if (const auto* e = std::get_if<ScanEvent>(&o))
            out << e->text;
    return out;
}

QStringList TestScanFrameAssembler::codes(const QList<ScanFrameAssembler::Output>& outputs)
{
    QStringList out;
    for (const auto& o : outputs)
        if (const auto* p = std::get_if<ScanProblem>(&o))
            out << p->code;
    return out;
}

void TestScanFrameAssembler::framesSplitAtEveryByteBoundary_data()
{
    QTest::addColumn<int>("cut");
    const QByteArray frame = "]C10109506000134352\x1D"
                             "10LOT\r\n";
    for (int cut = 1; cut < frame.size(); ++cut)
        QTest::addRow("cut after byte %d", cut) << cut;
}

void TestScanFrameAssembler::framesSplitAtEveryByteBoundary()
{
    QFETCH(int, cut);
    const QByteArray frame = "]C10109506000134352\x1D"
                             "10LOT\r\n";
    ScanFrameAssembler assembler(QStringLiteral("t"));
    auto first = assembler.feed(frame.left(cut));
    auto second = assembler.feed(frame.mid(cut));
    QVERIFY(first.isEmpty() || cut >= frame.size() - 2); // nothing before the terminator
    first.append(second);
    QCOMPARE(first.size(), 1);
    const auto& event = std::get<ScanEvent>(first[0]);
    QCOMPARE(event.symbologyId, QStringLiteral("]C1"));
    QCOMPARE(event.text,
             QStringLiteral("0109506000134352\x1D"
                            "10LOT"));
    QCOMPARE(event.raw, frame.left(frame.size() - 2));
    QCOMPARE(event.source, ScanEvent::Source::Serial);
}

void TestScanFrameAssembler::severalFramesInOneRead()
{
    ScanFrameAssembler assembler(QStringLiteral("t"));
    const auto out = assembler.feed("A1\r\nB2\r\n\r\nC3\r");
    QCOMPARE(texts(out), QStringList({QStringLiteral("A1"), QStringLiteral("B2"), QStringLiteral("C3")}));
}

void TestScanFrameAssembler::terminators_data()
{
    QTest::addColumn<int>("terminator");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("CR") << int(ScanFrameAssembler::Terminator::CR) << QByteArray("A\rB\r")
                        << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    QTest::addRow("LF") << int(ScanFrameAssembler::Terminator::LF) << QByteArray("A\nB\n")
                        << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    QTest::addRow("CRLF") << int(ScanFrameAssembler::Terminator::CRLF) << QByteArray("A\r\nB\n")
                          << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    QTest::addRow("LF leaves CR as garbage")
        << int(ScanFrameAssembler::Terminator::LF) << QByteArray("A\r\n") << QStringList{};
    QTest::addRow("idle gap: flush ends it")
        << int(ScanFrameAssembler::Terminator::IdleGap) << QByteArray("AB") << QStringList{QStringLiteral("AB")};
}

void TestScanFrameAssembler::terminators()
{
    QFETCH(int, terminator);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    ScanFrameAssembler assembler(QStringLiteral("t"));
    assembler.setSettings({ScanFrameAssembler::Terminator(terminator), {}, {}});
    auto out = assembler.feed(bytes);
    out.append(assembler.flush());
    QCOMPARE(texts(out), expected);
}

void TestScanFrameAssembler::prefixSuffixAndSymbology()
{
    ScanFrameAssembler assembler(QStringLiteral("t"));
    assembler.setSettings({ScanFrameAssembler::Terminator::CRLF, QByteArray("@@"), QByteArray("#")});
    const auto out = assembler.feed("@@]E04000000000129#\r\n");
    QCOMPARE(out.size(), 1);
    const auto& e = std::get<ScanEvent>(out[0]);
    QCOMPARE(e.symbologyId, QStringLiteral("]E0"));
    QCOMPARE(e.text, QStringLiteral("4000000000129"));
}

void TestScanFrameAssembler::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addRow("NUL byte") << QByteArray("40\0"
                                            "00\r\n",
                                            6)
                              << "nul_byte";
    QTest::addRow("escape") << QByteArray("\x1b[A\r\n") << "garbage";
    QTest::addRow("DEL") << QByteArray("A\x7f\r\n") << "garbage";
    QTest::addRow("invalid UTF-8") << QByteArray("\xff\xfe\xfd\r\n") << "garbage";
    QTest::addRow("wrong baud rate noise") << QByteArray("\xe0\x80\xf8\xc0\x06\r\n") << "garbage";
}

void TestScanFrameAssembler::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    ScanFrameAssembler assembler(QStringLiteral("dev1"));
    const auto out = assembler.feed(bytes);
    QCOMPARE(codes(out), QStringList{code});
    const auto& p = std::get<ScanProblem>(out[0]);
    QCOMPARE(p.deviceId, QStringLiteral("dev1"));
    QVERIFY(!p.message.isEmpty());
    QVERIFY(!p.raw.isEmpty());
}

void TestScanFrameAssembler::overLongFrameThenAGoodOne()
{
    ScanFrameAssembler assembler(QStringLiteral("t"));
    auto out = assembler.feed(QByteArray(5000, 'A') + "\r\nGOOD\r\n");
    QCOMPARE(codes(out), QStringList{QStringLiteral("frame_too_long")});
    QCOMPARE(texts(out), QStringList{QStringLiteral("GOOD")});
    QVERIFY(std::get<ScanProblem>(out[0]).message.contains(QStringLiteral("5000")));
    // Exactly at the limit is still a scan.
    out = assembler.feed(QByteArray(ScanFrameAssembler::kMaxFrameBytes, 'B') + "\r\n");
    QCOMPARE(texts(out).size(), 1);
}

void TestScanFrameAssembler::megabyteLineKeepsTheBufferBounded()
{
    ScanFrameAssembler assembler(QStringLiteral("t"));
    const QByteArray chunk(64 * 1024, 'Z');
    for (int i = 0; i < 16; ++i) {
        QVERIFY(assembler.feed(chunk).isEmpty());
        QVERIFY(assembler.pending() <= ScanFrameAssembler::kMaxFrameBytes);
    }
    const auto out = assembler.feed("\n");
    QCOMPARE(codes(out), QStringList{QStringLiteral("frame_too_long")});
    QVERIFY(std::get<ScanProblem>(out[0]).message.contains(QStringLiteral("1048576")));
}

void TestScanFrameAssembler::abandonedFrameIsAProblem()
{
    ScanFrameAssembler assembler(QStringLiteral("t"));
    QVERIFY(assembler.abandon().isEmpty());
    QVERIFY(assembler.feed("40000").isEmpty());
    const auto out = assembler.abandon();
    QCOMPARE(codes(out), QStringList{QStringLiteral("incomplete_frame")});
    QCOMPARE(std::get<ScanProblem>(out[0]).raw, QByteArray("40000"));
    QCOMPARE(assembler.pending(), qsizetype(0));
    QCOMPARE(texts(assembler.feed("NEXT\r")), QStringList{QStringLiteral("NEXT")});
}

void TestScanFrameAssembler::fuzz()
{
    // 100,000 seeded random byte strings, fed in random chunks under every terminator setting.
    QRandomGenerator rng(7411);
    qint64 frames = 0, problems = 0;
    for (int i = 0; i < 100000; ++i) {
        ScanFrameAssembler assembler(QStringLiteral("fuzz"));
        assembler.setSettings({ScanFrameAssembler::Terminator(i % 4), {}, {}});
        QByteArray bytes(int(rng.bounded(i % 100 == 0 ? 9000 : 200)), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(rng.bounded(256));
        QList<ScanFrameAssembler::Output> out;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype take = 1 + rng.bounded(64);
            out.append(assembler.feed(bytes.mid(at, take)));
            QVERIFY(assembler.pending() <= ScanFrameAssembler::kMaxFrameBytes);
            at += take;
        }
        out.append(assembler.flush());
        QCOMPARE(assembler.pending(), qsizetype(0));
        for (const auto& o : out) {
            if (const auto* e = std::get_if<ScanEvent>(&o)) {
                QVERIFY(!e->text.isEmpty());
                QVERIFY(e->raw.size() <= ScanFrameAssembler::kMaxFrameBytes);
                ++frames;
            } else {
                ++problems;
            }
        }
    }
    qInfo("fuzz: 100000 byte strings, %lld frames, %lld rejected", frames, problems);
    QVERIFY(frames > 0 && problems > 0);
}

QTEST_APPLESS_MAIN(TestScanFrameAssembler)
#include "TestScanFrameAssembler.moc"
