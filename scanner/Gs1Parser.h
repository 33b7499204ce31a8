#pragma once

#include <optional>

#include <QString>

#include "common/Result.h"
#include "scanner/Gs1Message.h"

namespace wf::scanner {

/// Parses what scanners send into GS1 elements and validates them against the GS1 syntax
/// dictionary: element strings with GS separators behind a symbology identifier (]C1, ]e0, ]d2,
/// ]Q3, ]J1), bracketed strings "(01)…(10)…", GS1 Digital Link URIs, and plain EAN/UPC codes.
/// Checks format and length, check digits, dates, and the dictionary's mandatory associations
/// and exclusions. Errors (InvalidInput) name the AI and the problem: "AI (17): month 13 is not
/// a month". Stateless and thread-safe.
class Gs1Parser
{
public:
    static constexpr char16_t kGroupSeparator = 0x1D;

    enum class Associations
    {
        Check,  ///< mandatory pairings and exclusions are errors (what a workflow needs)
        Ignore, ///< only each element's own syntax (for showing what a symbol holds)
    };

    /// `text` may start with the AIM symbology identifier; `symbologyId` is used when it does not.
    [[nodiscard]] static Result<Gs1Message>
    parse(const QString& text, const QString& symbologyId = {}, Associations associations = Associations::Check);
    /// Whether the text is something parse() should see as GS1 at all (symbology id, brackets,
    /// Digital Link, GS separators, or a plain GTIN).
    static bool looksLikeGs1(const QString& text, const QString& symbologyId = {});
    /// The first of the dictionary's mandatory associations a message lacks, or exclusion it
    /// breaks: the AI and what is wrong ("needs one of (01), (02) with it"); none when it holds.
    struct AssociationProblem
    {
        enum class Kind
        {
            Missing,  ///< an AI that must come with another, without it
            Excluded, ///< two AIs that may not stand together
        };
        Kind kind;
        QString ai;
        QString text;
    };
    [[nodiscard]] static std::optional<AssociationProblem> associationProblem(const Gs1Message& message);
    /// Turns "\x1D", "\t", "\r", "\n" and "\\" written out in a string into the characters.
    static QString unescape(const QString& text);
};

} // namespace wf::scanner
