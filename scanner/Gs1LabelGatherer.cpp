#include "scanner/Gs1LabelGatherer.h"

#include <QCoreApplication>

#include "scanner/Gs1Parser.h"

namespace wf::scanner {

Gs1LabelGatherer::Gs1LabelGatherer(qint64 windowMs)
    : m_windowMs(windowMs)
{}

void Gs1LabelGatherer::clear()
{
    m_gathered = {};
    m_state = State::Partial;
}

QString Gs1LabelGatherer::contradiction(const Gs1Message& scan) const
{
    for (const Gs1Element& e : scan.elements) {
        const QString known = m_gathered.value(e.ai);
        if (!known.isEmpty() && known != e.value)
            return QCoreApplication::translate("Gs1LabelGatherer",
                                               "this barcode says (%1) %2, the label's other says %3")
                .arg(e.ai, e.value, known);
    }
    Gs1Message both = m_gathered;
    both.elements += scan.elements;
    const auto broken = Gs1Parser::associationProblem(both);
    if (broken && broken->kind == Gs1Parser::AssociationProblem::Kind::Excluded)
        return QStringLiteral("(%1) %2").arg(broken->ai, broken->text);
    return {};
}

Gs1LabelGatherer::Label Gs1LabelGatherer::add(const Gs1Message& scan, qint64 atMs)
{
    if (!m_gathered.elements.isEmpty() && atMs - m_lastMs > m_windowMs)
        clear(); // too long after the last barcode to be of its label
    m_lastMs = atMs;
    if (const QString against = contradiction(scan); !against.isEmpty()) {
        if (m_state == State::Partial && !m_gathered.elements.isEmpty()) {
            clear();
            return {State::Conflict,
                    scan,
                    QCoreApplication::translate("Gs1LabelGatherer", "not one label: %1; scan the label again")
                        .arg(against)};
        }
        clear(); // the label before was whole: this is the next one
    }
    for (const Gs1Element& e : scan.elements)
        if (!m_gathered.has(e.ai))
            m_gathered.elements.append(e);
    m_gathered.isGs1 = m_gathered.isGs1 || scan.isGs1;
    if (m_gathered.symbologyId.isEmpty())
        m_gathered.symbologyId = scan.symbologyId;
    return judge();
}

Gs1LabelGatherer::Label Gs1LabelGatherer::judge()
{
    const auto broken = Gs1Parser::associationProblem(m_gathered);
    if (!broken) {
        m_state = State::Whole;
        return {State::Whole, m_gathered, {}};
    }
    if (broken->kind == Gs1Parser::AssociationProblem::Kind::Excluded) {
        // A single barcode that breaks the rules by itself: nothing to gather.
        const Gs1Message scan = m_gathered;
        clear();
        return {State::Conflict, scan, QStringLiteral("(%1) %2").arg(broken->ai, broken->text)};
    }
    m_state = State::Partial;
    return {State::Partial,
            m_gathered,
            QCoreApplication::translate("Gs1LabelGatherer", "scan the rest of the label: (%1) %2")
                .arg(broken->ai, broken->text)};
}

} // namespace wf::scanner
