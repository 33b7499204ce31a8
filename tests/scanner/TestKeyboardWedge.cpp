#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include "scanner/KeyboardWedge.h"

using namespace std::chrono_literals;
using wf::scanner::KeyboardWedge;
using wf::scanner::ScanEvent;
using wf::scanner::ScanProblem;
using wf::scanner::ScanSource;

/// The wedge on a real offscreen window: key events go through QApplication as from a keyboard;
/// the time between keys comes from a clock the test advances.
class TestKeyboardWedge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void burstBecomesAScanAndNeverReachesTheField();
    void typingReachesTheFieldInOrder();
    void typingThenEnterIsAManualEntry();
    void shortBurstIsTyping();
    void prefixSuffixAndSymbology();
    void twoCodesInOneTrigger();
    void gsFromCtrlBracket();
    void modifierPressesBelongToTheBurst_data();
    void modifierPressesBelongToTheBurst();
    void aPersonTypingCapitalsSlowlyStaysTyping();
    void aBusyStationDoesNotSplitAScan();
    void aStalledScannerDoesNotSplitAScan_data();
    void aStalledScannerDoesNotSplitAScan();
    void aStallAfterTheGapTimerIsTheSameScan();
    void slowKeysThenAQuickEnterStayTyping();
    void tooManyStallsAreTyping();
    void wrongKeyboardLayoutIsDetected_data();
    void wrongKeyboardLayoutIsDetected();

private:
    std::chrono::steady_clock::time_point m_now;
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_field = nullptr;
    std::unique_ptr<KeyboardWedge> m_wedge;

    void type(const QString& text, std::chrono::milliseconds gap);
    /// As a USB scanner (or a person) types on a US layout: Shift pressed before every character
    /// that needs it and released after, every key released.
    void typeWithShift(const QString& text, std::chrono::milliseconds gap);
    void release(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QString& text = {});
    void key(Qt::Key key,
             std::chrono::milliseconds gap,
             Qt::KeyboardModifiers modifiers = Qt::NoModifier,
             const QString& text = {});
};

void TestKeyboardWedge::init()
{
    m_now = std::chrono::steady_clock::now();
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_field = new QLineEdit(m_window.get());
    m_field->setObjectName(QStringLiteral("notesLineEdit"));
    layout->addWidget(m_field);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_field->setFocus();
    m_wedge = std::make_unique<KeyboardWedge>(KeyboardWedge::Settings{}, [this] {
        return m_now;
    });
    qApp->installEventFilter(m_wedge.get());
}

void TestKeyboardWedge::cleanup()
{
    m_wedge.reset();
    m_window.reset();
}

void TestKeyboardWedge::key(Qt::Key k,
                            std::chrono::milliseconds gap,
                            Qt::KeyboardModifiers modifiers,
                            const QString& text)
{
    m_now += gap;
    QKeyEvent press(QEvent::KeyPress, k, modifiers, text);
    QApplication::sendEvent(m_field, &press);
}

void TestKeyboardWedge::type(const QString& text, std::chrono::milliseconds gap)
{
    for (QChar c : text)
        key(Qt::Key(c.toUpper().unicode()), gap, Qt::NoModifier, QString(c));
}

void TestKeyboardWedge::release(Qt::Key k, Qt::KeyboardModifiers modifiers, const QString& text)
{
    QKeyEvent up(QEvent::KeyRelease, k, modifiers, text);
    QApplication::sendEvent(m_field, &up);
}

void TestKeyboardWedge::typeWithShift(const QString& text, std::chrono::milliseconds gap)
{
    static const QString shifted = QStringLiteral("~!@#$%^&*()_+{}|:\"<>?");
    for (QChar c : text) {
        const bool shift = c.isUpper() || shifted.contains(c);
        if (shift)
            key(Qt::Key_Shift, gap / 2, Qt::ShiftModifier);
        key(Qt::Key(c.toUpper().unicode()),
            shift ? gap / 2 : gap,
            shift ? Qt::ShiftModifier : Qt::NoModifier,
            QString(c));
        release(Qt::Key(c.toUpper().unicode()), shift ? Qt::ShiftModifier : Qt::NoModifier, QString(c));
        if (shift)
            release(Qt::Key_Shift);
    }
}

void TestKeyboardWedge::burstBecomesAScanAndNeverReachesTheField()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    m_field->setText(QStringLiteral("note: "));
    type(QStringLiteral("4000000000129"), 4ms);
    key(Qt::Key_Return, 4ms);
    QCOMPARE(scans.count(), 1);
    const auto scan = scans.first().first().value<ScanEvent>();
    QCOMPARE(scan.text, QStringLiteral("4000000000129"));
    QCOMPARE(scan.source, ScanEvent::Source::Wedge);
    QTest::qWait(100); // the gap timer has nothing left to hand on
    QCOMPARE(m_field->text(), QStringLiteral("note: "));
}

void TestKeyboardWedge::typingReachesTheFieldInOrder()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    type(QStringLiteral("slow"), 180ms);
    QTRY_COMPARE(m_field->text(), QStringLiteral("slow"));
    QCOMPARE(scans.count(), 0);
}

void TestKeyboardWedge::typingThenEnterIsAManualEntry()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    QSignalSpy entered(m_field, &QLineEdit::returnPressed);
    type(QStringLiteral("K2001"), 150ms);
    key(Qt::Key_Return, 150ms);
    QCOMPARE(m_field->text(), QStringLiteral("K2001")); // handed on before the Enter
    QCOMPARE(entered.count(), 1);
    QCOMPARE(scans.count(), 0);
}

void TestKeyboardWedge::shortBurstIsTyping()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    type(QStringLiteral("ok"), 5ms);
    key(Qt::Key_Return, 5ms);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(m_field->text(), QStringLiteral("ok"));
}

void TestKeyboardWedge::prefixSuffixAndSymbology()
{
    KeyboardWedge::Settings settings;
    settings.prefix = QStringLiteral("@");
    settings.suffix = QStringLiteral("#");
    settings.terminators = {Qt::Key_Tab};
    m_wedge->setSettings(settings);
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    type(QStringLiteral("@]E04000000000129#"), 3ms);
    key(Qt::Key_Tab, 3ms);
    QCOMPARE(scans.count(), 1);
    const auto scan = scans.first().first().value<ScanEvent>();
    QCOMPARE(scan.symbologyId, QStringLiteral("]E0"));
    QCOMPARE(scan.text, QStringLiteral("4000000000129"));
}

void TestKeyboardWedge::twoCodesInOneTrigger()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    type(QStringLiteral("FIRST-1"), 2ms);
    key(Qt::Key_Return, 2ms);
    type(QStringLiteral("SECOND-2"), 2ms);
    key(Qt::Key_Return, 2ms);
    QCOMPARE(scans.count(), 2);
    QCOMPARE(scans[0].first().value<ScanEvent>().text, QStringLiteral("FIRST-1"));
    QCOMPARE(scans[1].first().value<ScanEvent>().text, QStringLiteral("SECOND-2"));
}

void TestKeyboardWedge::gsFromCtrlBracket()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    type(QStringLiteral("]C10109506000134352"), 2ms);
    key(Qt::Key_BracketRight, 2ms, Qt::ControlModifier, QString(QChar(0x1D)));
    type(QStringLiteral("10LOT"), 2ms);
    key(Qt::Key_Return, 2ms);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().text,
             QStringLiteral("0109506000134352") + QChar(0x1D) + QStringLiteral("10LOT"));
}

void TestKeyboardWedge::wrongKeyboardLayoutIsDetected_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");
    QTest::addRow("US shift row") << "$)))))))))!@("
                                  << "4000000000129";
    QTest::addRow("German shift row") << "$=====!\"§"
                                      << "400000123";
    QTest::addRow("French AZERTY") << "'àààààààààà&é"
                                   << "4000000000012";
}

void TestKeyboardWedge::wrongKeyboardLayoutIsDetected()
{
    QFETCH(QString, typed);
    QFETCH(QString, digits);
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    QSignalSpy problems(m_wedge.get(), &ScanSource::rejected);
    type(typed, 3ms);
    key(Qt::Key_Return, 3ms);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(problems.count(), 1);
    const auto problem = problems.first().first().value<ScanProblem>();
    QCOMPARE(problem.code, QStringLiteral("keyboard_layout"));
    QVERIFY2(problem.message.contains(digits), qPrintable(problem.message));
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::modifierPressesBelongToTheBurst_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("code");
    // Before: the Shift press released the held keys as typing, so TOTE-1 arrived as "E-1" with
    // "TOT" left in the field.
    QTest::addRow("Shift before every capital: a tote") << "shift"
                                                        << "TOTE-1";
    QTest::addRow("Shift: an RMA") << "shift"
                                   << "RMA-500001";
    QTest::addRow("Shift: a tracking number") << "shift"
                                              << "JJD0146000000009001";
    QTest::addRow("Shift: symbols too") << "shift"
                                        << "LOT#7(B)";
    QTest::addRow("CapsLock on, then off") << "capslock"
                                           << "TOTE-12";
    QTest::addRow("AltGr for @ on a German layout") << "altgr"
                                                    << "USER@WH1|A{1}";
    QTest::addRow("Num Lock pressed inside") << "numlock"
                                             << "4000000000129";
    QTest::addRow("GS as Ctrl+] with the Ctrl press") << "ctrl-gs"
                                                      << "]C10109506000134352";
}

void TestKeyboardWedge::modifierPressesBelongToTheBurst()
{
    QFETCH(QString, how);
    QFETCH(QString, code);
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    m_field->setText(QStringLiteral("note: "));
    QString expected = code;
    if (how == QLatin1String("shift")) {
        typeWithShift(code, 4ms);
    } else if (how == QLatin1String("capslock")) {
        key(Qt::Key_CapsLock, 3ms);
        key(Qt::Key_T, 3ms, Qt::NoModifier, QStringLiteral("T")); // CapsLock on: capitals without Shift
        key(Qt::Key_CapsLock, 1ms);                               // a scanner toggling it mid-code
        key(Qt::Key_CapsLock, 1ms);
        type(code.mid(1), 3ms);
        key(Qt::Key_CapsLock, 3ms);
    } else if (how == QLatin1String("altgr")) {
        for (QChar c : code) {
            if (QStringLiteral("@|{}").contains(c))
                key(Qt::Key_AltGr, 2ms); // ISO_Level3_Shift, then the key it changes
            key(Qt::Key(c.toUpper().unicode()), 2ms, Qt::NoModifier, QString(c));
        }
    } else if (how == QLatin1String("numlock")) {
        type(code.left(6), 3ms);
        key(Qt::Key_NumLock, 1ms);
        type(code.mid(6), 3ms);
    } else {
        type(code, 2ms);
        key(Qt::Key_Control, 1ms, Qt::ControlModifier);
        key(Qt::Key_BracketRight, 1ms, Qt::ControlModifier, QString(QChar(0x1D)));
        release(Qt::Key_Control);
        type(QStringLiteral("21A1"), 2ms);
        expected = code.mid(3) + QChar(0x1D) + QStringLiteral("21A1");
    }
    key(Qt::Key_Return, 3ms);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().text, expected);
    QTest::qWait(100); // nothing is handed on later either
    QCOMPARE(m_field->text(), QStringLiteral("note: "));
}

void TestKeyboardWedge::aBusyStationDoesNotSplitAScan()
{
    // The scanner typed its keys 8 ms apart (the windowing system's timestamps say so), but the
    // station was busy for 300 ms after the fourth (a repaint, a commit): the keys queued behind
    // arrive late. The scan must still be one scan, and nothing reach the field.
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    const QString code = QStringLiteral("TOTE-12");
    ulong stamp = 1'000'000;
    for (int i = 0; i < code.size(); ++i) {
        m_now += i == 4 ? 300ms : 1ms;
        stamp += 8;
        QKeyEvent press(QEvent::KeyPress, Qt::Key(code[i].toUpper().unicode()), Qt::NoModifier, QString(code[i]));
        press.setTimestamp(stamp);
        QApplication::sendEvent(m_field, &press);
    }
    m_now += 1ms;
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    enter.setTimestamp(stamp + 8);
    QApplication::sendEvent(m_field, &enter);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().text, code);
    QCOMPARE(m_field->text(), QString());
    // The same keys really typed 300 ms apart (timestamps too) stay typing.
    m_field->clear();
    for (QChar c : QStringLiteral("abcd")) {
        m_now += 300ms;
        stamp += 300;
        QKeyEvent press(QEvent::KeyPress, Qt::Key(c.toUpper().unicode()), Qt::NoModifier, QString(c));
        press.setTimestamp(stamp);
        QApplication::sendEvent(m_field, &press);
    }
    QTRY_COMPARE(m_field->text(), QStringLiteral("abcd"));
    QCOMPARE(scans.count(), 1);
}

void TestKeyboardWedge::aStalledScannerDoesNotSplitAScan_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QList<int>>("stallsAfter"); // characters typed before each stall
    QTest::addRow("a tracking number, once") << "JJD0146000000009001" << QList<int>{8};
    QTest::addRow("a GTIN after its first digit") << "4000000004813" << QList<int>{1};
    QTest::addRow("an SSCC, twice") << "00340123450000000018" << QList<int>{5, 14};
    QTest::addRow("just before the last character") << "TOTE-12" << QList<int>{6};
}

void TestKeyboardWedge::aStalledScannerDoesNotSplitAScan()
{
    // A Bluetooth scanner or a loaded station: the keys stop for 200 ms inside the code. The gap
    // timer hands what came so far to the field (typing would appear there); when the rest ends as
    // a scan, it is taken back and the scan is whole.
    QFETCH(QString, code);
    QFETCH(QList<int>, stallsAfter);
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    m_field->setText(QStringLiteral("note: "));
    int from = 0;
    for (const int stall : stallsAfter) {
        type(code.mid(from, stall - from), 4ms);
        QTRY_COMPARE(m_field->text(), QStringLiteral("note: ") + code.left(stall)); // handed on meanwhile
        m_now += 200ms;
        from = stall;
    }
    type(code.mid(from, 1), 0ms); // the first key after the stall, 200 ms after the last
    type(code.mid(from + 1), 4ms);
    key(Qt::Key_Return, 4ms);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().text, code);
    QCOMPARE(m_field->text(), QStringLiteral("note: "));
}

void TestKeyboardWedge::aStallAfterTheGapTimerIsTheSameScan()
{
    // The keys were 8 ms apart by the windowing system's timestamps, but the gap timer fired
    // before the next one was read: no pause at all, and nothing may stay in the field.
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    const QString code = QStringLiteral("RMA-500001");
    ulong stamp = 5'000'000;
    for (int i = 0; i < code.size(); ++i) {
        if (i == 3)
            QTRY_COMPARE(m_field->text(), code.left(3)); // the timer handed them on
        m_now += 1ms;
        stamp += 8;
        QKeyEvent press(QEvent::KeyPress, Qt::Key(code[i].toUpper().unicode()), Qt::NoModifier, QString(code[i]));
        press.setTimestamp(stamp);
        QApplication::sendEvent(m_field, &press);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    enter.setTimestamp(stamp + 8);
    QApplication::sendEvent(m_field, &enter);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().text, code);
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::slowKeysThenAQuickEnterStayTyping()
{
    // Pauses are forgiven only inside a burst at scanner speed: three keys 200 ms apart and an
    // Enter right after the last are a person's entry.
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    QSignalSpy entered(m_field, &QLineEdit::returnPressed);
    type(QStringLiteral("abc"), 200ms);
    key(Qt::Key_Return, 10ms);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(m_field->text(), QStringLiteral("abc"));
    QCOMPARE(entered.count(), 1);
}

void TestKeyboardWedge::tooManyStallsAreTyping()
{
    // Three stalls are more than a scanner makes: what came before the third stays typed, and
    // only the burst after it can be a scan.
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    type(QStringLiteral("AAAA"), 4ms);
    for (const auto& part : {QStringLiteral("BBBB"), QStringLiteral("CCCC"), QStringLiteral("DDDD")}) {
        m_now += 200ms;
        type(part.left(1), 0ms);
        type(part.mid(1), 4ms);
    }
    key(Qt::Key_Return, 4ms);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().text, QStringLiteral("DDDD"));
    QCOMPARE(m_field->text(), QStringLiteral("AAAABBBBCCCC"));
}

void TestKeyboardWedge::aPersonTypingCapitalsSlowlyStaysTyping()
{
    QSignalSpy scans(m_wedge.get(), &ScanSource::scanned);
    typeWithShift(QStringLiteral("Box-A"), 200ms);
    QTRY_COMPARE(m_field->text(), QStringLiteral("Box-A"));
    QCOMPARE(scans.count(), 0);
}

QTEST_MAIN(TestKeyboardWedge)
#include "TestKeyboardWedge.moc"
