#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "support/TestCache.h"

using wf::test::scalar;
using wf::test::scalarText;

/// Durable before shown: a real floorctl replay process is killed (SIGKILL) at random moments
/// while it picks; after every kill the cache must hold exactly the steps that were confirmed,
/// and a new run resumes at the same task.
class TestReplayKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayPrintsOneLinePerStep();
    void killedAtRandomPointsLosesAndDoublesNothing();
    void returnsReplayedAndKilledChangeStockOnce();
    void wrongPinsLockAcrossApprovalsAndProcesses_data();
    void wrongPinsLockAcrossApprovalsAndProcesses();
    void replayCheckpointsWhileItRuns();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    QString m_path;
    QString m_scriptPath;

    QString remainingScript();
    void checkInvariants(int round);
    void checkReturnInvariants(int round);
    QString returnsScript(bool openOnly = false);
    /// Runs the script; kills the process after `killAfterLines` printed steps (-1: never).
    int runReplay(int killAfterLines, QByteArray* output = nullptr, int extraMicros = 0);
};

void TestReplayKill::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("kill.sqlite"));
    m_scriptPath = m_dir.filePath(QStringLiteral("script.txt"));
    m_cache = wf::test::makeDemoCache(m_path, 300, 60, 11);
}

int TestReplayKill::runReplay(int killAfterLines, QByteArray* output, int extraMicros)
{
    QProcess replay;
    replay.start(QStringLiteral(FLOORCTL),
                 {QStringLiteral("replay"),
                  QStringLiteral("--db"),
                  m_path,
                  QStringLiteral("--station"),
                  QStringLiteral("ST-KILL"),
                  QStringLiteral("--batch"),
                  QStringLiteral("24"),
                  m_scriptPath});
    if (!replay.waitForStarted(10000))
        return -2;
    if (killAfterLines >= 0) {
        // Kill after the k-th confirmed step was printed, plus a moment: mid-step, mid-commit or
        // between steps, wherever that moment falls.
        int lines = 0;
        while (lines < killAfterLines && replay.state() == QProcess::Running) {
            if (replay.canReadLine()) {
                replay.readLine();
                ++lines;
            } else {
                replay.waitForReadyRead(100);
            }
        }
        QThread::usleep(quint64(extraMicros));
        if (replay.state() == QProcess::Running) {
            replay.kill(); // SIGKILL: no destructor, no rollback, no flush
            replay.waitForFinished(10000);
            return -1;
        }
    }
    replay.waitForFinished(60000);
    if (output)
        *output = replay.readAllStandardOutput();
    return replay.exitCode();
}

QString TestReplayKill::remainingScript()
{
    QString script = QStringLiteral("login P1001\nmode pick\n");
    QSqlQuery totes(m_cache->database());
    if (totes.exec(QStringLiteral("SELECT count(*) FROM pick_tote t JOIN pick_list l ON l.id = t.pick_list_id "
                                  "WHERE l.status <> 'done' AND t.tote = ''"))
        && totes.next())
        for (int i = 0; i < totes.value(0).toInt(); ++i)
            script += QStringLiteral("scan TOTE-%1\n").arg(QRandomGenerator::global()->generate());
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT k.state, l.code, (SELECT min(code) FROM barcode b WHERE b.sku = k.sku AND b.kind = "
                          "'gtin'), k.quantity - k.picked_qty - k.short_qty, k.required_serial FROM pick_task k "
                          "JOIN location l ON l.id = k.location_id JOIN pick_list p ON p.id = k.pick_list_id "
                          "WHERE p.status <> 'done' AND k.state NOT IN ('done', 'short') ORDER BY k.seq"));
    QString lastBin;
    while (q.next()) {
        if (q.value(1).toString() != lastBin)
            script += QStringLiteral("scan ") + q.value(1).toString() + QLatin1Char('\n');
        lastBin = q.value(1).toString();
        const QString serial = q.value(4).toString();
        const QString code = serial.isEmpty()
                                 ? q.value(2).toString()
                                 : QStringLiteral("(01)0") + q.value(2).toString() + QStringLiteral("(21)") + serial;
        for (int i = 0; i < q.value(3).toInt(); ++i)
            script += QStringLiteral("scan ") + code + QLatin1Char('\n');
    }
    return script;
}

void TestReplayKill::checkInvariants(int round)
{
    const auto db = m_cache->database();
    const QString where = QStringLiteral(" (round %1)").arg(round);
    QVERIFY2(scalar(db,
                    QStringLiteral("SELECT count(*) FROM pick_task k WHERE k.picked_qty <> (SELECT "
                                   "coalesce(sum(quantity), 0) FROM movement m WHERE m.kind = 'pick' AND "
                                   "m.reference = 'task:' || k.id)"))
                 == 0,
             qPrintable(QStringLiteral("task progress and pick movements disagree") + where));
    QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM pick_task WHERE picked_qty > quantity")) == 0,
             qPrintable(QStringLiteral("over-picked") + where));
    QVERIFY2(scalar(db,
                    QStringLiteral("SELECT count(*) FROM scan_log WHERE station_id = 'ST-KILL' AND verdict = "
                                   "'ok' AND code IN ('item_picked', 'task_done', 'list_done')"))
                 == scalar(db,
                           QStringLiteral("SELECT count(*) FROM movement WHERE station_id = 'ST-KILL' AND kind = "
                                          "'pick'")),
             qPrintable(QStringLiteral("scan log and movements disagree") + where));
    QVERIFY2(scalar(db,
                    QStringLiteral("SELECT coalesce(max(station_seq) - min(station_seq) + 1 - count(*), 0) FROM "
                                   "movement WHERE station_id = 'ST-KILL'"))
                 == 0,
             qPrintable(QStringLiteral("movement numbers have a gap or a double") + where));
    QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM pick_list WHERE station_id = 'ST-KILL'")) == 1,
             qPrintable(QStringLiteral("a restart made a second list") + where));
}

void TestReplayKill::replayPrintsOneLinePerStep()
{
    QFile script(m_scriptPath);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("# comment\n\nlogin P1001\nmode lookup\nscan 5901234123457\nscan \\x07\n");
    script.close();
    QByteArray output;
    QCOMPARE(runReplay(-1, &output), 0);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
    QCOMPARE(third.value(QStringLiteral("step")).toInt(), 3);
    QCOMPARE(third.value(QStringLiteral("input")).toString(), QStringLiteral("scan 5901234123457"));
    QCOMPARE(third.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
    QCOMPARE(third.value(QStringLiteral("code")).toString(), QStringLiteral("unknown_barcode"));
    QCOMPARE(QJsonDocument::fromJson(lines[3]).object().value(QStringLiteral("code")).toString(),
             QStringLiteral("control_character"));
}

void TestReplayKill::killedAtRandomPointsLosesAndDoublesNothing()
{
    QRandomGenerator rng(4242);
    int kills = 0;
    auto listDone = [this] {
        return scalar(m_cache->database(),
                      QStringLiteral("SELECT count(*) FROM pick_list WHERE station_id = "
                                     "'ST-KILL' AND status = 'done'"))
               == 1;
    };
    for (int round = 0; round < 60 && !listDone(); ++round) {
        const QString script = remainingScript();
        QFile file(m_scriptPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(script.toUtf8());
        file.close();
        if (runReplay(int(rng.bounded(3, 10)), nullptr, int(rng.bounded(0, 4000))) == -1)
            ++kills;
        checkInvariants(round);
    }
    if (!listDone()) { // finish without killing
        QFile file(m_scriptPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(remainingScript().toUtf8());
        file.close();
        QCOMPARE(runReplay(-1), 0);
    }
    checkInvariants(999);
    qInfo("killed %d times", kills);
    QVERIFY(kills >= 10);
    const auto db = m_cache->database();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM pick_list WHERE station_id = 'ST-KILL' AND status = "
                                   "'done'")),
             qint64(1));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT sum(quantity) FROM movement WHERE station_id = 'ST-KILL' AND kind = "
                                   "'pick'")),
             scalar(db,
                    QStringLiteral("SELECT sum(k.quantity) FROM pick_task k JOIN pick_list p ON p.id = "
                                   "k.pick_list_id WHERE p.station_id = 'ST-KILL'")));
}

QString TestReplayKill::returnsScript(bool openOnly)
{
    // Twenty-four returns inspected at the hub: received, graded, every third rejected to hold, the
    // rest approved for restock, then refunded. The same script every round.
    QString script = QStringLiteral("login R3001\nmode returns\n");
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT a.id, (SELECT min(code) FROM barcode b WHERE b.sku = l.sku AND b.kind = 'gtin') "
                          "FROM return_auth a JOIN return_line l ON l.rma_id = a.id WHERE a.return_path = "
                          "'inspect_at_hub' AND l.shipped_serial = '' ORDER BY a.id LIMIT 24"));
    int n = 0;
    while (q.next()) {
        const QString status =
            scalarText(m_cache->database(),
                       QStringLiteral("SELECT status FROM return_auth WHERE id = '%1'").arg(q.value(0).toString()));
        if (openOnly && status == QLatin1String("closed")) {
            ++n;
            continue;
        }
        script += QStringLiteral("scan %1\nscan %2\naction grade B changed_mind\naction %3\naction refund\n")
                      .arg(q.value(0).toString(), q.value(1).toString())
                      .arg(++n % 3 == 0 ? QStringLiteral("reject") : QStringLiteral("approve"));
    }
    return script;
}

void TestReplayKill::checkReturnInvariants(int round)
{
    const auto db = m_cache->database();
    const QString where = QStringLiteral(" (round %1)").arg(round);
    const QString movementsOf = QStringLiteral(
        "(SELECT count(*) FROM movement m WHERE m.kind IN ('return_restock', 'return_hold') AND m.reference = "
        "'rma:' || l.rma_id || '/' || l.line_no)");
    QVERIFY2(
        scalar(db, QStringLiteral("SELECT count(*) FROM return_line l WHERE ") + movementsOf + QStringLiteral(" > 1"))
            == 0,
        qPrintable(QStringLiteral("a return line changed stock twice") + where));
    QVERIFY2(scalar(db,
                    QStringLiteral("SELECT count(*) FROM return_line l WHERE (l.decision <> '') <> (") + movementsOf
                        + QStringLiteral(" = 1)"))
                 == 0,
             qPrintable(QStringLiteral("a decision without its movement, or a movement without its decision") + where));
    QVERIFY2(scalar(db,
                    QStringLiteral("SELECT count(*) FROM return_line l JOIN movement m ON m.reference = 'rma:' || "
                                   "l.rma_id || '/' || l.line_no WHERE (l.decision = 'restock') <> (m.kind = "
                                   "'return_restock')"))
                 == 0,
             qPrintable(QStringLiteral("a movement of the wrong kind") + where));
    QVERIFY2(scalar(db,
                    QStringLiteral("SELECT count(*) FROM return_line WHERE status IN ('restock_approved', "
                                   "'restock_rejected') AND decision = ''"))
                 == 0,
             qPrintable(QStringLiteral("a decided line without its decision") + where));
}

void TestReplayKill::returnsReplayedAndKilledChangeStockOnce()
{
    // A cache of its own with enough returns: 800 orders give a few dozen RMAs.
    m_cache.reset();
    m_path = m_dir.filePath(QStringLiteral("returns.sqlite"));
    m_cache = wf::test::makeDemoCache(m_path, 300, 800, 13);
    QVERIFY(scalar(m_cache->database(),
                   QStringLiteral("SELECT count(*) FROM return_auth a JOIN return_line l ON l.rma_id = a.id WHERE "
                                  "a.return_path = 'inspect_at_hub' AND l.shipped_serial = ''"))
            >= 24);
    auto writeScript = [this](const QString& text) {
        QFile file(m_scriptPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
    };
    auto open = [this] {
        return scalar(m_cache->database(),
                      QStringLiteral("SELECT count(*) FROM return_auth WHERE status <> 'closed' AND id IN (SELECT "
                                     "a.id FROM return_auth a JOIN return_line l ON l.rma_id = a.id WHERE "
                                     "a.return_path = 'inspect_at_hub' AND l.shipped_serial = '' ORDER BY a.id "
                                     "LIMIT 24)"));
    };
    QRandomGenerator rng(777);
    int kills = 0;
    // Each round replays the script of the returns still open (each from its first step, so the
    // steps already done are replayed too) and is killed after a few steps.
    for (int round = 0; round < 80 && open() > 0; ++round) {
        writeScript(returnsScript(true));
        if (runReplay(int(rng.bounded(3, 14)), nullptr, int(rng.bounded(0, 3000))) == -1)
            ++kills;
        checkReturnInvariants(round);
    }
    // Then the whole script, twice: every step is done already and must write nothing new.
    writeScript(returnsScript());
    QCOMPARE(runReplay(-1), 0);
    const qint64 movements = scalar(m_cache->database(), QStringLiteral("SELECT count(*) FROM movement"));
    QCOMPARE(runReplay(-1), 0);
    QCOMPARE(scalar(m_cache->database(), QStringLiteral("SELECT count(*) FROM movement")), movements);
    checkReturnInvariants(999);
    qInfo("returns: killed %d times", kills);
    QVERIFY(kills >= 10);
    const auto db = m_cache->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'return_restock'")), qint64(16));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'return_hold'")), qint64(8));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM return_line WHERE status = 'refunded'")), qint64(24));
}

void TestReplayKill::wrongPinsLockAcrossApprovalsAndProcesses_data()
{
    QTest::addColumn<QString>("setup");    // the floor steps up to the approval
    QTest::addColumn<QString>("approval"); // the approval line, %1 the PIN
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("approved");    // the code when the right PIN is given
    QTest::addColumn<QString>("nothingDone"); // SQL that counts what an approval would have written
    QTest::addRow("short pick") << QStringLiteral("login P1001\nmode pick\nscan TOTE-1\naction short not_found\n")
                                << QStringLiteral("action supervisor S9001 %1")
                                << QStringList{QStringLiteral("--batch"),
                                               QStringLiteral("1"),
                                               QStringLiteral("--supervisor-short")}
                                << QStringLiteral("short_recorded")
                                << QStringLiteral("SELECT count(*) FROM pick_task WHERE short_qty > 0");
    QTest::addRow("poor-grade restock")
        << QStringLiteral("login R3001\nmode returns\nscan RMA-500002\nscan {RETURNED}\n"
                          "action grade C damaged_in_transit\naction approve\n")
        << QStringLiteral("action supervisor S9001 %1") << QStringList{} << QStringLiteral("restock_approved")
        << QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'return_restock'");
    QTest::addRow("weight override") << QStringLiteral(
        "login K2001\nmode pack\nscan PIN-1-1\nscan {PACKED}\naction weight 1\naction close\n")
                                     << QStringLiteral("action override-weight S9001 %1 scale broken") << QStringList{}
                                     << QStringLiteral("weight_accepted")
                                     << QStringLiteral("SELECT count(*) FROM audit WHERE action = 'override_weight'");
}

void TestReplayKill::wrongPinsLockAcrossApprovalsAndProcesses()
{
    // 50 wrong PINs for one approval, in one process; then the right one; then a new process.
    // The count lives in the cache: the badge stays locked for the approval and for login alike.
    QFETCH(QString, setup);
    QFETCH(QString, approval);
    QFETCH(QStringList, options);
    QFETCH(QString, approved);
    QFETCH(QString, nothingDone);
    const QString path = m_dir.filePath(
        QStringLiteral("pins-%1.sqlite")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    auto cache = wf::test::makeDemoCache(path, 300, 60, 11);
    const auto db = cache->database();
    // What the returns and pack paths scan: RMA-500002's item; a package waiting at the bench.
    const QString packed = wf::test::scalarText(
        db,
        QStringLiteral("SELECT p.sku FROM product p WHERE p.is_bundle = 0 AND p.packing_class = 'standard' AND "
                       "p.restriction_tags = '' AND EXISTS (SELECT 1 FROM barcode b WHERE b.sku = p.sku AND "
                       "b.kind = 'gtin' AND b.quantity = 1) ORDER BY p.sku LIMIT 1"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO orders (id, channel, customer_name, address_line, city, postal_code, "
                                  "destination_country, service_level, ship_by, declared_value_minor, currency, "
                                  "status, created_at) VALUES ('PIN-1', 'shop', 'Jonas Weber', 'Hauptstr. 1', "
                                  "'Berlin', '10115', 'DE', 'standard', 1800000000000, 0, 'EUR', 'picking', "
                                  "1790000000000)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, "
                                  "tracking_number, label_barcode, status) VALUES ('PIN-1-1', 'PIN-1', 1, 1, 'DHL', "
                                  "'standard', 'JD0146000000009101', 'JD0146000000009101', 'picked')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO shipment_line (shipment_id, line_no, sku, quantity) VALUES ('PIN-1-1', "
                                  "1, '%1', 1)")
                       .arg(packed)));
    const auto codeOf = [&](const QString& where) {
        return wf::test::scalarText(
            db,
            QStringLiteral("SELECT code FROM barcode WHERE sku = (%1) AND kind = 'gtin' AND quantity = 1 LIMIT 1")
                .arg(where));
    };
    setup.replace(QStringLiteral("{RETURNED}"),
                  codeOf(QStringLiteral("SELECT sku FROM return_line WHERE rma_id = 'RMA-500002' AND line_no = 1")));
    setup.replace(QStringLiteral("{PACKED}"), codeOf(QLatin1Char('\'') + packed + QLatin1Char('\'')));
    const auto replay = [&](const QString& script, const QStringList& extra) {
        const QString scriptPath = m_dir.filePath(QStringLiteral("pins.txt"));
        QFile file(scriptPath);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(script.toUtf8());
        file.close();
        QProcess p;
        p.start(QStringLiteral(FLOORCTL),
                QStringList{QStringLiteral("replay"),
                            QStringLiteral("--db"),
                            path,
                            QStringLiteral("--station"),
                            QStringLiteral("ST-PIN")}
                    + extra + QStringList{scriptPath});
        p.waitForFinished(120000);
        QStringList codes;
        for (const QByteArray& line : p.readAllStandardOutput().trimmed().split('\n'))
            codes << QJsonDocument::fromJson(line).object().value(QStringLiteral("code")).toString();
        return codes;
    };
    const qint64 before = wf::test::scalar(db, nothingDone);
    QString script = setup;
    for (int i = 0; i < 50; ++i)
        script += approval.arg(1000 + i) + QLatin1Char('\n'); // none is 2468
    script += approval.arg(QStringLiteral("2468")) + QLatin1Char('\n');
    const int steps = int(setup.count(QLatin1Char('\n')));
    const QStringList codes = replay(script, options);
    QCOMPARE(codes.size(), steps + 51);
    QVERIFY2(codes.at(steps - 1).endsWith(QStringLiteral("_required"))
                 || codes.at(steps - 1) == QLatin1String("weight_mismatch"),
             qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(codes.mid(steps, 4), QStringList(4, QStringLiteral("wrong_pin")));
    QCOMPARE(codes.mid(steps + 4, 47), QStringList(47, QStringLiteral("pin_locked"))); // the right PIN too
    QCOMPARE(wf::test::scalar(db, nothingDone), before);
    QCOMPARE(wf::test::scalar(db,
                              QStringLiteral("SELECT count(*) FROM audit WHERE action = 'approval_wrong_pin' AND "
                                             "subject = 'S9001'")),
             qint64(51));
    // A new process: the supervisor's login is refused as well.
    QCOMPARE(replay(QStringLiteral("login S9001 2468\n"), {}), QStringList{QStringLiteral("pin_locked")});
    // Once the lock has passed (here: cleared as 15 minutes would), the same approval goes through.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM pin_attempt")));
    const QStringList later = replay(setup + approval.arg(QStringLiteral("2468")) + QLatin1Char('\n'), options);
    QCOMPARE(later.value(steps), approved);
}

void TestReplayKill::replayCheckpointsWhileItRuns()
{
    // 6,000 wrong scans at a pick, each a durable scan-log row; the replay is killed near its end,
    // so SQLite's own checkpoint at close never runs. The cache file alone (without its -wal) must
    // hold most of the rows: the checkpointer moved them while the replay ran.
    const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
    wf::test::makeDemoCache(path, 300, 60, 11);
    const QString scriptPath = m_dir.filePath(QStringLiteral("wal.txt"));
    {
        QFile file(scriptPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("login P1001\nmode pick\nscan TOTE-1\n");
        for (int i = 0; i < 6000; ++i)
            file.write(QByteArray("scan NOT-A-BIN-") + QByteArray::number(i) + '\n');
    }
    QProcess replay;
    replay.start(QStringLiteral(FLOORCTL),
                 {QStringLiteral("replay"),
                  QStringLiteral("--db"),
                  path,
                  QStringLiteral("--station"),
                  QStringLiteral("ST-WAL"),
                  QStringLiteral("--batch"),
                  QStringLiteral("1"),
                  scriptPath});
    QVERIFY(replay.waitForStarted(10000));
    int lines = 0;
    while (lines < 5800 && replay.state() == QProcess::Running) {
        if (replay.canReadLine()) {
            replay.readLine();
            ++lines;
        } else {
            replay.waitForReadyRead(100);
        }
    }
    QCOMPARE(replay.state(), QProcess::Running);
    replay.kill();
    QVERIFY(replay.waitForFinished(10000));
    const QString alone = m_dir.filePath(QStringLiteral("wal-alone.sqlite"));
    QVERIFY(QFile::copy(path, alone)); // the cache file only, not its -wal
    qint64 rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-alone"));
        db.setDatabaseName(alone);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM scan_log WHERE station_id = 'ST-WAL'")) && q.next());
        rows = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal-alone"));
    QVERIFY2(rows >= 2000, qPrintable(QStringLiteral("%1 of %2 scans in the cache file").arg(rows).arg(lines)));
}

QTEST_GUILESS_MAIN(TestReplayKill)
#include "TestReplayKill.moc"
