#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

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

/// xdotool's arguments that type `code` and its Enter in one process, as a scanner sends them:
/// `key --delay ms` with one keysym per character (xdotool presses Shift around a capital or a
/// shifted symbol), then Return. `type` cannot end with Enter (it types '\n' as a Linefeed key),
/// and a second process for the Enter can start later than the wedge's gap on a loaded machine.
inline QStringList scannerKeys(const QString& code, int delayMs)
{
    QStringList args{QStringLiteral("key"), QStringLiteral("--delay"), QString::number(delayMs)};
    // The keysyms of the symbols codes hold; anything else goes by its Unicode keysym (U+XXXX).
    static const QHash<QChar, QString> kSymbols{{QLatin1Char('-'), QStringLiteral("minus")},
                                                {QLatin1Char('#'), QStringLiteral("numbersign")},
                                                {QLatin1Char(' '), QStringLiteral("space")},
                                                {QLatin1Char('.'), QStringLiteral("period")},
                                                {QLatin1Char('/'), QStringLiteral("slash")},
                                                {QLatin1Char('+'), QStringLiteral("plus")},
                                                {QLatin1Char('_'), QStringLiteral("underscore")}};
    for (const QChar c : code) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            args << QString(c);
        else
            args << kSymbols.value(c, QStringLiteral("U%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    args << QStringLiteral("Return");
    return args;
}

} // namespace wf::test
