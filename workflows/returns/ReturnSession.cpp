#include "workflows/returns/ReturnSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// The first bytes of the image formats a phone or a station camera writes.
QString photoExtension(const QByteArray& head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("png");
    return {};
}

QString lineRef(const db::ReturnLineRecord& line)
{
    return QStringLiteral("%1/%2").arg(line.rmaId).arg(line.lineNo);
}

} // namespace

const QStringList& ReturnSession::grades()
{
    static const QStringList all = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    return all;
}

std::optional<ReturnSession::Grade> ReturnSession::gradeNamed(const QString& code)
{
    const auto at = grades().indexOf(code.toUpper());
    return at < 0 ? std::nullopt : std::optional<Grade>(Grade(at));
}

std::optional<ReturnSession::Reason> ReturnSession::reasonNamed(const QString& code)
{
    const auto at = reasons().indexOf(code);
    return at < 0 ? std::nullopt : std::optional<Reason>(Reason(at));
}

const QStringList& ReturnSession::reasons()
{
    static const QStringList all = {QStringLiteral("changed_mind"),
                                    QStringLiteral("defective"),
                                    QStringLiteral("wrong_item_sent"),
                                    QStringLiteral("damaged_in_transit"),
                                    QStringLiteral("not_as_described")};
    return all;
}

QStringList ReturnSession::nextStatuses(const QString& path, const QString& from)
{
    const bool refundOnly = path == QLatin1String("refund_only");
    if (from == QLatin1String("expected"))
        return {refundOnly ? QStringLiteral("refunded") : QStringLiteral("received")};
    if (refundOnly)
        return {};
    if (from == QLatin1String("received"))
        return {QStringLiteral("checking")};
    if (from == QLatin1String("checking"))
        return {QStringLiteral("restock_approved"), QStringLiteral("restock_rejected")};
    if (from == QLatin1String("restock_approved") || from == QLatin1String("restock_rejected"))
        return {QStringLiteral("refunded"), QStringLiteral("replaced")};
    return {};
}

bool ReturnSession::allowed(const QString& path, const QString& from, const QString& to)
{
    return nextStatuses(path, from).contains(to);
}

QString ReturnSession::proofFolderFor(const QString& cachePath)
{
    const QFileInfo cache(cachePath);
    return cache.absoluteDir().filePath(cache.completeBaseName() + QStringLiteral("-proofs"));
}

ReturnSession::ReturnSession(QSqlDatabase db, QString stationId, QString proofFolder, const Clock& clock)
    : m_db(db)
    , m_proofFolder(std::move(proofFolder))
    , m_returns(db)
    , m_products(db)
    , m_journal(db, std::move(stationId), clock)
{}

Verdict ReturnSession::cacheError(const Error& error) const
{
    return cacheFailure(error);
}

db::ReturnLineRecord* ReturnSession::current()
{
    if (m_view.current < 0 || m_view.current >= m_view.lines.size())
        return nullptr;
    return &m_view.lines[m_view.current];
}

Result<void> ReturnSession::reload()
{
    if (!m_view.rma)
        return {};
    auto rma = m_returns.find(m_view.rma->id);
    if (!rma)
        return std::unexpected(rma.error());
    auto lines = m_returns.lines(m_view.rma->id);
    if (!lines)
        return std::unexpected(lines.error());
    m_view.rma = *rma;
    m_view.lines = *lines;
    return {};
}

Verdict ReturnSession::prompt() const
{
    if (!m_view.rma)
        return Verdict::of(
            codes::Code::ScanReturn,
            QCoreApplication::translate("ReturnSession", "Scan the RMA, order or return tracking number."));
    if (m_view.rma->path == QLatin1String("refund_only"))
        return Verdict::of(
            codes::Code::RefundWithoutReturn,
            QCoreApplication::translate("ReturnSession", "Low value: nothing comes back. Refund each line (F7)."));
    return Verdict::of(codes::Code::ScanItem,
                       QCoreApplication::translate("ReturnSession", "Scan each returned item, then grade it."));
}

Verdict ReturnSession::begin(const OperatorSession& session)
{
    if (auto refused = ModeAccess::refusal(session, FloorMode::Returns)) {
        m_operator = {}; // nobody works here: scans and keys are refused until an allowed begin()
        return *refused;
    }
    m_operator = session;
    m_view = {};
    return prompt();
}

Result<void> ReturnSession::logScan(const scanner::ScanEvent& scan, const Verdict& verdict)
{
    return m_journal.scan(m_operator.badge,
                          QStringLiteral("returns"),
                          scanner::ScanEvent::sourceName(scan.source),
                          scan.text,
                          Verdict::kindName(verdict.kind),
                          verdict.code);
}

Verdict ReturnSession::logged(const Verdict& verdict, const scanner::ScanEvent& scan, const QString& exceptionKind)
{
    const db::ReturnLineRecord* line = current();
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return logScan(scan, verdict);
        },
        [&] {
            return exceptionKind.isEmpty()
                       ? Result<void>{}
                       : m_journal.exception(exceptionKind,
                                             line ? lineRef(*line) : (m_view.rma ? m_view.rma->id : QString()),
                                             m_view.rma ? m_view.rma->orderId : QString(),
                                             line ? line->sku : QString(),
                                             verdict.message.left(300),
                                             m_operator.badge);
        });
    return ok ? verdict : cacheError(ok.error());
}

Verdict ReturnSession::scan(const scanner::ScanEvent& scan)
{
    if (m_operator.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_operator, FloorMode::Returns);
    if (auto rejected = ScanGate::reject(scan))
        return *rejected; // no barcode can look like this: nothing is written
    const QString code = scan.text.trimmed();
    auto rma = m_returns.find(code);
    if (!rma)
        return cacheError(rma.error());
    if (*rma)
        return openReturn(**rma, scan);
    if (!m_view.rma)
        return logged(Verdict::of(codes::Code::NoReturn,
                                  QCoreApplication::translate(
                                      "ReturnSession", "%1 is not an RMA, order or return tracking number we expect.")
                                      .arg(code)),
                      scan);
    return receiveItem(scan);
}

Verdict ReturnSession::openReturn(const db::ReturnRecord& rma, const scanner::ScanEvent& scan)
{
    m_view = {};
    m_view.rma = rma;
    if (auto ok = reload(); !ok)
        return cacheError(ok.error());
    for (int i = 0; i < m_view.lines.size(); ++i)
        if (!m_view.lines[i].finished()) {
            m_view.current = i;
            break;
        }
    if (rma.status == QLatin1String("closed"))
        return logged(Verdict::of(codes::Code::ReturnClosed,
                                  QCoreApplication::translate("ReturnSession",
                                                              "%1 is closed: every line was refunded or replaced.")
                                      .arg(rma.id)),
                      scan);
    const QString value = QStringLiteral("%1 %2").arg(double(rma.valueMinor) / 100.0, 0, 'f', 2).arg(rma.currency);
    QString path;
    if (rma.path == QLatin1String("refund_only"))
        path = QCoreApplication::translate("ReturnSession", "refund without return");
    else if (rma.path == QLatin1String("return_with_proof"))
        path = QCoreApplication::translate("ReturnSession", "return with proof: photo and serial");
    else
        path = QCoreApplication::translate("ReturnSession", "inspect at the hub");
    return logged(Verdict::of(codes::Code::ReturnOpened,
                              QCoreApplication::translate("ReturnSession", "%1 for order %2, %3: %4. %5")
                                  .arg(rma.id, rma.orderId, value, path, prompt().message)),
                  scan);
}

Verdict ReturnSession::receiveItem(const scanner::ScanEvent& scan)
{
    scanner::ScanEvent interpreted = scan;
    interpreted.text = scan.text.trimmed();
    interpreted.interpretGs1();
    QStringList codes = ItemLookup::candidateCodes(interpreted.text);
    if (interpreted.gs1 && !interpreted.gs1->gtin().isEmpty())
        codes += ItemLookup::candidateCodes(interpreted.gs1->gtin());
    std::optional<db::CodeMatch> match;
    for (const QString& code : codes) {
        auto found = m_products.findByCode(code);
        if (!found)
            return cacheError(found.error());
        if (*found) {
            match = **found;
            break;
        }
    }
    // A serial label scanned for the line that waits for its serial.
    const db::ReturnLineRecord* waiting = current();
    if (!match && waiting && !waiting->shippedSerial.isEmpty() && waiting->scannedSerial != waiting->shippedSerial
        && (waiting->status == QLatin1String("received") || waiting->status == QLatin1String("checking")))
        return recordSerial(interpreted.text, scan);
    if (!match)
        return logged(
            Verdict::of(
                codes::Code::UnknownBarcode,
                QCoreApplication::translate("ReturnSession", "%1 is not a known barcode.").arg(interpreted.text)),
            scan);
    int index = -1;
    for (int i = 0; i < m_view.lines.size(); ++i)
        if (m_view.lines[i].sku == match->product.sku
            && (index < 0 || m_view.lines[i].status == QLatin1String("expected")))
            index = i;
    if (index < 0)
        return logged(Verdict::of(codes::Code::NotInReturn,
                                  QCoreApplication::translate(
                                      "ReturnSession", "%1 (%2) is not part of %3. Put it aside for a supervisor.")
                                      .arg(match->product.sku, match->product.name, m_view.rma->id)),
                      scan,
                      QStringLiteral("return_wrong_item"));
    m_view.current = index;
    const db::ReturnLineRecord line = m_view.lines[index];
    if (m_view.rma->path == QLatin1String("refund_only"))
        return logged(Verdict::of(codes::Code::RefundOnly,
                                  QCoreApplication::translate(
                                      "ReturnSession",
                                      "Nothing comes back for this return: refund the line without return (F7).")),
                      scan);
    if (line.status != QLatin1String("expected"))
        return logged(
            Verdict::of(codes::Code::AlreadyReceived,
                        QCoreApplication::translate("ReturnSession", "Line %1 (%2) was already received; it is %3.")
                            .arg(line.lineNo)
                            .arg(line.sku, line.status)),
            scan);
    const QString serial = interpreted.gs1 ? interpreted.gs1->serial() : QString();
    const bool mismatch = !line.shippedSerial.isEmpty() && !serial.isEmpty() && serial != line.shippedSerial;
    const Verdict done =
        mismatch ? Verdict::of(
            codes::Code::SerialMismatch,
            QCoreApplication::translate(
                "ReturnSession", "Received, but serial %1 is not the one shipped (%2): this cannot be restocked.")
                .arg(serial, line.shippedSerial))
                 : Verdict::of(
                     codes::Code::ItemReceived,
                     QCoreApplication::translate("ReturnSession", "Line %1: %2 received. Grade it (A–D) with a reason.")
                         .arg(line.lineNo)
                         .arg(line.sku));
    return transition(QStringLiteral("received"), done, [&]() -> Result<void> {
        if (!serial.isEmpty())
            if (auto ok = m_returns.recordSerial(line.rmaId, line.lineNo, serial); !ok)
                return ok;
        if (auto ok = logScan(scan, done); !ok)
            return ok;
        if (!mismatch)
            return {};
        return m_journal.exception(QStringLiteral("serial_mismatch"),
                                   lineRef(line),
                                   m_view.rma->orderId,
                                   line.sku,
                                   QStringLiteral("scanned %1, shipped %2").arg(serial, line.shippedSerial),
                                   m_operator.badge);
    });
}

Result<void> ReturnSession::followLines(const QString& rmaId)
{
    // The return follows its lines: closed when every line is, else the furthest step reached.
    auto lines = m_returns.lines(rmaId);
    if (!lines)
        return std::unexpected(lines.error());
    bool allFinished = true;
    bool anyChecking = false;
    for (const auto& l : *lines) {
        allFinished = allFinished && l.finished();
        anyChecking = anyChecking || l.status != QLatin1String("expected");
    }
    const QString status = allFinished   ? QStringLiteral("closed")
                           : anyChecking ? QStringLiteral("checking")
                                         : QStringLiteral("received");
    return m_returns.setStatus(rmaId, status);
}

Verdict ReturnSession::transition(const QString& to, const Verdict& done, const std::function<Result<void>()>& extra)
{
    db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    if (!allowed(m_view.rma->path, line->status, to)) {
        const QStringList next = nextStatuses(m_view.rma->path, line->status);
        return Verdict::of(
            codes::Code::InvalidTransition,
            next.isEmpty()
                ? QCoreApplication::translate("ReturnSession", "Line %1 is %2: nothing follows.")
                      .arg(line->lineNo)
                      .arg(line->status)
                : QCoreApplication::translate("ReturnSession", "Line %1 is %2: it can only become %3, not %4.")
                      .arg(line->lineNo)
                      .arg(line->status, next.join(QStringLiteral(" or ")), to));
    }
    const db::ReturnLineRecord before = *line;
    auto ok = db::inTransaction(
        m_db,
        [&]() -> Result<void> {
            auto moved = m_returns.moveLine(before.rmaId, before.lineNo, before.status, to, m_operator.badge);
            if (!moved)
                return std::unexpected(moved.error());
            if (!*moved) // another station moved it first: write nothing
                return fail(Error::Code::Conflict, lineRef(before), QStringLiteral("move return line"));
            return {};
        },
        [&] {
            return extra();
        },
        [&] {
            return db::AuditLog(m_db, m_journal.clock())
                .append(m_operator.badge,
                        m_journal.stationId(),
                        QStringLiteral("return_") + to,
                        lineRef(before),
                        QStringLiteral("%1 -> %2").arg(before.status, to));
        },
        [&] {
            return followLines(before.rmaId);
        });
    if (!ok) {
        (void)reload(); // show what it is now
        if (ok.error().code == Error::Code::Conflict)
            return Verdict::of(
                codes::Code::InvalidTransition,
                QCoreApplication::translate("ReturnSession", "Line %1 was changed meanwhile; look again.")
                    .arg(before.lineNo));
        return cacheError(ok.error());
    }
    if (auto reloaded = reload(); !reloaded)
        return cacheError(reloaded.error());
    return done;
}

std::optional<Verdict> ReturnSession::noReturnHere() const
{
    if (m_operator.badge.isEmpty()) // begin() refused this operator, or was never called
        return *ModeAccess::refusal(m_operator, FloorMode::Returns);
    if (!m_view.rma)
        return Verdict::of(codes::Code::NoReturn, prompt().message);
    return std::nullopt;
}

Verdict ReturnSession::chooseLine(int lineNo)
{
    if (auto refused = noReturnHere())
        return *refused;
    for (int i = 0; i < m_view.lines.size(); ++i)
        if (m_view.lines[i].lineNo == lineNo) {
            m_view.current = i;
            return Verdict::of(codes::Code::LineChosen,
                               QCoreApplication::translate("ReturnSession", "Line %1: %2, %3.")
                                   .arg(lineNo)
                                   .arg(m_view.lines[i].sku, m_view.lines[i].status));
        }
    return Verdict::of(
        codes::Code::InvalidLine,
        QCoreApplication::translate("ReturnSession", "%1 has no line %2.").arg(m_view.rma->id).arg(lineNo));
}

Verdict ReturnSession::recordSerial(const QString& serial)
{
    if (auto refused = noReturnHere())
        return *refused;
    return recordSerial(serial, scanner::ScanEvent::manual(serial));
}

Verdict ReturnSession::attachPhoto(const QString& path)
{
    if (auto refused = noReturnHere())
        return *refused;
    return attach(path);
}

Verdict ReturnSession::approveRestock()
{
    if (auto refused = noReturnHere())
        return *refused;
    return approve({});
}

Verdict ReturnSession::rejectToHold()
{
    if (auto refused = noReturnHere())
        return *refused;
    return decide(QStringLiteral("restock_rejected"), {});
}

Verdict ReturnSession::refund()
{
    if (auto refused = noReturnHere())
        return *refused;
    return close(QStringLiteral("refunded"));
}

Verdict ReturnSession::replace()
{
    if (auto refused = noReturnHere())
        return *refused;
    return close(QStringLiteral("replaced"));
}

Verdict ReturnSession::cancelPending()
{
    if (auto refused = noReturnHere())
        return *refused;
    m_view.supervisorWanted = false;
    return prompt();
}

Verdict ReturnSession::gradeLine(Grade gradeGiven, Reason reasonGiven, const QString& notesTyped)
{
    if (auto refused = noReturnHere())
        return *refused;
    const QString grade = grades().value(int(gradeGiven));
    const QString reason = reasons().value(int(reasonGiven));
    const QString notes = notesTyped.left(500);
    const db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    const Verdict done =
        Verdict::of(codes::Code::Graded,
                    QCoreApplication::translate(
                        "ReturnSession", "Line %1 graded %2 (%3). Approve for restock (F5) or reject to hold (F6).")
                        .arg(line->lineNo)
                        .arg(grade, labels::returnReason(reason)));
    const QString rmaId = line->rmaId;
    const int lineNo = line->lineNo;
    return transition(QStringLiteral("checking"), done, [this, rmaId, lineNo, grade, reason, notes] {
        return m_returns.recordGrade(rmaId, lineNo, grade, reason, notes);
    });
}

Verdict ReturnSession::recordSerial(const QString& serial, const scanner::ScanEvent& scan)
{
    db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    if (serial.trimmed().isEmpty() || serial.size() > 64)
        return Verdict::of(
            codes::Code::InvalidSerial,
            QCoreApplication::translate("ReturnSession", "Scan or type the serial number (up to 64 characters)."));
    const bool mismatch = !line->shippedSerial.isEmpty() && serial != line->shippedSerial;
    const Verdict verdict =
        mismatch ? Verdict::of(codes::Code::SerialMismatch,
                               QCoreApplication::translate(
                                   "ReturnSession", "Serial %1 is not the one shipped (%2): this cannot be restocked.")
                                   .arg(serial, line->shippedSerial))
                 : Verdict::of(codes::Code::SerialRecorded,
                               QCoreApplication::translate("ReturnSession", "Serial %1 recorded.").arg(serial));
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_returns.recordSerial(line->rmaId, line->lineNo, serial);
        },
        [&] {
            return logScan(scan, verdict);
        },
        [&] {
            return !mismatch
                       ? Result<void>{}
                       : m_journal.exception(QStringLiteral("serial_mismatch"),
                                             lineRef(*line),
                                             m_view.rma->orderId,
                                             line->sku,
                                             QStringLiteral("scanned %1, shipped %2").arg(serial, line->shippedSerial),
                                             m_operator.badge);
        });
    if (!ok)
        return cacheError(ok.error());
    line->scannedSerial = serial;
    return verdict;
}

Verdict ReturnSession::attach(const QString& path)
{
    db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    QFile photo(path);
    if (path.isEmpty() || !photo.open(QIODevice::ReadOnly))
        return Verdict::of(codes::Code::PhotoUnreadable,
                           QCoreApplication::translate("ReturnSession", "The photo %1 cannot be read.").arg(path));
    const QString extension = photoExtension(photo.peek(8));
    if (extension.isEmpty())
        return Verdict::of(codes::Code::NotAPhoto,
                           QCoreApplication::translate("ReturnSession", "%1 is not a JPEG or PNG photo.").arg(path));
    photo.close();
    if (!QDir().mkpath(m_proofFolder))
        return Verdict::of(
            codes::Code::PhotoUnreadable,
            QCoreApplication::translate("ReturnSession", "The proof folder %1 cannot be created.").arg(m_proofFolder));
    const QString stored = QDir(m_proofFolder)
                               .filePath(QStringLiteral("%1-%2-%3.%4")
                                             .arg(line->rmaId)
                                             .arg(line->lineNo)
                                             .arg(m_journal.clock().nowMs())
                                             .arg(extension));
    if (!QFile::copy(path, stored))
        return Verdict::of(
            codes::Code::PhotoUnreadable,
            QCoreApplication::translate("ReturnSession", "The photo could not be stored in %1.").arg(m_proofFolder));
    auto ok = db::inTransaction(
        m_db,
        [&] {
            return m_returns.recordPhoto(line->rmaId, line->lineNo, stored);
        },
        [&] {
            return db::AuditLog(m_db, m_journal.clock())
                .append(
                    m_operator.badge, m_journal.stationId(), QStringLiteral("return_photo"), lineRef(*line), stored);
        });
    if (!ok) {
        QFile::remove(stored);
        return cacheError(ok.error());
    }
    line->proofPhoto = stored;
    return Verdict::of(codes::Code::PhotoAttached,
                       QCoreApplication::translate("ReturnSession", "Photo attached to line %1.").arg(line->lineNo));
}

Verdict ReturnSession::approve(const QString& supervisor)
{
    const db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    if (line->status == QLatin1String("checking") && m_view.rma->path == QLatin1String("return_with_proof")) {
        if (line->proofPhoto.isEmpty())
            return Verdict::of(codes::Code::ProofRequired,
                               QCoreApplication::translate("ReturnSession",
                                                           "High value: attach a photo of the item before approving."));
        if (!line->shippedSerial.isEmpty() && line->scannedSerial != line->shippedSerial)
            return Verdict::of(
                codes::Code::SerialMismatch,
                QCoreApplication::translate("ReturnSession", "Scan the item's serial: it must be %1 (scanned: %2).")
                    .arg(line->shippedSerial,
                         line->scannedSerial.isEmpty() ? QCoreApplication::translate("ReturnSession", "none")
                                                       : line->scannedSerial));
    }
    const bool poorGrade = line->grade == QLatin1String("C") || line->grade == QLatin1String("D");
    if (line->status == QLatin1String("checking") && poorGrade && supervisor.isEmpty()) {
        m_view.supervisorWanted = true;
        return Verdict::of(codes::Code::SupervisorRequired,
                           QCoreApplication::translate(
                               "ReturnSession", "Grade %1 goes back to stock only with a supervisor: badge and PIN.")
                               .arg(line->grade));
    }
    return decide(QStringLiteral("restock_approved"), supervisor);
}

Verdict ReturnSession::decide(const QString& to, const QString& supervisor)
{
    const db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    const bool restock = to == QLatin1String("restock_approved");
    auto location = db::locationOfKind(m_db, restock ? QStringLiteral("returns") : QStringLiteral("hold"));
    if (!location)
        return cacheError(location.error());
    const db::ReturnLineRecord before = *line;
    const Verdict done =
        restock ? Verdict::of(
            codes::Code::RestockApproved,
            QCoreApplication::translate("ReturnSession", "Line %1: %2 × %3 back to stock. Refund (F7) or replace (F8).")
                .arg(before.lineNo)
                .arg(before.quantity)
                .arg(before.sku))
                : Verdict::of(codes::Code::RestockRejected,
                              QCoreApplication::translate("ReturnSession",
                                                          "Line %1: %2 × %3 to hold. Refund (F7) or replace (F8).")
                                  .arg(before.lineNo)
                                  .arg(before.quantity)
                                  .arg(before.sku));
    const qint64 locationId = *location;
    Verdict verdict = transition(to, done, [this, before, restock, locationId, supervisor]() -> Result<void> {
        auto uuid = m_journal.movement({restock ? QStringLiteral("return_restock") : QStringLiteral("return_hold"),
                                        before.sku,
                                        before.quantity,
                                        0,
                                        locationId,
                                        QStringLiteral("rma:") + lineRef(before)},
                                       m_operator.badge);
        if (!uuid)
            return std::unexpected(uuid.error());
        if (auto ok = m_returns.recordDecision(
                before.rmaId, before.lineNo, restock ? QStringLiteral("restock") : QStringLiteral("hold"));
            !ok)
            return ok;
        if (supervisor.isEmpty())
            return {};
        return db::AuditLog(m_db, m_journal.clock())
            .append(supervisor,
                    m_journal.stationId(),
                    QStringLiteral("override_restock_grade"),
                    lineRef(before),
                    QStringLiteral("grade %1 restocked; clerk %2").arg(before.grade, m_operator.badge));
    });
    if (verdict.kind != Verdict::Kind::Error)
        m_view.supervisorWanted = false;
    return verdict;
}

Verdict ReturnSession::close(const QString& to)
{
    const db::ReturnLineRecord* line = current();
    if (!line)
        return Verdict::of(
            codes::Code::NoLine,
            QCoreApplication::translate("ReturnSession", "Scan an item of the return, or choose a line."));
    const Verdict done =
        to == QLatin1String("refunded")
            ? Verdict::of(codes::Code::Refunded,
                          QCoreApplication::translate("ReturnSession", "Line %1 refunded.").arg(line->lineNo))
            : Verdict::of(
                codes::Code::Replaced,
                QCoreApplication::translate("ReturnSession", "Line %1: a replacement is sent.").arg(line->lineNo));
    Verdict verdict = transition(to, done, [] {
        return Result<void>{};
    });
    if (verdict.kind == Verdict::Kind::Error)
        return verdict;
    // On to the next open line, if any.
    for (int i = 0; i < m_view.lines.size(); ++i)
        if (!m_view.lines[i].finished()) {
            m_view.current = i;
            return verdict;
        }
    return Verdict::ok(verdict.code,
                       verdict.message + QLatin1Char(' ')
                           + QCoreApplication::translate("ReturnSession", "%1 is closed.").arg(m_view.rma->id));
}

Verdict ReturnSession::approveBySupervisor(const SupervisorCredentials& credentials)
{
    if (auto refused = noReturnHere())
        return *refused;
    if (!m_view.supervisorWanted)
        return Verdict::of(codes::Code::NothingToApprove,
                           QCoreApplication::translate("ReturnSession", "Nothing waits for a supervisor."));
    const auto found =
        checkSupervisor(m_db, m_journal.stationId(), credentials.badge, credentials.pin, m_journal.clock());
    if (!found)
        return found.error();
    return approve(*found);
}

} // namespace wf::workflows
