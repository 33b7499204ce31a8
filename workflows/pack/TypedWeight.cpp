#include "workflows/pack/TypedWeight.h"

#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>

namespace wf::workflows {

namespace {

QString acceptedForms(WeightUnit bare)
{
    return QCoreApplication::translate("TypedWeight", "Type the weight as 1.88 (%1), 1880 g, 1.88 kg, 4.1 lb or 66 oz.")
        .arg(TypedWeight::unitName(bare));
}

} // namespace

WeightUnit TypedWeight::unitNamed(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("g"))
        return WeightUnit::Gram;
    if (n == QLatin1String("lb"))
        return WeightUnit::Pound;
    return WeightUnit::Kilogram;
}

QString TypedWeight::unitName(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::Gram:
        return QStringLiteral("g");
    case WeightUnit::Pound:
        return QStringLiteral("lb");
    case WeightUnit::Kilogram:
        break;
    }
    return QStringLiteral("kg");
}

std::expected<int, QString> TypedWeight::grams(const QString& typed, WeightUnit bareUnit)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*([0-9]{1,6})(?:[.,]([0-9]{1,3}))?\\s*(g|kg|lb|lbs|oz)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(typed);
    if (!match.hasMatch())
        return std::unexpected(QCoreApplication::translate("TypedWeight", "'%1' is not a weight. %2")
                                   .arg(typed.trimmed(), acceptedForms(bareUnit)));
    const QString figure =
        match.captured(2).isEmpty() ? match.captured(1) : match.captured(1) + QLatin1Char('.') + match.captured(2);
    const double value = figure.toDouble();
    QString unit = match.captured(3).toLower();
    if (unit.isEmpty())
        unit = unitName(bareUnit);
    const double perUnit = unit == QLatin1String("g")    ? 1.0
                           : unit == QLatin1String("kg") ? 1000.0
                           : unit == QLatin1String("oz") ? 28.349523125
                                                         : 453.59237;
    const long grams = std::lround(value * perUnit);
    if (grams <= 0 || grams > kHeaviestParcelG)
        return std::unexpected(QCoreApplication::translate("TypedWeight",
                                                           "%1 %2 is not the weight of a parcel "
                                                           "(above 0, at most 70 kg). %3")
                                   .arg(figure, unit, acceptedForms(bareUnit)));
    return int(grams);
}

} // namespace wf::workflows
