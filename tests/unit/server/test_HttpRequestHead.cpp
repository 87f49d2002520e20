// The request-head parser as a request smuggler would try it: every head that two HTTP
// parsers could read differently is refused with its status and a message.
#include "HttpRequestHead.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

std::optional<HttpRequestHead> parsed(const QByteArray& head, HttpRequestHead::Refusal* why = nullptr)
{
    HttpRequestHead::Refusal ignored;
    return HttpRequestHead::parse(head, why ? why : &ignored);
}

// `head` is refused with `status`, and the message contains `says`.
void refused(const QByteArray& head, int status, const char* says)
{
    HttpRequestHead::Refusal why;
    EXPECT_FALSE(parsed(head, &why)) << head.toStdString();
    EXPECT_EQ(why.status, status) << head.toStdString();
    EXPECT_TRUE(why.message.contains(QString::fromUtf8(says))) << "expected '" << says << "' in: " << why.message.toStdString();
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
    refused(post("Content-Length: -5\r\n"), 400, "is not a length");
    refused(post("Content-Length: +5\r\n"), 400, "is not a length");
    refused(post("Content-Length: abc\r\n"), 400, "'abc' is not a length");
    refused(post("Content-Length: 0x10\r\n"), 400, "is not a length");
    refused(post("Content-Length: 5 5\r\n"), 400, "is not a length");
    refused(post("Content-Length: 5,5\r\n"), 400, "is not a length");
    refused(post("Content-Length:\r\n"), 400, "is not a length");
    refused(post("Content-Length: 100000000000000000000\r\n"), 400, "digits only (at most 15");
    refused(post("Content-Length: 99999999999999999999999999999999999999\r\n"), 400, "is not a length");
    refused(post("Content-Length: 5\r\nContent-Length: 7\r\n"), 400, "2 Content-Length fields");
    refused(post("Content-Length: 5\r\ncontent-length: 5\r\n"), 400, "2 Content-Length fields");
}

TEST(HttpRequestHead, TransferEncodingNeverGoesWithContentLengthNorAlone)
{
    refused(post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"), 400, "both Content-Length and Transfer-Encoding");
    refused(post("transfer-encoding: chunked\r\nContent-Length: 5\r\n"), 400, "both Content-Length and Transfer-Encoding");
    refused(post("Transfer-Encoding: chunked\r\n"), 411, "send the body with a Content-Length");
    refused(post("Transfer-Encoding: identity\r\n"), 411, "Content-Length");
}

TEST(HttpRequestHead, HeaderLinesAreStrict)
{
    refused(post("Content-Length : 5\r\n"), 400, "then a colon at once");
    refused(post(" Content-Length: 5\r\n"), 400, "obsolete line folding");
    refused(post("X-A: 1\r\n\tContent-Length: 5\r\n"), 400, "obsolete line folding");
    refused(post("X-A: a\rContent-Length: 5\r\n"), 400, "control character");
    const char nul[] = "POST / HTTP/1.1\r\nHost: r\r\nX-A: a\x00" "b\r\n\r\n";
    refused(QByteArray(nul, sizeof nul - 1), 400, "control character");
    refused(post("no colon here\r\n"), 400, "is not 'Name: value'");
    refused(post("Bad[Name]: x\r\n"), 400, "is not 'Name: value'");
    refused("GET / HTTP/1.1\nHost: r\n\n", 400, "CRLF");
    refused("GET / HTTP/1.1\r\nHost: r\n\r\n", 400, "CRLF");
}

TEST(HttpRequestHead, ExactlyOneHostInHttp11)
{
    refused("GET / HTTP/1.1\r\n\r\n", 400, "exactly one Host field; this one has 0");
    refused("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "this one has 2");
    refused("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400, "this one has 2"); // found by fuzz_http_request
    EXPECT_TRUE(parsed("GET / HTTP/1.0\r\n\r\n")) << "HTTP/1.0 needs none";
}

TEST(HttpRequestHead, TheRequestLineIsThreePartsAndAnOriginFormTarget)
{
    refused("GET  / HTTP/1.1\r\nHost: r\r\n\r\n", 400, "three parts, one space apart");
    refused("GET / HTTP/1.1 \r\nHost: r\r\n\r\n", 400, "three parts");
    refused("GET /\r\nHost: r\r\n\r\n", 400, "three parts");
    refused("G(T / HTTP/1.1\r\nHost: r\r\n\r\n", 400, "is not an HTTP method");
    refused("GET http://evil.example/ HTTP/1.1\r\nHost: r\r\n\r\n", 400, "is not a path");
    refused("GET /a#b HTTP/1.1\r\nHost: r\r\n\r\n", 400, "no '#'");
    refused("GET /\xe2\x98\x85 HTTP/1.1\r\nHost: r\r\n\r\n", 400, "percent-encode");
    refused("GET / HTTP/2.0\r\nHost: r\r\n\r\n", 505, "send HTTP/1.1");
    refused("GET / SMTP/1.1\r\nHost: r\r\n\r\n", 400, "is not a protocol");
    refused("GET / http/1.1\r\nHost: r\r\n\r\n", 400, "is not a protocol");
}

TEST(HttpRequestHead, ManyFieldsAre431)
{
    QByteArray fields;
    for (int i = 0; i <= HttpRequestHead::maxFields; ++i)
        fields += "X-" + QByteArray::number(i) + ": v\r\n";
    refused("GET / HTTP/1.1\r\nHost: r\r\n" + fields + "\r\n", 431, "at most 100");
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
