#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QPainter;

#include "common/Result.h"

namespace wf::printing {

/// What a 4×6 shipping label carries (DESIGN.md §5; workflows fill it from a shipment): the shipment id and tracking
/// number as Code 128, the SSCC as GS1-128 where the shipment has one, the address, service, order id, package k of n,
/// and a customs summary for a parcel that crosses a border. Rendered as ZPL II for thermal printers (203 dpi) or as a
/// PDF page for office printers.
struct ShippingLabel
{
    struct CustomsItem
    {
        QString description;
        QString hsCode;
        QString originCountry;
        int quantity = 0;
        qint64 valueMinor = 0; ///< the line's value
        QString currency;
    };

    QString shipmentId;
    QString orderId;
    QString trackingNumber;
    QString sscc; ///< 18 digits, or empty
    QString carrier;
    QString service;
    int packageNo = 1;
    int packageCount = 1;
    QString shipToName;
    QString addressLine;
    QString city;
    QString postalCode;
    QString country;
    QString shipFromCountry;
    int weightG = 0;
    bool crossBorder = false;
    QList<CustomsItem> customs;

    /// ZPL II for a 4×6 label at 203 dpi (812 × 1218 dots), UTF-8 text (^CI28).
    QByteArray zpl() const;
    /// Draws the label in dots of a 203 dpi 4×6 label (812 × 1218); the caller scales for its
    /// device. Needs a QGuiApplication (fonts).
    [[nodiscard]] Result<void> paint(QPainter& painter) const;
    /// One 4×6 PDF page; barcodes drawn as bars, text as text.
    [[nodiscard]] Result<QByteArray> pdf() const;
    /// "zpl" or "pdf".
    [[nodiscard]] Result<QByteArray> render(const QString& format) const;
};

} // namespace wf::printing
