#include "workflows/pick/PickSession.h"

#include <algorithm>

#include <QCoreApplication>

#include "db/AuditLog.h"
#include "db/Locations.h"
#include "db/Transaction.h"
#include "workflows/CacheFailure.h"
#include "workflows/FloorLabels.h"
#include "workflows/ScanGate.h"
#include "workflows/station/ItemLookup.h"
#include "workflows/station/ModeAccess.h"
#include "workflows/supervisor/SupervisorApproval.h"

namespace wf::workflows {

namespace {

QString sourceOf(const scanner::ScanEvent& scan)
{
    return scanner::ScanEvent::sourceName(scan.source);
}

scanner::ScanEvent keyAction(const QString& text)
{
    scanner::ScanEvent event = scanner::ScanEvent::manual(text);
    return event;
}

} // namespace

const QStringList& PickSession::shortReasons()
{
    static const QStringList reasons = {QStringLiteral("not_found"),
                                        QStringLiteral("damaged"),
                                        QStringLiteral("quantity_short"),
                                        QStringLiteral("wrong_item_in_bin")};
    return reasons;
}

QString PickSession::shortReasonCode(ShortReason reason)
{
    return shortReasons().value(int(reason));
}

std::optional<PickSession::ShortReason> PickSession::shortReasonNamed(const QString& code)
{
    const auto at = shortReasons().indexOf(code);
    return at < 0 ? std::nullopt : std::optional<ShortReason>(ShortReason(at));
}

PickSession::PickSession(QSqlDatabase db, QString stationId, Settings settings, const Clock& clock)
    : m_db(db)
    , m_settings(settings)
    , m_picks(db)
    , m_products(db)
    , m_journal(db, std::move(stationId), clock)
{}

Verdict PickSession::cacheError(const Error& error) const
{
    return cacheFailure(error);
}

Result<void> PickSession::raiseUnpickable()
{
    return db::inTransaction(m_db, [&]() -> Result<void> {
        for (const auto& l : m_unpickable)
            if (auto ok = m_journal.exception(
                    QStringLiteral("no_stock_to_pick"),
                    QStringLiteral("shipment:%1/%2").arg(l.shipmentId).arg(l.lineNo),
                    l.orderId,
                    l.sku,
                    QStringLiteral("%1 × %2: no pick face holds it; not picked").arg(l.quantity).arg(l.sku),
                    m_operator.badge);
                !ok)
                return ok;
        return {};
    });
}

Result<void> PickSession::reload()
{
    if (!m_listId)
        return {};
    auto tasks = m_picks.tasks(*m_listId);
    if (!tasks)
        return std::unexpected(tasks.error());
    auto totes = m_picks.totes(*m_listId);
    if (!totes)
        return std::unexpected(totes.error());
    auto codes = m_picks.listCodes(*m_listId);
    if (!codes)
        return std::unexpected(codes.error());
    auto unpickable = m_picks.unpickableLines(*m_listId);
    if (!unpickable)
        return std::unexpected(unpickable.error());
    m_unpickable = *unpickable;
    m_tasks = *tasks;
    m_totes = *totes;
    m_listCodes = *codes;
    return {};
}

void PickSession::setSettings(const Settings& settings)
{
    m_settings = settings;
    m_settings.batchSize = std::clamp(settings.batchSize, 1, Settings::kMaxBatch);
}

Verdict PickSession::begin(const OperatorSession& session)
{
    if (auto refused = ModeAccess::refusal(session, FloorMode::Pick)) {
        m_operator = {}; // nobody works here: scans and keys are refused until an allowed begin()
        return *refused;
    }
    m_operator = session;
    m_pendingQuantity = 0;
    auto staging = db::locationOfKind(m_db, QStringLiteral("staging"));
    auto hold = db::locationOfKind(m_db, QStringLiteral("hold"));
    if (!staging || !hold)
        return cacheError(!staging ? staging.error() : hold.error());
    m_staging = *staging;
    m_hold = *hold;
    m_pendingShortReason.clear();
    auto open = m_picks.openList(m_journal.stationId());
    if (!open)
        return cacheError(open.error());
    m_listId = *open;
    const bool created = !m_listId;
    if (created) {
        auto made = m_picks.createList(m_journal.stationId(), session.badge, m_settings.batchSize);
        if (!made)
            return cacheError(made.error());
        m_listId = *made;
    }
    if (!m_listId)
        return Verdict::of(codes::Code::NothingToPick,
                           QCoreApplication::translate("PickSession", "No shipment awaits picking."));
    if (auto ok = reload(); !ok)
        return cacheError(ok.error());
    if (created) // said once, when the list is made; a resumed list said it then
        if (auto raised = raiseUnpickable(); !raised)
            return cacheError(raised.error());
    return prompt();
}

db::PickTaskRecord* PickSession::current()
{
    for (auto& task : m_tasks)
        if (!task.finished())
            return &task;
    return nullptr;
}

PickSession::View PickSession::view() const
{
    View v;
    v.active = m_listId.has_value();
    v.totes = m_totes;
    v.taskCount = int(m_tasks.size());
    v.pendingQuantity = m_pendingQuantity;
    for (const auto& tote : m_totes)
        if (tote.tote.isEmpty() && !v.toteToBind)
            v.toteToBind = tote;
    v.bindingTotes = v.toteToBind.has_value();
    for (int i = 0; i < m_tasks.size(); ++i) {
        v.unitsTotal += m_tasks[i].quantity;
        v.unitsDone += m_tasks[i].picked + m_tasks[i].shortQty;
        if (!v.task && !m_tasks[i].finished()) {
            v.task = m_tasks[i];
            v.taskNumber = i + 1;
        }
    }
    return v;
}

Verdict PickSession::prompt() const
{
    const View v = view();
    if (!v.active)
        return Verdict::of(codes::Code::NoPickList,
                           QCoreApplication::translate("PickSession", "No pick list: open Pick again."));
    if (v.toteToBind)
        return Verdict::of(codes::Code::ScanTote,
                           QCoreApplication::translate("PickSession", "Scan tote %1 for order %2.")
                               .arg(v.toteToBind->position)
                               .arg(v.toteToBind->orderId));
    if (!v.task && !m_unpickable.isEmpty()) {
        QStringList lines;
        for (const auto& l : m_unpickable)
            lines << QStringLiteral("%1 × %2 (%3)").arg(l.quantity).arg(l.sku, l.orderId);
        return Verdict::of(codes::Code::ListDoneShort,
                           QCoreApplication::translate("PickSession",
                                                       "Pick list done, but no pick face held %1: not picked; their "
                                                       "packages go without them (see the exceptions). Take the totes "
                                                       "to packing.")
                               .arg(lines.join(QStringLiteral(", "))));
    }
    if (!v.task)
        return Verdict::of(codes::Code::ListDone,
                           QCoreApplication::translate("PickSession", "Pick list done. Take the totes to packing."));
    if (v.task->state == QLatin1String("pending") && m_settings.forceBinScan)
        return Verdict::of(
            codes::Code::ScanBin,
            QCoreApplication::translate("PickSession", "Go to bin %1 and scan it.").arg(v.task->locationCode));
    if (!v.task->requiredSerial.isEmpty()) // said before the scan, not after a refused one
        return Verdict::of(codes::Code::ScanItem,
                           QCoreApplication::translate("PickSession",
                                                       "Pick %1 × %2 into tote %3: this order needs serial %4; "
                                                       "scan the barcode that carries it.")
                               .arg(v.task->remaining())
                               .arg(v.task->sku, v.task->tote, v.task->requiredSerial));
    return Verdict::of(codes::Code::ScanItem,
                       QCoreApplication::translate("PickSession", "Pick %1 × %2 into tote %3.")
                           .arg(v.task->remaining())
                           .arg(v.task->sku, v.task->tote));
}

Verdict PickSession::scan(const scanner::ScanEvent& scan)
{
    if (m_operator.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_operator, FloorMode::Pick);
    if (auto rejected = ScanGate::reject(scan))
        return *rejected; // no barcode can look like this: nothing is written
    if (!m_listId)
        return prompt();
    const View v = view();
    if (v.toteToBind)
        return bindTote(scan);
    if (!v.task)
        return prompt();
    return pickItem(scan, scan.text.trimmed());
}

Verdict PickSession::logged(const Verdict& verdict, const scanner::ScanEvent& scan, const QString& exceptionKind)
{
    const db::PickTaskRecord* task = current();
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_journal.scan(m_operator.badge,
                                  QStringLiteral("pick"),
                                  sourceOf(scan),
                                  scan.text,
                                  Verdict::kindName(verdict.kind),
                                  verdict.code);
        },
        [&] {
            return exceptionKind.isEmpty() || !task ? Result<void>{}
                                                    : m_journal.exception(exceptionKind,
                                                                          QStringLiteral("task:%1").arg(task->id),
                                                                          task->orderId,
                                                                          task->sku,
                                                                          scan.text.left(200),
                                                                          m_operator.badge);
        });
    return ok ? verdict : cacheError(ok.error());
}

Verdict PickSession::bindTote(const scanner::ScanEvent& scan)
{
    const QString tote = scan.text.trimmed();
    for (const auto& t : m_totes)
        if (t.tote == tote)
            return logged(Verdict::of(codes::Code::ToteInUse,
                                      QCoreApplication::translate("PickSession",
                                                                  "Tote %1 is already used for "
                                                                  "order %2. Take an empty tote.")
                                          .arg(tote, t.orderId)),
                          scan);
    auto bin = m_picks.locationId(tote);
    auto product = m_products.findByCode(tote);
    if (!bin || !product)
        return cacheError(!bin ? bin.error() : product.error());
    if (*bin || *product)
        return logged(Verdict::of(codes::Code::NotATote,
                                  QCoreApplication::translate("PickSession",
                                                              "%1 is a bin or a product, not a "
                                                              "tote. Scan the tote's label.")
                                      .arg(tote)),
                      scan);
    const db::PickToteRecord next = *view().toteToBind;
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_picks.bindTote(*m_listId, next.shipmentId, tote);
        },
        [&] {
            return m_journal.scan(m_operator.badge,
                                  QStringLiteral("pick"),
                                  sourceOf(scan),
                                  tote,
                                  QStringLiteral("ok"),
                                  QStringLiteral("tote_bound"));
        });
    if (!ok)
        return cacheError(ok.error());
    for (auto& t : m_totes)
        if (t.shipmentId == next.shipmentId)
            t.tote = tote;
    for (auto& t : m_tasks)
        if (t.shipmentId == next.shipmentId)
            t.tote = tote;
    const Verdict following = prompt();
    return Verdict::of(codes::Code::ToteBound,
                       QCoreApplication::translate("PickSession", "Tote %1 is for order %2. %3")
                           .arg(tote, next.orderId, following.message));
}

Verdict PickSession::confirmBin(const scanner::ScanEvent& scan)
{
    db::PickTaskRecord* task = current();
    db::PickTaskRecord updated = *task;
    updated.state = QStringLiteral("bin_confirmed");
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_picks.updateTask(updated);
        },
        [&] {
            return m_journal.scan(m_operator.badge,
                                  QStringLiteral("pick"),
                                  sourceOf(scan),
                                  scan.text,
                                  QStringLiteral("ok"),
                                  QStringLiteral("bin_confirmed"));
        });
    if (!ok)
        return cacheError(ok.error());
    *task = updated;
    return Verdict::of(codes::Code::BinConfirmed,
                       QCoreApplication::translate("PickSession", "Bin %1. Pick %2 × %3 (%4) into tote %5.")
                           .arg(task->locationCode)
                           .arg(task->remaining())
                           .arg(task->sku, task->productName, task->tote));
}

std::optional<db::CodeMatch> PickSession::taskCode(const db::PickTaskRecord& task, const QStringList& codes) const
{
    for (const QString& code : codes) {
        const auto found = m_listCodes.constFind(code);
        if (found == m_listCodes.cend() || found->sku != task.sku)
            continue;
        db::CodeMatch match;
        match.matchedBy = found->kind == QLatin1String("sku") ? db::CodeMatch::By::Sku : db::CodeMatch::By::Barcode;
        match.code = code;
        match.barcodeKind = found->kind == QLatin1String("sku") ? QString() : found->kind;
        match.unitsPerScan = found->units;
        match.product.sku = task.sku;
        match.product.name = task.productName;
        return match;
    }
    return std::nullopt;
}

Verdict PickSession::pickItem(const scanner::ScanEvent& scan, const QString& payload)
{
    db::PickTaskRecord* task = current();
    if (payload == task->locationCode)
        return task->state == QLatin1String("pending") ? confirmBin(scan)
                                                       : Verdict::of(codes::Code::BinConfirmed, prompt().message);
    // The item's serial label on its own: the order needs exactly this unit, and its serial names it.
    if (!task->requiredSerial.isEmpty() && payload == task->requiredSerial) {
        if (task->state == QLatin1String("pending") && m_settings.forceBinScan)
            return logged(
                Verdict::of(codes::Code::BinScanRequired,
                            QCoreApplication::translate("PickSession", "Scan bin %1 first.").arg(task->locationCode)),
                scan);
        return applyPick(1, scan, std::nullopt, payload);
    }
    scanner::ScanEvent interpreted = scan;
    interpreted.text = payload;
    interpreted.interpretGs1();
    // The code as scanned first (one query for a plain EAN), then its GS1 and GTIN forms.
    QStringList codes = ItemLookup::candidateCodes(payload);
    if (interpreted.gs1 && !interpreted.gs1->gtin().isEmpty())
        codes += ItemLookup::candidateCodes(interpreted.gs1->gtin());
    std::optional<db::CodeMatch> match = taskCode(*task, codes);
    for (const QString& code : codes) {
        if (match)
            break;
        auto found = m_products.findByCode(code);
        if (!found)
            return cacheError(found.error());
        if (*found) {
            match = **found;
            break;
        }
    }
    if (!match) {
        // Not a product: perhaps another bin's label.
        auto bin = m_picks.locationId(payload);
        if (!bin)
            return cacheError(bin.error());
        if (*bin)
            return logged(Verdict::of(codes::Code::WrongLocation,
                                      QCoreApplication::translate("PickSession",
                                                                  "Wrong bin: this is %1, the task "
                                                                  "is at %2.")
                                          .arg(payload, task->locationCode)),
                          scan);
    }
    if (!match)
        return logged(
            Verdict::of(codes::Code::UnknownBarcode,
                        QCoreApplication::translate("PickSession", "%1 is not a known barcode.").arg(payload)),
            scan);
    if (task->state == QLatin1String("pending") && m_settings.forceBinScan)
        return logged(
            Verdict::of(codes::Code::BinScanRequired,
                        QCoreApplication::translate("PickSession", "Scan bin %1 first.").arg(task->locationCode)),
            scan);
    if (match->product.sku != task->sku)
        return logged(Verdict::of(codes::Code::WrongItem,
                                  QCoreApplication::translate("PickSession",
                                                              "Wrong item: %1 (%2). The task "
                                                              "is %3 (%4). Put it back.")
                                      .arg(match->product.sku, match->product.name, task->sku, task->productName)),
                      scan,
                      QStringLiteral("wrong_item"));
    int units = match->unitsPerScan;
    if (interpreted.gs1 && interpreted.gs1->count() > 0)
        units = interpreted.gs1->count();
    if (units > task->remaining())
        return logged(Verdict::of(codes::Code::OverPick,
                                  QCoreApplication::translate("PickSession",
                                                              "Too many: this scan counts %1, "
                                                              "only %2 are left to pick.")
                                      .arg(units)
                                      .arg(task->remaining())),
                      scan);
    // Where the order needs one particular serial or lot, the scan must carry exactly that one.
    const auto mismatch = [&](const QString& required,
                              const QString& scanned,
                              const char* code,
                              const QString& message,
                              const QString& needed) -> std::optional<Verdict> {
        if (required.isEmpty() || scanned == required)
            return std::nullopt;
        if (scanned.isEmpty()) // the right item without its serial or lot: ask for it, nothing is wrong yet
            return logged(Verdict::prompt(QString::fromLatin1(code) + QStringLiteral("_needed"), needed.arg(required)),
                          scan);
        return logged(
            Verdict::error(QString::fromLatin1(code) + QStringLiteral("_mismatch"), message.arg(scanned, required)),
            scan);
    };
    if (auto wrong =
            mismatch(task->requiredSerial,
                     interpreted.gs1 ? interpreted.gs1->serial() : QString(),
                     "serial",
                     QCoreApplication::translate("PickSession", "Serial %1 is not the one this order needs (%2)."),
                     QCoreApplication::translate("PickSession",
                                                 "This order needs serial %1: scan the barcode on the item that "
                                                 "carries it (GS1 with (21), or the serial label).")))
        return *wrong;
    if (auto wrong =
            mismatch(task->requiredLot,
                     interpreted.gs1 ? interpreted.gs1->lot() : QString(),
                     "lot",
                     QCoreApplication::translate("PickSession", "Lot %1 is not the one this order needs (%2)."),
                     QCoreApplication::translate("PickSession",
                                                 "This order needs lot %1: scan the barcode on the item that "
                                                 "carries it (GS1 with (10)).")))
        return *wrong;
    return applyPick(units, scan, interpreted.gs1);
}

Verdict PickSession::applyPick(int units,
                               const scanner::ScanEvent& scan,
                               const std::optional<scanner::Gs1Message>& gs1,
                               const QString& serialLabel)
{
    db::PickTaskRecord* task = current();
    db::PickTaskRecord updated = *task;
    updated.picked += units;
    const bool done = updated.remaining() == 0;
    if (done)
        updated.state = QStringLiteral("done");
    const Verdict verdict =
        done ? Verdict::of(codes::Code::TaskDone,
                           QCoreApplication::translate("PickSession", "%1 × %2 in tote %3: task done.")
                               .arg(updated.picked)
                               .arg(task->sku, task->tote))
             : Verdict::of(codes::Code::ItemPicked,
                           QCoreApplication::translate("PickSession", "%1 of %2 × %3 in tote %4.")
                               .arg(updated.picked)
                               .arg(updated.quantity)
                               .arg(task->sku, task->tote));
    const db::PickTaskRecord before = *task;
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_picks.updateTask(updated,
                                      {},
                                      gs1 ? gs1->lot() : QString(),
                                      gs1 ? gs1->serial() : serialLabel,
                                      gs1 ? gs1->expiry() : QString());
        },
        [&] {
            return m_journal.movement({QStringLiteral("pick"),
                                       task->sku,
                                       units,
                                       task->locationId,
                                       m_staging,
                                       QStringLiteral("task:%1").arg(task->id)},
                                      m_operator.badge);
        },
        [&] {
            return m_journal.scan(m_operator.badge,
                                  QStringLiteral("pick"),
                                  sourceOf(scan),
                                  scan.text,
                                  QStringLiteral("ok"),
                                  verdict.code);
        },
        [&] {
            return done ? raiseLowStock(*task) : Result<void>{};
        },
        [&]() -> Result<void> {
            *task = updated; // the next task is chosen from the updated one, inside the transaction
            return done ? advance() : Result<void>{};
        });
    if (!ok) {
        *task = before;
        (void)reload();
        return cacheError(ok.error());
    }
    m_pendingQuantity = 0;
    return afterStep(verdict);
}

Result<void> PickSession::raiseLowStock(const db::PickTaskRecord& task)
{
    // Once per SKU while the exception is open: a supervisor needs one signal, not one per pick.
    auto available = m_picks.available(task.sku);
    if (!available)
        return std::unexpected(available.error());
    const int reorderPoint = task.reorderPoint;
    if (*available >= reorderPoint)
        return {};
    auto open = m_picks.hasOpenException(task.sku, QStringLiteral("low_stock"));
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return {};
    return m_journal.exception(QStringLiteral("low_stock"),
                               QStringLiteral("task:%1").arg(task.id),
                               task.orderId,
                               task.sku,
                               QStringLiteral("available %1, reorder point %2").arg(*available).arg(reorderPoint),
                               m_operator.badge);
}

Result<void> PickSession::advance()
{
    const db::PickTaskRecord* previous = nullptr;
    for (const auto& t : m_tasks)
        if (t.finished())
            previous = &t;
    // A shipment is picked when its last task is: packing can take its tote from then on, and
    // the list's last scan does not carry every shipment's status change at once.
    if (previous && std::ranges::all_of(m_tasks, [&](const db::PickTaskRecord& t) {
            return t.shipmentId != previous->shipmentId || t.finished();
        })) {
        if (auto marked = m_picks.markShipmentPicked(previous->shipmentId); !marked)
            return marked;
    }
    db::PickTaskRecord* next = current();
    if (!next)
        return m_picks.finishList(*m_listId);
    // One stop per bin: the next task at the same bin needs no second bin scan.
    if (previous && next->state == QLatin1String("pending") && next->locationId == previous->locationId) {
        next->state = QStringLiteral("bin_confirmed");
        return m_picks.updateTask(*next);
    }
    return {};
}

Verdict PickSession::afterStep(const Verdict& done)
{
    const Verdict next = prompt();
    if (next.code == QLatin1String("list_done") || next.code == QLatin1String("list_done_short")) {
        m_listId.reset();
        m_unpickable.clear();
        return Verdict{next.kind, next.code, done.message + QLatin1Char(' ') + next.message};
    }
    return Verdict{done.kind, done.code, done.message + QLatin1Char(' ') + next.message};
}

Verdict PickSession::applyShort(const QString& reason, const QString& approvedBy)
{
    db::PickTaskRecord* task = current();
    db::PickTaskRecord updated = *task;
    const int missing = updated.remaining();
    updated.shortQty += missing;
    updated.state = QStringLiteral("short");
    const bool damaged = reason == QLatin1String("damaged");
    const db::PickTaskRecord before = *task;
    const QString subject = QStringLiteral("task:%1").arg(task->id);
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_picks.updateTask(updated, reason);
        },
        [&] {
            return m_journal.movement(
                {QStringLiteral("short"), task->sku, missing, task->locationId, damaged ? m_hold : 0, subject},
                m_operator.badge);
        },
        [&] {
            return m_journal.exception(QStringLiteral("short_pick"),
                                       subject,
                                       task->orderId,
                                       task->sku,
                                       QStringLiteral("%1 short: %2").arg(missing).arg(reason),
                                       m_operator.badge);
        },
        [&] {
            return m_picks.markPartial(task->shipmentId);
        },
        [&] {
            return m_picks.markLineShort(task->shipmentId, task->lineNo, missing, reason);
        },
        [&] {
            return m_journal.scan(m_operator.badge,
                                  QStringLiteral("pick"),
                                  QStringLiteral("manual"),
                                  QStringLiteral("short ") + reason,
                                  QStringLiteral("warn"),
                                  QStringLiteral("short_recorded"));
        },
        [&] {
            return approvedBy.isEmpty()
                       ? Result<void>{}
                       : db::AuditLog(m_db, m_journal.clock())
                             .append(approvedBy,
                                     m_journal.stationId(),
                                     QStringLiteral("override_short_pick"),
                                     subject,
                                     QStringLiteral("reason: %1; picker %2").arg(reason, m_operator.badge));
        },
        [&]() -> Result<void> {
            *task = updated; // the next task is chosen from the updated one, inside the transaction
            return advance();
        });
    if (!ok) {
        *task = before;
        (void)reload();
        return cacheError(ok.error());
    }
    m_pendingShortReason.clear();
    return afterStep(Verdict::of(codes::Code::ShortRecorded,
                                 QCoreApplication::translate("PickSession",
                                                             "%1 × %2 short (%3); order %4 ships "
                                                             "partial.")
                                     .arg(missing)
                                     .arg(task->sku, labels::shortReason(reason), task->orderId)));
}

std::optional<Verdict> PickSession::noTaskHere()
{
    if (m_operator.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_operator, FloorMode::Pick);
    if (!(m_listId ? current() : nullptr) || view().bindingTotes)
        return Verdict::of(codes::Code::NoTask, prompt().message);
    return std::nullopt;
}

Verdict PickSession::enterQuantity(int units)
{
    if (auto refused = noTaskHere())
        return *refused;
    const db::PickTaskRecord* task = current();
    if (units < 1 || units > task->remaining())
        return Verdict::of(
            codes::Code::InvalidQuantity,
            QCoreApplication::translate("PickSession", "Type a quantity from 1 to %1.").arg(task->remaining()));
    if (task->state == QLatin1String("pending") && m_settings.forceBinScan)
        return Verdict::of(codes::Code::BinScanRequired,
                           QCoreApplication::translate("PickSession", "Scan bin %1 first.").arg(task->locationCode));
    // The key proves nothing about the item: one unit scanned first shows the bin holds it.
    if (task->picked < 1)
        return Verdict::of(codes::Code::ScanItemFirst,
                           QCoreApplication::translate("PickSession",
                                                       "Scan one %1 first; then the quantity key counts the "
                                                       "rest (%2 left after it).")
                               .arg(task->sku)
                               .arg(task->remaining() - 1));
    m_pendingQuantity = units;
    return Verdict::of(
        codes::Code::QuantityConfirm,
        QCoreApplication::translate("PickSession", "Confirm %1 × %2 into tote %3? Enter confirms, Esc cancels.")
            .arg(units)
            .arg(task->sku, task->tote));
}

Verdict PickSession::confirmQuantity()
{
    if (auto refused = noTaskHere())
        return *refused;
    if (m_pendingQuantity < 1)
        return Verdict::of(codes::Code::NothingToConfirm,
                           QCoreApplication::translate("PickSession", "Type a quantity first."));
    return applyPick(m_pendingQuantity, keyAction(QStringLiteral("quantity %1").arg(m_pendingQuantity)), std::nullopt);
}

Verdict PickSession::cancelPending()
{
    if (auto refused = noTaskHere())
        return *refused;
    m_pendingQuantity = 0;
    m_pendingShortReason.clear();
    return prompt();
}

Verdict PickSession::reportShort(ShortReason reason)
{
    if (auto refused = noTaskHere())
        return *refused;
    const QString code = shortReasonCode(reason);
    if (m_settings.supervisorForShort) {
        m_pendingShortReason = code;
        return Verdict::of(
            codes::Code::SupervisorRequired,
            QCoreApplication::translate("PickSession", "A supervisor must approve this short pick: badge and PIN."));
    }
    return applyShort(code, {});
}

Verdict PickSession::approveShort(const SupervisorCredentials& credentials)
{
    if (auto refused = noTaskHere())
        return *refused;
    if (m_pendingShortReason.isEmpty())
        return Verdict::of(codes::Code::NothingToApprove,
                           QCoreApplication::translate("PickSession", "Nothing waits for a supervisor."));
    const auto supervisor =
        checkSupervisor(m_db, m_journal.stationId(), credentials.badge, credentials.pin, m_journal.clock());
    if (!supervisor)
        return supervisor.error();
    return applyShort(m_pendingShortReason, *supervisor);
}

} // namespace wf::workflows
