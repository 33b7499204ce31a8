#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/AuditLog.h"
#include "support/TestCache.h"
#include "workflows/station/OperatorLogin.h"
#include "workflows/supervisor/PinGate.h"
#include "workflows/supervisor/SupervisorApproval.h"

using wf::scanner::ScanEvent;
using wf::test::scalar;
using wf::workflows::OperatorLogin;
using wf::workflows::PinGate;
using wf::workflows::Verdict;

/// Badge login with supervisor PINs, on the demo operators (docs/demo.md).
class TestOperatorLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badgeScans_data();
    void badgeScans();
    void supervisorNeedsTheRightPin();
    void wrongPinIsRefusedAndAudited();
    void fiveWrongPinsLockTheBadge();
    void lockoutEndsAfterItsTimeAndCountsPerWindow();
    void theStationsClockStampsTheAuditAndLiftsTheLock();
    void approvalAnswersAlikeForEveryWrongBadge();
    void pinForAnUnscannedBadgeIsRefused();
    void loginAndLogoutAreAudited();
    void badScanWritesNothing();
    void aLoginThatCannotBeAuditedDoesNotHappen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    qint64 auditRows(const QString& action) const;
};

void TestOperatorLogin::initTestCase()
{
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("login.sqlite")));
}

qint64 TestOperatorLogin::auditRows(const QString& action) const
{
    return wf::test::scalar(m_cache->database(),
                            QStringLiteral("SELECT count(*) FROM audit WHERE action = '%1'").arg(action));
}

void TestOperatorLogin::badgeScans_data()
{
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::addRow("picker") << "P1001"
                            << "logged_in" << int(Verdict::Kind::Ok);
    QTest::addRow("picker with trailing space from the scanner") << "P1002 "
                                                                 << "logged_in" << int(Verdict::Kind::Ok);
    QTest::addRow("packer") << "K2001"
                            << "logged_in" << int(Verdict::Kind::Ok);
    QTest::addRow("returns clerk") << "R3001"
                                   << "logged_in" << int(Verdict::Kind::Ok);
    QTest::addRow("supervisor asks for a PIN") << "S9001"
                                               << "pin_required" << int(Verdict::Kind::Prompt);
    QTest::addRow("unknown badge") << "Z9999"
                                   << "unknown_badge" << int(Verdict::Kind::Error);
    QTest::addRow("inactive badge") << "X0001"
                                    << "inactive_badge" << int(Verdict::Kind::Error);
    QTest::addRow("empty scan") << ""
                                << "empty_scan" << int(Verdict::Kind::Error);
    QTest::addRow("control character") << "P10\x07"
                                          "01"
                                       << "control_character" << int(Verdict::Kind::Error);
    QTest::addRow("10,000 characters") << QString(10000, QLatin1Char('P')) << "scan_too_long"
                                       << int(Verdict::Kind::Error);
}

void TestOperatorLogin::badgeScans()
{
    QFETCH(QString, badge);
    QFETCH(QString, code);
    QFETCH(int, kind);
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
    const auto outcome = login.scanBadge(ScanEvent::manual(badge));
    QCOMPARE(outcome.verdict.code, code);
    QCOMPARE(int(outcome.verdict.kind), kind);
    QVERIFY(!outcome.verdict.message.isEmpty());
    QCOMPARE(outcome.session.has_value(), code == QLatin1String("logged_in"));
    if (outcome.session)
        QCOMPARE(outcome.session->badge, badge.trimmed());
}

void TestOperatorLogin::supervisorNeedsTheRightPin()
{
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
    const auto first = login.scanBadge(ScanEvent::manual(QStringLiteral("S9001")));
    QCOMPARE(first.pendingBadge, QStringLiteral("S9001"));
    QVERIFY(!first.session);
    const auto second = login.enterPin(QStringLiteral("S9001"), QStringLiteral("2468"));
    QCOMPARE(second.verdict.code, QStringLiteral("logged_in"));
    QVERIFY(second.session);
    QVERIFY(second.session->isSupervisor());
    QCOMPARE(second.session->stationId, QStringLiteral("ST-TEST"));
}

void TestOperatorLogin::wrongPinIsRefusedAndAudited()
{
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
    const qint64 before = auditRows(QStringLiteral("login_wrong_pin"));
    login.scanBadge(ScanEvent::manual(QStringLiteral("S9002")));
    const auto outcome = login.enterPin(QStringLiteral("S9002"), QStringLiteral("2468"));
    QCOMPARE(outcome.verdict.code, QStringLiteral("wrong_pin"));
    QVERIFY(!outcome.session);
    QCOMPARE(outcome.pendingBadge, QStringLiteral("S9002")); // may try again
    QCOMPARE(auditRows(QStringLiteral("login_wrong_pin")), before + 1);
}

void TestOperatorLogin::fiveWrongPinsLockTheBadge()
{
    {
        OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
        for (int i = 1; i < OperatorLogin::kMaxPinAttempts; ++i) {
            const auto outcome = login.enterPin(QStringLiteral("S9001"), QStringLiteral("0000"));
            QCOMPARE(outcome.verdict.code, QStringLiteral("wrong_pin"));
            // The operator is told how many tries are left.
            QVERIFY2(outcome.verdict.message.contains(QStringLiteral("locked for 15 minutes: %1.").arg(5 - i)),
                     qPrintable(outcome.verdict.message));
        }
        QCOMPARE(login.enterPin(QStringLiteral("S9001"), QStringLiteral("0000")).verdict.code,
                 QStringLiteral("pin_locked")); // the fifth locks
    }
    // Locked in the cache, not in the object: a new login (a new process) refuses the right PIN too,
    // and so does an approval with that badge.
    OperatorLogin again(m_cache->database(), QStringLiteral("ST-TEST"));
    QCOMPARE(again.enterPin(QStringLiteral("S9001"), QStringLiteral("2468")).verdict.code,
             QStringLiteral("pin_locked"));
    PinGate gate(m_cache->database(), QStringLiteral("ST-TEST"));
    QCOMPARE(gate.check(QStringLiteral("S9001"), QStringLiteral("2468"), PinGate::Purpose::Approval).error().code,
             QStringLiteral("pin_locked"));
    QCOMPARE(auditRows(QStringLiteral("approval_wrong_pin")), qint64(1)); // the locked attempt, audited
    QSqlQuery(m_cache->database()).exec(QStringLiteral("DELETE FROM pin_attempt"));
}

void TestOperatorLogin::lockoutEndsAfterItsTimeAndCountsPerWindow()
{
    wf::ManualClock clock(1'800'000'000'000);
    PinGate gate(m_cache->database(), QStringLiteral("ST-TEST"), clock);
    const auto attempt = [&](const char* pin) {
        auto outcome = gate.check(QStringLiteral("S9001"), QString::fromLatin1(pin), PinGate::Purpose::Approval);
        return outcome ? QStringLiteral("ok") : outcome.error().code;
    };
    // Four wrong PINs, then the window passes: the count starts again.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt("0000"), QStringLiteral("wrong_pin"));
    clock.advance(PinGate::kWindowMs);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt("0000"), QStringLiteral("wrong_pin"));
    QCOMPARE(attempt("0000"), QStringLiteral("pin_locked"));
    clock.advance(PinGate::kLockMs - 1);
    QCOMPARE(attempt("2468"), QStringLiteral("pin_locked"));
    clock.advance(1);
    QCOMPARE(attempt("2468"), QStringLiteral("ok"));
    // A right PIN clears the count.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt("0000"), QStringLiteral("wrong_pin"));
    QCOMPARE(attempt("2468"), QStringLiteral("ok"));
    QCOMPARE(attempt("0000"), QStringLiteral("wrong_pin"));
    QSqlQuery(m_cache->database()).exec(QStringLiteral("DELETE FROM pin_attempt"));
}

void TestOperatorLogin::theStationsClockStampsTheAuditAndLiftsTheLock()
{
    // One clock for the station: login, its audit rows and every approval follow it, so a lock
    // set at the login screen holds at the bench and lifts for both at the same instant.
    wf::ManualClock clock(1'900'000'000'000);
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"), clock);
    for (int i = 0; i < PinGate::kMaxFailures; ++i)
        login.enterPin(QStringLiteral("S9001"), QStringLiteral("0000"));
    QCOMPARE(scalar(m_cache->database(),
                    QStringLiteral("SELECT count(*) FROM audit WHERE action = 'login_wrong_pin' AND at = %1")
                        .arg(clock.nowMs())),
             qint64(PinGate::kMaxFailures));
    const auto approve = [&] {
        auto found = wf::workflows::checkSupervisor(
            m_cache->database(), QStringLiteral("ST-TEST"), QStringLiteral("S9001"), QStringLiteral("2468"), clock);
        return found ? QStringLiteral("ok") : found.error().code;
    };
    QCOMPARE(approve(), QStringLiteral("pin_locked"));
    clock.advance(PinGate::kLockMs - 1);
    QCOMPARE(login.enterPin(QStringLiteral("S9001"), QStringLiteral("2468")).verdict.code,
             QStringLiteral("pin_locked"));
    clock.advance(1); // no sleeping: the lock ends when the station's clock says so
    QCOMPARE(approve(), QStringLiteral("ok"));
    const auto in = login.enterPin(QStringLiteral("S9001"), QStringLiteral("2468"));
    QCOMPARE(in.verdict.code, QStringLiteral("logged_in"));
    QCOMPARE(scalar(m_cache->database(),
                    QStringLiteral("SELECT max(at) FROM audit WHERE action = 'login' AND operator_badge = 'S9001'")),
             clock.nowMs());
    QSqlQuery(m_cache->database()).exec(QStringLiteral("DELETE FROM pin_attempt"));
}

void TestOperatorLogin::approvalAnswersAlikeForEveryWrongBadge()
{
    // Not a supervisor, unknown, inactive or a wrong PIN: one answer, so a badge scan cannot tell
    // an attacker which badges are supervisors'. Each is counted for its badge.
    PinGate gate(m_cache->database(), QStringLiteral("ST-TEST"));
    QStringList answers;
    for (const char* badge : {"P1001", "Z9999", "S9001"}) {
        auto outcome = gate.check(QString::fromLatin1(badge), QStringLiteral("0000"), PinGate::Purpose::Approval);
        QVERIFY(!outcome);
        answers << outcome.error().code + QLatin1Char('|') + outcome.error().message;
    }
    QCOMPARE(answers.count(answers.first()), 3);
    QVERIFY(answers.first().startsWith(QStringLiteral("wrong_pin|")));
    QCOMPARE(scalar(m_cache->database(), QStringLiteral("SELECT count(*) FROM pin_attempt")), qint64(3));
    QSqlQuery(m_cache->database()).exec(QStringLiteral("DELETE FROM pin_attempt"));
}

void TestOperatorLogin::pinForAnUnscannedBadgeIsRefused()
{
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
    QCOMPARE(login.enterPin(QStringLiteral("Z9999"), QStringLiteral("2468")).verdict.code,
             QStringLiteral("wrong_pin")); // as for a wrong PIN: the answer does not say which badges exist
    QSqlQuery(m_cache->database()).exec(QStringLiteral("DELETE FROM pin_attempt"));
}

void TestOperatorLogin::loginAndLogoutAreAudited()
{
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
    const qint64 logins = auditRows(QStringLiteral("login"));
    const qint64 logouts = auditRows(QStringLiteral("logout"));
    const auto outcome = login.scanBadge(ScanEvent::manual(QStringLiteral("K2002")));
    QVERIFY(outcome.session);
    login.logout(*outcome.session);
    QCOMPARE(auditRows(QStringLiteral("login")), logins + 1);
    QCOMPARE(auditRows(QStringLiteral("logout")), logouts + 1);
}

void TestOperatorLogin::badScanWritesNothing()
{
    OperatorLogin login(m_cache->database(), QStringLiteral("ST-TEST"));
    const qint64 before = wf::test::scalar(m_cache->database(), QStringLiteral("SELECT total_changes()"));
    login.scanBadge(ScanEvent::manual(QStringLiteral("P1001\r\n")));
    login.scanBadge(ScanEvent::manual(QString(10000, QLatin1Char('9'))));
    login.scanBadge(ScanEvent::manual(QStringLiteral("Z9999")));
    QCOMPARE(wf::test::scalar(m_cache->database(), QStringLiteral("SELECT total_changes()")), before);
}

void TestOperatorLogin::aLoginThatCannotBeAuditedDoesNotHappen()
{
    // A full disk, as SQLite reports it: the cache may not grow by another page, and every free
    // byte of the pages it has is taken. Before, the login answered logged_in with no audit row.
    const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
    auto cache = wf::test::makeDemoCache(path);
    QSqlQuery q(cache->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    // Fill the audit trail's last free bytes with rows smaller than a login's, smaller and smaller.
    wf::db::AuditLog filler(cache->database());
    for (int size = 4096; size >= 0;)
        if (!filler.append(QStringLiteral("F"),
                           QStringLiteral("S"),
                           QStringLiteral("f"),
                           QStringLiteral("F"),
                           QString(size, QLatin1Char('x'))))
            size = size == 0 ? -1 : size / 2;
    const qint64 audited = wf::test::scalar(cache->database(), QStringLiteral("SELECT count(*) FROM audit"));
    OperatorLogin login(cache->database(), QStringLiteral("ST-FULL"));
    // The driver's words go to the log at warning; the operator reads what to do, not SQLite's text.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cache failure.*full")));
    const auto outcome = login.scanBadge(ScanEvent::manual(QStringLiteral("P1001")));
    QCOMPARE(outcome.verdict.code, QStringLiteral("cache_error"));
    QVERIFY2(!outcome.verdict.message.contains(QStringLiteral("full"))
                 && !outcome.verdict.message.contains(QStringLiteral("SQL"), Qt::CaseInsensitive),
             qPrintable(outcome.verdict.message));
    QVERIFY(outcome.verdict.message.contains(QStringLiteral("supervisor")));
    QVERIFY(!outcome.session);
    QCOMPARE(wf::test::scalar(cache->database(), QStringLiteral("SELECT count(*) FROM audit")), audited);
    // Room again: the same badge logs in, audited.
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1000)));
    const auto again = login.scanBadge(ScanEvent::manual(QStringLiteral("P1001")));
    QCOMPARE(again.verdict.code, QStringLiteral("logged_in"));
    QCOMPARE(wf::test::scalar(cache->database(), QStringLiteral("SELECT count(*) FROM audit")), audited + 1);
}

QTEST_GUILESS_MAIN(TestOperatorLogin)
#include "TestOperatorLogin.moc"
