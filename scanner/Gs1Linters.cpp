#include "scanner/Gs1Linters.h"

#include <functional>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include "common/CheckDigit.h"

namespace wf::scanner {

namespace {

using Problem = std::optional<QString>;

struct IsoCodes
{
    QSet<QString> countryNumeric;
    QSet<QString> countryAlpha2;
    QSet<QString> currencyNumeric;
};

const IsoCodes& isoCodes()
{
    static const IsoCodes codes = [] {
        IsoCodes c;
        QFile file(QStringLiteral(":/wf/reference/countries.tsv"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            QTextStream in(&file);
            while (!in.atEnd()) {
                const QStringList f = in.readLine().split(QLatin1Char('\t'));
                if (f.size() < 6 || f[0].startsWith(QLatin1Char('#')) || f[0] == QLatin1String("alpha2"))
                    continue;
                c.countryAlpha2.insert(f[0]);
                c.countryNumeric.insert(f[2]);
                if (!f[5].isEmpty())
                    c.currencyNumeric.insert(f[5]);
            }
        }
        return c;
    }();
    return codes;
}

Problem date(const QString& v, bool dayZeroAllowed, int yearDigits)
{
    const int year = v.left(yearDigits).toInt();
    const int month = v.mid(yearDigits, 2).toInt();
    const int day = v.mid(yearDigits + 2, 2).toInt();
    if (month < 1 || month > 12)
        return QCoreApplication::translate("Gs1Linters", "month %1 is not a month").arg(month);
    if (day == 0 && dayZeroAllowed)
        return std::nullopt;
    const int fullYear = yearDigits == 2 ? Gs1Linters::fullYear(year, QDate::currentDate().year()) : year;
    const int days = QDate(fullYear, month, 1).daysInMonth();
    if (day < 1 || day > days)
        return QCoreApplication::translate("Gs1Linters", "day %1 is not a day of month %2 of %3")
            .arg(day)
            .arg(month)
            .arg(fullYear);
    return std::nullopt;
}

Problem checkDigit(const QString& v)
{
    if (hasValidGs1CheckDigit(v))
        return std::nullopt;
    return QCoreApplication::translate("Gs1Linters", "check digit %1 is wrong, it should be %2")
        .arg(v.right(1))
        .arg(gs1CheckDigit(QStringView(v).first(v.size() - 1)));
}

// GS1 check character pair over CSET 82 (GS1 General Specifications 7.9.5).
Problem checkCharacterPair(const QString& v)
{
    static const QString cset82 =
        QStringLiteral("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    static const QString cset32 = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const int primes[] = {2,  3,  5,  7,  11, 13, 17, 19, 23, 29, 31, 37,
                                 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89};
    if (v.size() < 3 || v.size() - 2 > int(std::size(primes)))
        return QCoreApplication::translate("Gs1Linters", "too short for its check characters");
    const QString body = v.left(v.size() - 2);
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto index = cset82.indexOf(body[i]);
        if (index < 0)
            return QCoreApplication::translate("Gs1Linters", "holds a character outside GS1 character set 82");
        sum += int(index) * primes[body.size() - 1 - i];
    }
    sum %= 1021;
    const QString expected = QString(cset32[sum >> 5]) + cset32[sum & 31];
    if (v.right(2) == expected)
        return std::nullopt;
    return QCoreApplication::translate("Gs1Linters", "check characters %1 are wrong, they should be %2")
        .arg(v.right(2), expected);
}

Problem iban(const QString& v)
{
    if (v.size() < 5 || !isoCodes().countryAlpha2.contains(v.left(2)))
        return QCoreApplication::translate("Gs1Linters", "is not an IBAN: no country code");
    const QString rearranged = v.mid(4) + v.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : (c.isUpper() ? c.unicode() - 'A' + 10 : -1);
        if (value < 0)
            return QCoreApplication::translate("Gs1Linters", "is not an IBAN: only digits and capital letters");
        remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return remainder == 1 ? Problem{}
                          : Problem{QCoreApplication::translate("Gs1Linters", "IBAN check digits are wrong")};
}

Problem percentEncoding(const QString& v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] != QLatin1Char('%'))
            continue;
        const auto isHex = [](QChar c) {
            return c.isDigit() || QStringLiteral("abcdefABCDEF").contains(c);
        };
        if (i + 2 >= v.size() || !isHex(v[i + 1]) || !isHex(v[i + 2]))
            return QCoreApplication::translate("Gs1Linters", "has a '%' that is not followed by two hex digits");
        i += 2;
    }
    return std::nullopt;
}

Problem pieceOfTotal(const QString& v)
{
    const int half = int(v.size() / 2);
    const int piece = v.left(half).toInt();
    const int total = v.mid(half).toInt();
    if (piece < 1 || total < 1 || piece > total)
        return QCoreApplication::translate("Gs1Linters", "piece %1 of %2 is not possible").arg(piece).arg(total);
    return std::nullopt;
}

Problem positionInSequence(const QString& v)
{
    const QStringList parts = v.split(QLatin1Char('/'));
    bool okPosition = false, okTotal = false;
    const int position = parts.value(0).toInt(&okPosition);
    const int total = parts.value(1).toInt(&okTotal);
    if (parts.size() != 2 || !okPosition || !okTotal || position < 1 || position > total)
        return QCoreApplication::translate("Gs1Linters", "is not a position in a sequence such as 2/5");
    return std::nullopt;
}

Problem range(const QString& v, qint64 max, const char* what)
{
    bool ok = false;
    const qint64 value = v.toLongLong(&ok);
    if (!ok || value > max)
        return QCoreApplication::translate("Gs1Linters", "%1 is out of range")
            .arg(QCoreApplication::translate("Gs1Linters", what));
    return std::nullopt;
}

Problem oneOf(const QString& v, const QStringList& allowed, const char* what)
{
    if (allowed.contains(v))
        return std::nullopt;
    return QCoreApplication::translate("Gs1Linters", "%1 is not a valid %2")
        .arg(v, QCoreApplication::translate("Gs1Linters", what));
}

const QHash<QString, std::function<Problem(const QString&)>>& linters()
{
    using F = std::function<Problem(const QString&)>;
    static const QHash<QString, F> table = {
        {QStringLiteral("csum"), checkDigit},
        {QStringLiteral("csumalpha"), checkCharacterPair},
        {QStringLiteral("yymmd0"),
         [](const QString& v) {
             return date(v, true, 2);
         }},
        {QStringLiteral("yymmdd"),
         [](const QString& v) {
             return date(v, false, 2);
         }},
        {QStringLiteral("yyyymmdd"),
         [](const QString& v) {
             return date(v, false, 4);
         }},
        {QStringLiteral("hhmi"),
         [](const QString& v) {
             if (v.left(2).toInt() > 23 || v.mid(2, 2).toInt() > 59)
                 return Problem{QCoreApplication::translate("Gs1Linters", "%1 is not a time of day").arg(v)};
             return Problem{};
         }},
        {QStringLiteral("hh"),
         [](const QString& v) {
             return range(v, 23, QT_TRANSLATE_NOOP("Gs1Linters", "hour"));
         }},
        {QStringLiteral("mi"),
         [](const QString& v) {
             return range(v, 59, QT_TRANSLATE_NOOP("Gs1Linters", "minute"));
         }},
        {QStringLiteral("iso3166"),
         [](const QString& v) {
             return isoCodes().countryNumeric.contains(v)
                        ? Problem{}
                        : Problem{
                            QCoreApplication::translate("Gs1Linters", "%1 is not an ISO 3166 country code").arg(v)};
         }},
        {QStringLiteral("iso3166999"),
         [](const QString& v) {
             return v == QLatin1String("999") || isoCodes().countryNumeric.contains(v)
                        ? Problem{}
                        : Problem{
                            QCoreApplication::translate("Gs1Linters", "%1 is not an ISO 3166 country code").arg(v)};
         }},
        {QStringLiteral("iso3166alpha2"),
         [](const QString& v) {
             return isoCodes().countryAlpha2.contains(v)
                        ? Problem{}
                        : Problem{
                            QCoreApplication::translate("Gs1Linters", "%1 is not an ISO 3166 country code").arg(v)};
         }},
        {QStringLiteral("iso4217"),
         [](const QString& v) {
             return isoCodes().currencyNumeric.contains(v)
                        ? Problem{}
                        : Problem{
                            QCoreApplication::translate("Gs1Linters", "%1 is not an ISO 4217 currency code").arg(v)};
         }},
        {QStringLiteral("yesno"),
         [](const QString& v) {
             return oneOf(
                 v, {QStringLiteral("0"), QStringLiteral("1")}, QT_TRANSLATE_NOOP("Gs1Linters", "yes/no flag"));
         }},
        {QStringLiteral("zero"),
         [](const QString& v) {
             return oneOf(v, {QStringLiteral("0")}, QT_TRANSLATE_NOOP("Gs1Linters", "zero digit"));
         }},
        {QStringLiteral("hyphen"),
         [](const QString& v) {
             return oneOf(v, {QStringLiteral("-")}, QT_TRANSLATE_NOOP("Gs1Linters", "hyphen"));
         }},
        {QStringLiteral("iso5218"),
         [](const QString& v) {
             return oneOf(v,
                          {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9")},
                          QT_TRANSLATE_NOOP("Gs1Linters", "ISO 5218 sex code"));
         }},
        {QStringLiteral("nonzero"),
         [](const QString& v) {
             for (QChar c : v)
                 if (c != QLatin1Char('0'))
                     return Problem{};
             return Problem{QCoreApplication::translate("Gs1Linters", "must not be zero")};
         }},
        {QStringLiteral("pieceoftotal"), pieceOfTotal},
        {QStringLiteral("posinseqslash"), positionInSequence},
        {QStringLiteral("pcenc"), percentEncoding},
        {QStringLiteral("iban"), iban},
        {QStringLiteral("latitude"),
         [](const QString& v) {
             return range(v, 1800000000, QT_TRANSLATE_NOOP("Gs1Linters", "latitude"));
         }},
        {QStringLiteral("longitude"),
         [](const QString& v) {
             return range(v, 3600000000, QT_TRANSLATE_NOOP("Gs1Linters", "longitude"));
         }},
        {QStringLiteral("mediatype"),
         [](const QString& v) {
             const int t = v.toInt();
             return (t >= 1 && t <= 10) || t >= 80
                        ? Problem{}
                        : Problem{QCoreApplication::translate("Gs1Linters", "is not a GS1 media type")};
         }},
        {QStringLiteral("importeridx"),
         [](const QString& v) {
             const QChar c = v.isEmpty() ? QChar() : v[0];
             const bool ok = v.size() == 1
                             && (c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                                 || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-')
                                 || c == QLatin1Char('_'));
             return ok ? Problem{} : Problem{QCoreApplication::translate("Gs1Linters", "is not an importer index")};
         }},
    };
    return table;
}

} // namespace

int Gs1Linters::fullYear(int yy, int currentYear)
{
    const int century = currentYear / 100 * 100;
    const int difference = yy - currentYear % 100;
    if (difference >= 51)
        return century - 100 + yy;
    if (difference <= -50)
        return century + 100 + yy;
    return century + yy;
}

std::optional<QString> Gs1Linters::check(const QString& linter, const QString& value)
{
    const auto it = linters().constFind(linter);
    if (it == linters().constEnd())
        return std::nullopt; // gcppos1/2, coupon codes: need registries a station does not have
    return (*it)(value);
}

} // namespace wf::scanner
