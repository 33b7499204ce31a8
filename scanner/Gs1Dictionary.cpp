#include "scanner/Gs1Dictionary.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace wf::scanner {

namespace {

// "N6,yymmd0", "[N3],iso3166", "X..20", "[X..17]"
Gs1Component parseComponent(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\[?)([NXYZ])(\\.\\.)?(\\d+)\\]?((?:,\\w+)*)$"));
    const auto m = pattern.match(text);
    Gs1Component c;
    if (!m.hasMatch())
        return c;
    c.optional = !m.captured(1).isEmpty();
    c.type = m.captured(2).at(0);
    c.maxLength = m.captured(4).toInt();
    c.minLength = m.captured(3).isEmpty() ? c.maxLength : 1;
    c.linters = m.captured(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return c;
}

Gs1AiDefinition parseRow(const QStringList& f)
{
    Gs1AiDefinition d;
    d.first = f[0];
    d.last = f[1];
    d.predefinedLength = f[2] == QLatin1String("1");
    d.digitalLinkAttribute = f[3] == QLatin1String("1");
    for (const QString& component : f[4].split(QLatin1Char(' '), Qt::SkipEmptyParts))
        d.components.append(parseComponent(component));
    for (const QString& key : f[5].split(QLatin1Char(';'), Qt::SkipEmptyParts))
        d.required.append(key.split(QLatin1Char(',')));
    d.excludes = f[6].split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.digitalLinkKey = f[7] != QLatin1String("-");
    if (d.digitalLinkKey)
        d.digitalLinkQualifiers = f[7].split(QLatin1Char('|'), Qt::SkipEmptyParts);
    d.title = f[8];
    return d;
}

} // namespace

int Gs1AiDefinition::minDataLength() const
{
    int length = 0;
    for (const auto& c : components)
        if (!c.optional)
            length += c.minLength;
    return length;
}

int Gs1AiDefinition::maxDataLength() const
{
    int length = 0;
    for (const auto& c : components)
        length += c.maxLength;
    return length;
}

Gs1Dictionary::Gs1Dictionary()
{
    QFile file(QStringLiteral(":/wf/gs1/ai-table.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("the GS1 AI table is not embedded");
    QTextStream in(&file);
    in.readLine();
    in.readLine();
    in.readLine(); // two comment lines and the header
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char('\t'));
        if (fields.size() != 9)
            continue;
        m_definitions.append(parseRow(fields));
        const Gs1AiDefinition& d = m_definitions.constLast();
        for (int ai = d.first.toInt(); ai <= d.last.toInt(); ++ai)
            m_byAi.insert(QStringLiteral("%1").arg(ai, int(d.first.size()), 10, QLatin1Char('0')),
                          m_definitions.size() - 1);
    }
}

const Gs1Dictionary& Gs1Dictionary::instance()
{
    static const Gs1Dictionary dictionary;
    return dictionary;
}

const Gs1AiDefinition* Gs1Dictionary::find(const QString& ai) const
{
    const auto it = m_byAi.constFind(ai);
    return it == m_byAi.constEnd() ? nullptr : &m_definitions[*it];
}

QString Gs1Dictionary::aiAt(QStringView text, qsizetype position) const
{
    for (int length = 2; length <= 4 && position + length <= text.size(); ++length) {
        const QString candidate = text.mid(position, length).toString();
        if (find(candidate))
            return candidate;
    }
    return {};
}

bool Gs1Dictionary::matches(const QString& ai, const QString& pattern)
{
    if (ai.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < ai.size(); ++i)
        if (pattern[i] != QLatin1Char('n') && pattern[i] != ai[i])
            return false;
    return true;
}

} // namespace wf::scanner
