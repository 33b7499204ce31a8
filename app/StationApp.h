#pragma once

#include <QString>

class QCommandLineParser;

namespace wf::app {

struct StationSettings;

/// The station program's composition root: reads the command line and the station's settings,
/// opens (or, for the demo, makes) the cache, builds the workflows, the window, the scanners,
/// the scale, the cache's watchers and the sync thread, wires them, and runs the event loop.
/// A damaged cache found while running is moved aside and said on the way out. `main()` only
/// creates the application and runs this.
class StationApp
{
public:
    /// Starts the clock of `--exit-when-ready` (the startup benchmark): call first thing.
    static void startClock();
    /// --help and --version answer without a display (over SSH, after installing the .deb): they
    /// are read before the QApplication, which would need one, and answered by a
    /// QCoreApplication.
    static bool wantsOnlyText(int argc, char* argv[]);
    static int answerText(int argc, char* argv[]);
    /// Names the application (settings, version) before anything reads its settings.
    static void nameApplication();

    /// Runs the station in the QApplication that exists; its exit code.
    int run();

private:
    static void describeOptions(QCommandLineParser& parser);
    /// The cache file this run opens: --db, the demo cache, or the station's own.
    QString cachePath(const QCommandLineParser& parser, const StationSettings& station) const;
    /// A fatal start-up problem: on stderr, and in a dialog when someone is watching.
    static int fatal(const QString& message, bool interactive);
    int runStation(const QString& path, const StationSettings& station);

    bool m_demo = false;
    bool m_pathGiven = false;
    bool m_exitWhenReady = false;
};

} // namespace wf::app
