#pragma once

#include <QList>

#include "scanner/ScanEvent.h"
#include "workflows/station/TrainingHints.h"

namespace wf::ui {

/// A screen that takes scans. The main window hands every scan to the visible ScanTarget (the
/// ScanRouter of the scanner issue will do the same for hardware sources), and the demo's scan
/// simulator asks it which barcodes are worth trying here.
class ScanTarget
{
public:
    virtual ~ScanTarget() = default;
    virtual void acceptScan(const scanner::ScanEvent& scan) = 0;
    virtual QList<workflows::TrainingHint> trainingHints() const = 0;
};

} // namespace wf::ui
