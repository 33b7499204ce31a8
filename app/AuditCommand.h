#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl audit verify --db PATH: walks the hash chain of the audit trail; exit 0 when intact,
/// 1 naming the first bad row. floorctl audit export --db PATH --out FILE.csv: the trail as CSV.
class AuditCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return QStringLiteral("verify the audit trail's hash chain, export it"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
