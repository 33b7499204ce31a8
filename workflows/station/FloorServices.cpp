#include "workflows/station/FloorServices.h"

#include "workflows/pick/PickSession.h"
#include "workflows/returns/ReturnSession.h"
#include "workflows/station/FloorStatus.h"
#include "workflows/station/ItemLookup.h"
#include "workflows/station/OperatorLogin.h"
#include "workflows/station/TrainingHints.h"
#include "workflows/supervisor/SupervisorConsole.h"

namespace wf::workflows {

FloorServices::FloorServices(QSqlDatabase db,
                             const QString& stationId,
                             const PickSession::Settings& pickSettings,
                             const PackSettings& packSettings,
                             PackSession::LabelOutput labelOutput,
                             const Clock& clock)
    : login(std::make_unique<OperatorLogin>(db, stationId, clock))
    , lookup(std::make_unique<ItemLookup>(db))
    , hints(std::make_unique<TrainingHints>(db))
    , status(std::make_unique<FloorStatus>(db))
    , pick(std::make_unique<PickSession>(db, stationId, PickSession::Settings{}, clock))
    , pack(std::make_unique<PackSession>(
          db,
          stationId,
          packSettings,
          labelOutput ? std::move(labelOutput)
                      : printing::LabelOutput::folder(printing::LabelOutput::folderBeside(db.databaseName())),
          clock))
    , returns(std::make_unique<ReturnSession>(db, stationId, ReturnSession::proofFolderFor(db.databaseName()), clock))
    , supervisor(std::make_unique<SupervisorConsole>(db, stationId, clock))
{
    pick->setSettings(pickSettings);
}

FloorServices::~FloorServices() = default;

} // namespace wf::workflows
