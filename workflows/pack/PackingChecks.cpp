#include "workflows/pack/PackingChecks.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace wf::workflows::packing {

namespace {

/// The HS 2022 chapters and the ISO alpha codes, from the reference files the build embeds.
struct CustomsReference
{
    QSet<QString> hsChapters;
    QSet<QString> countries;
    QSet<QString> currencies;
};

QList<QStringList> tsvRows(const QString& path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.startsWith(QLatin1Char('#')))
            rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

const CustomsReference& reference()
{
    static const CustomsReference ref = [] {
        CustomsReference r;
        for (const QStringList& f : tsvRows(QStringLiteral(":/wf/reference/hs-chapters.tsv")))
            if (f.size() >= 2 && f[0].size() == 2 && f[0][0].isDigit())
                r.hsChapters.insert(f[0]);
        for (const QStringList& f : tsvRows(QStringLiteral(":/wf/reference/countries.tsv"))) {
            if (f.size() < 5 || f[0] == QLatin1String("alpha2"))
                continue;
            r.countries.insert(f[0]);
            if (!f[4].isEmpty())
                r.currencies.insert(f[4]);
        }
        return r;
    }();
    return ref;
}

// lupdate files this file's tr() under the enclosing scope's name; the context here must be
// that name, or nothing is translated (ui.GermanShift fails then).
QString tr(const char* text)
{
    return QCoreApplication::translate("wf::workflows::packing", text);
}

std::array<int, 3> sortedSides(int a, int b, int c)
{
    std::array<int, 3> s{a, b, c};
    std::ranges::sort(s);
    return s;
}

bool hasTag(const db::PackLineRecord& line, const QString& tag)
{
    const QStringList tags = line.restrictionTags.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::ranges::any_of(tags, [&](const QString& t) {
        return t.trimmed() == tag;
    });
}

} // namespace

QList<db::PackPromptRecord> playbookPrompts(const QList<db::PackLineRecord>& lines,
                                            const QList<db::PackingRuleRecord>& rules)
{
    QList<db::PackPromptRecord> prompts;
    QSet<QString> seen;
    int units = 0;
    for (const auto& l : lines)
        units += l.quantity;
    for (const auto& rule : rules) {
        if (!rule.enabled || seen.contains(rule.promptCode))
            continue;
        int matching = 0;
        for (const auto& l : lines)
            if (rule.packingClass == QLatin1String("*") || l.packingClass == rule.packingClass)
                matching += l.quantity;
        if (matching == 0 || matching < rule.minItems
            || (rule.packingClass == QLatin1String("*") && units < rule.minItems))
            continue;
        seen.insert(rule.promptCode);
        prompts.append({rule.promptCode, rule.promptText, {}});
    }
    return prompts;
}

QList<DestinationFinding> destinationFindings(const db::PackShipmentRecord& shipment,
                                              const QList<db::PackLineRecord>& lines,
                                              const QList<db::DestinationRuleRecord>& rules)
{
    QList<DestinationFinding> findings;
    for (const auto& rule : rules) {
        if (!rule.enabled)
            continue;
        if (rule.country != QLatin1String("*") && rule.country != shipment.destinationCountry)
            continue;
        if (rule.service != QLatin1String("*") && rule.service != shipment.service)
            continue;
        if (rule.action == QLatin1String("suggest_service") && shipment.service == rule.suggestedService)
            continue; // followed already
        for (const auto& l : lines) {
            if (!hasTag(l, rule.restrictionTag))
                continue;
            findings.append({rule.action, l.sku, rule.restrictionTag, rule.reason, rule.suggestedService});
            break;
        }
    }
    return findings;
}

QString labelBarcodeOf(const db::PackShipmentRecord& s)
{
    if (!s.labelBarcode.isEmpty())
        return s.labelBarcode;
    return !s.trackingNumber.isEmpty() ? s.trackingNumber : s.sscc;
}

bool printedLabelOutdated(const db::PackShipmentRecord& s)
{
    return s.labelPrints > 0 && !s.printedBarcode.isEmpty() && s.printedBarcode != labelBarcodeOf(s);
}

QList<db::PackLineRecord> linesInPackage(const QList<db::PackLineRecord>& lines)
{
    QList<db::PackLineRecord> packed;
    for (const auto& l : lines)
        if (l.quantity > 0)
            packed.append(l);
    return packed;
}

bool crossBorder(const db::PackShipmentRecord& shipment)
{
    // The EU is one customs territory: a parcel between two of its members declares nothing.
    static const QSet<QString> customsUnion = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE")};
    const QString& from = shipment.originCountry;
    const QString& to = shipment.destinationCountry;
    if (from.isEmpty())
        return true; // a warehouse of no known country: every parcel needs what customs may ask
    if (from == to)
        return false;
    return !(customsUnion.contains(from) && customsUnion.contains(to));
}

QStringList customsProblems(const db::PackShipmentRecord& shipment, const QList<db::PackLineRecord>& lines)
{
    if (!crossBorder(shipment))
        return {};
    const CustomsReference& ref = reference();
    static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));
    QStringList problems;
    if (shipment.originCountry.isEmpty())
        problems << tr("this station's warehouse has no country, so no parcel can be known to stay inside its "
                       "customs territory: floorctl master add-warehouse gives it one");
    for (const auto& l : lines) {
        const QString hs = QString(l.hsCode).remove(QLatin1Char('.')).remove(QLatin1Char(' '));
        if (hs.size() < 6 || hs.contains(notDigit))
            problems << tr("%1: HS code '%2' needs six or more digits").arg(l.sku, l.hsCode);
        else if (!ref.hsChapters.contains(hs.left(2)))
            problems << tr("%1: HS chapter %2 does not exist").arg(l.sku, hs.left(2));
        if (l.declaredValueMinor <= 0)
            problems << tr("%1: no declared value").arg(l.sku);
        if (!ref.currencies.contains(l.currency))
            problems << tr("%1: currency '%2' is not an ISO currency").arg(l.sku, l.currency);
        if (!ref.countries.contains(l.originCountry))
            problems << tr("%1: country of origin '%2' is not an ISO country").arg(l.sku, l.originCountry);
        if (l.customsDescription.trimmed().isEmpty())
            problems << tr("%1: no customs description").arg(l.sku);
    }
    return problems;
}

std::optional<db::BoxTypeRecord> suggestBox(const QList<db::PackLineRecord>& lines,
                                            const QList<db::BoxTypeRecord>& boxes)
{
    constexpr double kPadding = 1.25; // room for protection and dividers
    double volume = 0;
    int weight = 0;
    for (const auto& l : lines) {
        volume += double(l.lengthMm) * l.widthMm * l.heightMm * l.quantity;
        weight += l.weightG * l.quantity;
    }
    std::optional<db::BoxTypeRecord> best;
    for (const auto& box : boxes) {
        const auto inside = sortedSides(box.lengthMm, box.widthMm, box.heightMm);
        const bool everyItemFits = std::ranges::all_of(lines, [&](const db::PackLineRecord& l) {
            const auto item = sortedSides(l.lengthMm, l.widthMm, l.heightMm);
            return item[0] <= inside[0] && item[1] <= inside[1] && item[2] <= inside[2];
        });
        const double boxVolume = double(box.lengthMm) * box.widthMm * box.heightMm;
        if (!everyItemFits || volume * kPadding > boxVolume || weight + box.tareG > box.maxWeightG)
            continue;
        if (!best || boxVolume < double(best->lengthMm) * best->widthMm * best->heightMm)
            best = box;
    }
    return best;
}

WeightCheck expectedWeight(const QList<db::PackLineRecord>& lines, int boxTareG, WeightTolerance tolerance)
{
    WeightCheck check;
    for (const auto& l : lines)
        check.expectedG += l.weightG * l.quantity;
    check.expectedG += boxTareG;
    check.toleranceG = std::max(tolerance.grams, int(std::lround(check.expectedG * tolerance.percent / 100.0)));
    return check;
}

} // namespace wf::workflows::packing
