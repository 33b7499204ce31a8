#pragma once

#include <expected>

#include <QString>

namespace wf::workflows {

/// The unit a bare number typed at the pack bench is in (pack/weight_unit).
enum class WeightUnit
{
    Kilogram, ///< "kg", the default: 1.88 is 1.88 kg
    Gram,     ///< "g"
    Pound     ///< "lb"
};

/// A weight typed by a packer: "1.88" (in the station's unit), "1,88" (a decimal comma), "1880 g",
/// "1.88 kg", "4.1 lb", "66 oz". Grams, or why not: an empty entry, two separators ("1.234,5"),
/// more than three decimals, a unit that is not g, kg, lb or oz, nothing above zero, more than any
/// parcel weighs (70 kg). Pure: tested alone.
struct TypedWeight
{
    static constexpr int kHeaviestParcelG = 70000;
    static std::expected<int, QString> grams(const QString& typed, WeightUnit bareUnit);
    static WeightUnit unitNamed(const QString& name); ///< "g", "lb", anything else: kg
    static QString unitName(WeightUnit unit);
};

} // namespace wf::workflows
