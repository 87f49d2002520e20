#pragma once

#include "HttpConnection.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace starmark {

class ConnectionQuota;

// One server thread's listening socket: each connection within the quota becomes an
// HttpConnection (over TLS when a configuration is given); one beyond it gets a 503 and is closed.
class HttpListener : public QTcpServer {
public:
    HttpListener(HttpHandler& handler, const HttpConnection::Limits& limits, ConnectionQuota& quota,
        const std::optional<QSslConfiguration>& tls);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpHandler& m_handler;
    HttpConnection::Limits m_limits;
    ConnectionQuota& m_quota;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace starmark
