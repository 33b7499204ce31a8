#pragma once

#include <QString>

#include "common/Result.h"
#include "workflows/PackSession.h"
#include "workflows/ShippingLabel.h"

namespace wf::app {

/// Where a station's labels go, as set in its settings (pack/label_output) or on the command line:
/// - `tcp:HOST[:PORT]` — a raw network printer (port 9100 unless given), the label's bytes as they are;
/// - `printer:NAME` — a printer of the system (CUPS, Windows), the label drawn on a 4×6 page;
/// - `file:PATH` or a plain path — the bytes written to that file (a folder: one file per shipment).
class LabelOutput
{
public:
    /// Sends the label rendered as `format` (zpl or pdf) to `destination`; where it went.
    [[nodiscard]] static Result<QString>
    send(const workflows::ShippingLabel& label, const QString& format, const QString& destination);
    /// A PackSession output bound to one destination.
    static workflows::PackSession::LabelOutput to(const QString& destination);
};

} // namespace wf::app
