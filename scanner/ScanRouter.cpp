#include "scanner/ScanRouter.h"

#include "scanner/ScanSource.h"

namespace wf::scanner {

ScanRouter::ScanRouter(QObject* parent)
    : QObject(parent)
{}

void ScanRouter::addSource(ScanSource* source)
{
    connect(source, &ScanSource::scanned, this, &ScanRouter::submit);
    connect(source, &ScanSource::rejected, this, &ScanRouter::submitProblem);
}

bool ScanRouter::isRepeat(const ScanEvent& scan)
{
    if (scan.source == ScanEvent::Source::Manual || scan.source == ScanEvent::Source::Simulator)
        return false;
    const QString key = scan.deviceId + QChar(0) + scan.text;
    const auto last = m_lastSeen.constFind(key);
    const bool repeat = last != m_lastSeen.constEnd() && scan.receivedAt - *last < m_debounce;
    m_lastSeen.insert(key, scan.receivedAt);
    if (m_lastSeen.size() > 256) // only the last moments matter
        m_lastSeen.removeIf([&](auto it) {
            return scan.receivedAt - it.value() > m_debounce;
        });
    return repeat;
}

void ScanRouter::submit(ScanEvent scan)
{
    if (isRepeat(scan)) {
        emit scanDebounced(scan);
        return;
    }
    scan.interpretGs1();
    emit scanRouted(scan);
}

void ScanRouter::submitProblem(const ScanProblem& problem)
{
    emit problemRouted(problem);
}

} // namespace wf::scanner
