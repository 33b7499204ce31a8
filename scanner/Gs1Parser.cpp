#include "scanner/Gs1Parser.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include "common/CheckDigit.h"
#include "scanner/Gs1Dictionary.h"
#include "scanner/Gs1Linters.h"
#include "scanner/ScanPayloadCheck.h"

namespace wf::scanner {

namespace {

const QStringList kGs1Symbologies = {QStringLiteral("]C1"),
                                     QStringLiteral("]e0"),
                                     QStringLiteral("]e1"),
                                     QStringLiteral("]e2"),
                                     QStringLiteral("]d2"),
                                     QStringLiteral("]Q3"),
                                     QStringLiteral("]J1")};

std::unexpected<Error> problem(const QString& text)
{
    return fail(Error::Code::InvalidInput, text);
}

std::unexpected<Error> aiProblem(const QString& ai, const QString& text)
{
    return problem(QStringLiteral("AI (%1): %2").arg(ai, text));
}

bool inCharacterSet(QChar type, QChar c)
{
    const char16_t u = c.unicode();
    const bool digit = u >= '0' && u <= '9';
    const bool upper = u >= 'A' && u <= 'Z';
    const bool lower = u >= 'a' && u <= 'z';
    switch (type.unicode()) {
    case 'N':
        return digit;
    case 'X': // CSET 82
        return digit || upper || lower || QStringLiteral("!\"%&'()*+,-./:;<=>?_").contains(c);
    case 'Y': // CSET 39
        return digit || upper || QStringLiteral("#-/").contains(c);
    case 'Z': // base64url
        return digit || upper || lower || u == '-' || u == '_' || u == '=';
    }
    return false;
}

Result<void> validateComponent(const QString& ai, const Gs1Component& c, const QString& part)
{
    for (QChar ch : part) {
        if (!inCharacterSet(c.type, ch))
            return aiProblem(
                ai,
                c.type == QLatin1Char('N')
                    ? QCoreApplication::translate("Gs1Parser", "'%1' is not a digit").arg(ch)
                    : QCoreApplication::translate("Gs1Parser", "character '%1' is not allowed here").arg(ch));
    }
    for (const QString& linter : c.linters)
        if (auto found = Gs1Linters::check(linter, part))
            return aiProblem(ai, *found);
    return {};
}

Result<void> validateValue(const QString& ai, const Gs1AiDefinition& d, const QString& value)
{
    qsizetype position = 0;
    for (const Gs1Component& c : d.components) {
        const qsizetype remaining = value.size() - position;
        if (remaining == 0 && c.optional)
            break;
        const qsizetype take = c.minLength == c.maxLength ? c.maxLength : std::min<qsizetype>(remaining, c.maxLength);
        if (take > remaining || remaining < c.minLength)
            return aiProblem(ai,
                             QCoreApplication::translate("Gs1Parser", "%1 characters are too few, it needs %2")
                                 .arg(value.size())
                                 .arg(d.minDataLength()));
        if (auto ok = validateComponent(ai, c, value.mid(position, take)); !ok)
            return ok;
        position += take;
    }
    if (position < value.size())
        return aiProblem(ai,
                         QCoreApplication::translate("Gs1Parser", "%1 characters are too many, at most %2")
                             .arg(value.size())
                             .arg(d.maxDataLength()));
    return {};
}

/// The elements read so far, by AI, so that a repeated AI is found in constant time: every parser
/// here is linear in its input.
using SeenElements = QHash<QString, QString>;

Result<void> addElement(Gs1Message& message, SeenElements& seen, const QString& ai, const QString& value)
{
    const Gs1AiDefinition* d = Gs1Dictionary::instance().find(ai);
    if (!d)
        return problem(QCoreApplication::translate("Gs1Parser", "(%1) is not a GS1 Application Identifier").arg(ai));
    if (value.isEmpty())
        return aiProblem(ai, QCoreApplication::translate("Gs1Parser", "no data"));
    if (auto ok = validateValue(ai, *d, value); !ok)
        return ok;
    if (const auto before = seen.constFind(ai); before != seen.cend()) {
        if (*before != value)
            return aiProblem(ai, QCoreApplication::translate("Gs1Parser", "appears twice with different values"));
        return {}; // the same element again: once is enough
    }
    seen.insert(ai, value);
    message.elements.append({ai, d->title, value});
    return {};
}

Result<void> parseElementString(Gs1Message& message, const QString& data)
{
    const Gs1Dictionary& dictionary = Gs1Dictionary::instance();
    SeenElements seen;
    qsizetype position = 0;
    while (position < data.size()) {
        if (data[position] == QChar(Gs1Parser::kGroupSeparator)) {
            ++position; // FNC1 before the first element or after a fixed-length one
            continue;
        }
        const QString ai = dictionary.aiAt(data, position);
        if (ai.isEmpty())
            return problem(QCoreApplication::translate("Gs1Parser", "no GS1 Application Identifier at position %1 (%2)")
                               .arg(position + 1)
                               .arg(data.mid(position, 4)));
        position += ai.size();
        const Gs1AiDefinition* d = dictionary.find(ai);
        qsizetype end = data.size();
        if (d->predefinedLength) {
            end = std::min<qsizetype>(position + d->maxDataLength(), data.size());
        } else if (const qsizetype separator = data.indexOf(QChar(Gs1Parser::kGroupSeparator), position);
                   separator >= 0) {
            end = separator; // searched only where the value ends at the separator: linear overall
        }
        if (auto ok = addElement(message, seen, ai, data.mid(position, end - position)); !ok)
            return ok;
        position = end;
    }
    if (message.elements.isEmpty())
        return problem(QCoreApplication::translate("Gs1Parser", "no GS1 data"));
    return {};
}

// "(01)09506000134352(10)AB(C" — a '(' starts a new element only where a known AI and ')' follow.
Result<void> parseBracketed(Gs1Message& message, const QString& text)
{
    const Gs1Dictionary& dictionary = Gs1Dictionary::instance();
    SeenElements seen;
    auto elementStartAt = [&](qsizetype i, QString* ai) {
        if (i >= text.size() || text[i] != QLatin1Char('('))
            return false;
        // An AI has 2 to 4 digits: ')' is looked for in the next 5 characters only, so a run of
        // '(' without ')' costs a constant each, not a scan to the end.
        const qsizetype close = QStringView(text).mid(i, 6).indexOf(QLatin1Char(')'));
        if (close < 0)
            return false;
        if (close - 1 < 2 || close - 1 > 4)
            return false;
        *ai = text.mid(i + 1, close - 1);
        return dictionary.find(*ai) != nullptr;
    };
    qsizetype position = 0;
    QString ai;
    if (!elementStartAt(0, &ai))
        return problem(QCoreApplication::translate("Gs1Parser", "a bracketed GS1 string starts with (AI)"));
    while (position < text.size()) {
        elementStartAt(position, &ai);
        const qsizetype valueStart = position + ai.size() + 2;
        qsizetype next = valueStart;
        QString nextAi;
        while (next < text.size() && !elementStartAt(next, &nextAi))
            ++next;
        if (auto ok = addElement(message, seen, ai, text.mid(valueStart, next - valueStart)); !ok)
            return ok;
        position = next;
    }
    return {};
}

bool qualifiersInOrder(const QStringList& qualifiers, const Gs1AiDefinition& key)
{
    if (qualifiers.isEmpty())
        return true;
    for (const QString& sequence : key.digitalLinkQualifiers) {
        const QStringList allowed = sequence.split(QLatin1Char(','));
        qsizetype at = 0;
        bool ok = true;
        for (const QString& q : qualifiers) {
            while (at < allowed.size() && allowed[at] != q)
                ++at;
            if (at == allowed.size()) {
                ok = false;
                break;
            }
            ++at;
        }
        if (ok)
            return true;
    }
    return false;
}

Result<void> parseDigitalLink(Gs1Message& message, const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return problem(QCoreApplication::translate("Gs1Parser", "not a valid GS1 Digital Link URI"));
    const QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Gs1Dictionary& dictionary = Gs1Dictionary::instance();
    SeenElements seen;
    qsizetype start = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const Gs1AiDefinition* d = dictionary.find(segments[i]);
        if (d && d->digitalLinkKey && (segments.size() - i) % 2 == 0) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return problem(QCoreApplication::translate("Gs1Parser", "the URI holds no GS1 Digital Link primary key"));
    QStringList qualifiers;
    for (qsizetype i = start; i < segments.size(); i += 2) {
        const QString& ai = segments[i];
        QString value = QUrl::fromPercentEncoding(segments[i + 1].toUtf8());
        if (ai == QLatin1String("01") && (value.size() == 8 || value.size() == 12 || value.size() == 13))
            value = value.rightJustified(14, QLatin1Char('0'));
        if (i > start)
            qualifiers << ai;
        if (auto ok = addElement(message, seen, ai, value); !ok)
            return ok;
    }
    if (!qualifiersInOrder(qualifiers, *dictionary.find(segments[start])))
        return problem(
            QCoreApplication::translate("Gs1Parser", "qualifiers %1 are not allowed in this order after (%2)")
                .arg(qualifiers.join(QLatin1Char('/')), segments[start]));
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        const Gs1AiDefinition* d = dictionary.find(key);
        if (!d)
            continue; // non-GS1 query parameters (linkType, utm_…) are not data
        if (!d->digitalLinkAttribute)
            return aiProblem(key, QCoreApplication::translate("Gs1Parser", "may not be a Digital Link attribute"));
        if (auto ok = addElement(message, seen, key, value); !ok)
            return ok;
    }
    message.digitalLink = true;
    return {};
}

QString listAlternatives(const QStringList& alternatives)
{
    QStringList shown;
    for (const QString& alternative : alternatives)
        shown << QStringLiteral("(") + alternative.split(QLatin1Char('+')).join(QStringLiteral(")+("))
                     + QStringLiteral(")");
    return shown.join(QStringLiteral(", "));
}

Result<void> checkAssociations(const Gs1Message& message)
{
    if (const auto broken = Gs1Parser::associationProblem(message))
        return aiProblem(broken->ai, broken->text);
    return {};
}

bool isPlainGtin(const QString& text)
{
    const auto n = text.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isDigitalLink(const QString& text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

void splitSymbology(const QString& text, const QString& given, QString* symbology, QString* data)
{
    if (text.size() >= 3 && text[0] == QLatin1Char(']') && text[1].isLetter()) {
        *symbology = text.left(3);
        *data = text.mid(3);
    } else {
        *symbology = given;
        *data = text;
    }
}

} // namespace

std::optional<Gs1Parser::AssociationProblem> Gs1Parser::associationProblem(const Gs1Message& message)
{
    auto present = [&](const QString& pattern) {
        for (const Gs1Element& e : message.elements)
            if (Gs1Dictionary::matches(e.ai, pattern))
                return true;
        return false;
    };
    for (const Gs1Element& e : message.elements) {
        const Gs1AiDefinition* d = Gs1Dictionary::instance().find(e.ai);
        for (const QString& pattern : d->excludes)
            for (const Gs1Element& other : message.elements)
                if (other.ai != e.ai && Gs1Dictionary::matches(other.ai, pattern))
                    return AssociationProblem{
                        AssociationProblem::Kind::Excluded,
                        e.ai,
                        QCoreApplication::translate("Gs1Parser", "may not be combined with (%1)").arg(other.ai)};
        for (const QStringList& alternatives : d->required) {
            bool satisfied = false;
            for (const QString& alternative : alternatives) {
                bool all = true;
                for (const QString& part : alternative.split(QLatin1Char('+')))
                    all = all && present(part);
                satisfied = satisfied || all;
            }
            if (!satisfied)
                return AssociationProblem{AssociationProblem::Kind::Missing,
                                          e.ai,
                                          QCoreApplication::translate("Gs1Parser", "needs one of %1 with it")
                                              .arg(listAlternatives(alternatives))};
        }
    }
    return std::nullopt;
}

QString Gs1Message::value(const QString& ai) const
{
    for (const Gs1Element& e : elements)
        if (e.ai == ai)
            return e.value;
    return {};
}

bool Gs1Message::has(const QString& ai) const
{
    for (const Gs1Element& e : elements)
        if (e.ai == ai)
            return true;
    return false;
}

QString Gs1Message::hri() const
{
    QString out;
    for (const Gs1Element& e : elements)
        out += QLatin1Char('(') + e.ai + QLatin1Char(')') + e.value;
    return out;
}

int Gs1Message::count() const
{
    const QString c = has(QStringLiteral("30")) ? value(QStringLiteral("30")) : value(QStringLiteral("37"));
    return c.toInt();
}

bool Gs1Parser::looksLikeGs1(const QString& text, const QString& symbologyId)
{
    QString symbology, data;
    splitSymbology(text, symbologyId, &symbology, &data);
    return kGs1Symbologies.contains(symbology) || data.startsWith(QLatin1Char('('))
           || data.contains(QChar(kGroupSeparator)) || isDigitalLink(data) || isPlainGtin(data);
}

Result<Gs1Message> Gs1Parser::parse(const QString& text, const QString& symbologyId, Associations associations)
{
    // Length first: nothing longer than any barcode on the floor is parsed at all.
    if (text.size() > ScanPayloadCheck::kMaxScanLength)
        return problem(QCoreApplication::translate("Gs1Parser", "%1 characters are more than any barcode holds (%2)")
                           .arg(text.size())
                           .arg(ScanPayloadCheck::kMaxScanLength));
    Gs1Message message;
    QString data;
    splitSymbology(text, symbologyId, &message.symbologyId, &data);
    Result<void> parsed;
    if (isDigitalLink(data)) {
        parsed = parseDigitalLink(message, data);
    } else if (data.startsWith(QLatin1Char('('))) {
        parsed = parseBracketed(message, data);
    } else if (kGs1Symbologies.contains(message.symbologyId) || data.contains(QChar(kGroupSeparator))) {
        parsed = parseElementString(message, data);
    } else if (isPlainGtin(data)) {
        if (!hasValidGs1CheckDigit(data))
            return problem(QCoreApplication::translate("Gs1Parser", "GTIN %1 has a wrong check digit").arg(data));
        message.elements.append(
            {QStringLiteral("01"), QStringLiteral("GTIN"), data.rightJustified(14, QLatin1Char('0'))});
        return message;
    } else {
        return problem(QCoreApplication::translate("Gs1Parser", "not GS1 data"));
    }
    if (!parsed)
        return std::unexpected(parsed.error());
    message.isGs1 = true;
    if (associations == Associations::Ignore)
        return message;
    if (auto ok = checkAssociations(message); !ok)
        return std::unexpected(ok.error());
    return message;
}

QString Gs1Parser::unescape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[i + 1];
        if (next == QLatin1Char('x') && i + 3 < text.size()) {
            bool ok = false;
            const int code = text.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 3;
                continue;
            }
        }
        const QString simple = QStringLiteral("t\tr\rn\n\\\\");
        const auto at = simple.indexOf(next);
        if (at >= 0 && at % 2 == 0) {
            out += simple[at + 1];
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

} // namespace wf::scanner
