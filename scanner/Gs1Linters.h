#pragma once

#include <optional>

#include <QString>

namespace wf::scanner {

/// The content checks the GS1 syntax dictionary names for AI components ("csum", "yymmd0",
/// "iso3166" …). Each returns the problem in words, or nullopt when the value passes.
/// Checks that need data this station cannot have (GS1 Company Prefix allocation, coupon
/// registries) pass. Stateless and thread-safe.
class Gs1Linters
{
public:
    static std::optional<QString> check(const QString& linter, const QString& value);

    /// GS1 date YYMMDD to a full year: the standard's 50-year sliding window around `currentYear`.
    static int fullYear(int yy, int currentYear);
};

} // namespace wf::scanner
