#include "VerdictFrameBench.h"

#include <chrono>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QKeyEvent>
#include <QStackedWidget>
#include <QTemporaryDir>

#include "LookupBench.h"
#include "TimedVerdicts.h"
#include "db/LocalCache.h"
#include "scanner/KeyboardWedge.h"
#include "scanner/ScanRouter.h"
#include "ui/MainWindow.h"
#include "ui/VerdictBanner.h"
#include "workflows/pack/PackSession.h"
#include "workflows/pick/PickSession.h"
#include "workflows/station/FloorServices.h"

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

/// The station's window wired as a station wires it (the wedge filters every key, the router hands
/// scans on), with the paint watches and the timings of both halves.
class FrameRun
{
public:
    FrameRun(QSqlDatabase db, const QString& cachePath, const QString& labels)
        : m_db(db)
        , m_services(db, QStringLiteral("ST-BENCH-FRAME"), {}, {}, printing::LabelOutput::folder(labels))
        , m_window(m_services, ui::StationInfo{QStringLiteral("ST-BENCH-FRAME"), cachePath, false})
        , m_wedge({})
        , m_emptyWatch(&m_empty)
        , m_verdictWatch(&m_window)
    {
        m_router.addSource(&m_wedge);
        // A picker scans the same item again a second later; the bench does it at once, so the
        // router's double-read window would drop it.
        m_router.setDebounce(std::chrono::milliseconds(0));
        QObject::connect(&m_router, &scanner::ScanRouter::scanRouted, &m_window, &ui::MainWindow::routeScan);
        QObject::connect(&m_window, &ui::MainWindow::scanEntered, &m_router, &scanner::ScanRouter::submit);
        qApp->installEventFilter(&m_wedge);
        m_window.resize(1366, 768);
        m_window.show();
        m_empty.resize(200, 100); // the baseline: an empty widget's repaint in the same event loop
        m_empty.show();
        qApp->installEventFilter(&m_emptyWatch);
        qApp->installEventFilter(&m_verdictWatch);
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        m_window.activateWindow();
        for (int i = 0; i < 20 && !QApplication::focusWidget(); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    ~FrameRun()
    {
        qApp->removeEventFilter(&m_wedge);
        qApp->removeEventFilter(&m_emptyWatch);
        qApp->removeEventFilter(&m_verdictWatch);
    }

    /// Logs in and opens a mode with its key, as an operator does (untimed).
    void openMode(const QString& badge, int key)
    {
        sendKey(&m_window, Qt::Key_F12, QString());
        QCoreApplication::processEvents();
        typeBurst(&m_window, badge);
        sendKey(&m_window, key, QString(QChar(key)));
        QCoreApplication::processEvents();
    }

    /// One scan typed as a burst, timed from its terminator to the verdict's paint, into `into`.
    void timedScan(const QString& text, std::vector<double>& into)
    {
        m_verdictWatch.arm(currentBanner(m_window));
        const auto t0 = typeBurst(&m_window, text);
        const bool trace = qEnvironmentVariableIsSet("WF_BENCH_TRACE");
        if (!waitForPaint(m_verdictWatch)) {
            ++missed;
            if (trace)
                qWarning("not painted: %s -> %s", qPrintable(text), qPrintable(currentBanner(m_window)->code()));
            return;
        }
        into.push_back(std::chrono::duration<double, std::micro>(*m_verdictWatch.painted() - t0).count());
        if (trace && into.back() > 16700)
            qWarning(
                "slow %.0f us: %s -> %s", into.back(), qPrintable(text), qPrintable(currentBanner(m_window)->code()));
        m_emptyWatch.arm();
        const auto b0 = Clock::now();
        m_empty.update();
        if (waitForPaint(m_emptyWatch))
            baseline.push_back(std::chrono::duration<double, std::micro>(*m_emptyWatch.painted() - b0).count());
    }

    void pick(int scans);
    void pack(int scans);
    QString screenName() const
    {
        auto* stack = m_window.findChild<QStackedWidget*>();
        return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
    }

    std::vector<double> pickTimes, packTimes, baseline;
    int missed = 0;

private:
    QSqlDatabase m_db;
    workflows::FloorServices m_services;
    ui::MainWindow m_window;
    scanner::KeyboardWedge m_wedge;
    scanner::ScanRouter m_router;
    QWidget m_empty;
    PaintWatch m_emptyWatch;
    PaintWatch m_verdictWatch;
};

void FrameRun::pick(int scans)
{
    openMode(QStringLiteral("P1001"), Qt::Key_1);
    int tote = 0;
    while (int(pickTimes.size()) < scans && missed < 20) {
        const auto view = m_services.pick->view();
        if (view.bindingTotes) {
            timedScan(QStringLiteral("TOTE-VF%1").arg(++tote), pickTimes);
            continue;
        }
        if (!view.task) { // the list is done: back home, and the next list
            sendKey(&m_window, Qt::Key_Escape, QString());
            sendKey(&m_window, Qt::Key_1, QStringLiteral("1"));
            QCoreApplication::processEvents();
            if (!m_services.pick->view().task && !m_services.pick->view().bindingTotes)
                break;
            continue;
        }
        timedScan(nextPickScan(m_db, *view.task), pickTimes);
    }
    sendKey(&m_window, Qt::Key_Escape, QString());
}

void FrameRun::pack(int scans)
{
    // At the bench: open the package, every unit, every prompt, close, the label, the package.
    // The weight and the label's print are keys, not scans (untimed).
    using workflows::PackSession;
    openMode(QStringLiteral("K2001"), Qt::Key_2);
    for (const QString& id : m_services.pack->waitingToPack(std::max(10, scans / 3))) {
        if (int(packTimes.size()) >= scans || missed >= 20)
            break;
        timedScan(id, packTimes);
        const auto view = m_services.pack->view();
        if (view.stage != PackSession::Stage::Packing || !view.customsProblems.isEmpty()) {
            m_services.pack->setAside(); // set aside, as on the floor
            continue;
        }
        for (const auto& line : view.lines)
            for (int unit = line.packedQty; unit < line.quantity; ++unit)
                timedScan(unitCode(m_db, line.sku), packTimes);
        for (const auto& prompt : m_services.pack->view().prompts)
            timedScan(QStringLiteral("ACK:") + prompt.code, packTimes);
        for (const auto& finding : m_services.pack->view().findings)
            if (finding.action == QLatin1String("suggest_service"))
                m_services.pack->changeService(finding.suggestedService);
        m_services.pack->weigh(QString::number(m_services.pack->view().weight.expectedG) + QStringLiteral(" g"));
        timedScan(QStringLiteral("CMD:CLOSE"), packTimes);
        if (m_services.pack->printLabel().code != QLatin1String("label_printed")) {
            m_services.pack->setAside();
            continue;
        }
        const auto shipment = *m_services.pack->view().shipment;
        timedScan(shipment.labelBarcode.isEmpty() ? shipment.trackingNumber : shipment.labelBarcode, packTimes);
        timedScan(shipment.id, packTimes);
    }
}

} // namespace

Result<QJsonObject> VerdictFrameBench::run(const QString& cachePath, int scans)
{
    auto cache = db::LocalCache::open(cachePath, db::LocalCache::Missing::Refuse);
    if (!cache)
        return std::unexpected(cache.error());
    QTemporaryDir labels;
    FrameRun run((*cache)->database(), cachePath, labels.path());
    // Half the scans at the pick screen, half at the pack bench (what the picker just picked).
    run.pick(scans - scans / 2);
    run.pack(scans / 2);
    if (run.pickTimes.empty() || run.packTimes.empty())
        return fail(Error::Code::NotFound,
                    QStringLiteral("no verdict was painted on the %1 (%2 pick and %3 pack scans; nothing to do in "
                                   "this cache?)")
                        .arg(run.screenName())
                        .arg(run.pickTimes.size())
                        .arg(run.packTimes.size()));
    std::vector<double> all = run.pickTimes;
    all.insert(all.end(), run.packTimes.begin(), run.packTimes.end());
    std::vector<double> baselineCopy = run.baseline;
    const auto half = [&](std::vector<double>& ours, const QString& workflow) {
        std::vector<double> b = run.baseline;
        return latencyBesideBaseline(ours, b, {{QStringLiteral("workflow"), workflow}});
    };
    QJsonObject figures = latencyBesideBaseline(all,
                                                baselineCopy,
                                                {{QStringLiteral("bench"), QStringLiteral("verdict-frame")},
                                                 {QStringLiteral("workflow"), QStringLiteral("pick+pack")},
                                                 {QStringLiteral("scans"), qint64(all.size())},
                                                 {QStringLiteral("not_painted"), run.missed},
                                                 {QStringLiteral("budget_p99_us"), 16700}});
    figures.insert(QStringLiteral("pick"), half(run.pickTimes, QStringLiteral("pick")));
    figures.insert(QStringLiteral("pack"), half(run.packTimes, QStringLiteral("pack")));
    return figures;
}

} // namespace wf::bench
