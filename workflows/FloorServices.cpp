#include "workflows/FloorServices.h"

#include "workflows/FloorStatus.h"
#include "workflows/ItemLookup.h"
#include "workflows/OperatorLogin.h"
#include "workflows/PickSession.h"
#include "workflows/ReturnSession.h"
#include "workflows/SupervisorConsole.h"
#include "workflows/TrainingHints.h"

namespace wf::workflows {

FloorServices::FloorServices(QSqlDatabase db,
                             const QString& stationId,
                             const PickSession::Settings& pickSettings,
                             const PackSettings& packSettings,
                             PackSession::LabelOutput labelOutput)
    : login(std::make_unique<OperatorLogin>(db, stationId))
    , lookup(std::make_unique<ItemLookup>(db))
    , hints(std::make_unique<TrainingHints>(db))
    , status(std::make_unique<FloorStatus>(db))
    , pick(std::make_unique<PickSession>(db, stationId, PickSession::Settings{}))
    , pack(std::make_unique<PackSession>(
          db,
          stationId,
          packSettings,
          labelOutput ? std::move(labelOutput)
                      : printing::LabelOutput::folder(printing::LabelOutput::folderBeside(db.databaseName()))))
    , returns(std::make_unique<ReturnSession>(db, stationId, ReturnSession::proofFolderFor(db.databaseName())))
    , supervisor(std::make_unique<SupervisorConsole>(db, stationId))
{
    pick->setSettings(pickSettings);
}

FloorServices::~FloorServices() = default;

} // namespace wf::workflows
