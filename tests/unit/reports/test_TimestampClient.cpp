// The client against time-stamp authorities that lie, stall or are not who they should
// be: a double on loopback, in this thread (the client runs its own event loop), that
// answers what each test tells it to.
#include "ReportFixture.h"
#include "TimestampTokens.h"

#include "reports/DemoPki.h"
#include "reports/TimestampAuthority.h"
#include "reports/TimestampClient.h"
#include "reports/TimestampToken.h"

#include "TestClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <openssl/bn.h>
#include <openssl/ts.h>

#include <functional>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// Answers each request's body with what `answer` gives (a whole HTTP response); nothing: it never answers.
class TsaDouble : public QTcpServer {
public:
    std::function<QByteArray(const QByteArray& body)> answer;
    QByteArray lastBody;
    int connections = 0;

    TsaDouble() { listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(serverPort())); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto* buffer = new QByteArray;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype at = buffer->toLower().indexOf("content-length:");
            const qsizetype length = at < 0 ? 0 : buffer->mid(at + 15, buffer->indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            lastBody = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length); // a kept-alive connection brings the next request
            if (const QByteArray reply = answer(lastBody); !reply.isEmpty())
                socket->write(reply);
        });
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
    }
};

QByteArray http(const QByteArray& body, int status = 200, bool keepAlive = false)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/timestamp-reply\r\nContent-Length: "
        + QByteArray::number(body.size()) + (keepAlive ? "" : "\r\nConnection: close") + "\r\n\r\n" + body;
}

// The fixture's demo TSA, with a serial file of its own.
struct DemoTsa {
    QTemporaryDir dir;
    std::optional<TimestampAuthority> authority;
    DemoTsa()
    {
        const QString key = dir.filePath(QStringLiteral("tsa.key"));
        QFile::copy(ReportFixture::instance().pki(QStringLiteral("tsa.key")), key);
        authority.emplace(TimestampAuthority::open(key, ReportFixture::instance().pki(QStringLiteral("tsa.pem")), {}).take());
    }
    QByteArray respond(const QByteArray& query) { return authority->respond(query, testNow()); }
};

// `query` with its nonce replaced: the answer to another client's request.
QByteArray withNonce(const QByteArray& query, const QByteArray& nonce)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(query.constData());
    TS_REQ* request = d2i_TS_REQ(nullptr, &bytes, long(query.size()));
    BIGNUM* number = BN_bin2bn(reinterpret_cast<const unsigned char*>(nonce.constData()), int(nonce.size()), nullptr);
    ASN1_INTEGER* asn1 = BN_to_ASN1_INTEGER(number, nullptr);
    TS_REQ_set_nonce(request, asn1);
    unsigned char* der = nullptr;
    const int length = i2d_TS_REQ(request, &der);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    ASN1_INTEGER_free(asn1);
    BN_free(number);
    TS_REQ_free(request);
    return out;
}

const QByteArray value = "the CMS signature value";

QString codeOf(const Result<QByteArray>& r)
{
    return r.problems().isEmpty() ? QString() : r.problems().constFirst().code;
}

} // namespace

TEST(TimestampClient, BringsBackAGrantedTokenOverTheValueFromATrustedTsa)
{
    DemoTsa tsa;
    TsaDouble server;
    server.answer = [&](const QByteArray& body) { return http(tsa.respond(body)); };
    const Result<QByteArray> token = TimestampClient(server.url(), trustOf(QStringLiteral("ca.pem"))).stamp(value, testNow());
    ASSERT_TRUE(token) << describe(token.problems());
    const Result<TimestampToken> checked = TimestampToken::check(*token, value, trustOf(QStringLiteral("ca.pem")), testNow());
    ASSERT_TRUE(checked) << describe(checked.problems());
    EXPECT_EQ(checked->time(), testNow());
    // The query carried a nonce of 64 bits and asked for the TSA's certificate.
    const auto* bytes = reinterpret_cast<const unsigned char*>(server.lastBody.constData());
    TS_REQ* request = d2i_TS_REQ(nullptr, &bytes, long(server.lastBody.size()));
    ASSERT_NE(request, nullptr);
    EXPECT_NE(TS_REQ_get_nonce(request), nullptr);
    EXPECT_EQ(TS_REQ_get_cert_req(request), 1);
    TS_REQ_free(request);
}

TEST(TimestampClient, AConnectionKeptAcrossStampsCannotHandBackAnEarlierAnswer)
{
    DemoTsa tsa;
    TsaDouble server;
    QByteArray first;
    server.answer = [&](const QByteArray& body) {
        if (first.isEmpty())
            first = http(tsa.respond(body), 200, true);
        return first; // the second request gets the first one's token again
    };
    const TimestampClient client(server.url(), trustOf(QStringLiteral("ca.pem")));
    const Result<QByteArray> once = client.stamp(value, testNow());
    ASSERT_TRUE(once) << describe(once.problems());
    const Result<QByteArray> replayed = client.stamp(value, testNow());
    EXPECT_EQ(codeOf(replayed), QStringLiteral("timestamp.nonce-mismatch"));
    EXPECT_TRUE(hasErrors(replayed.problems()));
    EXPECT_EQ(server.connections, 1); // both went over the one connection

    server.answer = [&](const QByteArray& body) { return http(tsa.respond(body), 200, true); };
    const Result<QByteArray> again = client.stamp(value, testNow());
    ASSERT_TRUE(again) << describe(again.problems());
    EXPECT_NE(*again, *once);
}

TEST(TimestampClient, RefusesATokenOverAnotherValue)
{
    DemoTsa tsa;
    TsaDouble server;
    server.answer = [&](const QByteArray&) { return http(tsa.respond(TimestampClient::query("another value", "\x81").der)); };
    const Result<QByteArray> token = TimestampClient(server.url(), trustOf(QStringLiteral("ca.pem"))).stamp(value, testNow());
    EXPECT_EQ(codeOf(token), QStringLiteral("timestamp.imprint-mismatch"));
    EXPECT_TRUE(hasErrors(token.problems()));
}

TEST(TimestampClient, RefusesAnAnswerToAnotherRequest)
{
    DemoTsa tsa;
    TsaDouble server;
    server.answer = [&](const QByteArray& body) { return http(tsa.respond(withNonce(body, "\x81\x02\x03"))); };
    const Result<QByteArray> token = TimestampClient(server.url(), trustOf(QStringLiteral("ca.pem"))).stamp(value, testNow());
    EXPECT_EQ(codeOf(token), QStringLiteral("timestamp.nonce-mismatch"));
}

TEST(TimestampClient, RefusesATsaThatIsNotUnderTheTrustAnchors)
{
    DemoTsa tsa;
    TsaDouble server;
    server.answer = [&](const QByteArray& body) { return http(tsa.respond(body)); };
    QTemporaryDir other;
    QString error;
    ASSERT_TRUE(DemoPki::create(other.path(), testNow(), &error)) << error.toStdString();
    const std::optional<TrustAnchors> foreign = TrustAnchors::fromPaths({other.filePath(QStringLiteral("ca.pem"))}, &error);
    ASSERT_TRUE(foreign);
    const Result<QByteArray> token = TimestampClient(server.url(), *foreign).stamp(value, testNow());
    EXPECT_EQ(codeOf(token), QStringLiteral("timestamp.not-trusted"));
}

TEST(TimestampClient, ARefusalIsAnError)
{
    DemoTsa tsa;
    TsaDouble server;
    server.answer = [&](const QByteArray&) { return http(tsa.respond("garbage")); };
    const Result<QByteArray> token = TimestampClient(server.url(), trustOf(QStringLiteral("ca.pem"))).stamp(value, testNow());
    EXPECT_EQ(codeOf(token), QStringLiteral("timestamp.refused"));
}

TEST(TimestampClient, AStallingTsaIsBoundedInTime)
{
    TsaDouble server;
    server.answer = [](const QByteArray&) { return QByteArray(); };
    const TimestampClient client(server.url(), trustOf(QStringLiteral("ca.pem")), {300, 64 * 1024});
    QElapsedTimer clock;
    clock.start();
    const Result<QByteArray> token = client.stamp(value, testNow());
    EXPECT_EQ(codeOf(token), QStringLiteral("timestamp.timed-out"));
    EXPECT_TRUE(hasUnusable(token.problems()));
    EXPECT_LT(clock.elapsed(), 5000);
}

TEST(TimestampClient, AnOversizedAnswerIsBoundedInSize)
{
    TsaDouble server;
    server.answer = [](const QByteArray&) { return http(QByteArray(1024 * 1024, 'x')); };
    const Result<QByteArray> token = TimestampClient(server.url(), trustOf(QStringLiteral("ca.pem"))).stamp(value, testNow());
    EXPECT_EQ(codeOf(token), QStringLiteral("timestamp.response-too-large"));
}

TEST(TimestampClient, SaysWhenTheTsaCannotBeReachedOrFails)
{
    quint16 closed = 0;
    {
        TsaDouble gone;
        closed = gone.serverPort();
    }
    const TrustAnchors trust = trustOf(QStringLiteral("ca.pem"));
    const Result<QByteArray> unreachable
        = TimestampClient(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closed)), trust).stamp(value, testNow());
    EXPECT_EQ(codeOf(unreachable), QStringLiteral("timestamp.unreachable"));
    EXPECT_TRUE(hasUnusable(unreachable.problems()));
    TsaDouble server;
    server.answer = [](const QByteArray&) { return http("down for maintenance", 503); };
    EXPECT_EQ(codeOf(TimestampClient(server.url(), trust).stamp(value, testNow())), QStringLiteral("timestamp.http-error"));
    server.answer = [](const QByteArray&) { return http("<html>not a TSA</html>"); };
    EXPECT_EQ(codeOf(TimestampClient(server.url(), trust).stamp(value, testNow())), QStringLiteral("timestamp.malformed"));
    EXPECT_EQ(codeOf(TimestampClient(QUrl(QStringLiteral("ftp://127.0.0.1/")), trust).stamp(value, testNow())),
        QStringLiteral("timestamp.url-invalid"));
}
