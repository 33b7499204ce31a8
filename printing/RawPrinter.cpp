#include "printing/RawPrinter.h"

#include <cerrno>
#include <cstring>

#include <QElapsedTimer>

#include <netdb.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#if defined(__linux__)
#include <linux/sockios.h>
#endif

namespace wf::printing {

namespace {

/// The socket, closed on every way out.
class Socket
{
public:
    explicit Socket(int fd)
        : m_fd(fd)
    {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

int pendingError(int fd)
{
    int error = 0;
    socklen_t length = sizeof(error);
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
    return error;
}

/// Bytes written but not yet acknowledged by the printer's side (Linux); 0 where unknown.
int unacknowledged(int fd)
{
#if defined(SIOCOUTQ)
    int queued = 0;
    if (::ioctl(fd, SIOCOUTQ, &queued) == 0)
        return queued;
#else
    (void)fd;
#endif
    return 0;
}

class Deadline
{
public:
    explicit Deadline(std::chrono::milliseconds budget)
        : m_budget(budget)
    {
        m_clock.start();
    }
    int left() const { return int(std::max<qint64>(0, m_budget.count() - m_clock.elapsed())); }
    qint64 budget() const { return m_budget.count(); }

private:
    std::chrono::milliseconds m_budget;
    QElapsedTimer m_clock;
};

/// Waits for `events` on fd until the deadline; false on timeout.
bool waitFor(int fd, short events, const Deadline& deadline)
{
    for (;;) {
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, deadline.left());
        if (n > 0)
            return true;
        if (n == 0)
            return false;
        if (errno != EINTR)
            return true; // let the next call on the socket say what is wrong
    }
}

} // namespace

Result<std::pair<QString, quint16>> RawPrinter::parseAddress(const QString& hostAndPort)
{
    const QString host = hostAndPort.section(QLatin1Char(':'), 0, 0);
    bool number = true;
    const int port =
        hostAndPort.contains(QLatin1Char(':')) ? hostAndPort.section(QLatin1Char(':'), 1).toInt(&number) : kDefaultPort;
    if (host.isEmpty() || !number || port <= 0 || port > 65535)
        return fail(Error::Code::InvalidInput, QStringLiteral("printer address '%1': HOST[:PORT]").arg(hostAndPort));
    return std::pair{host, quint16(port)};
}

Result<void>
RawPrinter::send(const QByteArray& job, const QString& host, quint16 port, std::chrono::milliseconds budget)
{
    const QString where = QStringLiteral("printer %1:%2").arg(host).arg(port);
    const auto refused = [&](const QString& why) {
        return fail(Error::Code::DeviceUnavailable,
                    where + QStringLiteral(": ") + why
                        + QStringLiteral("; the label is not "
                                         "counted as printed"));
    };
    const Deadline deadline(budget);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
        rc != 0 || !found)
        return fail(Error::Code::DeviceUnavailable,
                    where + QStringLiteral(": ") + QString::fromLocal8Bit(gai_strerror(rc)));
    Socket socket(::socket(found->ai_family, found->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, found->ai_protocol));
    const int connected = socket.fd() < 0 ? -1 : ::connect(socket.fd(), found->ai_addr, found->ai_addrlen);
    const int connectError = errno;
    ::freeaddrinfo(found);
    if (socket.fd() < 0)
        return refused(systemError(connectError));
    if (connected != 0 && connectError != EINPROGRESS)
        return refused(QStringLiteral("cannot connect (%1)").arg(systemError(connectError)));
    if (!waitFor(socket.fd(), POLLOUT, deadline))
        return refused(
            QStringLiteral("did not answer within %1 ms (switched off, or its queue is full)").arg(deadline.budget()));
    if (const int error = pendingError(socket.fd()); error != 0)
        return refused(QStringLiteral("cannot connect (%1)").arg(systemError(error)));
    // Every byte, as the printer reads them.
    qsizetype sent = 0;
    while (sent < job.size()) {
        const ssize_t n = ::send(socket.fd(), job.constData() + sent, size_t(job.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return refused(QStringLiteral("the connection broke after %1 of %2 bytes (%3)")
                               .arg(sent)
                               .arg(job.size())
                               .arg(systemError(errno)));
        if (!waitFor(socket.fd(), POLLOUT, deadline))
            return refused(QStringLiteral("took %1 of %2 bytes in %3 ms, then stopped reading")
                               .arg(sent)
                               .arg(job.size())
                               .arg(deadline.budget()));
    }
    // The end of the job: our half-close, then the printer's orderly close once it read it all.
    if (::shutdown(socket.fd(), SHUT_WR) != 0)
        return refused(QStringLiteral("the connection broke at the end of the job (%1)").arg(systemError(errno)));
    char backChannel[512];
    for (;;) {
        if (!waitFor(socket.fd(), POLLIN, deadline)) {
            if (const int left = unacknowledged(socket.fd()); left > 0)
                return refused(QStringLiteral("took %1 of %2 bytes in %3 ms, then stopped reading")
                                   .arg(job.size() - left)
                                   .arg(job.size())
                                   .arg(deadline.budget()));
            return refused(QStringLiteral("took the job but did not finish it within %1 ms (it never closed the "
                                          "connection)")
                               .arg(deadline.budget()));
        }
        const ssize_t n = ::recv(socket.fd(), backChannel, sizeof(backChannel), 0);
        if (n > 0)
            continue; // status bytes some printers send back: not needed
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            continue;
        if (n < 0)
            return refused(QStringLiteral("reset the connection (%1)").arg(systemError(errno)));
        break; // the printer closed its side
    }
    // A printer that closed at once, before reading, closed before our bytes reached it: they are
    // answered with a reset, not acknowledged. Wait for the last acknowledgement (or that reset).
    while (unacknowledged(socket.fd()) > 0 && pendingError(socket.fd()) == 0 && deadline.left() > 0)
        ::usleep(2000);
    if (const int error = pendingError(socket.fd()); error != 0)
        return refused(QStringLiteral("closed the connection before taking the job (%1)").arg(systemError(error)));
    if (const int left = unacknowledged(socket.fd()); left > 0)
        return refused(QStringLiteral("closed the connection with %1 of %2 bytes not taken").arg(left).arg(job.size()));
    return {};
}

} // namespace wf::printing
