#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace starmark {

// One HTTP/1.1 request head (request line and header fields), read strictly (RFC 9112):
// whatever two parsers could read differently — a proxy in front and this server behind
// it — is refused, so that no request can be smuggled past the proxy's idea of it.
class HttpRequestHead {
public:
    enum class Method { Get, Head, Post, Other };
    static constexpr qsizetype maxFields = 100;
    static constexpr qsizetype maxLengthDigits = 15; // up to 999 TB, far below qint64's overflow

    // Where the head ends in `buffer`: the index just past its blank line, or -1 while it is incomplete;
    // the search starts at `from` (what was searched before). Empty lines before a request line
    // (a client's stray CRLF after a body) belong to it.
    static qsizetype endOf(QByteArrayView buffer, qsizetype from = 0);
    // `head` is everything up to and including the blank line. A refusal's code (http.*) gives its status (HttpStatus).
    static Result<HttpRequestHead> parse(QByteArrayView head);

    Method method() const { return m_method; }
    const QByteArray& methodName() const { return m_methodName; }
    const QByteArray& target() const { return m_target; } // origin form, as sent
    QUrl url() const;
    const QList<std::pair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // the first field of that name (any case), or empty
    qint64 contentLength() const { return m_contentLength; } // 0 when there is no body
    bool keepAlive() const { return m_keepAlive; } // HTTP/1.1 unless 'Connection: close'; 1.0 only if asked

private:
    Method m_method = Method::Other;
    QByteArray m_methodName;
    QByteArray m_target;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = 0;
    bool m_keepAlive = true;
};

} // namespace starmark
