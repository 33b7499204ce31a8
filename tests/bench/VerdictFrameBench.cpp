#include "VerdictFrameBench.h"

#include <chrono>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QKeyEvent>
#include <QStackedWidget>

#include "LookupBench.h"
#include "TimedVerdicts.h"
#include "db/LocalCache.h"
#include "scanner/KeyboardWedge.h"
#include "scanner/ScanRouter.h"
#include "ui/MainWindow.h"
#include "ui/VerdictBanner.h"
#include "workflows/FloorServices.h"
#include "workflows/PickSession.h"

namespace wf::bench {

namespace {

using Clock = std::chrono::steady_clock;

/// Notes the first paint, once armed, of `within` (the baseline's empty widget), or — for the
/// station's window — of its verdict banner or the feedback flash over it after the banner took a
/// new verdict. Installed on the application, it sees every paint event.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(const QWidget* within)
        : m_within(within)
    {}
    /// `banner`: the screen's banner whose next verdict is awaited; none for the baseline.
    void arm(const ui::VerdictBanner* banner = nullptr)
    {
        m_painted.reset();
        m_banner = banner;
        m_shownBefore = banner ? banner->shown() : 0;
    }
    const std::optional<Clock::time_point>& painted() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_painted)
            return QObject::eventFilter(watched, event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!m_banner) {
            if (widget == m_within)
                m_painted = Clock::now();
        } else if (widget && m_banner->shown() > m_shownBefore
                   && (widget == m_banner || widget->objectName() == QLatin1String("flashOverlay"))) {
            m_painted = Clock::now();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QWidget* m_within;
    const ui::VerdictBanner* m_banner = nullptr;
    quint64 m_shownBefore = 0;
    std::optional<Clock::time_point> m_painted;
};

/// Runs the event loop until `watch` saw a paint; false after two seconds without one.
bool waitForPaint(const PaintWatch& watch)
{
    QElapsedTimer guard;
    guard.start();
    while (!watch.painted() && guard.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return watch.painted().has_value();
}

/// Sends one key press and release to the focused widget, as a USB scanner's keyboard does.
/// `window`: where keys go while no widget has the focus yet.
void sendKey(QWidget* window, int key, const QString& text)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
}

/// A scan's characters as a burst (the wedge holds them); the time of its terminator key.
Clock::time_point typeBurst(QWidget* window, const QString& text)
{
    for (QChar c : text)
        sendKey(window, c.toUpper().unicode(), QString(c));
    const auto terminator = Clock::now();
    sendKey(window, Qt::Key_Return, QStringLiteral("\r"));
    return terminator;
}

ui::VerdictBanner* currentBanner(ui::MainWindow& window)
{
    auto* stack = window.findChild<QStackedWidget*>();
    return stack && stack->currentWidget() ? stack->currentWidget()->findChild<ui::VerdictBanner*>() : nullptr;
}

} // namespace

Result<QJsonObject> VerdictFrameBench::run(const QString& cachePath, int scans)
{
    auto cache = db::LocalCache::open(cachePath, db::LocalCache::Missing::Refuse);
    if (!cache)
        return std::unexpected(cache.error());
    const auto db = (*cache)->database();
    workflows::FloorServices services(db, QStringLiteral("ST-BENCH-FRAME"));
    ui::MainWindow window(services, ui::StationInfo{QStringLiteral("ST-BENCH-FRAME"), cachePath, false});
    // Wired as the station wires it: the wedge filters every key, the router hands scans on.
    scanner::KeyboardWedge wedge({});
    scanner::ScanRouter router;
    router.addSource(&wedge);
    // A picker scans the same item again a second later; the bench does it at once, so the
    // router's double-read window would drop it.
    router.setDebounce(std::chrono::milliseconds(0));
    QObject::connect(&router, &scanner::ScanRouter::scanRouted, &window, &ui::MainWindow::routeScan);
    QObject::connect(&window, &ui::MainWindow::scanEntered, &router, &scanner::ScanRouter::submit);
    qApp->installEventFilter(&wedge);
    window.resize(1366, 768);
    window.show();
    QWidget empty; // the baseline: an empty widget's repaint in the same event loop
    empty.resize(200, 100);
    empty.show();
    PaintWatch emptyWatch(&empty);
    qApp->installEventFilter(&emptyWatch);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    window.activateWindow();
    for (int i = 0; i < 20 && !QApplication::focusWidget(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    typeBurst(&window, QStringLiteral("P1001"));
    sendKey(&window, Qt::Key_1, QStringLiteral("1"));
    QCoreApplication::processEvents();
    std::vector<double> ours, baseline;
    int missed = 0, tote = 0;
    PaintWatch verdictWatch(&window);
    qApp->installEventFilter(&verdictWatch);
    const auto timedScan = [&](const QString& text) {
        verdictWatch.arm(currentBanner(window));
        const auto t0 = typeBurst(&window, text);
        const bool trace = qEnvironmentVariableIsSet("WF_BENCH_TRACE");
        if (!waitForPaint(verdictWatch)) {
            ++missed;
            if (trace)
                qWarning("not painted: %s -> %s", qPrintable(text), qPrintable(currentBanner(window)->code()));
            return;
        }
        ours.push_back(std::chrono::duration<double, std::micro>(*verdictWatch.painted() - t0).count());
        if (trace && ours.back() > 16700)
            qWarning(
                "slow %.0f us: %s -> %s", ours.back(), qPrintable(text), qPrintable(currentBanner(window)->code()));
        emptyWatch.arm();
        const auto b0 = Clock::now();
        empty.update();
        if (waitForPaint(emptyWatch))
            baseline.push_back(std::chrono::duration<double, std::micro>(*emptyWatch.painted() - b0).count());
    };
    while (int(ours.size()) < scans && missed < 20) {
        const auto view = services.pick->view();
        if (view.bindingTotes) {
            timedScan(QStringLiteral("TOTE-VF%1").arg(++tote));
            continue;
        }
        if (!view.task) { // the list is done: back home, and the next list
            sendKey(&window, Qt::Key_Escape, QString());
            sendKey(&window, Qt::Key_1, QStringLiteral("1"));
            QCoreApplication::processEvents();
            if (!services.pick->view().task && !services.pick->view().bindingTotes)
                break;
            continue;
        }
        timedScan(nextPickScan(db, *view.task));
    }
    qApp->removeEventFilter(&wedge);
    qApp->removeEventFilter(&emptyWatch);
    qApp->removeEventFilter(&verdictWatch);
    if (ours.empty()) {
        auto* stack = window.findChild<QStackedWidget*>();
        return fail(Error::Code::NotFound,
                    QStringLiteral("no verdict was painted on the %1 (nothing to pick in this cache?)")
                        .arg(stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString()));
    }
    const int painted = int(ours.size());
    QJsonObject figures = latencyBesideBaseline(ours,
                                                baseline,
                                                {{QStringLiteral("bench"), QStringLiteral("verdict-frame")},
                                                 {QStringLiteral("workflow"), QStringLiteral("pick")},
                                                 {QStringLiteral("scans"), painted},
                                                 {QStringLiteral("not_painted"), missed},
                                                 {QStringLiteral("budget_p99_us"), 16700}});
    return figures;
}

} // namespace wf::bench
