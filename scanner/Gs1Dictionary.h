#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::scanner {

/// One component of an AI's data field, as the GS1 syntax dictionary writes it: "N6,yymmd0",
/// "[X..17]", "N3,iso3166".
struct Gs1Component
{
    QChar type;        ///< N numeric, X CSET 82, Y CSET 39, Z base64url
    int minLength = 0; ///< equal to maxLength for a fixed-length component
    int maxLength = 0;
    bool optional = false;
    QStringList linters; ///< names of the content checks ("csum", "yymmd0", …)
};

/// One Application Identifier (or a range, such as 3100-3105).
struct Gs1AiDefinition
{
    QString first;
    QString last;
    bool predefinedLength = false; ///< needs no FNC1/GS separator after its data
    bool digitalLinkAttribute = false;
    QList<Gs1Component> components;
    QList<QStringList> required; ///< each entry: alternatives; an alternative "01+21" needs all of its AIs
    QStringList excludes;        ///< AIs or patterns ("310n") that may not appear with this AI
    bool digitalLinkKey = false;
    QStringList digitalLinkQualifiers; ///< alternatives of ordered qualifier lists, "22,10,21"
    QString title;

    int minDataLength() const;
    int maxDataLength() const;
};

/// The table of every GS1 AI, made from the GS1 Barcode Syntax Dictionary
/// (resources/gs1/ai-table.tsv, embedded). Loaded once; read-only and thread-safe after that.
class Gs1Dictionary
{
public:
    static const Gs1Dictionary& instance();

    /// The definition of this exact AI, or nullptr.
    const Gs1AiDefinition* find(const QString& ai) const;
    /// The AI that starts `text` at `position` (2 to 4 digits), or an empty string.
    QString aiAt(QStringView text, qsizetype position) const;
    /// True when `ai` matches `pattern`, where 'n' in the pattern stands for any digit ("31nn").
    static bool matches(const QString& ai, const QString& pattern);
    qsizetype size() const { return m_definitions.size(); }

private:
    Gs1Dictionary();
    QList<Gs1AiDefinition> m_definitions;
    QHash<QString, qsizetype> m_byAi; ///< every AI of every range → its definition
};

} // namespace wf::scanner
