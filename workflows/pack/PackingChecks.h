#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "db/PackRepository.h"

namespace wf::workflows {

/// What a destination rule says about one package.
struct DestinationFinding
{
    QString action; ///< block, warn, suggest_service
    QString sku;
    QString tag;
    QString reason;
    QString suggestedService;
};

/// How far the scale may be from the expected weight: the larger of a share and a fixed amount.
struct WeightTolerance
{
    double percent = 5.0;
    int grams = 50;
};

struct WeightCheck
{
    int expectedG = 0;
    int toleranceG = 0;
    bool within(int weighedG) const { return weighedG >= expectedG - toleranceG && weighedG <= expectedG + toleranceG; }
};

/// The pack station's rules as plain functions of the package: the playbook's prompts, the
/// destination rules, the customs data a cross-border parcel needs, the box and its weight.
namespace packing {

/// The prompts the playbook asks for: a rule for a packing class applies when the package holds
/// at least `min_items` units of that class; a rule for "*" when it holds that many units in all.
QList<db::PackPromptRecord> playbookPrompts(const QList<db::PackLineRecord>& lines,
                                            const QList<db::PackingRuleRecord>& rules);

/// The destination rules that hit this package (enabled, the line's restriction tag, the
/// destination or "*", the service or "*"). A suggestion already followed is not a finding.
QList<DestinationFinding> destinationFindings(const db::PackShipmentRecord& shipment,
                                              const QList<db::PackLineRecord>& lines,
                                              const QList<db::DestinationRuleRecord>& rules);

/// A parcel crossing a customs border needs customs data on every line: an HS code of six
/// or more digits whose chapter exists, a declared value above zero with a known currency, a
/// country of origin and a description. One problem per missing fact; empty when complete or
/// domestic.
QStringList customsProblems(const db::PackShipmentRecord& shipment, const QList<db::PackLineRecord>& lines);

/// Does this parcel cross a customs border (another country, not both in the EU)? A warehouse of
/// no known country: yes, so that customs data is never skipped for want of an origin.
bool crossBorder(const db::PackShipmentRecord& shipment);

/// The lines with units in the package: a line picked short to nothing is shown, not packed.
QList<db::PackLineRecord> linesInPackage(const QList<db::PackLineRecord>& lines);

/// The barcode the package's label carries: the carrier's number when there is one, else the SSCC.
QString labelBarcodeOf(const db::PackShipmentRecord& shipment);

/// A label was printed, and the package's barcode changed since (a carrier tracking number
/// arrived after a label with the SSCC was printed): the label on the box is not the carrier's.
bool printedLabelOutdated(const db::PackShipmentRecord& shipment);

/// The smallest box every item fits in (each item's sorted sides within the box's, the summed
/// volume with room to pad, the weight within the box's limit); nullopt when none does.
std::optional<db::BoxTypeRecord> suggestBox(const QList<db::PackLineRecord>& lines,
                                            const QList<db::BoxTypeRecord>& boxes);

/// Items plus the box's tare, and the tolerance around it.
WeightCheck expectedWeight(const QList<db::PackLineRecord>& lines, int boxTareG, WeightTolerance tolerance);

} // namespace packing

} // namespace wf::workflows
