#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace wf::test {

/// A private X server for the tests that need a real one: Xvfb on a free display (-displayfd), one
/// screen of `size` ("1366x768"). start() sets DISPLAY and QT_QPA_PLATFORM=xcb for the QApplication
/// made after it; false when Xvfb (or xdotool, which these tests type with) is not installed.
class Xvfb
{
public:
    ~Xvfb()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(5000);
        }
    }

    bool start(const QString& size)
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            return false;
        m_server.start(xvfb,
                       {QStringLiteral("-displayfd"),
                        QStringLiteral("1"),
                        QStringLiteral("-screen"),
                        QStringLiteral("0"),
                        size + QStringLiteral("x24"),
                        QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
        if (!m_server.waitForStarted(5000))
            return false;
        QByteArray number;
        while (!number.contains('\n') && m_server.waitForReadyRead(10000))
            number += m_server.readAllStandardOutput();
        number = number.trimmed();
        if (number.isEmpty())
            return false;
        qputenv("DISPLAY", ":" + number);
        qputenv("QT_QPA_PLATFORM", "xcb");
        return true;
    }

private:
    QProcess m_server;
};

} // namespace wf::test
