#pragma once

#include "HttpHandler.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace starmark {

// One client connection: reads request heads and bodies within their limits and
// deadlines, hands them to an HttpHandler and writes its answers (keep-alive and
// pipelining included). Nothing is read past what a limit allows: a body announced too
// large, or refused on its head alone, is never read, and the connection is closed after
// the answer (lingering a moment, discarding, so that the client can read it).
class HttpConnection : public QObject {
public:
    struct Limits {
        qsizetype maxHead = 16 * 1024;
        qint64 maxBody = 20 * 1024 * 1024;
        int headTimeoutMs = 10'000; // from a request's first byte to its blank line
        int bodyTimeoutMs = 60'000; // for the whole body
        int idleTimeoutMs = 15'000; // a kept-alive connection waiting for its next request
    };
    static constexpr int lingerMs = 2'000;

    // Takes `socket` over; deletes itself when the connection ends.
    HttpConnection(QTcpSocket* socket, const QHostAddress& peer, bool tls, HttpHandler& handler, const Limits& limits, QObject* parent);

    static QByteArray serialized(const HttpResponse& response, bool keepAlive, bool withBody);

private:
    enum class Phase { Idle, Head, Body, Closing };

    void readMore();
    bool readHead(); // false: wait for more bytes
    bool readBody();
    void answer(const HttpResponse& response, bool keepAlive);
    void refuse(const Problem& problem, const HttpRequestHead* head = nullptr);
    void expire();
    void closeWhenWritten();

    QTcpSocket* m_socket;
    QHostAddress m_peer;
    bool m_tls;
    bool m_shutDown = false;
    bool m_answering = false;
    HttpHandler& m_handler;
    Limits m_limits;
    Phase m_phase = Phase::Idle;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // how much of m_buffer was searched for the head's end
    std::optional<HttpRequest> m_request;
    QTimer m_timer;
};

} // namespace starmark
