#include <QTemporaryDir>
#include <QTest>

#include "support/TestCache.h"
#include "workflows/pack/PackSession.h"
#include "workflows/pick/PickSession.h"
#include "workflows/returns/ReturnSession.h"
#include "workflows/station/ModeAccess.h"

using namespace wf::workflows;

/// Who may open which mode is decided once, and every session holds to it: a session begun for
/// an operator without the role answers not_allowed and writes nothing, whatever is scanned.
class TestModeAccess : public QObject
{
    Q_OBJECT

    static OperatorSession operatorWith(const QStringList& roles)
    {
        return {QStringLiteral("T1001"), QStringLiteral("Test"), roles, QStringLiteral("en"), QStringLiteral("ST-T")};
    }

private slots:
    void rolesOpenTheirModes_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("allowed");
        const QStringList picker{QStringLiteral("picker")}, packer{QStringLiteral("packer")},
            returns{QStringLiteral("returns")}, supervisor{QStringLiteral("supervisor")};
        QTest::addRow("picker picks") << picker << int(FloorMode::Pick) << true;
        QTest::addRow("picker may not pack") << picker << int(FloorMode::Pack) << false;
        QTest::addRow("picker may not take returns") << picker << int(FloorMode::Returns) << false;
        QTest::addRow("picker may not supervise") << picker << int(FloorMode::Supervisor) << false;
        QTest::addRow("packer packs") << packer << int(FloorMode::Pack) << true;
        QTest::addRow("packer may not pick") << packer << int(FloorMode::Pick) << false;
        QTest::addRow("returns clerk takes returns") << returns << int(FloorMode::Returns) << true;
        QTest::addRow("supervisor supervises") << supervisor << int(FloorMode::Supervisor) << true;
        QTest::addRow("supervisor alone may not pick") << supervisor << int(FloorMode::Pick) << false;
        QTest::addRow("anyone looks up") << picker << int(FloorMode::Lookup) << true;
        QTest::addRow("anyone sees sync") << returns << int(FloorMode::Sync) << true;
        QTest::addRow("anyone sets scanners") << packer << int(FloorMode::Scanners) << true;
    }

    void rolesOpenTheirModes()
    {
        QFETCH(QStringList, roles);
        QFETCH(int, mode);
        QFETCH(bool, allowed);
        const auto session = operatorWith(roles);
        QCOMPARE(ModeAccess::allows(session, FloorMode(mode)), allowed);
        const auto refusal = ModeAccess::refusal(session, FloorMode(mode));
        QCOMPARE(!refusal.has_value(), allowed);
        if (refusal) {
            QCOMPARE(refusal->code, QStringLiteral("not_allowed"));
            QVERIFY(refusal->message.contains(QStringLiteral("T1001")));
        }
    }

    void nobodyLoggedInOpensNothing()
    {
        for (int mode = 0; mode < kFloorModeCount; ++mode) {
            QVERIFY(!ModeAccess::allows(OperatorSession{}, FloorMode(mode)));
            QCOMPARE(ModeAccess::refusal(OperatorSession{}, FloorMode(mode))->code, QStringLiteral("not_logged_in"));
        }
    }

    void everySessionRefusesAnOperatorWithoutTheRole()
    {
        QTemporaryDir dir;
        auto cache = wf::test::makeDemoCache(dir.filePath(QStringLiteral("access.sqlite")));
        const auto db = cache->database();
        const auto written = [&] {
            return wf::test::scalar(db,
                                    QStringLiteral("SELECT (SELECT count(*) FROM scan_log) + (SELECT count(*) "
                                                   "FROM movement) + (SELECT count(*) FROM pick_list)"));
        };
        const qint64 before = written();
        const auto lookupOnly = operatorWith({QStringLiteral("returns")});
        PickSession pick(db, QStringLiteral("ST-T"), {});
        QCOMPARE(pick.begin(lookupOnly).code, QStringLiteral("not_allowed"));
        QCOMPARE(pick.scan(wf::scanner::ScanEvent::manual(QStringLiteral("TOTE-1"))).code,
                 QStringLiteral("not_logged_in"));
        QCOMPARE(pick.reportShort(PickSession::ShortReason::Damaged).code, QStringLiteral("not_logged_in"));
        QCOMPARE(pick.enterQuantity(1).code, QStringLiteral("not_logged_in"));
        PackSession pack(
            db, QStringLiteral("ST-T"), {}, wf::printing::LabelOutput::folder(dir.filePath(QStringLiteral("l"))));
        QCOMPARE(pack.begin(lookupOnly).code, QStringLiteral("not_allowed"));
        const QString picked = wf::test::scalarText(db, QStringLiteral("SELECT id FROM shipment ORDER BY id LIMIT 1"));
        QCOMPARE(pack.scan(wf::scanner::ScanEvent::manual(picked)).code, QStringLiteral("not_logged_in"));
        ReturnSession returns(db, QStringLiteral("ST-T"), dir.filePath(QStringLiteral("proof")));
        QCOMPARE(returns.begin(operatorWith({QStringLiteral("picker")})).code, QStringLiteral("not_allowed"));
        QCOMPARE(returns.scan(wf::scanner::ScanEvent::manual(QStringLiteral("RMA-500001"))).code,
                 QStringLiteral("not_logged_in"));
        QCOMPARE(written(), before); // nothing was written by anyone refused
        // The same sessions begun for an operator with the role work.
        QVERIFY(pack.begin(operatorWith({QStringLiteral("packer")})).kind != Verdict::Kind::Error);
        QVERIFY(returns.begin(operatorWith({QStringLiteral("returns")})).kind != Verdict::Kind::Error);
    }
};

QTEST_GUILESS_MAIN(TestModeAccess)
#include "TestModeAccess.moc"
