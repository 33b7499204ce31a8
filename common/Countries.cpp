#include "common/Countries.h"

#include <algorithm>

#include <QHash>
#include <QStringList>

namespace wf::countries {
namespace {

constexpr Country kCountries[] = {
#include "common/CountryTable.inc"
};

/// Names shops and carriers write that are neither an ISO code nor a UN or CLDR name.
struct Alias
{
    const char* written;
    const char* code;
};
constexpr Alias kAliases[] = {
    {"UK", "GB"},
    {"U.K.", "GB"},
    {"Great Britain", "GB"},
    {"Britain", "GB"},
    {"England", "GB"},
    {"Scotland", "GB"},
    {"Wales", "GB"},
    {"Northern Ireland", "GB"},
    {"EIRE", "IE"},
    {"Republic of Ireland", "IE"},
    {"USA", "US"},
    {"U.S.A.", "US"},
    {"America", "US"},
    {"United States", "US"},
    {"RSA", "ZA"},
    {"Holland", "NL"},
    {"Czech Republic", "CZ"},
    {"Korea", "KR"},
    {"Korea, South", "KR"},
    {"North Korea", "KP"},
    {"Russian Federation", "RU"},
    {"UAE", "AE"},
    {"EL", "GR"}, // the EU's code for Greece
    {"Ivory Coast", "CI"},
    {"Swaziland", "SZ"},
    {"Macedonia", "MK"},
    {"Burma", "MM"},
    {"Cape Verde", "CV"},
    {"East Timor", "TL"},
    {"Vatican", "VA"},
    {"Vatican City", "VA"},
    {"Deutschland", "DE"},
    {"Österreich", "AT"},
    {"Schweiz", "CH"},
    {"Suisse", "CH"},
    {"España", "ES"},
    {"Italia", "IT"},
    {"Nederland", "NL"},
    {"Belgique", "BE"},
    {"België", "BE"},
    {"Polska", "PL"},
    {"Sverige", "SE"},
    {"Norge", "NO"},
    {"Danmark", "DK"},
    {"Suomi", "FI"},
    {"Hong Kong SAR", "HK"},
    {"Macao", "MO"},
    {"Taiwan", "TW"},
    {"Republic of China", "TW"},
    {"Vietnam", "VN"},
    {"Laos", "LA"},
    {"Syria", "SY"},
    {"Iran", "IR"},
    {"Moldova", "MD"},
    {"Bolivia", "BO"},
    {"Venezuela", "VE"},
    {"Tanzania", "TZ"},
    {"Brunei", "BN"},
    {"Palestine", "PS"},
};

/// Names that stand for no single country, with the codes to use instead.
struct NoSingleCountry
{
    const char* written;
    const char* reason;
};
constexpr NoSingleCountry kRefused[] = {
    {"Channel Islands", "is two countries: use JE for Jersey or GG for Guernsey"},
    {"European Community", "is a union, not a country: use the member country's code (DE, FR, IE …)"},
    {"European Union", "is a union, not a country: use the member country's code (DE, FR, IE …)"},
    {"EU", "is a union, not a country: use the member country's code (DE, FR, IE …)"},
    {"West Indies", "is many countries: use the island's code (JM, BB, TT …)"},
    {"Scandinavia", "is several countries: use DK, NO or SE"},
    {"Unspecified", "names no country: give the destination's ISO 3166-1 code"},
    {"Unknown", "names no country: give the destination's ISO 3166-1 code"},
    {"N/A", "names no country: give the destination's ISO 3166-1 code"},
    {"Other", "names no country: give the destination's ISO 3166-1 code"},
};

struct Index
{
    QHash<QString, QString> codeOf;   ///< lookup key → alpha-2
    QHash<QString, QString> refusals; ///< lookup key → reason
};

void addName(Index& index, const QString& name, const char* code)
{
    const QString key = lookupKey(name);
    if (key.isEmpty())
        return;
    // A key two countries share would pick one at random: the first, fixed by the table's order,
    // keeps it (the test lists any such key, and there is none).
    if (!index.codeOf.contains(key))
        index.codeOf.insert(key, QString::fromLatin1(code));
}

Index buildIndex()
{
    Index index;
    for (const Country& c : kCountries) {
        addName(index, QString::fromLatin1(c.alpha3), c.code);
        addName(index, QString::fromUtf8(c.name), c.code);
        for (const QString& other : QString::fromUtf8(c.others).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            addName(index, other, c.code);
    }
    for (const Alias& a : kAliases)
        addName(index, QString::fromUtf8(a.written), a.code);
    for (const NoSingleCountry& r : kRefused)
        index.refusals.insert(lookupKey(QString::fromUtf8(r.written)), QString::fromUtf8(r.reason));
    return index;
}

const Index& index()
{
    static const Index built = buildIndex();
    return built;
}

} // namespace

std::span<const Country> all()
{
    return kCountries;
}

const Country* byCode(const QString& code)
{
    const QByteArray wanted = code.toLatin1();
    const auto* end = std::end(kCountries);
    const auto* it = std::lower_bound(std::begin(kCountries), end, wanted, [](const Country& c, const QByteArray& w) {
        return qstrcmp(c.code, w) < 0;
    });
    return it != end && wanted == it->code ? it : nullptr;
}

QString lookupKey(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QLatin1Char('&')) {
            key += key.isEmpty() ? QStringLiteral("and") : QStringLiteral(" and");
            space = true;
            continue;
        }
        if (!c.isLetterOrNumber()) {
            space = !key.isEmpty();
            continue;
        }
        if (space && !key.endsWith(QLatin1Char(' ')))
            key += QLatin1Char(' ');
        space = false;
        key += c.toLower();
    }
    if (key.startsWith(QLatin1String("the ")))
        key.remove(0, 4);
    if (key.endsWith(QLatin1String(" the")))
        key.chop(4);
    return key;
}

Result<QString> resolve(const QString& written)
{
    constexpr int kLongestName = 120;
    const QString trimmed = written.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("no country given: give the destination's ISO 3166-1 code"));
    if (trimmed.size() > kLongestName)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("country is %1 characters long: give an ISO 3166-1 code").arg(trimmed.size()));
    if (trimmed.size() == 2) {
        const QString upper = trimmed.toUpper();
        if (byCode(upper))
            return upper;
    }
    const QString key = lookupKey(trimmed);
    if (const auto refusal = index().refusals.constFind(key); refusal != index().refusals.cend())
        return fail(Error::Code::InvalidInput, QStringLiteral("'%1' %2").arg(trimmed, *refusal));
    if (const auto code = index().codeOf.constFind(key); code != index().codeOf.cend())
        return *code;
    return fail(Error::Code::InvalidInput,
                QStringLiteral("'%1' is not a country this station knows: give its ISO 3166-1 alpha-2 code "
                               "(GB, DE, US …)")
                    .arg(trimmed));
}

} // namespace wf::countries
