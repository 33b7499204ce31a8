#pragma once

#include <chrono>

#include <QHash>
#include <QObject>

#include "scanner/ScanEvent.h"
#include "scanner/ScanProblem.h"

namespace wf::scanner {

class ScanSource;

/// Where every scan goes first: from each ScanSource (and the manual scan field) to the one
/// screen or workflow that is active. Drops repeats of the same code from the same device within
/// the debounce window (a trigger held down, a camera seeing one label for a second), keeps the
/// order of everything else, and parses GS1 data once so nobody after it parses again.
/// Manual scans are never debounced. Lives on the GUI thread.
class ScanRouter : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultDebounce{300};

    explicit ScanRouter(QObject* parent = nullptr);

    void addSource(ScanSource* source);
    void setDebounce(std::chrono::milliseconds window) { m_debounce = window; }
    std::chrono::milliseconds debounce() const { return m_debounce; }

public slots:
    void submit(wf::scanner::ScanEvent scan);
    void submitProblem(const wf::scanner::ScanProblem& problem);

signals:
    void scanRouted(const wf::scanner::ScanEvent& scan);
    void problemRouted(const wf::scanner::ScanProblem& problem);
    /// A scan dropped as a repeat (for the scanner screen).
    void scanDebounced(const wf::scanner::ScanEvent& scan);

private:
    bool isRepeat(const ScanEvent& scan);

    std::chrono::milliseconds m_debounce = kDefaultDebounce;
    QHash<QString, std::chrono::steady_clock::time_point> m_lastSeen; ///< device + text → time
};

} // namespace wf::scanner
