#pragma once

#include <atomic>

#include <QDateTime>

namespace wf {

/// The time of the floor, in milliseconds since 1970 (UTC). Everything that stamps a row (the
/// journal, the audit trail) or measures a span (a PIN lockout) asks one, injected by whoever
/// composes the station; by default the system's. Tests give a ManualClock and move it, so "the
/// lockout lifts after fifteen minutes" is checked without waiting fifteen minutes.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    /// The system's clock (QDateTime::currentMSecsSinceEpoch); lives as long as the program.
    static const Clock& system();
};

/// A clock that stands still until told: set() or advance(). Safe to read from any thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000) ///< 2026-01-01 00:00 UTC
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs.load(); }
    void set(qint64 ms) { m_nowMs.store(ms); }
    void advance(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

namespace detail {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace detail

inline const Clock& Clock::system()
{
    static const detail::SystemClock clock;
    return clock;
}

} // namespace wf
