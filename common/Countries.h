#pragma once

#include <span>

#include <QString>

#include "common/Result.h"

namespace wf::countries {

/// One ISO 3166-1 country as the station knows it.
struct Country
{
    const char* code;   ///< alpha-2, the code the master stores ("GB")
    const char* alpha3; ///< "GBR"
    const char* name;   ///< the English name a station shows ("United Kingdom")
    const char* others; ///< further English names, '|' between them
};

/// Every country of ISO 3166-1, ordered by code.
std::span<const Country> all();

/// The country of an alpha-2 code, or nullptr.
const Country* byCode(const QString& code);

/// What a shop's export wrote for a country, as an alpha-2 code: the code itself (any case), the
/// alpha-3 code, an English name (UN, CLDR or ISO 4217 form, with or without "the", accents, case
/// or punctuation) or a common alias shops export (UK, Great Britain, EIRE, USA, RSA, Holland …).
/// A name that stands for no single country ("Channel Islands", "European Union", "Unspecified")
/// or for none is refused with InvalidInput and a reason saying which codes to use. Linear in the
/// length of `written`.
Result<QString> resolve(const QString& written);

/// The key a name is looked up by: accents dropped, lower case, '&' as "and", every other run of
/// non-letters one space, a leading or trailing "the" dropped.
QString lookupKey(const QString& name);

} // namespace wf::countries
