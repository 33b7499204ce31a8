#pragma once

#include <QList>
#include <QString>

namespace wf::scanner {

/// One Application Identifier element: (17) 261231.
struct Gs1Element
{
    QString ai;
    QString title;
    QString value;
};

/// What a scan says in GS1 terms: its elements in scan order. Plain EAN/UPC scans give one
/// element, (01) with the GTIN-14, and isGs1 false.
struct Gs1Message
{
    QString symbologyId; ///< "]C1", "]d2" …, empty when the scanner sent none
    bool isGs1 = false;  ///< the scan carried GS1 element strings (or a Digital Link)
    bool digitalLink = false;
    QList<Gs1Element> elements;

    /// The value of an AI, or an empty string.
    QString value(const QString& ai) const;
    bool has(const QString& ai) const;
    /// "(01)09506000134352(10)ABC", the human-readable interpretation.
    QString hri() const;

    QString gtin() const
    {
        return has(QStringLiteral("01")) ? value(QStringLiteral("01")) : value(QStringLiteral("02"));
    }
    QString lot() const { return value(QStringLiteral("10")); }
    QString expiry() const { return value(QStringLiteral("17")); }
    QString serial() const { return value(QStringLiteral("21")); }
    QString sscc() const { return value(QStringLiteral("00")); }
    /// Count of trade items, (30) or (37); 0 when absent.
    int count() const;
};

} // namespace wf::scanner
