#pragma once

#include <QObject>

#include "scanner/ScanEvent.h"
#include "scanner/ScanProblem.h"

namespace wf::scanner {

/// A device that produces scans: keyboard wedge, serial scanner, camera, image files.
/// Signals are emitted on the thread the source lives on (the GUI thread for the GUI).
class ScanSource : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Idle,         ///< not started
        Connected,    ///< taking scans
        Disconnected, ///< the device went away; reconnecting
        Failed,       ///< cannot work (no such port, no permission); see statusDetail()
    };
    Q_ENUM(Status)

    using QObject::QObject;
    ~ScanSource() override = default;

    virtual QString deviceId() const = 0;
    Status status() const { return m_status; }
    QString statusDetail() const { return m_statusDetail; }
    static QString statusName(Status status);

signals:
    void scanned(const wf::scanner::ScanEvent& scan);
    void rejected(const wf::scanner::ScanProblem& problem);
    void statusChanged(wf::scanner::ScanSource::Status status, const QString& detail);

protected:
    void setStatus(Status status, const QString& detail = {});

private:
    Status m_status = Status::Idle;
    QString m_statusDetail;
};

} // namespace wf::scanner
