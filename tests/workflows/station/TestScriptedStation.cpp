#include <QTemporaryDir>
#include <QTest>

#include "support/TestCache.h"
#include "workflows/station/ScriptedStation.h"

using namespace wf::workflows;

/// The replay script's words are parsed in one place into the sessions' typed calls: what the
/// script says wrongly is refused there, with the session left as it was.
class TestScriptedStation : public QObject
{
    Q_OBJECT

private slots:
    void pickKeysAreParsedIntoTypedCalls()
    {
        QTemporaryDir dir;
        auto cache = wf::test::makeDemoCache(dir.filePath(QStringLiteral("script.sqlite")));
        ScriptedStation station(cache->database(), QStringLiteral("ST-SCRIPT"), {});
        const auto code = [&](const QString& line) {
            return station.run(line).verdict.code;
        };
        QCOMPARE(code(QStringLiteral("login P1001")), QStringLiteral("logged_in"));
        QCOMPARE(code(QStringLiteral("mode pack")), QStringLiteral("not_allowed")); // ModeAccess: a picker
        code(QStringLiteral("mode pick"));
        for (int tote = 1; tote <= 2; ++tote)
            QCOMPARE(code(QStringLiteral("scan TOTE-S%1").arg(tote)), QStringLiteral("tote_bound"));
        QCOMPARE(code(QStringLiteral("action short lost")), QStringLiteral("invalid_reason"));
        QCOMPARE(code(QStringLiteral("action fly")), QStringLiteral("unknown_action"));
        QCOMPARE(code(QStringLiteral("action quantity many")), QStringLiteral("invalid_quantity"));
        QCOMPARE(code(QStringLiteral("action confirm")), QStringLiteral("nothing_to_confirm"));
        QCOMPARE(code(QStringLiteral("action supervisor S9001 2468")), QStringLiteral("nothing_to_approve"));
        QCOMPARE(code(QStringLiteral("action short damaged")), QStringLiteral("short_recorded"));
        QCOMPARE(wf::test::scalar(cache->database(),
                                  QStringLiteral("SELECT count(*) FROM pick_task WHERE short_reason = 'damaged'")),
                 qint64(1));
    }

    void returnsKeysAreParsedIntoTypedCalls()
    {
        QTemporaryDir dir;
        auto cache = wf::test::makeDemoCache(dir.filePath(QStringLiteral("script-returns.sqlite")));
        ScriptedStation station(cache->database(), QStringLiteral("ST-SCRIPT"), {});
        const auto code = [&](const QString& line) {
            return station.run(line).verdict.code;
        };
        code(QStringLiteral("login R3001"));
        code(QStringLiteral("mode returns"));
        QCOMPARE(code(QStringLiteral("action refund")), QStringLiteral("no_return")); // nothing open yet
        const QString rma = wf::test::scalarText(
            cache->database(),
            QStringLiteral("SELECT id FROM return_auth WHERE status = 'expected' AND return_path = 'inspect_at_hub' "
                           "ORDER BY id LIMIT 1"));
        QCOMPARE(code(QStringLiteral("scan ") + rma), QStringLiteral("return_opened"));
        QCOMPARE(code(QStringLiteral("action grade E defective")), QStringLiteral("invalid_grade"));
        QCOMPARE(code(QStringLiteral("action grade B bored")), QStringLiteral("invalid_reason"));
        QCOMPARE(code(QStringLiteral("action line x")), QStringLiteral("invalid_line"));
        QCOMPARE(code(QStringLiteral("action fly")), QStringLiteral("unknown_action"));
        QCOMPARE(code(QStringLiteral("action supervisor S9001 2468")), QStringLiteral("nothing_to_approve"));
    }
};

QTEST_GUILESS_MAIN(TestScriptedStation)
#include "TestScriptedStation.moc"
