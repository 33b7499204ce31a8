#include "workflows/pack/PlaybookEditor.h"

#include <QCoreApplication>

#include "db/AuditLog.h"
#include "db/Transaction.h"
#include "workflows/CacheFailure.h"

namespace wf::workflows {

namespace {

// lupdate files this file's tr() under the enclosing class's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::PlaybookEditor", text);
}

const QStringList& packingClasses()
{
    static const QStringList classes = {QStringLiteral("*"),
                                        QStringLiteral("fragile"),
                                        QStringLiteral("apparel"),
                                        QStringLiteral("electronics"),
                                        QStringLiteral("liquid"),
                                        QStringLiteral("battery"),
                                        QStringLiteral("standard")};
    return classes;
}

QString describe(const db::PackingRuleRecord& rule, const QString& reason)
{
    return QStringLiteral("%1 ≥ %2: %3 (%4)%5 — %6")
        .arg(rule.packingClass)
        .arg(rule.minItems)
        .arg(rule.promptCode, rule.promptText)
        .arg(rule.enabled ? QString() : QStringLiteral(", disabled"))
        .arg(reason);
}

} // namespace

Verdict PlaybookEditor::save(const db::PackingRuleRecord& rule, const QString& reason)
{
    if (!m_bench.packer.hasRole(QStringLiteral("supervisor")))
        return Verdict::of(codes::Code::NotSupervisor, tr("Only a supervisor changes the packing playbook."));
    if (reason.trimmed().isEmpty())
        return Verdict::of(codes::Code::ReasonRequired, tr("Say why the playbook changes."));
    if (!packingClasses().contains(rule.packingClass) || rule.minItems < 1 || rule.promptCode.trimmed().isEmpty()
        || rule.promptText.trimmed().isEmpty())
        return Verdict::of(codes::Code::InvalidRule,
                           tr("A rule needs a packing class (%1), at least one item, a code and a text.")
                               .arg(packingClasses().join(QStringLiteral(", "))));
    qint64 id = 0;
    auto ok = db::inTransaction(
        m_bench.db,
        [&]() -> Result<void> {
            auto saved = m_bench.packs.savePackingRule(rule);
            if (!saved)
                return std::unexpected(saved.error());
            id = *saved;
            return {};
        },
        [&] {
            return db::AuditLog(m_bench.db, m_bench.journal.clock())
                .append(m_bench.packer.badge,
                        m_bench.journal.stationId(),
                        QStringLiteral("edit_packing_rule"),
                        QStringLiteral("packing_rule:%1").arg(id),
                        describe(rule, reason.trimmed()));
        });
    if (!ok)
        return cacheFailure(ok.error());
    if (auto reloaded = m_bench.reloadRules(); !reloaded) // the bench checks against the new playbook at once
        return cacheFailure(reloaded.error());
    return Verdict::of(codes::Code::RuleSaved, tr("Playbook rule %1 saved.").arg(rule.promptCode));
}

} // namespace wf::workflows
