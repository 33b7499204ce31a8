#pragma once

#include <QString>

#include "scanner/Gs1Message.h"

namespace wf::scanner {

/// The barcodes of one GS1 logistic label, scanned one after another. A pallet's label carries
/// the SSCC (00) in one symbol, (02)+(37) in another, (10)+(17) in a third, and a symbol alone may
/// lack what the GS1 rules say must come with it — (10) or (37) need (02) or (01). Consecutive
/// scans are gathered while they agree and come within `windowMs` of each other; the label is
/// whole once the dictionary's mandatory associations hold across all of them. A scan whose
/// partners have not come yet leaves it partial ("scan the rest of the label"), not invalid.
/// Linear in the elements gathered; not thread-safe (one per station).
class Gs1LabelGatherer
{
public:
    enum class State
    {
        Whole,    ///< the label so far satisfies the GS1 rules: what a workflow may act on
        Partial,  ///< elements wait for their partners: `problem` says which
        Conflict, ///< the scan contradicts the partial label before it: both are dropped
    };
    struct Label
    {
        State state = State::Partial;
        Gs1Message message; ///< every element gathered, in scan order (on Conflict: the scan alone)
        QString problem;    ///< Partial and Conflict: what is missing or contradicts, for the floor
    };

    static constexpr qint64 kDefaultWindowMs = 10'000;

    explicit Gs1LabelGatherer(qint64 windowMs = kDefaultWindowMs);

    /// One scan's elements (parsed with Gs1Parser::Associations::Ignore), scanned at `atMs`.
    /// After a whole label a scan that contradicts it begins the next label.
    [[nodiscard]] Label add(const Gs1Message& scan, qint64 atMs);
    /// Forgets the label being gathered (another kind of scan came, the receipt was closed).
    void clear();
    /// A partial label waits for the rest of its barcodes.
    [[nodiscard]] bool waiting() const { return !m_gathered.elements.isEmpty() && m_state == State::Partial; }

private:
    /// The first element of `scan` that says something else than the label gathered so far.
    [[nodiscard]] QString contradiction(const Gs1Message& scan) const;
    [[nodiscard]] Label judge();

    qint64 m_windowMs;
    qint64 m_lastMs = 0;
    Gs1Message m_gathered;
    State m_state = State::Partial;
};

} // namespace wf::scanner
