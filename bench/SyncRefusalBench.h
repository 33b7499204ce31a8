#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// The cost of one refusal (DESIGN.md §8: a batch with one movement to refuse ≤ 3× the same batch
/// without): batches at the master's limit (5,000 restocks) sent to push_movements through a
/// station's own role, alternating a clean batch with the same batch holding one movement the
/// master refuses — a location of another warehouse (refused by its checks) or a ship of more than
/// the bin holds (refused by the stock). Medians of `rounds` of each, and their ratios. Needs the
/// owner's URL: it applies the schema and adds a station and warehouses of its own.
class SyncRefusalBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& ownerUrl, int rounds);
};

} // namespace wf::bench
