#include "workflows/station/TrainingHints.h"

#include <QCoreApplication>

#include "db/OperatorRepository.h"
#include "db/ProductRepository.h"
#include "workflows/FloorLabels.h"

namespace wf::workflows {

TrainingHints::TrainingHints(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<TrainingHint> TrainingHints::forLogin() const
{
    QList<TrainingHint> hints;
    db::OperatorRepository operators(m_db);
    if (auto all = operators.all()) {
        for (const auto& op : *all) {
            if (!op.active)
                continue;
            hints.append({QCoreApplication::translate("TrainingHints", "%1 (%2)")
                              .arg(op.name, labels::roles(op.roles.join(QLatin1Char(',')))),
                          op.badge});
        }
    }
    hints.append({QCoreApplication::translate("TrainingHints", "Unknown badge"), QStringLiteral("Z9999"), true});
    return hints;
}

QList<TrainingHint> TrainingHints::forLookup() const
{
    QList<TrainingHint> hints;
    db::ProductRepository products(m_db);
    for (const char* kind : {"gtin", "packaging"}) {
        auto sample = products.sampleBarcodesByPackingClass(QString::fromLatin1(kind));
        if (!sample)
            continue;
        for (const auto& [code, sku] : *sample) {
            hints.append({QString::fromLatin1(kind) == QLatin1String("gtin")
                              ? QCoreApplication::translate("TrainingHints", "Unit barcode of %1").arg(sku)
                              : QCoreApplication::translate("TrainingHints", "Case barcode of %1").arg(sku),
                          code});
        }
        if (!sample->isEmpty() && QString::fromLatin1(kind) == QLatin1String("gtin"))
            hints.append({QCoreApplication::translate("TrainingHints", "SKU typed by hand"), sample->first().second});
    }
    hints.append(
        {QCoreApplication::translate("TrainingHints", "Unknown barcode"), QStringLiteral("5901234123457"), true});
    hints.append({QCoreApplication::translate("TrainingHints", "Misread (wrong check digit)"),
                  QStringLiteral("4000000000018"),
                  true});
    return hints;
}

} // namespace wf::workflows
