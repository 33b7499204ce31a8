#pragma once

namespace wf::workflows {

/// How a station picks; set by a supervisor on the Pick screen, stored with the station's settings.
struct PickSettings
{
    bool forceBinScan = true;            ///< the bin must be scanned before its items
    bool supervisorForShort = false;     ///< a short pick needs a supervisor's badge and PIN
    int batchSize = 2;                   ///< orders per new list (1 to kMaxBatch)
    static constexpr int kMaxBatch = 24; ///< totes on the largest cluster cart
};

} // namespace wf::workflows
