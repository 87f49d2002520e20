#include "ServeCommand.h"

#include "CommandLine.h"
#include "ConnectionQuota.h"
#include "HttpListener.h"
#include "RegistryOptions.h"
#include "RegistryServer.h"
#include "ShareLocation.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/LabelIssuer.h"
#include "labels/registry/RegistryPage.h"
#include "labels/registry/RegistryStore.h"
#include "reports/SigningIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QSemaphore>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace starmark {
namespace {

// A listening socket that others may share (SO_REUSEPORT): one per thread on the same
// port, and the kernel spreads connections over them, since one listener runs on one thread.
int listeningSocket(const QHostAddress& address, quint16 port, QString* problem)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int on = 1;
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &bytes, sizeof bytes);
        length = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *a;
    }
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0
        || setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0 || bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0
        || listen(fd, 1024) != 0) {
        *problem = QStringLiteral("cannot listen on %1 port %2 (%3): choose another --port or --listen")
                       .arg(address.toString())
                       .arg(port)
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

quint16 portOf(int fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length);
    return ntohs(storage.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port
                                               : reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
}

// The server's certificate chain and its unencrypted private key (PEM), as TLS 1.2 or later.
std::optional<QSslConfiguration> tlsConfiguration(const QString& certPath, const QString& keyPath, QString* problem)
{
    if (!QSslSocket::supportsSsl()) {
        *problem = QStringLiteral("this Qt has no TLS backend (%1): serve behind a TLS proxy with --behind-proxy instead")
                       .arg(QSslSocket::activeBackend());
        return std::nullopt;
    }
    if (SigningIdentity::needsPassphrase(keyPath)) {
        *problem = QStringLiteral("--tls-key %1 is encrypted: the server starts unattended, so give it the key decrypted, readable by "
                                  "the server's user alone")
                       .arg(keyPath);
        return std::nullopt;
    }
    if (!SigningIdentity::load(keyPath, certPath, {}, {}, problem)) // both readable, and one the other's
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    QFile keyFile(keyPath);
    const QByteArray pem = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (chain.isEmpty() || key.isNull()) {
        *problem = QStringLiteral("--tls-key %1: TLS here takes an EC or RSA key (PEM)").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

// How many of `wanted` connections the open-file limit leaves room for, besides the listeners and
// the databases; the soft limit is raised first as far as the hard one allows, since a server out
// of descriptors accepts no one.
int connectionsAllowed(int wanted)
{
    constexpr rlim_t reserve = 64;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= rlim_t(wanted) + reserve)
        return wanted;
    limit.rlim_cur = std::min(rlim_t(wanted) + reserve, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur > reserve ? int(std::min(rlim_t(wanted), limit.rlim_cur - reserve)) : 0;
}

int addToken(CommandLine& cli, const RegistryLocation& location, const QString& staff)
{
    const Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(location, Clock::system());
    if (!store)
        return cli.report(store.problems());
    const Result<QString> token = (*store)->addStaffToken(staff, CommandLine::currentUser());
    if (!token)
        return cli.report(token.problems());
    cli.out() << *token << '\n';
    cli.err() << QStringLiteral("staff token for %1 added to %2; it is shown only now (the registry keeps its SHA-256)\n")
                     .arg(staff, location.display());
    return ExitOk;
}

int listTokens(CommandLine& cli, const RegistryLocation& location)
{
    const Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(location, Clock::system());
    if (!store)
        return cli.report(store.problems());
    const Result<QList<RegistryStore::StaffToken>> tokens = (*store)->staffTokens();
    if (!tokens)
        return cli.report(tokens.problems());
    for (const RegistryStore::StaffToken& t : *tokens)
        cli.out() << QStringLiteral("%1  %2  sha256 %3…\n").arg(t.createdAt.toString(Qt::ISODate), t.staff, t.fingerprint);
    cli.out() << QStringLiteral("%1 staff token(s) in %2\n").arg(tokens->size()).arg(location.display());
    return ExitOk;
}

int revokeTokens(CommandLine& cli, const RegistryLocation& location, const QString& staff)
{
    const Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(location, Clock::system());
    if (!store)
        return cli.report(store.problems());
    if (const Result<void> revoked = (*store)->revokeStaffTokens(staff, CommandLine::currentUser()); !revoked)
        return cli.report(revoked.problems());
    cli.out() << QStringLiteral("every staff token of %1 is withdrawn from %2; requests bearing them are refused from now on\n")
                     .arg(staff, location.display());
    return ExitOk;
}

} // namespace

int ServeCommand::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark serve"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (default 8080; 0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("8080"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1; put a TLS proxy in front)."), QStringLiteral("ADDRESS"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption keyOption(QStringLiteral("issuer-key"),
        QStringLiteral("The certification body's label key (private, PEM): signs label tokens; pages check them against its public half."),
        QStringLiteral("KEY"));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
        QStringLiteral("Address the labels' QR codes open (default %1).").arg(LabelIssuer::Options().registry), QStringLiteral("URL"),
        LabelIssuer::Options().registry);
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Server threads, each with its own database connection (default: one per core)."), QStringLiteral("N"),
        QString::number(QThread::idealThreadCount()));
    const HttpConnection::Limits defaults;
    const auto option = [](const char* name, const char* what, const char* unit, qint64 value) {
        return QCommandLineOption(QLatin1String(name), QStringLiteral("%1 (default %2).").arg(QLatin1String(what)).arg(value),
            QLatin1String(unit), QString::number(value));
    };
    const QCommandLineOption bodyOption
        = option("max-body-mib", "Largest request body accepted, in MiB", "N", defaults.maxBody / (1024 * 1024));
    const QCommandLineOption headOption = option(
        "max-header-kib", "Largest request head (request line and headers) accepted, in KiB", "N", defaults.maxHead / 1024);
    const QCommandLineOption headTimeoutOption
        = option("header-timeout", "Seconds a request's head may take to arrive", "S", defaults.headTimeoutMs / 1000);
    const QCommandLineOption bodyTimeoutOption
        = option("body-timeout", "Seconds a request's body may take to arrive", "S", defaults.bodyTimeoutMs / 1000);
    const QCommandLineOption idleTimeoutOption
        = option("idle-timeout", "Seconds a kept-alive connection may wait for its next request", "S", defaults.idleTimeoutMs / 1000);
    const QCommandLineOption connectionsOption(QStringLiteral("max-connections"),
        QStringLiteral("Connections held at once, in all (default 1024)."), QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption perClientOption(QStringLiteral("max-connections-per-client"),
        QStringLiteral("Connections held at once from one client address (an IPv6 /64) (default 128; with --behind-proxy, "
                       "--max-connections)."),
        QStringLiteral("N"), QStringLiteral("128"));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this certificate chain (PEM, the server's certificate first); with --tls-key."),
        QStringLiteral("CERT.pem"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"), QStringLiteral("The private key of --tls-cert (PEM, unencrypted)."), QStringLiteral("KEY.pem"));
    const QCommandLineOption proxyOption(QStringLiteral("behind-proxy"),
        QStringLiteral("A proxy in front terminates TLS and is the only way to this port: take staff requests from it, and "
                       "trust its X-Forwarded-Proto."));
    cli.addCatalogsOption();
    cli.addTrustOption(
        QStringLiteral("What manufacturers' and labs' report signatures must chain to (without any, submissions are refused)"));
    RegistryOptions::add(cli);
    cli.parser().addOptions({portOption, listenOption, keyOption, registryOption, threadsOption, bodyOption, headOption, headTimeoutOption,
        bodyTimeoutOption, idleTimeoutOption, connectionsOption, perClientOption, tlsCertOption, tlsKeyOption, proxyOption});
    cli.parser().setApplicationDescription(QStringLiteral(
        "The registry: the page behind every label's QR code (/l/<registration number>), the JSON API (/api/v1/labels/<registration "
        "number>, /api/v1/revocations signed, the transparency log's /api/v1/log/sth, /api/v1/log/entries and /api/v1/log/proof/…), publishing (POST /api/v1/submissions, a signed report) and revocation (POST "
        "/api/v1/labels/<registration number>/revoke), both for staff with a bearer token.\n\n"
        "  starmark serve add-token NAME [--db …]      a staff member's bearer token, printed once\n"
        "  starmark serve tokens [--db …]              who holds tokens (never the tokens themselves)\n"
        "  starmark serve revoke-token NAME [--db …]   withdraw every token of NAME"));
    cli.parser().addPositionalArgument(
        QStringLiteral("add-token NAME | tokens | revoke-token NAME"), QStringLiteral("Manage staff bearer tokens instead of serving."));
    if (auto done = cli.parse(0, 2))
        return *done;
    const QCommandLineParser& p = cli.parser();
    QString problem;
    const std::optional<RegistryLocation> location = RegistryOptions::location(cli);
    if (!location)
        return ExitUsage;
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional == QStringList{QStringLiteral("tokens")})
            return listTokens(cli, *location);
        if (positional.size() == 2 && positional[0] == QLatin1String("add-token"))
            return addToken(cli, *location, positional[1]);
        if (positional.size() == 2 && positional[0] == QLatin1String("revoke-token"))
            return revokeTokens(cli, *location, positional[1]);
        return cli.usageError(QStringLiteral("the subcommands are 'add-token NAME', 'tokens' and 'revoke-token NAME'"));
    }

    bool ok = false;
    const int port = p.value(portOption).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return cli.usageError(QStringLiteral("--port takes 0 to 65535"));
    const QHostAddress address(p.value(listenOption));
    if (address.isNull())
        return cli.usageError(QStringLiteral("--listen %1 is not an IP address").arg(p.value(listenOption)));
    QString outOfRange;
    const auto number = [&](const QCommandLineOption& option, int lowest, int highest) {
        bool valid = false;
        const int n = p.value(option).toInt(&valid);
        if (!valid || n < lowest || n > highest)
            outOfRange = QStringLiteral("--%1 takes %2 to %3").arg(option.names().constFirst()).arg(lowest).arg(highest);
        return n;
    };
    const int threads = number(threadsOption, 1, 64);
    HttpConnection::Limits limits;
    limits.maxBody = qint64(number(bodyOption, 1, 1024)) * 1024 * 1024;
    limits.maxHead = number(headOption, 1, 1024) * 1024;
    limits.headTimeoutMs = number(headTimeoutOption, 1, 3600) * 1000;
    limits.bodyTimeoutMs = number(bodyTimeoutOption, 1, 3600) * 1000;
    limits.idleTimeoutMs = number(idleTimeoutOption, 1, 3600) * 1000;
    const int wantedConnections = number(connectionsOption, 1, 100000);
    const int allowedConnections = connectionsAllowed(wantedConnections);
    if (allowedConnections < 1 || (allowedConnections < wantedConnections && p.isSet(connectionsOption)))
        return cli.usageError(QStringLiteral("--max-connections %1 needs %2 open files, and this system allows %3 (ulimit -n): "
                                             "lower it, or raise the limit")
                                  .arg(wantedConnections)
                                  .arg(wantedConnections + 64)
                                  .arg(allowedConnections + 64));
    const int maxConnections = allowedConnections; // the default, lowered to what the system allows
    const bool behindProxy = p.isSet(proxyOption);
    const int perClient = behindProxy && !p.isSet(perClientOption) ? maxConnections : number(perClientOption, 1, 100000);
    if (!outOfRange.isEmpty())
        return cli.usageError(outOfRange);
    if (p.isSet(tlsCertOption) != p.isSet(tlsKeyOption))
        return cli.usageError(QStringLiteral("--tls-cert and --tls-key go together: the certificate chain and its private key"));
    std::optional<QSslConfiguration> tls;
    if (p.isSet(tlsCertOption) && !(tls = tlsConfiguration(p.value(tlsCertOption), p.value(tlsKeyOption), &problem)))
        return cli.usageError(problem);
    if (!p.isSet(keyOption))
        return cli.usageError(QStringLiteral("--issuer-key is required: the registry signs label tokens and its pages check them"));
    const std::optional<IssuerKey> key = IssuerKey::load(p.value(keyOption), &problem);
    if (!key || !key->hasPrivateKey())
        return cli.usageError(
            key ? QStringLiteral("%1 is a public key; the registry signs tokens with the private one").arg(p.value(keyOption)) : problem);
    const std::optional<TrustAnchors> trust = cli.trustAnchors();
    if (!trust)
        return ExitUsage;
    if (trust->isEmpty())
        cli.err()
            << QStringLiteral("warning: no trust anchor, so every submission will be refused (503): %1\n").arg(CommandLine::trustHint());
    const Result<RegistryPage> page = RegistryPage::load(QDir(ShareLocation::root()).filePath(QStringLiteral("registry")));
    if (!page)
        return cli.report(page.problems());
    const CatalogLibrary catalogs = CatalogLibrary::load(cli.catalogFolders());

    // Created and migrated once here, so that the threads never race to migrate.
    if (const Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(*location, Clock::system()); !store)
        return cli.report(store.problems());
    QList<int> sockets{listeningSocket(address, quint16(port), &problem)};
    const quint16 actualPort = sockets[0] < 0 ? 0 : portOf(sockets[0]);
    for (int i = 1; i < threads && sockets.constLast() >= 0; ++i)
        sockets.append(listeningSocket(address, actualPort, &problem));
    if (sockets.constLast() < 0) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitUsage;
    }

    const RegistryServer::Settings settings{&*page, &*key, *trust, &catalogs, &Clock::system(), p.value(registryOption), behindProxy};
    ConnectionQuota quota(maxConnections, perClient);
    QSemaphore ready;
    QMutex failed;
    QStringList failures;
    QList<QThread*> workers;
    for (const int fd : sockets) {
        QThread* thread = QThread::create([&, fd] {
            Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(*location, Clock::system());
            if (!store) {
                const QMutexLocker lock(&failed);
                failures.append(store.problems().constFirst().toString());
                ready.release();
                return;
            }
            RegistryServer server(store.take(), settings);
            HttpListener listener(server, limits, quota, tls);
            if (!listener.setSocketDescriptor(fd)) {
                const QMutexLocker lock(&failed);
                failures.append(QStringLiteral("cannot serve on the listening socket (%1)").arg(listener.errorString()));
                ready.release();
                return;
            }
            ready.release();
            QEventLoop().exec();
        });
        workers.append(thread);
        thread->start();
    }
    ready.acquire(int(workers.size()));
    if (!failures.isEmpty()) {
        cli.err() << QStringLiteral("error: ") << failures.constFirst() << QLatin1Char('\n');
        cli.err().flush();
        _exit(ExitUsage); // the healthy threads hold event loops that would keep us alive
    }
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    cli.out() << QStringLiteral("registry %1 listening on %2://%3:%4/ (%5 threads; issuer key %6; %7 trusted CA certificate(s))\n")
                     .arg(location->display(), tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                     .arg(actualPort)
                     .arg(threads)
                     .arg(QString::fromLatin1(key->id().toHex()))
                     .arg(trust->certificates().size());
    if (tls)
        cli.out() << QStringLiteral("staff requests (POST): over TLS, from any client\n");
    else if (behindProxy)
        cli.out() << QStringLiteral("staff requests (POST): from the proxy in front (--behind-proxy), which must terminate TLS and be the "
                                    "only way to this port\n");
    else
        cli.out() << QStringLiteral("staff requests (POST): from loopback clients only, since there is no --tls-cert and no "
                                    "--behind-proxy%1\n")
                         .arg(address.isLoopback() ? QString()
                                                   : QStringLiteral(" (clients reaching %1 from elsewhere get 403 on them)").arg(host));
    cli.out() << QStringLiteral("limits: bodies %1 MiB, heads %2 KiB, timeouts head %3 s / body %4 s / idle %5 s, %6 connections (%7 "
                                "per client)\n")
                     .arg(limits.maxBody / (1024 * 1024))
                     .arg(limits.maxHead / 1024)
                     .arg(limits.headTimeoutMs / 1000)
                     .arg(limits.bodyTimeoutMs / 1000)
                     .arg(limits.idleTimeoutMs / 1000)
                     .arg(maxConnections)
                     .arg(perClient);
    cli.out().flush();
    return QCoreApplication::exec();
}

} // namespace starmark
