#pragma once

#include "workflows/Verdict.h"
#include "workflows/pack/PackBench.h"

namespace wf::workflows {

/// The packing playbook as a supervisor edits it at the bench: a rule (a packing class, from how
/// many items, its prompt's code and text, enabled or not) is added or changed with a reason,
/// audited, and the bench's open package is checked against the new playbook at once.
class PlaybookEditor
{
public:
    explicit PlaybookEditor(PackBench& bench)
        : m_bench(bench)
    {}

    /// Adds (id 0) or changes a rule; only a supervisor, only with a reason.
    Verdict save(const db::PackingRuleRecord& rule, const QString& reason);

private:
    PackBench& m_bench;
};

} // namespace wf::workflows
