#pragma once

#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace wf::test {

/// A real pseudo-terminal pair made by socat: the test writes to `hostEnd()` as a scanner would,
/// the code under test opens `deviceEnd()` with QSerialPort. unplug() ends socat (the device
/// vanishes mid-stream); plugIn() makes the pair again under the same names.
class PtyPair
{
public:
    PtyPair()
    {
        m_device = m_dir.filePath(QStringLiteral("scanner"));
        m_host = m_dir.filePath(QStringLiteral("host"));
    }
    ~PtyPair() { unplug(); }

    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty(); }

    bool plugIn()
    {
        m_socat = std::make_unique<QProcess>();
        m_socat->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_socat->start(QStringLiteral("socat"),
                       {QStringLiteral("pty,raw,echo=0,link=%1").arg(m_host),
                        QStringLiteral("pty,raw,echo=0,link=%1").arg(m_device)});
        if (!m_socat->waitForStarted(5000))
            return false;
        for (int i = 0; i < 100 && !(QFileInfo::exists(m_host) && QFileInfo::exists(m_device)); ++i)
            QTest::qWait(20);
        m_writer = std::make_unique<QFile>(m_host);
        return m_writer->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    void unplug()
    {
        m_writer.reset();
        if (m_socat) {
            m_socat->terminate();
            m_socat->waitForFinished(5000);
            m_socat.reset();
        }
        QFile::remove(m_host);
        QFile::remove(m_device);
    }

    bool write(const QByteArray& bytes)
    {
        return m_writer && m_writer->write(bytes) == bytes.size() && m_writer->flush();
    }

    /// Writes from a thread of its own, for more bytes than the pty buffers hold: the reader on
    /// the test's thread keeps draining meanwhile. Wait for the returned thread before ending.
    std::unique_ptr<QThread> writeInBackground(const QByteArray& bytes)
    {
        std::unique_ptr<QThread> thread(QThread::create([path = m_host, bytes] {
            QFile host(path);
            if (host.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                host.write(bytes);
        }));
        thread->start();
        return thread;
    }

    QString deviceEnd() const { return m_device; }
    QString hostEnd() const { return m_host; }

private:
    QTemporaryDir m_dir;
    QString m_device;
    QString m_host;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QFile> m_writer;
};

} // namespace wf::test
