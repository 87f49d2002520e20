#include "LoginServer.h"

#include "LoopbackServices.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace starmark::test {
namespace {

const QByteArray realm = "starmark-test";
const QByteArray nonce = "5f0e1c7a9b";

// Qt 6.4 has no QSslServer: with a certificate, each connection is encrypted as it comes in.
class TlsServer : public QTcpServer {
public:
    QSslCertificate certificate;
    QSslKey key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (certificate.isNull()) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto* socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray header(const QByteArray& request, const QByteArray& name)
{
    for (const QByteArray& line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool digestMatches(const QByteArray& authorization, const QString& password)
{
    QMap<QByteArray, QByteArray> p;
    static const QRegularExpression param(QStringLiteral("([a-z]+)=(\"([^\"]*)\"|[^,\\s]*)"));
    for (auto it = param.globalMatch(QString::fromLatin1(authorization.mid(7))); it.hasNext();) {
        const auto m = it.next();
        p.insert(m.captured(1).toLatin1(), (m.captured(3).isNull() ? m.captured(2) : m.captured(3)).toLatin1());
    }
    const auto md5 = [](const QByteArray& d) { return QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex(); };
    const QByteArray ha1 = md5(p.value("username") + ':' + realm + ':' + password.toUtf8());
    const QByteArray ha2 = md5("GET:" + p.value("uri"));
    return p.value("nonce") == nonce && p.value("username") == LoginServer::user.toUtf8()
        && p.value("response") == md5(ha1 + ':' + nonce + ':' + p.value("nc") + ':' + p.value("cnonce") + ":auth:" + ha2);
}

QByteArray response(const QByteArray& status, const QList<QByteArray>& headers, const QByteArray& body)
{
    // A Date, as every web server sends (nmap knows HTTP by it); the tests' instant, not the clock.
    QByteArray r = "HTTP/1.1 " + status + "\r\nDate: Sun, 22 Nov 2026 09:00:00 GMT\r\nServer: StarMarkTestLogin/1.0\r\nConnection: close\r\nContent-Type: text/html\r\n";
    for (const QByteArray& h : headers)
        r += h + "\r\n";
    return r + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

LoginServer::LoginServer(Config config)
    : m_config(config)
{
    if (m_config.tls)
        makeSelfSignedCertificate(m_certificate.path());
    start();
    m_listening.acquire();
}

LoginServer::~LoginServer()
{
    quit();
    wait();
}

QString LoginServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/%3").arg(m_config.tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port).arg(m_config.auth == Auth::Form ? QStringLiteral("login") : QString());
}

void LoginServer::run()
{
    TlsServer server;
    if (m_config.tls) {
        server.certificate = QSslCertificate(readAll(m_certificate.filePath(QStringLiteral("cert.pem"))));
        server.key = QSslKey(readAll(m_certificate.filePath(QStringLiteral("key.pem"))), QSsl::Rsa);
    }
    server.listen(QHostAddress::LocalHost, 0);
    m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto* buffer = new QByteArray;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || buffer->size() < end + 4 + header(*buffer, "content-length").toInt())
                    return;
                m_requests.fetchAndAddRelaxed(1);
                if (m_config.policy == Policy::Silent)
                    return;
                int delayMs = 0;
                const QByteArray reply = answer(*buffer, &delayMs);
                buffer->clear();
                QTimer::singleShot(delayMs, socket, [socket, reply] {
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
            });
        }
    });
    m_listening.release();
    exec();
}

QByteArray LoginServer::answer(const QByteArray& request, int* delayMs)
{
    const QByteArray authorization = header(request, "authorization");
    const QByteArray challenge = m_config.auth == Auth::Digest
        ? "WWW-Authenticate: Digest realm=\"" + realm + "\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce + "\", opaque=\"0a1b\""
        : "WWW-Authenticate: Basic realm=\"" + realm + "\"";
    bool attempted = true;
    bool right = false;
    switch (m_config.auth) {
    case Auth::Basic:
        attempted = authorization.startsWith("Basic ");
        right = QByteArray::fromBase64(authorization.mid(6)) == (user + QLatin1Char(':') + password).toUtf8();
        break;
    case Auth::Digest:
        attempted = authorization.startsWith("Digest ");
        right = attempted && digestMatches(authorization, password);
        break;
    case Auth::Form: {
        attempted = request.startsWith("POST ");
        const QUrlQuery form(QString::fromUtf8(request.mid(request.indexOf("\r\n\r\n") + 4)));
        right = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded) == user
            && form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded) == password;
        break;
    }
    }
    if (m_config.policy == Policy::Flood)
        return response("200 OK", {}, QByteArray(2 << 20, 'x'));
    if (!attempted) // a first visit, or the Digest client asking for its challenge
        return m_config.auth == Auth::Form ? response("200 OK", {}, "<form method=post action=/login></form>")
                                           : response("401 Unauthorized", {challenge}, "sign in");
    right = right || m_config.policy == Policy::AcceptsAny;
    if (m_config.policy == Policy::BackOff)
        *delayMs = std::max(0, m_failures - 1) * m_config.stepMs;
    const bool locked = m_config.policy == Policy::Lockout && m_failures >= m_config.lockAfter;
    if (right && !locked) {
        m_failures = 0;
        return m_config.auth == Auth::Form ? response("302 Found", {"Location: /home"}, {}) : response("200 OK", {}, "welcome");
    }
    if (!right && m_config.policy == Policy::Throttle && ++m_failures > m_config.lockAfter)
        return response("429 Too Many Requests", {"Retry-After: 30"}, "slow down");
    if (!right && m_config.policy != Policy::Throttle)
        ++m_failures;
    return m_config.auth == Auth::Form ? response("200 OK", {}, "<p>" + failureText.toUtf8() + "</p><form></form>")
                                       : response("401 Unauthorized", {challenge}, "refused");
}

} // namespace starmark::test
