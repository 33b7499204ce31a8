#include <QApplication>

#include "app/StationApp.h"

int main(int argc, char* argv[])
{
    wf::app::StationApp::startClock();
    if (wf::app::StationApp::wantsOnlyText(argc, argv))
        return wf::app::StationApp::answerText(argc, argv);
    wf::app::StationApp::nameApplication();
    QApplication app(argc, argv);
    return wf::app::StationApp().run();
}
