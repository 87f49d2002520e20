// The registry's HTTP front as a hostile client tries it, against a real `starmark serve`
// on loopback: request smuggling heads, huge bodies, slow clients, connection floods,
// staff tokens in clear, HSTS over plain HTTP. Each attempt gets its 4xx with a message,
// the database is unchanged, and the server answers others meanwhile and afterwards.
#include "CliRunner.h"
#include "RunningRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// The server's limits, small enough for the tests to reach them in seconds.
const QStringList limitOptions{QStringLiteral("--max-body-mib"), QStringLiteral("512"), QStringLiteral("--header-timeout"),
    QStringLiteral("3"), QStringLiteral("--body-timeout"), QStringLiteral("3"), QStringLiteral("--idle-timeout"), QStringLiteral("2"),
    QStringLiteral("--max-connections-per-client"), QStringLiteral("8"), QStringLiteral("--max-connections"), QStringLiteral("400")};

// The peak resident memory of a process (VmHWM), in KiB.
qint64 peakMemoryKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// Pumps events until `done` or `ms` have passed; false on the timeout.
bool waitUntil(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

// What the server sends until it closes the connection (or `ms` pass).
QByteArray readUntilClosed(QTcpSocket& socket, int ms)
{
    QByteArray answer;
    waitUntil(
        [&] {
            answer += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState;
        },
        ms);
    return answer;
}

std::unique_ptr<QTcpSocket> connectFrom(const QString& source, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!source.isEmpty())
        socket->bind(QHostAddress(source));
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    EXPECT_TRUE(socket->waitForConnected(5000)) << source.toStdString() << ": " << socket->errorString().toStdString();
    return socket;
}

// A client that opens a request and never finishes its head (slowloris).
std::unique_ptr<QTcpSocket> slowClient(const QString& source, quint16 port)
{
    std::unique_ptr<QTcpSocket> socket = connectFrom(source, port);
    socket->write("GET /api/v1/revocations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    socket->waitForBytesWritten(2000);
    return socket;
}

// A client the server has certainly accepted and counted: it was answered once, and keeps its connection open.
std::unique_ptr<QTcpSocket> heldClient(const QString& source, quint16 port)
{
    std::unique_ptr<QTcpSocket> socket = connectFrom(source, port);
    socket->write("GET /api/v1/revocations HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    EXPECT_TRUE(waitUntil(
        [&] {
            answer += socket->readAll();
            return answer.endsWith("}");
        },
        5000))
        << answer.toStdString();
    return socket;
}

int statusOf(const QByteArray& answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// The {"error": {…}} of a raw answer.
QJsonObject errorOf(const QByteArray& answer)
{
    const qsizetype body = answer.indexOf("\r\n\r\n");
    return QJsonDocument::fromJson(body < 0 ? QByteArray() : answer.sliced(body + 4)).object().value(QStringLiteral("error")).toObject();
}

struct Flooded {
    int status = 0;
    QByteArray answer;
    qint64 sent = 0;
};

// `clients` connections at once, each sending `head` and then up to `bodyBytes` of body as
// fast as the server takes it, until the server answers and closes; at most 60 s in all.
std::vector<Flooded> flood(int clients, quint16 port, const QByteArray& head, qint64 bodyBytes)
{
    const QByteArray chunk(1024 * 1024, 'x');
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<Flooded> results(clients);
    for (int i = 0; i < clients; ++i) {
        sockets.push_back(connectFrom({}, port));
        sockets.back()->write(head);
    }
    const auto pump = [&] {
        bool allDone = true;
        for (int i = 0; i < clients; ++i) {
            QTcpSocket& s = *sockets[i];
            results[i].answer += s.readAll();
            if (s.state() != QAbstractSocket::ConnectedState)
                continue;
            allDone = false;
            if (results[i].answer.isEmpty() && results[i].sent < bodyBytes && s.bytesToWrite() < 2 * chunk.size()) {
                const qint64 n = std::min<qint64>(chunk.size(), bodyBytes - results[i].sent);
                s.write(chunk.constData(), n);
                results[i].sent += n;
            }
        }
        return allDone;
    };
    EXPECT_TRUE(waitUntil(pump, 60000)) << "the server neither answered nor closed within 60 s";
    for (Flooded& r : results)
        r.status = statusOf(r.answer);
    return results;
}

class ServeHttp : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        registry = new RunningRegistry(dir->path(), {}, limitOptions);
        const HttpReply r = registry->submit(registry->report);
        ASSERT_EQ(r.status, 201) << r.text().toStdString();
        registration = r.json().value(QStringLiteral("registration")).toString().toLatin1();
    }
    static void TearDownTestSuite()
    {
        delete registry;
        delete dir;
    }

    // The attempt got `status` with an error of `code` and a message; nothing changed; the server still answers.
    static void refused(int status, const QByteArray& answer, const char* code, const QByteArray& before)
    {
        EXPECT_EQ(statusOf(answer), status) << answer.left(2000).toStdString();
        const QJsonObject error = errorOf(answer);
        EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QLatin1String(code)) << answer.left(2000).toStdString();
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty()) << answer.left(2000).toStdString();
        EXPECT_EQ(registry->fingerprint(), before) << "the database changed";
        EXPECT_EQ(registry->get("/api/v1/labels/" + registration).status, 200) << "the server stopped answering";
    }
    static QByteArray rawAnswer(const QByteArray& request)
    {
        std::unique_ptr<QTcpSocket> socket = connectFrom({}, registry->port);
        socket->write(request);
        QByteArray answer = readUntilClosed(*socket, 10000);
        return answer + socket->readAll();
    }
    static QByteArray staffPost(const QByteArray& fields, const QByteArray& body = {})
    {
        return "POST /api/v1/labels/" + registration + "/revoke HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + registry->bearer() + fields + "\r\n" + body;
    }

    static inline QTemporaryDir* dir = nullptr;
    static inline RunningRegistry* registry = nullptr;
    static inline QByteArray registration;
};

} // namespace

TEST_F(ServeHttp, FramingThatTwoParsersCouldReadDifferentlyIsRefused)
{
    const QByteArray before = registry->fingerprint();
    const QByteArray body = R"({"reason":"smuggled"})";
    refused(400, rawAnswer(staffPost("Content-Length: -5\r\n", body)), "http.bad-content-length", before);
    refused(400, rawAnswer(staffPost("Content-Length: abc\r\n", body)), "http.bad-content-length", before);
    refused(400, rawAnswer(staffPost("Content-Length: 21\r\nContent-Length: 5\r\n", body)), "http.content-length-count", before);
    refused(400, rawAnswer(staffPost("Content-Length: 100000000000000000000\r\n", body)), "http.bad-content-length", before);
    refused(400, rawAnswer(staffPost("Content-Length: 21\r\nTransfer-Encoding: chunked\r\n", "15\r\n" + body + "\r\n0\r\n\r\n")),
        "http.length-and-encoding", before);
    refused(411, rawAnswer(staffPost("Transfer-Encoding: chunked\r\n", "15\r\n" + body + "\r\n0\r\n\r\n")), "http.transfer-encoding", before);
    refused(400, rawAnswer(staffPost("Content-Length : 21\r\n", body)), "http.bad-header-line", before);
    refused(400, rawAnswer("GET /api/v1/revocations HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), "http.host-count", before);
    refused(505, rawAnswer("GET /api/v1/revocations HTTP/2.0\r\nHost: a\r\n\r\n"), "http.unsupported-version", before);
}

TEST_F(ServeHttp, AWrongTokenIsRefusedBeforeTheBodyIsAskedFor)
{
    const QByteArray before = registry->fingerprint();
    std::unique_ptr<QTcpSocket> socket = connectFrom({}, registry->port);
    socket->write("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\nContent-Length: 300000\r\n"
                  "Expect: 100-continue\r\nAuthorization: Bearer smk_wrong\r\n\r\n");
    QByteArray answer = readUntilClosed(*socket, 10000);
    refused(401, answer, "registry.unauthorized", before);
    EXPECT_FALSE(answer.contains("100 Continue")) << "the body was asked for";

    // With the right token the body is asked for, as curl expects for a large upload, and then read.
    std::unique_ptr<QTcpSocket> staff = connectFrom({}, registry->port);
    staff->write("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\nContent-Length: 5\r\n"
                 "Expect: 100-continue\r\n"
        + registry->bearer() + "\r\n");
    QByteArray continued;
    ASSERT_TRUE(waitUntil(
        [&] {
            continued += staff->readAll();
            return continued.contains("\r\n\r\n");
        },
        5000));
    EXPECT_EQ(continued, "HTTP/1.1 100 Continue\r\n\r\n");
    staff->write("hello");
    QByteArray final;
    waitUntil(
        [&] {
            final += staff->readAll();
            return final.contains("}");
        },
        5000);
    refused(400, final, "registry.not-a-pdf", before);
}

TEST_F(ServeHttp, FourHugeBodiesWithAWrongTokenLeaveTheServersMemoryFlat)
{
    const QByteArray before = registry->fingerprint();
    const qint64 peakBefore = peakMemoryKib(registry->pid());
    ASSERT_GT(peakBefore, 0);
    const qint64 size = 300LL * 1024 * 1024;
    const std::vector<Flooded> wrongToken = flood(4, registry->port,
        "POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\nAuthorization: Bearer smk_wrong\r\n"
        "Content-Length: "
            + QByteArray::number(size) + "\r\n\r\n",
        size);
    // Within the 512 MiB the server takes, but over 600 MiB: refused on its length alone, whoever sends it.
    const qint64 tooLarge = 600LL * 1024 * 1024;
    const std::vector<Flooded> tooLong = flood(4, registry->port,
        "POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\n" + registry->bearer()
            + "Content-Length: " + QByteArray::number(tooLarge) + "\r\n\r\n",
        tooLarge);
    // Nor is a body read that no route takes: anyone may send one with a GET.
    const std::vector<Flooded> unwanted = flood(4, registry->port,
        "GET /api/v1/labels/" + registration + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n",
        size);
    const qint64 growth = peakMemoryKib(registry->pid()) - peakBefore;
    std::cout << "peak RSS (VmHWM) before " << peakBefore << " KiB, growth " << growth << " KiB; bytes sent before the answer:";
    for (const Flooded& f : wrongToken)
        std::cout << ' ' << f.sent;
    std::cout << '\n';
    EXPECT_LT(growth, 64 * 1024) << "the server buffered the bodies";
    for (const Flooded& f : wrongToken)
        refused(401, f.answer, "registry.unauthorized", before);
    for (const Flooded& f : tooLong)
        refused(413, f.answer, "http.body-too-large", before);
    for (const Flooded& f : unwanted) {
        EXPECT_EQ(f.status, 200) << f.answer.left(2000).toStdString();
        EXPECT_TRUE(f.answer.contains("Connection: close\r\n")) << "the unread body cannot be told from a next request";
    }
}

TEST_F(ServeHttp, TwoHundredSlowClientsDoNotStarveANormalRequestAndAreCutOffAtTheHeadTimeout)
{
    const QByteArray before = registry->fingerprint();
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 1; i <= 200; ++i) // one address each, so that none meets the cap per client
        slow.push_back(slowClient(QStringLiteral("127.0.1.%1").arg(i), registry->port));
    QElapsedTimer timer;
    timer.start();
    const HttpReply normal = registry->get("/api/v1/labels/" + registration);
    const qint64 took = timer.elapsed();
    std::cout << "a normal GET beside 200 slow clients took " << took << " ms\n";
    EXPECT_EQ(normal.status, 200) << normal.text().toStdString();
    EXPECT_LT(took, 1000);
    QCoreApplication::processEvents();
    EXPECT_TRUE(std::all_of(slow.begin(), slow.end(), [](const auto& s) { return s->state() == QAbstractSocket::ConnectedState; }))
        << "slow clients within the caps are held, not refused";

    std::vector<QByteArray> answers(slow.size());
    const bool allClosed = waitUntil(
        [&] {
            bool all = true;
            for (std::size_t i = 0; i < slow.size(); ++i) {
                answers[i] += slow[i]->readAll();
                all = all && slow[i]->state() != QAbstractSocket::ConnectedState;
            }
            return all;
        },
        10000);
    EXPECT_GE(timer.elapsed(), 2000) << "cut off before the head timeout of 3 s";
    EXPECT_TRUE(allClosed) << "slow clients are still connected 10 s on";
    for (const QByteArray& a : answers)
        EXPECT_TRUE(statusOf(a) == 408 && errorOf(a).value(QStringLiteral("code")) == QLatin1String("http.head-timeout")) << a.toStdString();
    EXPECT_EQ(registry->fingerprint(), before);
}

TEST_F(ServeHttp, OneClientHoldsNoMoreThanItsShareOfConnections)
{
    const QByteArray before = registry->fingerprint();
    const QString flooder = QStringLiteral("127.0.0.5");
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 8; ++i)
        held.push_back(heldClient(flooder, registry->port));
    std::unique_ptr<QTcpSocket> ninth = connectFrom(flooder, registry->port);
    QByteArray answer = readUntilClosed(*ninth, 5000);
    refused(503, answer, "http.client-full", before);
    EXPECT_EQ(registry->get("/api/v1/revocations").status, 200) << "another client is served meanwhile";

    held.front()->abort();
    bool servedAgain = false;
    waitUntil(
        [&] {
            std::unique_ptr<QTcpSocket> again = connectFrom(flooder, registry->port);
            again->write("GET /api/v1/revocations HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            QByteArray reply = readUntilClosed(*again, 3000);
            servedAgain = statusOf(reply) == 200;
            return servedAgain;
        },
        5000);
    EXPECT_TRUE(servedAgain) << "a connection closed frees its slot";
}

TEST_F(ServeHttp, ABodyThatStallsIsCutOffAtTheBodyTimeout)
{
    const QByteArray before = registry->fingerprint();
    std::unique_ptr<QTcpSocket> socket = connectFrom({}, registry->port);
    socket->write(staffPost("Content-Length: 100\r\n", R"({"reason":)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray answer = readUntilClosed(*socket, 10000);
    EXPECT_GE(timer.elapsed(), 2500);
    refused(408, answer, "http.body-timeout", before);
}

TEST_F(ServeHttp, KeptAliveConnectionsServePipelinedRequestsAndCloseWhenIdle)
{
    std::unique_ptr<QTcpSocket> socket = connectFrom({}, registry->port);
    socket->write("GET /api/v1/revocations HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nHEAD /api/v1/labels/" + registration
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /api/v1/issuer-key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answers;
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(waitUntil(
        [&] {
            answers += socket->readAll();
            return answers.contains("-----END PUBLIC KEY-----");
        },
        5000))
        << answers.toStdString();
    EXPECT_EQ(answers.count("HTTP/1.1 200 OK\r\n"), 3) << answers.toStdString();
    EXPECT_FALSE(answers.contains("Connection: close"));
    timer.restart();
    EXPECT_TRUE(waitUntil([&] { return socket->state() != QAbstractSocket::ConnectedState; }, 6000)) << "an idle connection stays open";
    EXPECT_GE(timer.elapsed(), 1500) << "closed before the idle timeout of 2 s";
}

// Errors are told by code, in the client's language: a Japanese phone gets Japanese, an
// English browser English, anyone else the scheme's Japanese; the status follows the code.
TEST_F(ServeHttp, ApiErrorsCarryACodeAndAMessageInTheClientsLanguage)
{
    const QByteArray before = registry->fingerprint();
    const auto error = [](const HttpReply& r) { return r.json().value(QStringLiteral("error")).toObject(); };

    const HttpReply ja = registry->get("/api/v1/labels/JCS-26-999999", "Accept-Language: ja-JP,ja;q=0.9\r\n");
    EXPECT_EQ(ja.status, 404) << ja.text().toStdString();
    EXPECT_EQ(error(ja).value(QStringLiteral("code")).toString(), QStringLiteral("registry.not-registered"));
    EXPECT_EQ(error(ja).value(QStringLiteral("message")).toString(), QStringLiteral("JCS-26-999999 は登録されていません"));
    EXPECT_EQ(error(ja).value(QStringLiteral("where")).toString(), QString());
    EXPECT_EQ(ja.headers.value("content-language"), "ja");

    const HttpReply en = registry->get("/api/v1/labels/JCS-26-999999", "Accept-Language: fr, en-GB;q=0.8, ja;q=0.1\r\n");
    EXPECT_EQ(en.status, 404);
    EXPECT_EQ(error(en).value(QStringLiteral("code")).toString(), QStringLiteral("registry.not-registered"));
    EXPECT_EQ(error(en).value(QStringLiteral("message")).toString(), QStringLiteral("JCS-26-999999 is not registered"));
    EXPECT_EQ(en.headers.value("content-language"), "en");

    for (const QByteArray& other : {QByteArray(), QByteArray("Accept-Language: fr\r\n"), QByteArray("Accept-Language: ;;;q=zz\r\n")}) {
        const HttpReply r = registry->get("/api/v1/labels/JCS-26-999999", other);
        EXPECT_EQ(error(r).value(QStringLiteral("message")).toString(), QStringLiteral("JCS-26-999999 は登録されていません"))
            << "Japanese by default: " << other.toStdString();
    }

    // The status comes from the code, whatever the language of the words.
    const HttpReply unauthorizedJa = registry->post("/api/v1/submissions", "%PDF-", "application/pdf", "Accept-Language: ja\r\n");
    const HttpReply unauthorizedEn = registry->post("/api/v1/submissions", "%PDF-", "application/pdf", "Accept-Language: en\r\n");
    for (const HttpReply* r : {&unauthorizedJa, &unauthorizedEn}) {
        EXPECT_EQ(r->status, 401) << r->text().toStdString();
        EXPECT_EQ(error(*r).value(QStringLiteral("code")).toString(), QStringLiteral("registry.unauthorized"));
        EXPECT_EQ(error(*r).value(QStringLiteral("where")).toString(), QStringLiteral("Authorization"));
    }
    EXPECT_TRUE(error(unauthorizedJa).value(QStringLiteral("message")).toString().startsWith(QStringLiteral("職員トークンが必要です")))
        << unauthorizedJa.text().toStdString();
    EXPECT_TRUE(error(unauthorizedEn).value(QStringLiteral("message")).toString().startsWith(QStringLiteral("this needs a staff token")));

    const HttpReply badNumber = registry->get("/api/v1/labels/JCS-26-0001", "Accept-Language: ja\r\n");
    EXPECT_EQ(badNumber.status, 400);
    EXPECT_EQ(error(badNumber).value(QStringLiteral("code")).toString(), QStringLiteral("registry.bad-registration-number"));
    EXPECT_TRUE(error(badNumber).value(QStringLiteral("message")).toString().contains(QStringLiteral("登録番号ではありません")));

    // Refused by the HTTP front on the head alone, before any handler: its language all the same.
    for (const auto& [language, says] : {std::pair<QByteArray, QString>("en", QStringLiteral("the body is larger than the 512 MiB")),
             std::pair<QByteArray, QString>("ja", QStringLiteral("本文が登録システムの受け付ける 512 MiB を超えています"))}) {
        std::unique_ptr<QTcpSocket> socket = connectFrom({}, registry->port);
        socket->write("POST /api/v1/submissions HTTP/1.1\r\nHost: r\r\nAccept-Language: " + language
            + "\r\nContent-Type: application/pdf\r\nContent-Length: 999999999999\r\n\r\n");
        const QByteArray answer = readUntilClosed(*socket, 10000) + socket->readAll();
        EXPECT_EQ(statusOf(answer), 413) << answer.toStdString();
        EXPECT_EQ(errorOf(answer).value(QStringLiteral("code")).toString(), QStringLiteral("http.body-too-large"));
        EXPECT_TRUE(errorOf(answer).value(QStringLiteral("message")).toString().startsWith(says)) << answer.toStdString();
    }
    EXPECT_EQ(registry->fingerprint(), before) << "an error changes nothing";
}

// The page's texts come from the one translation mechanism, served to scripts in the language asked for.
TEST_F(ServeHttp, ThePagesTextsAreServedInTheLanguageAskedFor)
{
    const HttpReply ja = registry->get("/strings.json?lang=ja");
    ASSERT_EQ(ja.status, 200) << ja.text().toStdString();
    EXPECT_EQ(ja.json().value(QStringLiteral("title")).toString(), QStringLiteral("製品セキュリティラベル"));
    EXPECT_EQ(ja.json().value(QStringLiteral("status.revoked")).toString(), QStringLiteral("取り消し済み"));
    EXPECT_EQ(ja.json().value(QStringLiteral("other_language")).toString(), QStringLiteral("English"));
    const HttpReply en = registry->get("/strings.json", "Accept-Language: en-US,en;q=0.9\r\n");
    EXPECT_EQ(en.json().value(QStringLiteral("title")).toString(), QStringLiteral("Product security label"));
    EXPECT_EQ(en.json().value(QStringLiteral("other_language")).toString(), QStringLiteral("日本語"));
    EXPECT_EQ(en.json().keys(), ja.json().keys()) << "the same texts in both languages";
    EXPECT_EQ(en.headers.value("vary"), "Accept-Language");
    const HttpReply fallback = registry->get("/strings.json", "Accept-Language: de\r\n");
    EXPECT_EQ(fallback.json(), ja.json()) << "Japanese unless English is asked for";
    const HttpReply posted = registry->post("/strings.json", "{}", "application/json", {});
    EXPECT_EQ(posted.status, 405);
    EXPECT_EQ(posted.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("http.method-not-allowed"));
}

TEST_F(ServeHttp, TheBearerSchemeIsCaseInsensitive)
{
    const HttpReply lower = registry->post(
        "/api/v1/submissions", [] {
            QFile pdf(registry->anotherReport());
            return pdf.open(QIODevice::ReadOnly) ? pdf.readAll() : QByteArray();
        }(),
        "application/pdf", "authorization: bearer " + registry->token.toLatin1() + "\r\n");
    ASSERT_EQ(lower.status, 201) << lower.text().toStdString();
    const QByteArray other = lower.json().value(QStringLiteral("registration")).toString().toLatin1();
    const HttpReply upper = registry->post(
        "/api/v1/labels/" + other + "/revoke", R"({"reason":"test"})", "application/json", "Authorization: BEARER " + registry->token.toLatin1() + "\r\n");
    EXPECT_EQ(upper.status, 200) << upper.text().toStdString();
    EXPECT_TRUE(upper.json().contains(QStringLiteral("revoked_at"))) << upper.text().toStdString();
    const QByteArray before = registry->fingerprint();
    refused(401,
        rawAnswer("POST /api/v1/labels/" + registration
            + "/revoke HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
              "Authorization: bearer smk_wrong\r\n\r\n{}"),
        "registry.unauthorized", before);
}

TEST_F(ServeHttp, NoHstsOverPlainHttpAndStaffFromLoopbackOnlyIsSaidAtStart)
{
    EXPECT_TRUE(registry->started.contains(
        QStringLiteral("staff requests (POST): from loopback clients only, since there is no --tls-cert and no --behind-proxy\n")))
        << registry->started.toStdString();
    EXPECT_TRUE(registry->started.contains(QStringLiteral("timeouts head 3 s / body 3 s / idle 2 s, 400 connections (8 per client)")))
        << registry->started.toStdString();
    const HttpReply plain = registry->get("/l/" + registration);
    EXPECT_EQ(plain.status, 200);
    EXPECT_FALSE(plain.headers.contains("strict-transport-security"));
    EXPECT_EQ(plain.headers.value("x-content-type-options"), "nosniff") << "the other security headers stay";
    const HttpReply claimed = registry->get("/l/" + registration, "X-Forwarded-Proto: https\r\n");
    EXPECT_FALSE(claimed.headers.contains("strict-transport-security")) << "a client's say-so is no TLS without --behind-proxy";
}

TEST(ServeOptions, BadLimitsAndTlsFilesAreUsageErrors)
{
    const CliResult alone = runStarmark({QStringLiteral("serve"), QStringLiteral("--tls-cert"), QStringLiteral("cert.pem")});
    EXPECT_EQ(alone.code, 2);
    EXPECT_TRUE(alone.err.contains(QStringLiteral("--tls-cert and --tls-key go together"))) << alone.err.toStdString();
    const CliResult zero = runStarmark({QStringLiteral("serve"), QStringLiteral("--header-timeout"), QStringLiteral("0")});
    EXPECT_EQ(zero.code, 2);
    EXPECT_TRUE(zero.err.contains(QStringLiteral("--header-timeout takes 1 to 3600"))) << zero.err.toStdString();
    QTemporaryDir dir;
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), dir.path()}).code, 0);
    const CliResult notAKey = runStarmark({QStringLiteral("serve"), QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("ca.pem")),
        QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("ca.pem"))});
    EXPECT_EQ(notAKey.code, 2);
    EXPECT_TRUE(notAKey.err.contains(QStringLiteral("ca.pem: not a PEM private key"))) << notAKey.err.toStdString();
    const CliResult mismatched = runStarmark({QStringLiteral("serve"), QStringLiteral("--tls-cert"),
        dir.filePath(QStringLiteral("manufacturer.pem")), QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("lab.key"))});
    EXPECT_EQ(mismatched.code, 2);
    EXPECT_TRUE(mismatched.err.contains(QStringLiteral("manufacturer.pem is not the certificate of the key"))) << mismatched.err.toStdString();
    const CliResult notACert = runStarmark({QStringLiteral("serve"), QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("ca.key")),
        QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("ca.key"))});
    EXPECT_EQ(notACert.code, 2);
    EXPECT_TRUE(notACert.err.contains(QStringLiteral("ca.key: no PEM certificate in this file"))) << notACert.err.toStdString();
    const QString encrypted = dir.filePath(QStringLiteral("encrypted.key"));
    ASSERT_EQ(runTool(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), dir.filePath(QStringLiteral("lab.key")),
                                                     QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:secret"),
                                                     QStringLiteral("-out"), encrypted})
                  .code,
        0);
    const CliResult locked = runStarmark({QStringLiteral("serve"), QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("lab.pem")),
        QStringLiteral("--tls-key"), encrypted});
    EXPECT_EQ(locked.code, 2);
    EXPECT_TRUE(locked.err.contains(QStringLiteral("encrypted.key is encrypted: the server starts unattended"))) << locked.err.toStdString();
    const CliResult files = runStarmark({QStringLiteral("serve"), QStringLiteral("--max-connections"), QStringLiteral("1000")}, [] {
        const rlimit few{500, 500};
        setrlimit(RLIMIT_NOFILE, &few);
    });
    EXPECT_EQ(files.code, 2);
    EXPECT_TRUE(files.err.contains(QStringLiteral("--max-connections 1000 needs 1064 open files, and this system allows 500 (ulimit -n)")))
        << files.err.toStdString();
}

TEST(ServeCaps, TheTotalCapHoldsAcrossClients)
{
    QTemporaryDir dir;
    RunningRegistry registry(dir.path(), {}, {QStringLiteral("--max-connections"), QStringLiteral("4")});
    const QByteArray before = registry.fingerprint();
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 1; i <= 4; ++i)
        held.push_back(heldClient(QStringLiteral("127.0.2.%1").arg(i), registry.port));
    std::unique_ptr<QTcpSocket> fifth = connectFrom(QStringLiteral("127.0.2.5"), registry.port);
    QByteArray answer = readUntilClosed(*fifth, 5000);
    EXPECT_EQ(statusOf(answer), 503) << answer.toStdString();
    EXPECT_EQ(errorOf(answer).value(QStringLiteral("code")).toString(), QStringLiteral("http.server-full")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("Retry-After: 1\r\n"));
    held.clear();
    EXPECT_TRUE(waitUntil([&] { return registry.get("/api/v1/revocations").status == 200; }, 5000)) << "the slots come back";
    EXPECT_EQ(registry.fingerprint(), before);
}

// Over TLS (the demo PKI's manufacturer certificate stands in for a server certificate:
// the client here checks the server's behaviour, not its name).
TEST(ServeTls, StaffRequestsAndHstsOverTlsAndNothingOverPlainHttp)
{
    QTemporaryDir dir;
    const QString pki = dir.filePath(QStringLiteral("pki"));
    RunningRegistry registry(dir.path(), {},
        {QStringLiteral("--tls-cert"), pki + QStringLiteral("/manufacturer.pem"), QStringLiteral("--tls-key"),
            pki + QStringLiteral("/manufacturer.key")});
    ASSERT_TRUE(registry.started.contains(QStringLiteral("listening on https://127.0.0.1:"))) << registry.started.toStdString();
    EXPECT_TRUE(registry.started.contains(QStringLiteral("staff requests (POST): over TLS, from any client")));

    const auto overTls = [&](const QByteArray& request) {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), registry.port);
        EXPECT_TRUE(socket.waitForEncrypted(10000)) << socket.errorString().toStdString();
        socket.write(request);
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        return answer + socket.readAll();
    };
    QFile pdf(registry.report);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray report = pdf.readAll();
    const QByteArray published = overTls("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + registry.bearer()
        + "Content-Type: application/pdf\r\nContent-Length: " + QByteArray::number(report.size()) + "\r\n\r\n" + report);
    EXPECT_EQ(statusOf(published), 201) << published.left(3000).toStdString();
    EXPECT_TRUE(published.contains("Strict-Transport-Security: max-age=31536000\r\n")) << published.left(3000).toStdString();
    const QByteArray page = overTls("GET /api/v1/revocations HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(statusOf(page), 200);
    EXPECT_TRUE(page.contains("Strict-Transport-Security: max-age=31536000\r\n"));

    const QByteArray before = registry.fingerprint();
    const HttpReply plain = registry.get("/api/v1/revocations");
    EXPECT_EQ(plain.status, 0) << "plain HTTP got an HTTP answer from the TLS port";
    EXPECT_EQ(registry.fingerprint(), before);
}

// A client that is not on loopback, for real: in a network namespace of its own (unshare,
// no privileges needed), the server listens on a documentation address there, and curl
// posts from that same address. Nothing leaves the namespace.
TEST_F(ServeHttp, StaffRequestsFromANonLoopbackClientOverPlainHttpAreRefused)
{
    if (runTool(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("true")}).code != 0)
        GTEST_SKIP() << "this machine allows no unprivileged network namespace (unshare -rn)";
    const QByteArray before = registry->fingerprint();
    const QString script = QStringLiteral(R"(
set -e
export STARMARK_CATALOGS="$8"
ip link set lo up
ip addr add 198.51.100.10/32 dev lo
for proxy in "" --behind-proxy; do
  "$1" serve --db "$2" --listen 198.51.100.10 --port 0 --threads 1 --issuer-key "$3" --trust "$4" $proxy >"$6/out" 2>&1 &
  pid=$!
  for i in $(seq 100); do grep -q '^limits' "$6/out" && break; sleep 0.1; done
  cat "$6/out"
  port=$(grep -o '198.51.100.10:[0-9]*' "$6/out" | cut -d: -f2)
  for token in "$5" smk_wrong; do
    curl -s --max-time 10 -o "$6/post" -w "post$proxy %{http_code} " -X POST -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/pdf' --data-binary @"$7" "http://198.51.100.10:$port/api/v1/submissions"
    cat "$6/post"; echo
  done
  curl -s --max-time 10 -o /dev/null -w "get$proxy %{http_code}\n" "http://198.51.100.10:$port/api/v1/revocations"
  kill $pid; wait $pid || true
done
)");
    const CliResult r = runTool(QStringLiteral("unshare"),
        {QStringLiteral("-rn"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), QStringLiteral(STARMARK_BINARY),
            registry->database, registry->pki + QStringLiteral("/label-issuer.key"), registry->pki + QStringLiteral("/ca.pem"),
            registry->token, dir->path(), registry->report, shippedCatalogs()});
    const std::string said = r.out.toStdString();
    EXPECT_EQ(r.code, 0) << said;
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "staff requests (POST): from loopback clients only, since there is no --tls-cert and no --behind-proxy (clients reaching "
        "198.51.100.10 from elsewhere get 403 on them)")))
        << said;
    EXPECT_EQ(r.out.count(QStringLiteral("post 403 {\"error\":{\"code\":\"registry.forbidden\",")), 2)
        << "the token, right or wrong, is refused: " << said;
    EXPECT_TRUE(r.out.contains(QStringLiteral("get 200"))) << "consumers are served from anywhere: " << said;
    // Behind a proxy the same client reaches the token check: the rule, not the network, refused it above.
    EXPECT_TRUE(r.out.contains(QStringLiteral("post--behind-proxy 401"))) << said;
    EXPECT_TRUE(r.out.contains(QStringLiteral("post--behind-proxy 409"))) << "the right token, a report already registered: " << said;
    EXPECT_EQ(registry->fingerprint(), before);
}
