#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl master init|add-station|status --master URL: administration of the PostgreSQL master
/// over an owner's URL. One JSON line per command; the owner's password never printed.
class MasterCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("master"); }
    QString summary() const override
    {
        return QStringLiteral("set up and fill the master inventory: init, add-warehouse, add-station, "
                              "add-operator, import, status");
    }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

/// floorctl sync --db PATH --master URL [--once]: pushes the cache's outbox to the master.
class SyncCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override { return QStringLiteral("push the movement outbox to the master"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
