#pragma once

#include "HttpRequestHead.h"

#include "criteria/Problem.h"

#include <QByteArray>
#include <QHostAddress>

#include <optional>

namespace starmark {

// A request as HttpConnection hands it over: the head, the body once read, and how it came.
struct HttpRequest {
    HttpRequestHead head;
    QByteArray payload; // empty while only the head has been read
    QHostAddress peer;
    bool tls = false;

    QUrl url() const { return head.url(); }
    HttpRequestHead::Method method() const { return head.method(); }
    const QByteArray& body() const { return payload; }
};

struct HttpResponse {
    int status = 200;
    QByteArray headers; // "Name: value\r\n" lines, Content-Length and Connection aside
    QByteArray body;
};

// What answers the requests HttpConnection reads.
class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    // Called with the head alone, before any of the body is read: an answer (a refusal, or one that
    // needs no body), or nothing to read the body and go on.
    virtual std::optional<HttpResponse> admit(const HttpRequest& request) = 0;
    virtual HttpResponse respond(const HttpRequest& request) = 0;
    // The answer to a request the connection itself refuses (framing, sizes, timeouts, caps): an
    // http.* problem, its status from HttpStatus; `head` when one was read (its Accept-Language).
    virtual HttpResponse refuse(const Problem& problem, const HttpRequestHead* head) const = 0;
};

} // namespace starmark
