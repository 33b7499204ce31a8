#pragma once

#include <functional>

#include <QString>

#include "common/Result.h"
#include "printing/ShippingLabel.h"

namespace wf::printing {

/// Where a label goes once rendered: called with the label and its format ("zpl" or "pdf"), it
/// returns where the label went, or why it could not go. May block (a printer may take seconds);
/// the Pack screen calls it off the GUI thread.
using LabelSink = std::function<Result<QString>(const ShippingLabel& label, const QString& format)>;

/// Where a station's labels go, as set in its settings (pack/label_output) or on the command line:
/// - `tcp:HOST[:PORT]` — a raw network printer (port 9100 unless given), the label's bytes as they are;
/// - `printer:NAME` — a printer of the system (CUPS, Windows), the label drawn on a 4×6 page;
/// - `file:PATH` or a plain path — the bytes written to that file (a folder: one file per shipment).
class LabelOutput
{
public:
    /// Sends the label rendered as `format` (zpl or pdf) to `destination`; where it went.
    [[nodiscard]] static Result<QString>
    send(const ShippingLabel& label, const QString& format, const QString& destination);
    /// A sink bound to one destination.
    static LabelSink to(const QString& destination);
    /// Labels written as files into `folder`, made if missing: one per shipment, a reprint
    /// replaces it.
    static LabelSink folder(const QString& folder);
    /// Where labels of the cache at `cachePath` go when no printer is set: a folder beside it.
    static QString folderBeside(const QString& cachePath);
};

} // namespace wf::printing
