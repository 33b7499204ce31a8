#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl station init --db PATH --master URL --station ID: a station from nothing. Creates the
/// cache (never over an existing file), pulls everything of the station's warehouse from the master
/// in one go with progress on stderr, and says what the warehouse still lacks for the floor (a
/// staging, returns or hold location; an operator; stock) before anyone scans.
class StationCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("station"); }
    QString summary() const override { return QStringLiteral("make a station's cache from the master: init"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace wf::app
