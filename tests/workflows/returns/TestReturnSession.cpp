#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/ReturnRepository.h"
#include "support/TestCache.h"
#include "workflows/returns/ReturnSession.h"
#include "workflows/supervisor/FloorMetrics.h"

using wf::scanner::ScanEvent;
using wf::test::scalar;
using wf::test::scalarText;
using wf::workflows::OperatorSession;
using wf::workflows::ReturnSession;
using wf::workflows::Verdict;

/// Returns inspection on a real demo cache: the status machine, each return path, proof, the
/// supervisor rule for poor grades, inventory written exactly once, and the rates query.
class TestReturnSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusMachineAllowsOnlyTheDesignedSteps_data();
    void statusMachineAllowsOnlyTheDesignedSteps();
    void refundOnlyChangesNoStock();
    void inspectAtHubRestocksOnce();
    void highValueNeedsPhotoAndTheShippedSerial();
    void poorGradeRestocksOnlyWithASupervisor();
    void rejectedLineGoesToHoldOnce();
    void aNewSessionCannotApproveAgain();
    void badInputWritesNothing();
    void ratesOnKnownData();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    std::unique_ptr<ReturnSession> m_returns;
    OperatorSession m_clerk{QStringLiteral("R3001"),
                            QStringLiteral("Ana"),
                            {QStringLiteral("returns")},
                            QStringLiteral("en"),
                            QStringLiteral("ST-R")};
    QSqlDatabase db() const { return m_cache->database(); }
    Verdict scan(const QString& text) { return m_returns->scan(ScanEvent::manual(text)); }
    QString rmaOf(const QString& path, bool serial = false);
    QString unitBarcode(const QString& sku);
    qint64 movements(const QString& kind, const QString& rma)
    {
        return scalar(db(),
                      QStringLiteral("SELECT count(*) FROM movement WHERE kind = '%1' AND reference LIKE 'rma:%2/%'")
                          .arg(kind, rma));
    }
    QString photo();
};

void TestReturnSession::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "statusMachineAllowsOnlyTheDesignedSteps") == 0)
        return; // a pure function: no cache needed for its 147 rows
    static int n = 0;
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("returns-%1.sqlite").arg(++n)));
    m_returns = std::make_unique<ReturnSession>(db(), QStringLiteral("ST-R"), m_dir.filePath(QStringLiteral("proofs")));
    QCOMPARE(m_returns->begin(m_clerk).code, QStringLiteral("scan_return"));
}

void TestReturnSession::cleanup()
{
    m_returns.reset();
    m_cache.reset();
}

QString TestReturnSession::rmaOf(const QString& path, bool serial)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT a.id FROM return_auth a JOIN return_line l ON l.rma_id = a.id "
                             "WHERE a.return_path = ? AND (l.shipped_serial <> '') = ? AND a.status = 'expected' "
                             "ORDER BY a.id LIMIT 1"));
    q.addBindValue(path);
    q.addBindValue(serial ? 1 : 0);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString TestReturnSession::unitBarcode(const QString& sku)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT code FROM barcode WHERE sku = ? AND quantity = 1 ORDER BY kind LIMIT 1"));
    q.addBindValue(sku);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString TestReturnSession::photo()
{
    const QString path = m_dir.filePath(QStringLiteral("item.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    if (!image.save(path, "PNG"))
        qFatal("cannot write the test photo");
    return path;
}

void TestReturnSession::statusMachineAllowsOnlyTheDesignedSteps_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    // The issue's machine: received → checking → restock_approved | restock_rejected →
    // refunded | replaced, entered from expected by receiving the item; refund-only lines go from
    // expected straight to refunded.
    const QStringList statuses = {QStringLiteral("expected"),
                                  QStringLiteral("received"),
                                  QStringLiteral("checking"),
                                  QStringLiteral("restock_approved"),
                                  QStringLiteral("restock_rejected"),
                                  QStringLiteral("refunded"),
                                  QStringLiteral("replaced")};
    const QSet<QString> inspected = {QStringLiteral("expected>received"),
                                     QStringLiteral("received>checking"),
                                     QStringLiteral("checking>restock_approved"),
                                     QStringLiteral("checking>restock_rejected"),
                                     QStringLiteral("restock_approved>refunded"),
                                     QStringLiteral("restock_approved>replaced"),
                                     QStringLiteral("restock_rejected>refunded"),
                                     QStringLiteral("restock_rejected>replaced")};
    const QSet<QString> refundOnly = {QStringLiteral("expected>refunded")};
    for (const QString& path :
         {QStringLiteral("refund_only"), QStringLiteral("inspect_at_hub"), QStringLiteral("return_with_proof")})
        for (const QString& from : statuses)
            for (const QString& to : statuses) {
                const QString edge = from + QLatin1Char('>') + to;
                const bool allowed =
                    path == QLatin1String("refund_only") ? refundOnly.contains(edge) : inspected.contains(edge);
                QTest::addRow("%s %s>%s", qPrintable(path), qPrintable(from), qPrintable(to))
                    << path << from << to << allowed;
            }
}

void TestReturnSession::statusMachineAllowsOnlyTheDesignedSteps()
{
    QFETCH(QString, path);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(ReturnSession::allowed(path, from, to), allowed);
}

void TestReturnSession::refundOnlyChangesNoStock()
{
    const QString rma = rmaOf(QStringLiteral("refund_only"));
    QVERIFY(!rma.isEmpty());
    const QString order = scalarText(db(), QStringLiteral("SELECT order_id FROM return_auth WHERE id = '%1'").arg(rma));
    const qint64 movementsBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM movement"));
    // Found by the customer's order id: the open RMA of that order.
    QCOMPARE(scan(order).code, QStringLiteral("return_opened"));
    if (scalar(db(), QStringLiteral("SELECT count(*) FROM return_auth WHERE order_id = '%1'").arg(order)) == 1)
        QCOMPARE(m_returns->view().rma->id, rma);
    else
        QCOMPARE(scan(rma).code, QStringLiteral("return_opened"));
    const auto line = m_returns->view().lines.value(0);
    QCOMPARE(scan(unitBarcode(line.sku)).code, QStringLiteral("refund_only"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("invalid_transition"));
    QCOMPARE(m_returns->refund().code, QStringLiteral("refunded"));
    QCOMPARE(m_returns->refund().code, QStringLiteral("invalid_transition"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM return_auth WHERE id = '%1'").arg(rma)),
             QStringLiteral("closed"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movement")), movementsBefore);
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM audit WHERE action = 'return_refunded' AND subject = '%1/%2'")
                        .arg(rma)
                        .arg(line.lineNo)),
             qint64(1));
    // Scanning it again: the return is closed, nothing changes.
    QCOMPARE(scan(rma).code, QStringLiteral("return_closed"));
}

void TestReturnSession::inspectAtHubRestocksOnce()
{
    const QString rma = rmaOf(QStringLiteral("inspect_at_hub"));
    const QString tracking =
        scalarText(db(), QStringLiteral("SELECT tracking_number FROM return_auth WHERE id = '%1'").arg(rma));
    QCOMPARE(scan(tracking).code, QStringLiteral("return_opened"));
    QCOMPARE(m_returns->view().rma->id, rma);
    const auto line = m_returns->view().lines.value(0);
    QCOMPARE(scan(QStringLiteral("5901234123457")).code, QStringLiteral("unknown_barcode"));
    const QString other = scalarText(
        db(), QStringLiteral("SELECT sku FROM product WHERE sku <> '%1' AND is_bundle = 0 LIMIT 1").arg(line.sku));
    QCOMPARE(scan(unitBarcode(other)).code, QStringLiteral("not_in_return"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("invalid_transition")); // not received yet
    QCOMPARE(scan(unitBarcode(line.sku)).code, QStringLiteral("item_received"));
    QCOMPARE(scan(unitBarcode(line.sku)).code, QStringLiteral("already_received"));
    QVERIFY(!ReturnSession::gradeNamed(QStringLiteral("E"))); // the script's parser refuses them
    QVERIFY(!ReturnSession::reasonNamed(QStringLiteral("bored")));
    QCOMPARE(ReturnSession::gradeNamed(QStringLiteral("b")), ReturnSession::Grade::B);
    QCOMPARE(
        m_returns->gradeLine(ReturnSession::Grade::B, ReturnSession::Reason::ChangedMind, QStringLiteral("box opened"))
            .code,
        QStringLiteral("graded"));
    QCOMPARE(m_returns->refund().code, QStringLiteral("invalid_transition")); // decide first
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("restock_approved"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("invalid_transition"));
    QCOMPARE(m_returns->rejectToHold().code, QStringLiteral("invalid_transition"));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(1));
    QCOMPARE(movements(QStringLiteral("return_hold"), rma), qint64(0));
    QCOMPARE(scalarText(db(),
                        QStringLiteral("SELECT l.kind FROM movement m JOIN location l ON l.id = m.to_location_id "
                                       "WHERE m.reference LIKE 'rma:%1/%'")
                            .arg(rma)),
             QStringLiteral("returns"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT quantity FROM movement WHERE reference LIKE 'rma:%1/%'").arg(rma)),
             qint64(line.quantity));
    QCOMPARE(m_returns->refund().code, QStringLiteral("refunded"));
    QCOMPARE(
        scalarText(db(),
                   QStringLiteral("SELECT grade || reason || notes || decision FROM return_line WHERE rma_id = '%1'")
                       .arg(rma)),
        QStringLiteral("Bchanged_mindbox openedrestock"));
    // received, checking, restock_approved, refunded: four audited transitions.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM audit WHERE subject = '%1/%2'").arg(rma).arg(line.lineNo)),
        qint64(4));
}

void TestReturnSession::highValueNeedsPhotoAndTheShippedSerial()
{
    const QString rma = rmaOf(QStringLiteral("return_with_proof"), true);
    QVERIFY(!rma.isEmpty());
    QCOMPARE(scan(rma).code, QStringLiteral("return_opened"));
    const auto line = m_returns->view().lines.value(0);
    QVERIFY(!line.shippedSerial.isEmpty());
    const QString gtin = unitBarcode(line.sku);
    // The item comes back with another serial: received, flagged, not restockable.
    const QString wrong =
        QStringLiteral("(01)%1(21)X%2").arg(gtin.rightJustified(14, QLatin1Char('0')), line.shippedSerial);
    QCOMPARE(scan(wrong).code, QStringLiteral("serial_mismatch"));
    QCOMPARE(
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'serial_mismatch' AND reference = '%1/%2'")
                   .arg(rma)
                   .arg(line.lineNo)),
        qint64(1));
    QCOMPARE(m_returns->gradeLine(ReturnSession::Grade::A, ReturnSession::Reason::ChangedMind).code,
             QStringLiteral("graded"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("proof_required"));
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a photo");
    f.close();
    QCOMPARE(m_returns->attachPhoto(text).code, QStringLiteral("not_a_photo"));
    QCOMPARE(m_returns->attachPhoto(m_dir.filePath(QStringLiteral("missing.jpg"))).code,
             QStringLiteral("photo_unreadable"));
    QCOMPARE(m_returns->attachPhoto(photo()).code, QStringLiteral("photo_attached"));
    const QString stored =
        scalarText(db(), QStringLiteral("SELECT proof_photo FROM return_line WHERE rma_id = '%1'").arg(rma));
    QVERIFY(QFile::exists(stored));
    QVERIFY(stored.startsWith(m_dir.filePath(QStringLiteral("proofs"))));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("serial_mismatch"));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(0));
    // The serial label scanned on its own is taken as the serial of the line that waits for it.
    QCOMPARE(scan(QStringLiteral("X") + line.shippedSerial).code, QStringLiteral("serial_mismatch"));
    QCOMPARE(scan(line.shippedSerial).code, QStringLiteral("serial_recorded"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("restock_approved"));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(1));
}

void TestReturnSession::poorGradeRestocksOnlyWithASupervisor()
{
    const QString rma = rmaOf(QStringLiteral("inspect_at_hub"));
    QCOMPARE(scan(rma).code, QStringLiteral("return_opened"));
    const auto line = m_returns->view().lines.value(0);
    QCOMPARE(scan(unitBarcode(line.sku)).code, QStringLiteral("item_received"));
    QCOMPARE(m_returns->gradeLine(ReturnSession::Grade::C, ReturnSession::Reason::DamagedInTransit).code,
             QStringLiteral("graded"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("supervisor_required"));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(0));
    QCOMPARE(m_returns->approveBySupervisor({QStringLiteral("R3001"), QStringLiteral("2468")}).code,
             QStringLiteral("wrong_pin")); // a clerk's badge answers as a wrong PIN does
    QCOMPARE(m_returns->approveBySupervisor({QStringLiteral("S9001"), QStringLiteral("0000")}).code,
             QStringLiteral("wrong_pin"));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(0));
    QCOMPARE(m_returns->approveBySupervisor({QStringLiteral("S9001"), QStringLiteral("2468")}).code,
             QStringLiteral("restock_approved"));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(1));
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM audit WHERE action = 'override_restock_grade' AND "
                                   "operator_badge = 'S9001' AND subject = '%1/%2'")
                        .arg(rma)
                        .arg(line.lineNo)),
             qint64(1));
    QCOMPARE(m_returns->approveBySupervisor({QStringLiteral("S9001"), QStringLiteral("2468")}).code,
             QStringLiteral("nothing_to_approve"));
}

void TestReturnSession::rejectedLineGoesToHoldOnce()
{
    const QString rma = rmaOf(QStringLiteral("inspect_at_hub"));
    QCOMPARE(scan(rma).code, QStringLiteral("return_opened"));
    const auto line = m_returns->view().lines.value(0);
    QCOMPARE(scan(unitBarcode(line.sku)).code, QStringLiteral("item_received"));
    QCOMPARE(m_returns->gradeLine(ReturnSession::Grade::D, ReturnSession::Reason::Defective).code,
             QStringLiteral("graded"));
    QCOMPARE(m_returns->rejectToHold().code, QStringLiteral("restock_rejected"));
    QCOMPARE(m_returns->rejectToHold().code, QStringLiteral("invalid_transition"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("invalid_transition"));
    QCOMPARE(movements(QStringLiteral("return_hold"), rma), qint64(1));
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(0));
    QCOMPARE(scalarText(db(),
                        QStringLiteral("SELECT l.kind FROM movement m JOIN location l ON l.id = m.to_location_id "
                                       "WHERE m.reference LIKE 'rma:%1/%'")
                            .arg(rma)),
             QStringLiteral("hold"));
    QCOMPARE(m_returns->replace().code, QStringLiteral("replaced"));
    QCOMPARE(m_returns->refund().code, QStringLiteral("invalid_transition"));
}

void TestReturnSession::aNewSessionCannotApproveAgain()
{
    const QString rma = rmaOf(QStringLiteral("inspect_at_hub"));
    QCOMPARE(scan(rma).code, QStringLiteral("return_opened"));
    const auto line = m_returns->view().lines.value(0);
    QCOMPARE(scan(unitBarcode(line.sku)).code, QStringLiteral("item_received"));
    QCOMPARE(m_returns->gradeLine(ReturnSession::Grade::A, ReturnSession::Reason::ChangedMind).code,
             QStringLiteral("graded"));
    // A second station (or this one after a restart) holds the line as it was before approval.
    ReturnSession other(db(), QStringLiteral("ST-R2"), m_dir.filePath(QStringLiteral("proofs")));
    other.begin(m_clerk);
    QCOMPARE(other.scan(ScanEvent::manual(rma)).code, QStringLiteral("return_opened"));
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("restock_approved"));
    const auto late = other.approveRestock();
    QCOMPARE(late.code, QStringLiteral("invalid_transition"));
    QCOMPARE(other.view().lines.value(0).status, QStringLiteral("restock_approved")); // shows what it is now
    QCOMPARE(movements(QStringLiteral("return_restock"), rma), qint64(1));
}

void TestReturnSession::badInputWritesNothing()
{
    const qint64 changes = scalar(db(), QStringLiteral("SELECT total_changes()"));
    QCOMPARE(scan(QString(5000, QLatin1Char('9'))).kind, Verdict::Kind::Error);
    QCOMPARE(scan(QStringLiteral("RMA\x01"
                                 "500001"))
                 .kind,
             Verdict::Kind::Error);
    QCOMPARE(m_returns->approveRestock().code, QStringLiteral("no_return"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT total_changes()")), changes);
    // Not a return at all: an error, logged, nothing else.
    QCOMPARE(scan(QStringLiteral("RMA-999999")).code, QStringLiteral("no_return"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movement WHERE kind LIKE 'return%'")), qint64(0));
}

void TestReturnSession::ratesOnKnownData()
{
    // Lines set by hand to known outcomes: defective 3 (2 refunded, 1 replaced), changed_mind 1
    // (refunded); decisions 3 restock and 1 hold.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE return_line SET status = 'expected', reason = '', decision = ''")));
    QSqlQuery lines(db());
    QVERIFY(lines.exec(QStringLiteral("SELECT rma_id, line_no FROM return_line ORDER BY rma_id LIMIT 4")));
    const QList<std::tuple<const char*, const char*, const char*>> outcomes = {{"defective", "refunded", "restock"},
                                                                               {"defective", "refunded", "hold"},
                                                                               {"defective", "replaced", "restock"},
                                                                               {"changed_mind", "refunded", "restock"}};
    for (const auto& [reason, status, decision] : outcomes) {
        QVERIFY(lines.next());
        QSqlQuery u(db());
        u.prepare(QStringLiteral("UPDATE return_line SET reason = ?, status = ?, decision = ?, updated_at = 1000 "
                                 "WHERE rma_id = ? AND line_no = ?"));
        u.addBindValue(QString::fromLatin1(reason));
        u.addBindValue(QString::fromLatin1(status));
        u.addBindValue(QString::fromLatin1(decision));
        u.addBindValue(lines.value(0));
        u.addBindValue(lines.value(1));
        QVERIFY(u.exec());
    }
    auto rates = wf::db::ReturnRepository(db()).rates();
    QVERIFY(rates);
    QCOMPARE(rates->byReason.size(), 2);
    QCOMPARE(rates->byReason[0].reason, QStringLiteral("changed_mind"));
    QCOMPARE(rates->byReason[0].lines, 1);
    QCOMPARE(rates->byReason[0].refundRate, 1.0);
    QCOMPARE(rates->byReason[1].reason, QStringLiteral("defective"));
    QCOMPARE(rates->byReason[1].lines, 3);
    QCOMPARE(rates->byReason[1].refunded, 2);
    QCOMPARE(rates->byReason[1].refundRate, 2.0 / 3.0);
    QCOMPARE(rates->restocked, 3);
    QCOMPARE(rates->held, 1);
    // The rate itself is FloorMetrics', the one place it is computed: 3 of 4 decided.
    const auto metrics = wf::workflows::FloorMetrics::compute(
        db(), QDateTime::fromMSecsSinceEpoch(0), QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(metrics && metrics->restockRate);
    QCOMPARE(*metrics->restockRate, 0.75);
    // Nothing changed since a later time: empty.
    auto later = wf::db::ReturnRepository(db()).rates(2000);
    QVERIFY(later);
    QVERIFY(later->byReason.isEmpty());
    QCOMPARE(later->restocked + later->held, 0);
}

QTEST_GUILESS_MAIN(TestReturnSession)
#include "TestReturnSession.moc"
