#pragma once

#include "app/FloorctlCommand.h"

namespace wf::app {

/// floorctl decode [--try-harder] [--formats LIST] FILE...: barcodes in image files, one JSON line
/// per file. Decoding runs in a worker process (floorctl decode --worker), restarted when an
/// image makes the decoder abort, so one bad image never ends the run.
class DecodeCommand : public FloorctlCommand
{
public:
    QString name() const override { return QStringLiteral("decode"); }
    QString summary() const override { return QStringLiteral("decode barcodes in image files (JSON lines)"); }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    int runWorker(bool tryHarder, bool allSymbols, const QStringList& formats, QTextStream& out);
};

} // namespace wf::app
