#include "HttpListener.h"

#include "ConnectionQuota.h"

#include <QSslSocket>

#include <unistd.h>

namespace starmark {

HttpListener::HttpListener(
    HttpHandler& handler, const HttpConnection::Limits& limits, ConnectionQuota& quota, const std::optional<QSslConfiguration>& tls)
    : m_handler(handler)
    , m_limits(limits)
    , m_quota(quota)
    , m_tls(tls)
{
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    // An IPv4 client on a dual-stack socket is counted, and judged loopback or not, as itself.
    bool v4 = false;
    const quint32 ipv4 = socket->peerAddress().toIPv4Address(&v4);
    const QHostAddress peer = v4 ? QHostAddress(ipv4) : socket->peerAddress();
    const Result<void> admitted = m_quota.acquire(peer);
    if (!admitted) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->setReadBufferSize(1); // what it sends is never read
        if (m_tls) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        HttpResponse refusal = m_handler.refuse(admitted.problems().constFirst(), nullptr);
        refusal.headers += "Retry-After: 1\r\n";
        socket->write(HttpConnection::serialized(refusal, false, true));
        socket->disconnectFromHost();
        return;
    }
    if (m_tls) {
        auto* tls = static_cast<QSslSocket*>(socket);
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    auto* connection = new HttpConnection(socket, peer, bool(m_tls), m_handler, m_limits, this);
    connect(connection, &QObject::destroyed, [quota = &m_quota, peer] { quota->release(peer); });
}

} // namespace starmark
