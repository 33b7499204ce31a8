#include <atomic>
#include <thread>

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "printing/RawPrinter.h"

using wf::printing::RawPrinter;

namespace {

/// A listening socket on loopback that behaves like one kind of printer, on a thread of its own.
class Printer
{
public:
    enum class Kind
    {
        ReadsAndCloses, ///< a working printer: reads the job to its end, then closes
        NeverReads,     ///< accepts and never reads (a jammed or paused printer)
        ClosesAtOnce,   ///< accepts and closes before reading
        Resets,         ///< reads a little, then resets the connection
        NeverAccepts    ///< its queue is full: listens with no room and never accepts
    };

    explicit Printer(Kind kind)
        : m_kind(kind)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof(address));
        ::listen(m_listener, kind == Kind::NeverAccepts ? 0 : 4);
        socklen_t length = sizeof(address);
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        if (kind == Kind::NeverAccepts) {
            // Fill the accept queue with connections nobody takes.
            for (int i = 0; i < 4; ++i) {
                const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
                ::connect(filler, reinterpret_cast<sockaddr*>(&address), sizeof(address));
                m_fillers.push_back(filler);
            }
            return;
        }
        m_thread = std::thread([this] {
            serve();
        });
    }
    ~Printer()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        for (int fd : m_fillers)
            ::close(fd);
        ::close(m_listener);
    }
    quint16 port() const { return m_port; }
    qint64 received() const { return m_received; }

private:
    void serve()
    {
        const int job = ::accept(m_listener, nullptr, nullptr);
        if (job < 0)
            return;
        char buffer[4096];
        switch (m_kind) {
        case Kind::ReadsAndCloses:
            for (ssize_t n; (n = ::recv(job, buffer, sizeof(buffer), 0)) > 0;)
                m_received += n;
            break;
        case Kind::NeverReads:
            while (!m_stop)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            break;
        case Kind::ClosesAtOnce:
            break;
        case Kind::Resets: {
            m_received += std::max<ssize_t>(0, ::recv(job, buffer, 100, 0));
            linger hard{1, 0}; // close with a reset
            ::setsockopt(job, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
            break;
        }
        case Kind::NeverAccepts:
            break;
        }
        ::close(job);
    }

    Kind m_kind;
    int m_listener = -1;
    quint16 m_port = 0;
    std::vector<int> m_fillers;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_received{0};
};

QByteArray job(qsizetype size)
{
    QByteArray bytes = "^XA\n";
    while (bytes.size() < size - 4)
        bytes += "^FO50,50^FDWAREHOUSE FLOOR LABEL^FS\n";
    bytes.resize(size - 4, ' ');
    return bytes + "^XZ\n";
}

} // namespace

/// A label counts as printed only when the printer took it: real listeners of each kind.
class TestRawPrinter : public QObject
{
    Q_OBJECT

private slots:
    void aWorkingPrinterTakesEveryByte_data();
    void aWorkingPrinterTakesEveryByte();
    void everyOtherPrinterIsAnError_data();
    void everyOtherPrinterIsAnError();
    void nobodyListeningIsAnError();
    void addressesAreChecked();
};

void TestRawPrinter::aWorkingPrinterTakesEveryByte_data()
{
    QTest::addColumn<int>("size");
    QTest::addRow("a ZPL label, 2 KB") << 2000;
    QTest::addRow("a PDF label, 22 KB") << 22000;
    QTest::addRow("a big job, 3 MB") << 3'000'000;
}

void TestRawPrinter::aWorkingPrinterTakesEveryByte()
{
    QFETCH(int, size);
    Printer printer(Printer::Kind::ReadsAndCloses);
    auto sent = RawPrinter::send(job(size), QStringLiteral("127.0.0.1"), printer.port());
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().detail));
    QTRY_COMPARE(printer.received(), qint64(size));
}

void TestRawPrinter::everyOtherPrinterIsAnError_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("says");
    // 22 KB fits in the socket buffers: before, a never-reading printer was "printed" and audited.
    QTest::addRow("accepts and never reads, 22 KB")
        << int(Printer::Kind::NeverReads) << 22000 << QStringLiteral("did not finish it within 3000 ms");
    QTest::addRow("accepts and never reads, 3 MB")
        << int(Printer::Kind::NeverReads) << 3'000'000 << QStringLiteral("then stopped reading");
    QTest::addRow("closes at once") << int(Printer::Kind::ClosesAtOnce) << 22000 << QStringLiteral("printer 127.0.0.1");
    QTest::addRow("resets") << int(Printer::Kind::Resets) << 22000 << QStringLiteral("printer 127.0.0.1");
    QTest::addRow("full backlog") << int(Printer::Kind::NeverAccepts) << 22000 << QStringLiteral("within 3000 ms");
}

void TestRawPrinter::everyOtherPrinterIsAnError()
{
    QFETCH(int, kind);
    QFETCH(int, size);
    QFETCH(QString, says);
    Printer printer(static_cast<Printer::Kind>(kind));
    QElapsedTimer clock;
    clock.start();
    auto sent = RawPrinter::send(job(size), QStringLiteral("127.0.0.1"), printer.port());
    const qint64 took = clock.elapsed();
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, wf::Error::Code::DeviceUnavailable);
    QVERIFY2(sent.error().detail.contains(says), qPrintable(sent.error().detail));
    QVERIFY2(sent.error().detail.contains(QStringLiteral("not counted as printed")), qPrintable(sent.error().detail));
    QVERIFY2(took < 4000, qPrintable(QStringLiteral("took %1 ms").arg(took))); // the bounded wait holds
}

void TestRawPrinter::nobodyListeningIsAnError()
{
    quint16 port = 0;
    {
        Printer closed(Printer::Kind::ClosesAtOnce); // a port that was free a moment ago
        port = closed.port();
    }
    auto sent = RawPrinter::send(job(100), QStringLiteral("127.0.0.1"), port);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, wf::Error::Code::DeviceUnavailable);
    QVERIFY2(sent.error().detail.contains(QStringLiteral("cannot connect")), qPrintable(sent.error().detail));
}

void TestRawPrinter::addressesAreChecked()
{
    QCOMPARE(RawPrinter::parseAddress(QStringLiteral("zebra-3"))->second, quint16(9100));
    QCOMPARE(RawPrinter::parseAddress(QStringLiteral("10.0.0.7:6101"))->second, quint16(6101));
    QVERIFY(!RawPrinter::parseAddress(QStringLiteral(":9100")));
    QVERIFY(!RawPrinter::parseAddress(QStringLiteral("host:70000")));
    QVERIFY(!RawPrinter::parseAddress(QStringLiteral("host:abc")));
    auto unknown = RawPrinter::send(job(100), QStringLiteral("no-such-printer.invalid"), 9100);
    QVERIFY(!unknown);
}

QTEST_GUILESS_MAIN(TestRawPrinter)
#include "TestRawPrinter.moc"
