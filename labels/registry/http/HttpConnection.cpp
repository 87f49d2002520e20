#include "HttpConnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace starmark {
namespace {

// What is taken from the socket at a time: Qt would otherwise pull everything a client
// sends into memory, whether it is ever read or not.
constexpr qint64 readChunk = 64 * 1024;
// A client that pipelines requests without reading the answers is not read further until it does.
constexpr qint64 maxPendingOutput = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : status < 500 ? "Bad Request" : "Internal Server Error";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const QHostAddress& peer, bool tls, HttpHandler& handler, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_peer(peer)
    , m_tls(tls)
    , m_handler(handler)
    , m_limits(limits)
{
    socket->setParent(this);
    socket->setReadBufferSize(readChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::expire);
    connect(socket, &QIODevice::readyRead, this, &HttpConnection::readMore);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_phase == Phase::Closing)
            closeWhenWritten();
        else if (!m_answering && m_socket->bytesToWrite() < maxPendingOutput)
            readMore();
    });
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    m_timer.start(m_limits.headTimeoutMs); // the first request (and a TLS handshake) within the head's time
    readMore();
}

void HttpConnection::readMore()
{
    if (m_phase == Phase::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // lingering: what still comes is dropped
        return;
    }
    while (m_socket->bytesToWrite() < maxPendingOutput && (m_phase == Phase::Body ? readBody() : readHead())) {
    }
}

bool HttpConnection::readHead()
{
    if (m_buffer.size() <= m_limits.maxHead)
        m_buffer += m_socket->read(std::min<qint64>(m_socket->bytesAvailable(), m_limits.maxHead + 1 - m_buffer.size()));
    if (m_buffer.isEmpty())
        return false;
    if (m_phase == Phase::Idle) {
        m_phase = Phase::Head;
        m_timer.start(m_limits.headTimeoutMs);
    }
    const qsizetype end = HttpRequestHead::endOf(m_buffer, m_scanned);
    if (end < 0 || end > m_limits.maxHead) {
        if (m_buffer.size() <= m_limits.maxHead) {
            m_scanned = std::max<qsizetype>(0, m_buffer.size() - 2);
            return false;
        }
        refuse(Problem::unusable(QStringLiteral("http.head-too-large"),
            Message("HttpConnection", "the request's URL and headers take more than %1 bytes; the registry accepts at most %1").arg(m_limits.maxHead)));
        return false;
    }
    Result<HttpRequestHead> head = HttpRequestHead::parse(QByteArrayView(m_buffer).first(end));
    m_buffer.remove(0, end);
    m_scanned = 0;
    if (!head) {
        refuse(head.problems().constFirst());
        return false;
    }
    const QByteArray expect = head->header("Expect");
    if (!expect.isEmpty() && expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
        refuse(Problem::unusable(QStringLiteral("http.unknown-expectation"), Message("HttpConnection", "the registry knows only 'Expect: 100-continue'")),
            &*head);
        return false;
    }
    if (head->contentLength() > m_limits.maxBody) {
        refuse(Problem::unusable(QStringLiteral("http.body-too-large"),
                   Message("HttpConnection", "the body is larger than the %1 MiB the registry accepts (a signed report is far smaller)")
                       .arg(m_limits.maxBody / (1024 * 1024))),
            &*head);
        return false;
    }
    m_request = HttpRequest{head.take(), {}, m_peer, m_tls};
    if (const std::optional<HttpResponse> refusal = m_handler.admit(*m_request)) {
        // The body that was not read cannot be told from the next request: the connection ends.
        answer(*refusal, m_request->head.keepAlive() && m_request->head.contentLength() == 0);
        return m_phase != Phase::Closing;
    }
    if (m_request->head.contentLength() == 0) {
        answer(m_handler.respond(*m_request), m_request->head.keepAlive());
        return m_phase != Phase::Closing;
    }
    m_phase = Phase::Body;
    m_timer.start(m_limits.bodyTimeoutMs);
    m_request->payload.reserve(m_request->head.contentLength());
    if (!expect.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

bool HttpConnection::readBody()
{
    const qint64 missing = m_request->head.contentLength() - m_request->payload.size();
    if (!m_buffer.isEmpty()) {
        const qsizetype taken = std::min<qsizetype>(missing, m_buffer.size());
        m_request->payload += QByteArrayView(m_buffer).first(taken);
        m_buffer.remove(0, taken);
    } else {
        const QByteArray more = m_socket->read(missing);
        if (more.isEmpty())
            return false;
        m_request->payload += more;
    }
    if (m_request->payload.size() < m_request->head.contentLength())
        return true;
    answer(m_handler.respond(*m_request), m_request->head.keepAlive());
    return m_phase != Phase::Closing;
}

QByteArray HttpConnection::serialized(const HttpResponse& response, bool keepAlive, bool withBody)
{
    return "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n" + response.headers
        + "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n"
        + (withBody ? response.body : QByteArray());
}

void HttpConnection::answer(const HttpResponse& response, bool keepAlive)
{
    m_socket->write(serialized(response, keepAlive, !m_request || m_request->method() != HttpRequestHead::Method::Head));
    // flush() says bytesWritten at once: what is left of a refused request's body must not be read
    // as the next request head meanwhile (it was, and answered a second time with a 431).
    m_answering = true;
    m_socket->flush(); // now, not on the event loop's next turn
    m_answering = false;
    m_request.reset();
    if (keepAlive) {
        m_phase = Phase::Idle;
        m_timer.start(m_limits.idleTimeoutMs);
    } else {
        m_phase = Phase::Closing;
        m_timer.start(lingerMs);
        closeWhenWritten();
    }
}

void HttpConnection::refuse(const Problem& problem, const HttpRequestHead* head)
{
    answer(m_handler.refuse(problem, head), false);
}

void HttpConnection::closeWhenWritten()
{
    if (m_socket->bytesToWrite() > 0 || m_shutDown)
        return;
    m_shutDown = true;
    // Half-closed, the client reads the answer while what it still sends is dropped; closed at
    // once with unread bytes, its kernel would get a reset and could discard the answer.
    if (m_tls)
        m_socket->disconnectFromHost();
    else
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    readMore();
}

void HttpConnection::expire()
{
    switch (m_phase) {
    case Phase::Head:
        refuse(Problem::unusable(QStringLiteral("http.head-timeout"),
            Message("HttpConnection", "the request head did not arrive within %1 s").arg(QString::number(m_limits.headTimeoutMs / 1000.0))));
        return;
    case Phase::Body:
        refuse(Problem::unusable(QStringLiteral("http.body-timeout"),
                   Message("HttpConnection", "the request body did not arrive within %1 s").arg(QString::number(m_limits.bodyTimeoutMs / 1000.0))),
            &m_request->head);
        return;
    case Phase::Idle:
    case Phase::Closing:
        m_socket->abort();
        deleteLater();
        return;
    }
}

} // namespace starmark
