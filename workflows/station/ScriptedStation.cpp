#include "workflows/station/ScriptedStation.h"

#include <QCoreApplication>

#include "scanner/Gs1Parser.h"
#include "workflows/CacheFailure.h"
#include "workflows/station/ItemLookup.h"
#include "workflows/station/ModeAccess.h"
#include "workflows/station/OperatorLogin.h"
#include "workflows/supervisor/ExceptionQueue.h"

namespace wf::workflows {

namespace {

ScriptedStation::Step step(Verdict verdict, QString sku = {})
{
    return {false, std::move(verdict), std::move(sku)};
}

} // namespace

ScriptedStation::ScriptedStation(QSqlDatabase db, QString stationId, PickSession::Settings pickSettings)
    : m_db(db)
    , m_stationId(std::move(stationId))
    , m_pickSettings(pickSettings)
    , m_login(std::make_unique<OperatorLogin>(db, m_stationId))
    , m_lookup(std::make_unique<ItemLookup>(db))
{}

ScriptedStation::~ScriptedStation() = default;

void ScriptedStation::setPacking(PackSettings settings, PackSession::LabelOutput output)
{
    m_packSettings = std::move(settings);
    m_labelOutput = std::move(output);
}

ScriptedStation::Step ScriptedStation::run(const QString& line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return {};
    const QString command = trimmed.section(QLatin1Char(' '), 0, 0);
    const QString rest = trimmed.section(QLatin1Char(' '), 1);
    const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (command == QLatin1String("login"))
        return login(words);
    if (command == QLatin1String("logout")) {
        Verdict out =
            Verdict::of(codes::Code::LoggedOut, QCoreApplication::translate("ScriptedStation", "Logged out."));
        if (m_operator)
            out = m_login->logout(*m_operator);
        m_operator.reset();
        m_pick.reset();
        m_returns.reset();
        m_pack.reset();
        m_mode.clear();
        return step(out);
    }
    if (command == QLatin1String("mode"))
        return mode(rest.trimmed());
    if (command == QLatin1String("scan"))
        return scan(scanner::Gs1Parser::unescape(rest));
    if (command == QLatin1String("action"))
        return action(words);
    if (command == QLatin1String("resolve"))
        return resolve(words.value(0), rest.section(QLatin1Char(' '), 1).trimmed());
    return step(Verdict::of(codes::Code::UnknownCommand,
                            QCoreApplication::translate("ScriptedStation", "Unknown command: %1").arg(command)));
}

ScriptedStation::Step ScriptedStation::resolve(const QString& handle, const QString& note)
{
    if (!m_operator)
        return step(
            Verdict::of(codes::Code::NotLoggedIn, QCoreApplication::translate("ScriptedStation", "Log in first.")));
    auto id = db::ExceptionRepository(m_db).findOpen(handle);
    if (!id)
        return step(cacheFailure(id.error()));
    if (!*id)
        return step(Verdict::of(codes::Code::NotOpen,
                                QCoreApplication::translate("ScriptedStation", "No open exception %1.").arg(handle)));
    return step(ExceptionQueue(m_db, m_stationId).resolve(*m_operator, **id, note));
}

ScriptedStation::Step ScriptedStation::login(const QStringList& words)
{
    auto outcome = m_login->scanBadge(scanner::ScanEvent::manual(words.value(0)));
    if (!outcome.pendingBadge.isEmpty() && words.size() > 1)
        outcome = m_login->enterPin(outcome.pendingBadge, words.value(1));
    if (outcome.session)
        m_operator = outcome.session;
    return step(outcome.verdict);
}

ScriptedStation::Step ScriptedStation::mode(const QString& name)
{
    if (!m_operator)
        return step(
            Verdict::of(codes::Code::NotLoggedIn, QCoreApplication::translate("ScriptedStation", "Log in first.")));
    if (name == QLatin1String("lookup")) {
        m_mode = name;
        return step(Verdict::of(codes::Code::ModeLookup, QCoreApplication::translate("ScriptedStation", "Lookup.")));
    }
    if (name == QLatin1String("pick")) {
        if (auto refused = ModeAccess::refusal(*m_operator, FloorMode::Pick))
            return step(*refused);
        m_mode = name;
        m_pick = std::make_unique<PickSession>(m_db, m_stationId, m_pickSettings);
        return step(m_pick->begin(*m_operator));
    }
    if (name == QLatin1String("returns")) {
        if (auto refused = ModeAccess::refusal(*m_operator, FloorMode::Returns))
            return step(*refused);
        m_mode = name;
        m_returns =
            std::make_unique<ReturnSession>(m_db, m_stationId, ReturnSession::proofFolderFor(m_db.databaseName()));
        return step(m_returns->begin(*m_operator));
    }
    if (name == QLatin1String("pack")) {
        if (auto refused = ModeAccess::refusal(*m_operator, FloorMode::Pack))
            return step(*refused);
        m_mode = name;
        auto output = m_labelOutput
                          ? m_labelOutput
                          : printing::LabelOutput::folder(printing::LabelOutput::folderBeside(m_db.databaseName()));
        m_pack = std::make_unique<PackSession>(m_db, m_stationId, m_packSettings, output);
        return step(m_pack->begin(*m_operator));
    }
    return step(Verdict::of(codes::Code::UnknownMode,
                            QCoreApplication::translate("ScriptedStation", "Unknown mode: %1").arg(name)));
}

ScriptedStation::Step ScriptedStation::scan(const QString& text)
{
    scanner::ScanEvent event = scanner::ScanEvent::manual(text);
    event.interpretGs1();
    if (m_mode == QLatin1String("lookup")) {
        const LookupResult result = m_lookup->lookup(event);
        return step(result.verdict, result.match ? result.match->product.sku : QString());
    }
    if (m_mode == QLatin1String("pick") && m_pick) {
        const auto before = m_pick->view();
        const QString sku = before.task && !before.bindingTotes ? before.task->sku : QString();
        return step(m_pick->scan(event), sku);
    }
    if (m_mode == QLatin1String("returns") && m_returns)
        return step(m_returns->scan(event));
    if (m_mode == QLatin1String("pack") && m_pack)
        return step(m_pack->scan(event));
    return step(
        Verdict::of(codes::Code::NoMode, QCoreApplication::translate("ScriptedStation", "Choose a mode first.")));
}

// The script's words for the pick keys, parsed here into the session's typed calls:
// quantity N · confirm · cancel · short REASON · supervisor BADGE PIN.
Verdict ScriptedStation::pickAction(const QString& name, const QStringList& args)
{
    if (name == QLatin1String("quantity")) {
        bool number = false;
        const int units = args.value(0).toInt(&number);
        return m_pick->enterQuantity(number ? units : 0); // not a number: refused as out of range
    }
    if (name == QLatin1String("confirm"))
        return m_pick->confirmQuantity();
    if (name == QLatin1String("cancel"))
        return m_pick->cancelPending();
    if (name == QLatin1String("short")) {
        const auto reason = PickSession::shortReasonNamed(args.value(0));
        if (!reason)
            return Verdict::of(codes::Code::InvalidReason,
                               QCoreApplication::translate("PickSession", "Give a reason: %1.")
                                   .arg(PickSession::shortReasons().join(QStringLiteral(", "))));
        return m_pick->reportShort(*reason);
    }
    if (name == QLatin1String("supervisor"))
        return m_pick->approveShort({args.value(0), args.value(1)});
    return Verdict::of(codes::Code::UnknownAction,
                       QCoreApplication::translate("PickSession", "Unknown key: %1.").arg(name));
}

// The returns keys: line N · grade G REASON [NOTES…] · serial TEXT · photo PATH · approve ·
// reject · refund · replace · supervisor BADGE PIN · cancel.
Verdict ScriptedStation::returnsAction(const QString& name, const QStringList& args)
{
    if (name == QLatin1String("line")) {
        bool number = false;
        const int lineNo = args.value(0).toInt(&number);
        return m_returns->chooseLine(number ? lineNo : -1);
    }
    if (name == QLatin1String("grade")) {
        const auto grade = ReturnSession::gradeNamed(args.value(0));
        const auto reason = ReturnSession::reasonNamed(args.value(1));
        if (!grade)
            return Verdict::of(codes::Code::InvalidGrade,
                               QCoreApplication::translate(
                                   "ReturnSession", "Grade A (as new), B (opened), C (damaged) or D (unsellable)."));
        if (!reason)
            return Verdict::of(codes::Code::InvalidReason,
                               QCoreApplication::translate("ReturnSession", "Give a reason: %1.")
                                   .arg(ReturnSession::reasons().join(QStringLiteral(", "))));
        return m_returns->gradeLine(*grade, *reason, args.mid(2).join(QLatin1Char(' ')));
    }
    if (name == QLatin1String("serial"))
        return m_returns->recordSerial(args.value(0));
    if (name == QLatin1String("photo"))
        return m_returns->attachPhoto(args.join(QLatin1Char(' ')));
    if (name == QLatin1String("approve"))
        return m_returns->approveRestock();
    if (name == QLatin1String("reject"))
        return m_returns->rejectToHold();
    if (name == QLatin1String("refund"))
        return m_returns->refund();
    if (name == QLatin1String("replace"))
        return m_returns->replace();
    if (name == QLatin1String("supervisor"))
        return m_returns->approveBySupervisor({args.value(0), args.value(1)});
    if (name == QLatin1String("cancel"))
        return m_returns->cancelPending();
    return Verdict::of(codes::Code::UnknownAction,
                       QCoreApplication::translate("ReturnSession", "Unknown key: %1.").arg(name));
}

// The pack keys: ack [CODE] · box CODE · weight TEXT · override-weight BADGE PIN REASON… ·
// service CODE · close · label · reprint REASON… · cancel.
Verdict ScriptedStation::packAction(const QString& name, const QStringList& args)
{
    const QString rest = args.join(QLatin1Char(' '));
    if (name == QLatin1String("ack"))
        return m_pack->acknowledgePrompt(args.value(0));
    if (name == QLatin1String("box"))
        return m_pack->chooseBox(args.value(0));
    if (name == QLatin1String("weight"))
        return m_pack->weigh(rest);
    if (name == QLatin1String("override-weight"))
        return m_pack->overrideWeight({args.value(0), args.value(1)}, args.mid(2).join(QLatin1Char(' ')));
    if (name == QLatin1String("service"))
        return m_pack->changeService(args.value(0));
    if (name == QLatin1String("close"))
        return m_pack->closePackage();
    if (name == QLatin1String("label"))
        return m_pack->printLabel();
    if (name == QLatin1String("reprint"))
        return m_pack->reprintLabel(rest);
    if (name == QLatin1String("cancel"))
        return m_pack->setAside();
    return Verdict::of(codes::Code::UnknownAction,
                       QCoreApplication::translate("wf::workflows::PackSession", "Unknown action: %1").arg(name));
}

ScriptedStation::Step ScriptedStation::action(const QStringList& words)
{
    if (m_mode == QLatin1String("pick") && m_pick)
        return step(pickAction(words.value(0), words.mid(1)));
    if (m_mode == QLatin1String("returns") && m_returns)
        return step(returnsAction(words.value(0), words.mid(1)));
    if (m_mode == QLatin1String("pack") && m_pack)
        return step(packAction(words.value(0), words.mid(1)));
    return step(
        Verdict::of(codes::Code::NoMode, QCoreApplication::translate("ScriptedStation", "Choose a mode first.")));
}

} // namespace wf::workflows
