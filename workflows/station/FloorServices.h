#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "common/Clock.h"
#include "workflows/pack/PackSession.h"
#include "workflows/pick/PickSettings.h"

namespace wf::workflows {

class FloorStatus;
class ItemLookup;
class OperatorLogin;
class PickSession;
class ReturnSession;
class SupervisorConsole;
class TrainingHints;

/// The workflows of one station, built on one cache connection by the composition root and handed
/// to the screens. Owns them; lives on the GUI thread with the connection.
struct FloorServices
{
    /// Labels go to `labelOutput`, or into a folder beside the cache when none is given. Every
    /// row is stamped and every PIN lock measured by `clock` (which must outlive the services).
    FloorServices(QSqlDatabase db,
                  const QString& stationId,
                  const PickSettings& pickSettings = {},
                  const PackSettings& packSettings = {},
                  PackSession::LabelOutput labelOutput = {},
                  const Clock& clock = Clock::system());
    ~FloorServices();
    FloorServices(const FloorServices&) = delete;
    FloorServices& operator=(const FloorServices&) = delete;

    std::unique_ptr<OperatorLogin> login;
    std::unique_ptr<ItemLookup> lookup;
    std::unique_ptr<TrainingHints> hints;
    std::unique_ptr<FloorStatus> status;
    std::unique_ptr<PickSession> pick;
    std::unique_ptr<PackSession> pack;
    std::unique_ptr<ReturnSession> returns;
    std::unique_ptr<SupervisorConsole> supervisor;
};

} // namespace wf::workflows
