#pragma once

#include <QJsonObject>
#include <QString>

#include "common/Result.h"

namespace wf::bench {

/// What a seller's import costs beside the database's own fastest load (DESIGN.md §8): `products`
/// products from a Shopify-style CSV through `floorctl master import products`, and `orderLines`
/// order lines (four per order) through `import orders` — which checks every field, reserves each
/// order's stock and feeds the stations' change log — each beside a bare `COPY` of the same rows
/// into a table of the same shape, in the same run. Rows/s of both and their ratio (target ≥
/// 0.25). Needs the owner's URL; works in a warehouse of its own.
class ImportBench
{
public:
    [[nodiscard]] static Result<QJsonObject> run(const QString& ownerUrl, int products, int orderLines);
};

} // namespace wf::bench
