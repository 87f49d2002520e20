// The request-head parser as a request smuggler would try it: every head that two HTTP
// parsers could read differently is refused with its code, and the status that code gives.
#include "HttpRequestHead.h"
#include "HttpStatus.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

Result<HttpRequestHead> parsed(const QByteArray& head)
{
    return HttpRequestHead::parse(head);
}

// `head` is refused as unusable with `code`, which answers `status`, and a message in both languages.
void refused(const QByteArray& head, int status, const char* code)
{
    const Result<HttpRequestHead> h = parsed(head);
    ASSERT_FALSE(h) << head.toStdString();
    ASSERT_EQ(h.problems().size(), 1);
    const Problem& why = h.problems().constFirst();
    EXPECT_EQ(why.code, QLatin1String(code)) << head.toStdString();
    EXPECT_EQ(why.severity, Problem::Severity::Unusable);
    EXPECT_EQ(HttpStatus::of(why), status) << head.toStdString();
    EXPECT_FALSE(why.message.text(Language::Japanese).isEmpty());
    EXPECT_NE(why.message.text(Language::Japanese), why.message.text(Language::English)) << "the Japanese is missing for " << code;
}

QByteArray post(const QByteArray& fields)
{
    return "POST /api/v1/submissions HTTP/1.1\r\nHost: r\r\n" + fields + "\r\n";
}

} // namespace

TEST(HttpRequestHead, ReadsAPlainGet)
{
    const auto h = parsed("GET /l/JCS-26-000001?lang=en HTTP/1.1\r\nHost: r.example\r\nAccept-Language:  ja \r\n\r\n");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->method(), HttpRequestHead::Method::Get);
    EXPECT_EQ(h->url().path(), QStringLiteral("/l/JCS-26-000001"));
    EXPECT_EQ(QUrlQuery(h->url()).queryItemValue(QStringLiteral("lang")), QStringLiteral("en"));
    EXPECT_EQ(h->header("accept-language"), "ja") << "names any case, values without their surrounding spaces";
    EXPECT_EQ(h->contentLength(), 0);
    EXPECT_TRUE(h->keepAlive());
}

TEST(HttpRequestHead, KeepAliveFollowsTheVersionAndConnection)
{
    EXPECT_FALSE(parsed("GET / HTTP/1.1\r\nHost: r\r\nConnection: Keep-Alive, close\r\n\r\n")->keepAlive());
    EXPECT_FALSE(parsed("GET / HTTP/1.0\r\n\r\n")->keepAlive());
    EXPECT_TRUE(parsed("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")->keepAlive());
}

TEST(HttpRequestHead, ContentLengthIsDigitsOnlyOnceAndWithinRange)
{
    EXPECT_EQ(parsed(post("Content-Length: 1234\r\n"))->contentLength(), 1234);
    refused(post("Content-Length: -5\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: +5\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: abc\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: 0x10\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: 5 5\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: 5,5\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length:\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: 100000000000000000000\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: 99999999999999999999999999999999999999\r\n"), 400, "http.bad-content-length");
    refused(post("Content-Length: 5\r\nContent-Length: 7\r\n"), 400, "http.content-length-count");
    refused(post("Content-Length: 5\r\ncontent-length: 5\r\n"), 400, "http.content-length-count");
}

TEST(HttpRequestHead, TransferEncodingNeverGoesWithContentLengthNorAlone)
{
    refused(post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"), 400, "http.length-and-encoding");
    refused(post("transfer-encoding: chunked\r\nContent-Length: 5\r\n"), 400, "http.length-and-encoding");
    refused(post("Transfer-Encoding: chunked\r\n"), 411, "http.transfer-encoding");
    refused(post("Transfer-Encoding: identity\r\n"), 411, "http.transfer-encoding");
}

TEST(HttpRequestHead, HeaderLinesAreStrict)
{
    refused(post("Content-Length : 5\r\n"), 400, "http.bad-header-line");
    refused(post(" Content-Length: 5\r\n"), 400, "http.folded-header");
    refused(post("X-A: 1\r\n\tContent-Length: 5\r\n"), 400, "http.folded-header");
    refused(post("X-A: a\rContent-Length: 5\r\n"), 400, "http.control-character");
    const char nul[] = "POST / HTTP/1.1\r\nHost: r\r\nX-A: a\x00" "b\r\n\r\n";
    refused(QByteArray(nul, sizeof nul - 1), 400, "http.control-character");
    refused(post("no colon here\r\n"), 400, "http.bad-header-line");
    refused(post("Bad[Name]: x\r\n"), 400, "http.bad-header-line");
    refused("GET / HTTP/1.1\nHost: r\n\n", 400, "http.line-without-crlf");
    refused("GET / HTTP/1.1\r\nHost: r\n\r\n", 400, "http.line-without-crlf");
}

TEST(HttpRequestHead, ExactlyOneHostInHttp11)
{
    refused("GET / HTTP/1.1\r\n\r\n", 400, "http.host-count");
    refused("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "http.host-count");
    refused("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400, "http.host-count"); // found by fuzz_http_request
    EXPECT_TRUE(parsed("GET / HTTP/1.0\r\n\r\n")) << "HTTP/1.0 needs none";
}

TEST(HttpRequestHead, TheRequestLineIsThreePartsAndAnOriginFormTarget)
{
    refused("GET  / HTTP/1.1\r\nHost: r\r\n\r\n", 400, "http.bad-request-line");
    refused("GET / HTTP/1.1 \r\nHost: r\r\n\r\n", 400, "http.bad-request-line");
    refused("GET /\r\nHost: r\r\n\r\n", 400, "http.bad-request-line");
    refused("G(T / HTTP/1.1\r\nHost: r\r\n\r\n", 400, "http.bad-method");
    refused("GET http://evil.example/ HTTP/1.1\r\nHost: r\r\n\r\n", 400, "http.bad-target");
    refused("GET /a#b HTTP/1.1\r\nHost: r\r\n\r\n", 400, "http.bad-target");
    refused("GET /\xe2\x98\x85 HTTP/1.1\r\nHost: r\r\n\r\n", 400, "http.bad-target");
    refused("GET / HTTP/2.0\r\nHost: r\r\n\r\n", 505, "http.unsupported-version");
    refused("GET / SMTP/1.1\r\nHost: r\r\n\r\n", 400, "http.not-http");
    refused("GET / http/1.1\r\nHost: r\r\n\r\n", 400, "http.not-http");
}

TEST(HttpRequestHead, ManyFieldsAre431)
{
    QByteArray fields;
    for (int i = 0; i <= HttpRequestHead::maxFields; ++i)
        fields += "X-" + QByteArray::number(i) + ": v\r\n";
    refused("GET / HTTP/1.1\r\nHost: r\r\n" + fields + "\r\n", 431, "http.too-many-fields");
}

TEST(HttpRequestHead, WhereTheHeadEnds)
{
    const QByteArray two = "GET /a HTTP/1.1\r\nHost: r\r\n\r\nGET /b HTTP/1.1\r\n";
    EXPECT_EQ(HttpRequestHead::endOf(two), two.indexOf("GET /b"));
    EXPECT_EQ(HttpRequestHead::endOf("GET /a HTTP/1.1\r\nHost: r\r\n"), -1);
    EXPECT_EQ(HttpRequestHead::endOf("GET /a HTTP/1.1\r\nHost: r\r\n\r"), -1);
    EXPECT_EQ(HttpRequestHead::endOf("\r\n\r\nGET / HTTP/1.1\r\nHost: r\r\n\r\n"), 31) << "empty lines before a request are skipped";
    EXPECT_EQ(HttpRequestHead::endOf("GET / HTTP/1.1\nHost: r\n\n"), 24) << "a bare-LF head ends too, to be refused at once";
    const QByteArray split = "GET /a HTTP/1.1\r\nHost: r\r\n\r\n";
    EXPECT_EQ(HttpRequestHead::endOf(split, split.size() - 4), split.size()) << "searching on from where it stopped";
    const auto h = parsed("\r\nGET / HTTP/1.1\r\nHost: r\r\n\r\n");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->target(), "/");
}

