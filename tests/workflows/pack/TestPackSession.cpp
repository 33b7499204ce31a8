#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/TestCache.h"
#include "workflows/pack/PackSession.h"
#include "workflows/pack/PackingChecks.h"

using wf::scanner::ScanEvent;
using wf::test::scalar;
using wf::test::scalarText;
using wf::workflows::OperatorSession;
using wf::workflows::PackSession;
using wf::workflows::Verdict;
namespace packing = wf::workflows::packing;

/// Packing on a real demo cache with packages built for each case: scan-to-verify, the playbook,
/// destination and customs checks, box and weight, the label and its verification, and what each
/// step writes (or does not).
class TestPackSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensByShipmentToteOrOrderAndRecordsTheSplitOnce();
    void refusesPackagesThatAreNotReady();
    void everyUnitIsScannedAgainstThePackage();
    void playbookPromptsMustBeConfirmedAndAreAudited();
    void restrictedDestinationBlocksBeforeAnyScan();
    void suggestedServiceMustBeTakenBeforeClosing();
    void missingCustomsDataBlocksTheLabel();
    void customsChecksEachFact();
    void weightOutsideToleranceNeedsASupervisor();
    void boxIsSuggestedFromTheItems();
    void anotherBoxChangesTheExpectedWeight();
    void aNewCacheHasTheDefaultPlaybook();
    void labelScanShipsOnlyTheMatchingPackage();
    void aTrackingNumberAfterTheLabelHasItPrintedAgain();
    void thePackageHoldsWhatWasPicked();
    void aRestartedSessionResumesThePackage();

private:
    struct Line
    {
        QString sku;
        int quantity = 1;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<wf::db::LocalCache> m_cache;
    std::unique_ptr<PackSession> m_pack;
    OperatorSession m_packer{QStringLiteral("K2001"),
                             QStringLiteral("Leonie"),
                             {QStringLiteral("packer")},
                             QStringLiteral("en"),
                             QStringLiteral("ST-P")};
    QSqlDatabase db() const { return m_cache->database(); }
    Verdict scan(const QString& text) { return m_pack->scan(ScanEvent::manual(text)); }
    QString labels() const { return m_dir.filePath(QStringLiteral("labels")); }
    void newSession();
    /// An order to `country` with one picked shipment per entry of `packages`.
    QStringList makeOrder(const QString& orderId,
                          const QString& country,
                          const QList<QList<Line>>& packages,
                          const QString& service = QStringLiteral("standard"));
    QString skuWhere(const QString& condition);
    QString unitBarcode(const QString& sku);
    int expectedWeight(const QString& shipmentId);
    void packAll(const QString& shipmentId);
    /// Opens the package, packs it, weighs it at its expected weight, confirms the playbook, closes it.
    void packAndClose(const QString& shipmentId);
    qint64 count(const QString& sql) { return scalar(db(), sql); }
};

void TestPackSession::init()
{
    static int n = 0;
    m_cache = wf::test::makeDemoCache(m_dir.filePath(QStringLiteral("pack-%1.sqlite").arg(++n)));
    newSession();
}

void TestPackSession::cleanup()
{
    m_pack.reset();
    m_cache.reset();
}

void TestPackSession::newSession()
{
    m_pack = std::make_unique<PackSession>(
        db(), QStringLiteral("ST-P"), wf::workflows::PackSettings{}, wf::printing::LabelOutput::folder(labels()));
    QCOMPARE(m_pack->begin(m_packer).code, QStringLiteral("scan_package"));
}

QString TestPackSession::skuWhere(const QString& condition)
{
    return scalarText(
        db(), QStringLiteral("SELECT sku FROM product WHERE is_bundle = 0 AND %1 ORDER BY sku LIMIT 1").arg(condition));
}

QString TestPackSession::unitBarcode(const QString& sku)
{
    return scalarText(db(),
                      QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND quantity = 1 AND kind = 'gtin' "
                                     "ORDER BY code LIMIT 1")
                          .arg(sku));
}

QStringList TestPackSession::makeOrder(const QString& orderId,
                                       const QString& country,
                                       const QList<QList<Line>>& packages,
                                       const QString& service)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO orders (id, channel, customer_name, address_line, city, postal_code, destination_country, "
        "service_level, ship_by, declared_value_minor, currency, status, created_at) VALUES (?, 'test', 'Kim Lee', "
        "'1 Test Street', 'Testville', '1000', ?, ?, 1800000000000, 0, 'EUR', 'picking', 1790000000000)"));
    q.addBindValue(orderId);
    q.addBindValue(country);
    q.addBindValue(service);
    if (!q.exec())
        qFatal("order: %s", qPrintable(q.lastError().text()));
    QStringList ids;
    for (int k = 0; k < packages.size(); ++k) {
        const QString id = QStringLiteral("%1-%2").arg(orderId).arg(k + 1);
        QSqlQuery s(db());
        s.prepare(QStringLiteral("INSERT INTO shipment (id, order_id, package_no, package_count, carrier, service, "
                                 "tracking_number, label_barcode, sscc, status) VALUES (?, ?, ?, ?, 'DHL', ?, ?, ?, ?, "
                                 "'picked')"));
        s.addBindValue(id);
        s.addBindValue(orderId);
        s.addBindValue(k + 1);
        s.addBindValue(int(packages.size()));
        s.addBindValue(service);
        s.addBindValue(QStringLiteral("TRK%1").arg(id));
        s.addBindValue(QStringLiteral("TRK%1").arg(id));
        s.addBindValue(k == 0 ? QStringLiteral("040123400000000035") : QStringLiteral(""));
        if (!s.exec())
            qFatal("shipment: %s", qPrintable(s.lastError().text()));
        for (int i = 0; i < packages[k].size(); ++i) {
            QSqlQuery l(db());
            l.prepare(
                QStringLiteral("INSERT INTO shipment_line (shipment_id, line_no, sku, quantity) VALUES (?, ?, ?, ?)"));
            l.addBindValue(id);
            l.addBindValue(i + 1);
            l.addBindValue(packages[k][i].sku);
            l.addBindValue(packages[k][i].quantity);
            if (!l.exec())
                qFatal("line: %s", qPrintable(l.lastError().text()));
        }
        ids << id;
    }
    return ids;
}

int TestPackSession::expectedWeight(const QString& shipmentId)
{
    return int(scalar(db(),
                      QStringLiteral("SELECT sum(p.weight_g * l.quantity) FROM shipment_line l JOIN product p ON p.sku "
                                     "= l.sku WHERE l.shipment_id = '%1'")
                          .arg(shipmentId)));
}

void TestPackSession::packAll(const QString& shipmentId)
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT sku, quantity FROM shipment_line WHERE shipment_id = '%1'").arg(shipmentId)));
    QList<std::pair<QString, int>> lines;
    while (q.next())
        lines.append({q.value(0).toString(), q.value(1).toInt()});
    for (const auto& [sku, quantity] : lines)
        for (int i = 0; i < quantity; ++i) {
            const Verdict v = scan(unitBarcode(sku));
            QVERIFY2(v.kind == Verdict::Kind::Ok, qPrintable(v.code + QLatin1Char(' ') + v.message));
        }
}

void TestPackSession::packAndClose(const QString& shipmentId)
{
    QCOMPARE(scan(shipmentId).code, QStringLiteral("package_open"));
    packAll(shipmentId);
    QCOMPARE(m_pack->weigh(QString::number(m_pack->view().weight.expectedG) + QStringLiteral(" g")).code,
             QStringLiteral("weight_ok"));
    while (m_pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed"));
}

void TestPackSession::opensByShipmentToteOrOrderAndRecordsTheSplitOnce()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QStringList ids = makeOrder(QStringLiteral("T-1"), QStringLiteral("DE"), {{{mug, 1}}, {{mug, 2}}});
    QVERIFY(m_pack->waitingToPack(100).contains(ids[1])); // what the demo's simulator offers
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    QVERIFY(m_pack->view().shipment);
    QCOMPARE(m_pack->view().shipment->packageCount, 2);
    QVERIFY(scan(ids[0]).message.contains(QStringLiteral("package 1 of 2")));
    // Packing starts with the first item: the shipment is being packed, the split recorded once.
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("picked"));
    QCOMPARE(scan(unitBarcode(mug)).code, QStringLiteral("line_packed"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("packing"));
    m_pack->setAside();
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'split_shipment' AND order_id = 'T-1'")),
             qint64(1)); // opening again does not record it twice
    // By the order: its first package not shipped yet.
    m_pack->setAside();
    QCOMPARE(scan(QStringLiteral("T-1")).code, QStringLiteral("package_open"));
    QCOMPARE(m_pack->view().shipment->id, ids[0]);
    // By the tote it was picked into.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO pick_list (id, operator_badge, station_id, status, created_at) VALUES "
                                  "(9001, 'P1001', 'ST-1', 'done', 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO pick_tote (pick_list_id, shipment_id, position, tote) VALUES (9001, "
                                  "'%1', 1, 'TOTE-77')")
                       .arg(ids[1])));
    m_pack->setAside();
    QCOMPARE(scan(QStringLiteral("TOTE-77")).code, QStringLiteral("package_open"));
    QCOMPARE(m_pack->view().shipment->id, ids[1]);
    // Half packed, another package cannot be opened over it.
    QCOMPARE(scan(unitBarcode(mug)).code, QStringLiteral("item_packed"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'split_shipment' AND order_id = 'T-1'")),
             qint64(2)); // one per package
    const Verdict refused = scan(ids[0]);
    QCOMPARE(refused.code, QStringLiteral("package_half_packed"));
    QCOMPARE(refused.kind, Verdict::Kind::Error);
    QCOMPARE(m_pack->view().shipment->id, ids[1]);
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT verdict FROM scan_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("error"));
}

void TestPackSession::refusesPackagesThatAreNotReady()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QStringList ids =
        makeOrder(QStringLiteral("T-2"), QStringLiteral("DE"), {{{mug, 1}}, {{mug, 1}}, {{mug, 1}}});
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment SET status = 'awaiting_pick' WHERE id = '%1'").arg(ids[0])));
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment SET status = 'cancelled' WHERE id = '%1'").arg(ids[1])));
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment SET status = 'shipped' WHERE id = '%1'").arg(ids[2])));
    QCOMPARE(scan(ids[0]).code, QStringLiteral("not_picked"));
    QCOMPARE(scan(ids[1]).code, QStringLiteral("shipment_cancelled"));
    QCOMPARE(scan(ids[2]).code, QStringLiteral("already_shipped"));
    QCOMPARE(scan(QStringLiteral("NO-SUCH-THING")).code, QStringLiteral("unknown_package"));
    QCOMPARE(scan(QStringLiteral("A\x01"
                                 "B"))
                 .code,
             QStringLiteral("control_character"));
    QVERIFY(!m_pack->view().shipment);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shipment WHERE order_id = 'T-2' AND status = 'packing'")),
             qint64(0));
}

void TestPackSession::everyUnitIsScannedAgainstThePackage()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QString other = skuWhere(QStringLiteral("packing_class = 'apparel'"));
    const QStringList ids = makeOrder(QStringLiteral("T-3"), QStringLiteral("DE"), {{{mug, 2}}});
    const qint64 scansBefore = count(QStringLiteral("SELECT count(*) FROM scan_log WHERE workflow = 'pack'"));
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    QCOMPARE(scan(unitBarcode(other)).code, QStringLiteral("wrong_item"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'wrong_item' AND sku = '%1'").arg(other)),
        qint64(1));
    QCOMPARE(scan(QStringLiteral("4006381333931")).code, QStringLiteral("unknown_barcode"));
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("under_scan"));
    QCOMPARE(scan(unitBarcode(mug)).code, QStringLiteral("item_packed"));
    const QString caseCode =
        scalarText(db(), QStringLiteral("SELECT code FROM barcode WHERE sku = '%1' AND quantity > 1 LIMIT 1").arg(mug));
    QCOMPARE(scan(caseCode).code, QStringLiteral("over_scan")); // a case counts more than the one left
    QCOMPARE(scan(mug).code, QStringLiteral("line_packed"));    // the SKU typed counts one
    QCOMPARE(scan(unitBarcode(mug)).code, QStringLiteral("over_scan"));
    QCOMPARE(count(QStringLiteral("SELECT packed_qty FROM shipment_line WHERE shipment_id = '%1'").arg(ids[0])),
             qint64(2));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM scan_log WHERE workflow = 'pack'")),
             scansBefore + 7); // the opening and six item scans
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM movement WHERE reference LIKE 'shipment:T-3%'")), qint64(0));
}

void TestPackSession::playbookPromptsMustBeConfirmedAndAreAudited()
{
    const QString vase = skuWhere(QStringLiteral("packing_class = 'fragile'"));
    const QString cell = skuWhere(QStringLiteral("packing_class = 'battery' AND restriction_tags = 'battery_li_ion'"));
    const QStringList ids = makeOrder(QStringLiteral("T-4"), QStringLiteral("DE"), {{{vase, 1}, {cell, 1}}});
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    QStringList codes;
    for (const auto& p : m_pack->view().prompts)
        codes << p.code;
    codes.sort();
    QCOMPARE(codes,
             (QStringList{QStringLiteral("battery_label"),
                          QStringLiteral("extra_protection"),
                          QStringLiteral("separate_items")}));
    packAll(ids[0]);
    QCOMPARE(m_pack->view().unitsPacked, 2);
    QCOMPARE(m_pack->weigh(QString::number(m_pack->view().weight.expectedG) + QStringLiteral(" g")).code,
             QStringLiteral("weight_ok"));
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("prompts_open"));
    QCOMPARE(scan(QStringLiteral("ACK:nothing_like_this")).code, QStringLiteral("no_such_prompt"));
    QCOMPARE(scan(QStringLiteral("ACK:battery_label")).code, QStringLiteral("prompt_acknowledged"));
    QCOMPARE(scan(QStringLiteral("ACK:battery_label")).code, QStringLiteral("no_such_prompt")); // once
    QCOMPARE(m_pack->acknowledgePrompt().code, QStringLiteral("prompt_acknowledged"));          // the next one
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("prompts_open"));
    QCOMPARE(m_pack->acknowledgePrompt(QStringLiteral("separate_items")).code, QStringLiteral("prompt_acknowledged"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'pack_prompt_acknowledged' AND subject = "
                                  "'shipment:%1' AND operator_badge = 'K2001'")
                       .arg(ids[0])),
             qint64(3));
    // All confirmed: another F2 is not an error, it says what comes next.
    const Verdict nothingLeft = m_pack->acknowledgePrompt();
    QCOMPARE(nothingLeft.code, QStringLiteral("prompts_all_confirmed"));
    QCOMPARE(nothingLeft.kind, Verdict::Kind::Prompt);
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'pack' AND reference LIKE 'shipment:%1/%'")
                  .arg(ids[0])),
        qint64(2));
}

void TestPackSession::restrictedDestinationBlocksBeforeAnyScan()
{
    const QString cell = skuWhere(QStringLiteral("restriction_tags = 'battery_li_ion'"));
    const QStringList ids = makeOrder(QStringLiteral("T-5"), QStringLiteral("AU"), {{{cell, 1}}});
    const Verdict opened = scan(ids[0]);
    QCOMPARE(opened.code, QStringLiteral("restricted_destination"));
    QCOMPARE(opened.kind, Verdict::Kind::Error);
    QCOMPARE(m_pack->view().stage, PackSession::Stage::Blocked);
    QVERIFY(opened.message.contains(QStringLiteral("AU")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'restricted_destination' AND sku = '%1'")
                       .arg(cell)),
             qint64(1));
    // Nothing can be packed or closed; the shipment stays picked for a supervisor.
    QCOMPARE(scan(unitBarcode(cell)).code, QStringLiteral("unknown_package"));
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("restricted_destination"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("picked"));
    QCOMPARE(count(QStringLiteral("SELECT packed_qty FROM shipment_line WHERE shipment_id = '%1'").arg(ids[0])),
             qint64(0));
    // The same item to Germany is fine; a warning rule only warns.
    m_pack->setAside();
    const QString serum = skuWhere(QStringLiteral("restriction_tags = 'liquid_cosmetic'"));
    const QStringList ca = makeOrder(QStringLiteral("T-5b"), QStringLiteral("CA"), {{{serum, 1}}});
    const Verdict warned = scan(ca[0]);
    QCOMPARE(warned.code, QStringLiteral("package_open_with_notes"));
    QVERIFY(warned.message.contains(QStringLiteral("ingredient")));
    QCOMPARE(m_pack->view().stage, PackSession::Stage::Packing);
}

void TestPackSession::suggestedServiceMustBeTakenBeforeClosing()
{
    const QString cell = skuWhere(QStringLiteral("restriction_tags = 'battery_li_ion'"));
    const QStringList ids = makeOrder(QStringLiteral("T-6"), QStringLiteral("JP"), {{{cell, 1}}});
    const Verdict opened = scan(ids[0]);
    QCOMPARE(opened.code, QStringLiteral("package_open_with_notes"));
    QVERIFY(opened.message.contains(QStringLiteral("economy")));
    packAll(ids[0]);
    QCOMPARE(m_pack->weigh(QString::number(m_pack->view().weight.expectedG) + QStringLiteral(" g")).code,
             QStringLiteral("weight_ok"));
    while (m_pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("service_change_needed"));
    QCOMPARE(m_pack->changeService(QStringLiteral("express")).code, QStringLiteral("service_not_suggested"));
    QCOMPARE(m_pack->changeService(QStringLiteral("economy")).code, QStringLiteral("service_changed"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT service FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("economy"));
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM audit WHERE action = 'change_service' AND subject = 'shipment:T-6-1'")),
             qint64(1));
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed"));
}

void TestPackSession::missingCustomsDataBlocksTheLabel()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    QSqlQuery q(db());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE product SET hs_code = '', customs_description = '' WHERE sku = '%1'").arg(mug)));
    const QStringList ids = makeOrder(QStringLiteral("T-7"), QStringLiteral("US"), {{{mug, 1}}});
    const Verdict opened = scan(ids[0]);
    QCOMPARE(opened.code, QStringLiteral("package_open_with_notes"));
    QVERIFY(opened.message.contains(QStringLiteral("HS code")));
    packAll(ids[0]);
    QCOMPARE(m_pack->weigh(QString::number(m_pack->view().weight.expectedG) + QStringLiteral(" g")).code,
             QStringLiteral("weight_ok"));
    while (m_pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed"));
    QCOMPARE(m_pack->printLabel().code, QStringLiteral("customs_data_missing"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'customs_data_missing' AND order_id = "
                                  "'T-7'")),
             qint64(2)); // at opening, and the refused label
    QVERIFY(!QFile::exists(QDir(labels()).filePath(ids[0] + QStringLiteral(".zpl"))));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("packed"));
    // The data arrives (a pull from the master); the label prints.
    QVERIFY(q.exec(QStringLiteral("UPDATE product SET hs_code = '691200', customs_description = 'Stoneware mug' WHERE "
                                  "sku = '%1'")
                       .arg(mug)));
    newSession();
    QCOMPARE(scan(ids[0]).code, QStringLiteral("print_label"));
    QCOMPARE(m_pack->printLabel().code, QStringLiteral("label_printed"));
    QFile zpl(QDir(labels()).filePath(ids[0] + QStringLiteral(".zpl")));
    QVERIFY(zpl.open(QIODevice::ReadOnly));
    const QByteArray bytes = zpl.readAll();
    QVERIFY(bytes.contains("CUSTOMS DECLARATION"));
    QVERIFY(bytes.contains("HS 691200"));
}

void TestPackSession::customsChecksEachFact()
{
    wf::db::PackShipmentRecord s;
    s.originCountry = QStringLiteral("DE");
    s.destinationCountry = QStringLiteral("FR");
    wf::db::PackLineRecord good;
    good.sku = QStringLiteral("A");
    good.hsCode = QStringLiteral("6912.00");
    good.declaredValueMinor = 1250;
    good.currency = QStringLiteral("EUR");
    good.originCountry = QStringLiteral("PT");
    good.customsDescription = QStringLiteral("Stoneware mug");
    QVERIFY(!packing::crossBorder(s)); // both in the EU
    QVERIFY(packing::customsProblems(s, {good}).isEmpty());
    s.destinationCountry = QStringLiteral("GB");
    QVERIFY(packing::crossBorder(s));
    QVERIFY(packing::customsProblems(s, {good}).isEmpty());
    // A warehouse without a country (an empty one made by an old add-station): every parcel is
    // treated as crossing a border, and the label waits until the warehouse has one.
    s.originCountry.clear();
    s.destinationCountry = QStringLiteral("AU");
    QVERIFY(packing::crossBorder(s));
    wf::db::PackLineRecord noHs = good;
    noHs.hsCode.clear();
    const QStringList unknownOrigin = packing::customsProblems(s, {noHs});
    QCOMPARE(unknownOrigin.size(), 2);
    QVERIFY2(unknownOrigin.first().contains(QStringLiteral("add-warehouse")), qPrintable(unknownOrigin.first()));
    s.originCountry = QStringLiteral("DE");
    s.destinationCountry = QStringLiteral("GB");
    auto problems = [&](auto change) {
        wf::db::PackLineRecord l = good;
        change(l);
        return packing::customsProblems(s, {l});
    };
    QCOMPARE(problems([](auto& l) {
                 l.hsCode = QStringLiteral("69120");
             }).size(),
             1);
    QVERIFY(problems([](auto& l) {
                l.hsCode = QStringLiteral("771100");
            })
                .value(0)
                .contains(QStringLiteral("chapter 77")));
    QCOMPARE(problems([](auto& l) {
                 l.declaredValueMinor = 0;
             }).size(),
             1);
    QCOMPARE(problems([](auto& l) {
                 l.currency = QStringLiteral("EURO");
             }).size(),
             1);
    QCOMPARE(problems([](auto& l) {
                 l.originCountry = QStringLiteral("XX");
             }).size(),
             1);
    QCOMPARE(problems([](auto& l) {
                 l.customsDescription = QStringLiteral("  ");
             }).size(),
             1);
}

void TestPackSession::weightOutsideToleranceNeedsASupervisor()
{
    // Tolerance: 5 % or 50 g, whichever is more.
    QCOMPARE(packing::expectedWeight({}, 400, {}).toleranceG, 50);
    QCOMPARE(packing::expectedWeight({}, 3000, {}).toleranceG, 150);
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QStringList ids = makeOrder(QStringLiteral("T-8"), QStringLiteral("DE"), {{{mug, 2}}});
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    QCOMPARE(m_pack->weigh(QStringLiteral("900")).code, QStringLiteral("weigh_after_packing"));
    packAll(ids[0]);
    const auto check = m_pack->view().weight;
    QVERIFY(check.expectedG > expectedWeight(ids[0])); // the box's tare is in it
    while (m_pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("weight_required"));
    QCOMPARE(m_pack->weigh(QStringLiteral("heavy")).code, QStringLiteral("invalid_weight"));
    QCOMPARE(m_pack->weigh(QStringLiteral("-5")).code, QStringLiteral("invalid_weight"));
    const int tooLight = check.expectedG - check.toleranceG - 1;
    QCOMPARE(m_pack->weigh(QString::number(tooLight) + QStringLiteral(" g")).code, QStringLiteral("weight_mismatch"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'weight_mismatch' AND order_id = 'T-8'")),
        qint64(1));
    while (m_pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("weight_mismatch"));
    QCOMPARE(m_pack->overrideWeight({QStringLiteral("S9001"), QStringLiteral("2468")}, {}).code,
             QStringLiteral("reason_required"));
    QCOMPARE(m_pack->overrideWeight({QStringLiteral("K2002"), QStringLiteral("0000")}, QStringLiteral("ok")).code,
             QStringLiteral("wrong_pin")); // a packer's badge answers as a wrong PIN does: no hint who supervises
    QCOMPARE(m_pack->overrideWeight({QStringLiteral("S9001"), QStringLiteral("9999")}, QStringLiteral("ok")).code,
             QStringLiteral("wrong_pin"));
    QCOMPARE(
        m_pack->overrideWeight({QStringLiteral("S9001"), QStringLiteral("2468")}, QStringLiteral("mugs lighter")).code,
        QStringLiteral("weight_accepted"));
    QCOMPARE(
        scalarText(
            db(),
            QStringLiteral("SELECT detail FROM audit WHERE action = 'override_weight' AND subject = 'shipment:T-8-1'")),
        QStringLiteral("%1 g, expected %2 g: mugs lighter").arg(tooLight).arg(check.expectedG));
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed"));
    QCOMPARE(scalarText(db(),
                        QStringLiteral("SELECT weight_g || '/' || weight_override_by FROM shipment WHERE id = "
                                       "'%1'")
                            .arg(ids[0])),
             QStringLiteral("%1/S9001").arg(tooLight));
    // Weights as scales and people write them.
    QCOMPARE(m_pack->weigh(QStringLiteral("1")).code, QStringLiteral("print_label")); // packed now
}

void TestPackSession::boxIsSuggestedFromTheItems()
{
    const QList<wf::db::BoxTypeRecord> boxes = {{QStringLiteral("BOX-S"), {}, 250, 180, 100, 120, 5000},
                                                {QStringLiteral("BOX-M"), {}, 350, 250, 150, 220, 10000},
                                                {QStringLiteral("BOX-L"), {}, 450, 350, 250, 380, 20000}};
    wf::db::PackLineRecord small;
    small.quantity = 1;
    small.lengthMm = 160;
    small.widthMm = 90;
    small.heightMm = 35;
    small.weightG = 330;
    QCOMPARE(packing::suggestBox({small}, boxes)->code, QStringLiteral("BOX-S"));
    small.quantity = 8; // eight of them no longer fit the small box
    QCOMPARE(packing::suggestBox({small}, boxes)->code, QStringLiteral("BOX-M"));
    wf::db::PackLineRecord tall = small;
    tall.quantity = 1;
    tall.lengthMm = 90;
    tall.widthMm = 400; // its longest side decides, however it is turned
    QCOMPARE(packing::suggestBox({tall}, boxes)->code, QStringLiteral("BOX-L"));
    tall.widthMm = 1050;
    QVERIFY(!packing::suggestBox({tall}, boxes));
    wf::db::PackLineRecord heavy = small;
    heavy.quantity = 1;
    heavy.weightG = 6000;
    QCOMPARE(packing::suggestBox({heavy}, boxes)->code, QStringLiteral("BOX-M")); // over the small box's limit
}

void TestPackSession::anotherBoxChangesTheExpectedWeight()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QStringList ids = makeOrder(QStringLiteral("T-11"), QStringLiteral("DE"), {{{mug, 1}}});
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    const auto suggested = m_pack->view().suggestedBox;
    QVERIFY(suggested);
    const int before = m_pack->view().weight.expectedG;
    QCOMPARE(m_pack->chooseBox(QStringLiteral("BOX-99")).code, QStringLiteral("unknown_box"));
    QCOMPARE(m_pack->chooseBox(QStringLiteral("BOX-XL")).code, QStringLiteral("box_chosen"));
    QCOMPARE(m_pack->view().weight.expectedG, before - suggested->tareG + 650); // the XL box's tare
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT box_code FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("BOX-XL"));
    packAll(ids[0]);
    QCOMPARE(m_pack->weigh(QString::number(m_pack->view().weight.expectedG) + QStringLiteral(" g")).code,
             QStringLiteral("weight_ok"));
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT box_code FROM shipment WHERE id = '%1'").arg(ids[0])),
             QStringLiteral("BOX-XL")); // the packer's choice stays
}

void TestPackSession::aNewCacheHasTheDefaultPlaybook()
{
    auto fresh =
        wf::db::LocalCache::open(m_dir.filePath(QStringLiteral("fresh.sqlite")), wf::db::LocalCache::Missing::Create);
    QVERIFY(fresh);
    QCOMPARE(
        scalarText((*fresh)->database(),
                   QStringLiteral("SELECT group_concat(packing_class || ':' || prompt_code, ' ') FROM (SELECT * FROM "
                                  "packing_rule ORDER BY id)")),
        QStringLiteral("fragile:extra_protection apparel:poly_bag_size_label electronics:shock_protection "
                       "liquid:sealed_bag battery:battery_label *:separate_items"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packing_rule")), qint64(6)); // the demo adds none
}

void TestPackSession::labelScanShipsOnlyTheMatchingPackage()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QStringList ids = makeOrder(QStringLiteral("T-9"), QStringLiteral("DE"), {{{mug, 1}}, {{mug, 1}}});
    for (const QString& id : ids) {
        packAndClose(id);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_pack->reprintLabel(QStringLiteral("smudged")).code, QStringLiteral("no_label_yet"));
        QCOMPARE(m_pack->printLabel().code, QStringLiteral("label_printed"));
        QCOMPARE(m_pack->view().stage, PackSession::Stage::Verifying);
        if (id == ids[1])
            break;
        m_pack->setAside();
    }
    // Package 2 is on the bench; the label of package 1 is scanned: mismatch, nothing shipped. The
    // message names the package the label is for and what this one expects.
    const auto wrongLabel = m_pack->scan(wf::scanner::ScanEvent::manual(QStringLiteral("TRK") + ids[0]));
    QCOMPARE(wrongLabel.code, QStringLiteral("label_mismatch"));
    QVERIFY2(
        wrongLabel.message.contains(QStringLiteral("belongs to package %1, not to this one (%2)").arg(ids[0], ids[1]))
            && wrongLabel.message.contains(
                QStringLiteral("Scan the label's barcode TRK%1 and the package %1").arg(ids[1])),
        qPrintable(wrongLabel.message));
    // The order id is not a label either; the answer does not contradict itself.
    const auto orderId = m_pack->scan(wf::scanner::ScanEvent::manual(QStringLiteral("T-9")));
    QCOMPARE(orderId.code, QStringLiteral("label_mismatch"));
    QVERIFY2(orderId.message.startsWith(QStringLiteral("T-9 is this package's order, not its label")),
             qPrintable(orderId.message));
    QCOMPARE(scan(ids[1]).code, QStringLiteral("package_scanned"));
    QCOMPARE(scan(QStringLiteral("TRK") + ids[0]).code, QStringLiteral("label_mismatch")); // and it starts over
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exception WHERE kind = 'label_mismatch' AND order_id = 'T-9'")),
             qint64(3));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'ship' AND reference LIKE 'shipment:T-9%'")),
        qint64(0));
    QCOMPARE(m_pack->reprintLabel({}).code, QStringLiteral("reason_required"));
    QCOMPARE(m_pack->reprintLabel(QStringLiteral("torn")).code, QStringLiteral("label_reprinted"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'label_reprint' AND detail = 'torn' AND "
                                  "subject LIKE 'shipment:T-9%'")),
             qint64(1));
    // Label first, then the package: shipped, with its movement, once.
    QCOMPARE(scan(QStringLiteral("TRK") + ids[1]).code, QStringLiteral("label_scanned"));
    QCOMPARE(scan(ids[1]).code, QStringLiteral("shipped"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'ship' AND reference LIKE 'shipment:%1/%'")
                  .arg(ids[1])),
        qint64(1));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM orders WHERE id = 'T-9'")), QStringLiteral("packed"));
    // Package 1: the package first, then its SSCC (GS1-128) as the label.
    QCOMPARE(scan(ids[0]).code, QStringLiteral("scan_label"));
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_scanned"));
    QCOMPARE(scan(QStringLiteral("]C100040123400000000035")).code, QStringLiteral("shipped"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT status FROM orders WHERE id = 'T-9'")), QStringLiteral("shipped"));
    QCOMPARE(scan(ids[0]).code, QStringLiteral("already_shipped"));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'ship' AND reference LIKE 'shipment:T-9%'")),
        qint64(2));
}

void TestPackSession::aTrackingNumberAfterTheLabelHasItPrintedAgain()
{
    // Imported without a carrier number: the label carries the SSCC. The carrier's number arrives
    // with a pull after the label was printed, while the package waits for its check.
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QString id = makeOrder(QStringLiteral("T-10"), QStringLiteral("DE"), {{{mug, 1}}}).first();
    QSqlQuery q(db());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE shipment SET tracking_number = '', label_barcode = '' WHERE id = '%1'").arg(id)));
    packAndClose(id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_pack->printLabel().code, QStringLiteral("label_printed"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT printed_barcode FROM shipment WHERE id = '%1'").arg(id)),
             QStringLiteral("040123400000000035"));
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment SET tracking_number = 'JJD0001234' WHERE id = '%1'").arg(id)));

    // The old label's SSCC no longer ships it; the answer says why and what to do.
    const Verdict old = scan(QStringLiteral("]C100040123400000000035"));
    QCOMPARE(old.code, QStringLiteral("label_outdated"));
    QVERIFY2(old.message.contains(QStringLiteral("JJD0001234")) && old.message.contains(QStringLiteral("F7")),
             qPrintable(old.message));
    QCOMPARE(scan(id).code, QStringLiteral("package_scanned"));
    QCOMPARE(scan(QStringLiteral("]C100040123400000000035")).code, QStringLiteral("label_outdated"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'ship' AND reference LIKE "
                                  "'shipment:T-10%'")),
             qint64(0));

    // A station restarted meanwhile says the same when the package is opened again.
    newSession();
    QCOMPARE(scan(id).code, QStringLiteral("label_outdated"));

    // Printed again, the label carries the carrier's number, and that label ships the package.
    QCOMPARE(m_pack->reprintLabel(QStringLiteral("carrier number arrived")).code, QStringLiteral("label_reprinted"));
    QCOMPARE(scalarText(db(), QStringLiteral("SELECT printed_barcode FROM shipment WHERE id = '%1'").arg(id)),
             QStringLiteral("JJD0001234"));
    QCOMPARE(m_pack->view().stage, PackSession::Stage::Verifying);
    QCOMPARE(scan(QStringLiteral("JJD0001234")).code, QStringLiteral("label_scanned"));
    QCOMPARE(scan(id).code, QStringLiteral("shipped"));
}

void TestPackSession::thePackageHoldsWhatWasPicked()
{
    // As the pick left it: of 3 mugs one was not in the bin, and no pick face held the lamp.
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QString lamp =
        skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = '' AND sku <> '%1'").arg(mug));
    const QString id = makeOrder(QStringLiteral("T-11"), QStringLiteral("DE"), {{{mug, 3}, {lamp, 2}}}).first();
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment_line SET short_qty = 1, short_reason = 'not_found' WHERE "
                                  "shipment_id = '%1' AND line_no = 1")
                       .arg(id)));
    QVERIFY(q.exec(QStringLiteral("UPDATE shipment_line SET short_qty = 2, short_reason = 'no_stock' WHERE "
                                  "shipment_id = '%1' AND line_no = 2")
                       .arg(id)));
    const Verdict open = scan(id);
    QVERIFY2(open.message.contains(QStringLiteral("Line 2: 2 × %1 short (No pick face holds it)").arg(lamp))
                 && open.message.contains(QStringLiteral("Line 1: 1 × %1 short (Not in the bin)").arg(mug)),
             qPrintable(open.message));
    QCOMPARE(m_pack->view().unitsTotal, 2);
    QCOMPARE(scan(unitBarcode(mug)).kind, Verdict::Kind::Ok);
    QCOMPARE(scan(unitBarcode(mug)).kind, Verdict::Kind::Ok);
    QCOMPARE(scan(unitBarcode(mug)).code, QStringLiteral("over_scan")); // the third was never picked
    QCOMPARE(scan(unitBarcode(lamp)).code, QStringLiteral("over_scan"));
    QCOMPARE(m_pack->weigh(QString::number(m_pack->view().weight.expectedG) + QStringLiteral(" g")).code,
             QStringLiteral("weight_ok"));
    while (m_pack->acknowledgePrompt().code == QLatin1String("prompt_acknowledged")) {
    }
    QCOMPARE(m_pack->closePackage().code, QStringLiteral("package_closed")); // the short units do not block it
    QCOMPARE(m_pack->printLabel().code, QStringLiteral("label_printed"));
    QCOMPARE(scan(QStringLiteral("TRK") + id).code, QStringLiteral("label_scanned"));
    QCOMPARE(scan(id).code, QStringLiteral("shipped"));
    // What left is what was packed: two mugs, no lamp, and no movement of nothing.
    QCOMPARE(wf::test::scalarText(db(),
                                  QStringLiteral("SELECT group_concat(kind || ':' || sku || ':' || quantity, ',') FROM "
                                                 "(SELECT * FROM movement WHERE reference LIKE 'shipment:%1/%' "
                                                 "ORDER BY station_seq)")
                                      .arg(id)),
             QStringLiteral("pack:%1:2,ship:%1:2").arg(mug));
}

void TestPackSession::aRestartedSessionResumesThePackage()
{
    const QString mug = skuWhere(QStringLiteral("packing_class = 'standard' AND restriction_tags = ''"));
    const QStringList ids = makeOrder(QStringLiteral("T-10"), QStringLiteral("DE"), {{{mug, 3}}});
    QCOMPARE(scan(ids[0]).code, QStringLiteral("package_open"));
    QCOMPARE(scan(unitBarcode(mug)).code, QStringLiteral("item_packed"));
    newSession(); // the station restarted
    const Verdict resumed = scan(ids[0]);
    QCOMPARE(resumed.code, QStringLiteral("package_open"));
    QVERIFY2(resumed.message.contains(QStringLiteral("Scan 2 ×")), qPrintable(resumed.message));
    QCOMPARE(m_pack->view().unitsPacked, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exception WHERE order_id = 'T-10'")), qint64(0));
}

QTEST_GUILESS_MAIN(TestPackSession)
#include "TestPackSession.moc"
