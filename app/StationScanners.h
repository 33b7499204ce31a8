#pragma once

#include <memory>
#include <vector>

#include <QObject>

#include "scanner/CameraScanSource.h"
#include "scanner/KeyboardWedge.h"
#include "scanner/ScanRouter.h"
#include "scanner/ScannerSettings.h"
#include "scanner/SerialScanSource.h"

namespace wf::app {

/// The scan sources of a station and their router, built from the scanner settings and rebuilt
/// when the Scanners screen applies new ones. The keyboard wedge is installed on the application.
/// Settings live in QSettings under "scanners/"; see docs/scanners.md. GUI thread.
class StationScanners : public QObject
{
    Q_OBJECT
public:
    explicit StationScanners(QObject* parent = nullptr);
    ~StationScanners() override;

    scanner::ScanRouter& router() { return m_router; }
    const scanner::ScannerSettings& settings() const { return m_settings; }

    void apply(const scanner::ScannerSettings& settings);

    static scanner::ScannerSettings load();
    static void save(const scanner::ScannerSettings& settings);

private:
    scanner::ScannerSettings m_settings;
    scanner::ScanRouter m_router;
    std::unique_ptr<scanner::KeyboardWedge> m_wedge;
    std::vector<std::unique_ptr<scanner::SerialScanSource>> m_serial;
    std::unique_ptr<scanner::CameraScanSource> m_camera;
};

} // namespace wf::app
