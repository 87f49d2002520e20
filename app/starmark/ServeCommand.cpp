#include "ServeCommand.h"

#include "CommandLine.h"
#include "RegistryOptions.h"
#include "RegistryPage.h"
#include "RegistryServer.h"
#include "ShareLocation.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/RegistryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace starmark {
namespace {

const QString defaultRegistry = QStringLiteral("https://label.starmark.example");

// A listening socket that others may share (SO_REUSEPORT): one per thread on the same
// port, and the kernel spreads connections over them, since one QHttpServer runs on one thread.
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

int addToken(CommandLine& cli, const RegistryLocation& location, const QString& staff)
{
    QString problem;
    const std::unique_ptr<RegistryStore> store = RegistryStore::open(location, Clock::system(), &problem);
    const QString token = store ? store->addStaffToken(staff, CommandLine::currentUser(), &problem) : QString();
    if (token.isEmpty()) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitUsage;
    }
    cli.out() << token << '\n';
    cli.err() << QStringLiteral("staff token for %1 added to %2; it is shown only now (the registry keeps its SHA-256)\n")
                     .arg(staff, location.display());
    return ExitOk;
}

int listTokens(CommandLine& cli, const RegistryLocation& location)
{
    QString problem;
    const std::unique_ptr<RegistryStore> store = RegistryStore::open(location, Clock::system(), &problem);
    const QList<RegistryStore::StaffToken> tokens = store ? store->staffTokens(&problem) : QList<RegistryStore::StaffToken>();
    if (!problem.isEmpty()) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitUsage;
    }
    for (const RegistryStore::StaffToken& t : tokens)
        cli.out() << QStringLiteral("%1  %2  sha256 %3…\n").arg(t.createdAt.toString(Qt::ISODate), t.staff, t.fingerprint);
    cli.out() << QStringLiteral("%1 staff token(s) in %2\n").arg(tokens.size()).arg(location.display());
    return ExitOk;
}

int revokeTokens(CommandLine& cli, const RegistryLocation& location, const QString& staff)
{
    QString problem;
    const std::unique_ptr<RegistryStore> store = RegistryStore::open(location, Clock::system(), &problem);
    if (!store || !store->revokeStaffTokens(staff, CommandLine::currentUser(), &problem)) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return store ? ExitInvalid : ExitUsage;
    }
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
        QStringLiteral("Address the labels' QR codes open (default %1).").arg(defaultRegistry), QStringLiteral("URL"), defaultRegistry);
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Server threads, each with its own database connection (default: one per core)."), QStringLiteral("N"),
        QString::number(QThread::idealThreadCount()));
    const QCommandLineOption bodyOption(QStringLiteral("max-body-mib"),
        QStringLiteral("Largest request body accepted, in MiB (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    cli.addCatalogsOption();
    cli.addTrustOption(
        QStringLiteral("What manufacturers' and labs' report signatures must chain to (without any, submissions are refused)"));
    RegistryOptions::add(cli);
    cli.parser().addOptions({portOption, listenOption, keyOption, registryOption, threadsOption, bodyOption});
    cli.parser().setApplicationDescription(QStringLiteral(
        "The registry: the page behind every label's QR code (/l/<registration number>), the JSON API (/api/v1/labels/<registration "
        "number>, /api/v1/revocations), publishing (POST /api/v1/submissions, a signed report) and revocation (POST "
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
    const int threads = p.value(threadsOption).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return cli.usageError(QStringLiteral("--threads takes 1 to 64"));
    const qint64 maxBody = p.value(bodyOption).toLongLong(&ok);
    if (!ok || maxBody < 1 || maxBody > 1024)
        return cli.usageError(QStringLiteral("--max-body-mib takes 1 to 1024"));
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
    const std::optional<RegistryPage> page = RegistryPage::load(QDir(ShareLocation::root()).filePath(QStringLiteral("registry")), &problem);
    if (!page)
        return cli.usageError(problem);
    const CatalogLibrary catalogs = CatalogLibrary::load(cli.catalogFolders());

    // Created and migrated once here, so that the threads never race to migrate.
    if (!RegistryStore::open(*location, Clock::system(), &problem)) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitUsage;
    }
    QList<int> sockets{listeningSocket(address, quint16(port), &problem)};
    const quint16 actualPort = sockets[0] < 0 ? 0 : portOf(sockets[0]);
    for (int i = 1; i < threads && sockets.constLast() >= 0; ++i)
        sockets.append(listeningSocket(address, actualPort, &problem));
    if (sockets.constLast() < 0) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitUsage;
    }

    const RegistryServer::Settings settings{
        &*page, &*key, *trust, &catalogs, &Clock::system(), p.value(registryOption), maxBody * 1024 * 1024};
    QSemaphore ready;
    QMutex failed;
    QStringList failures;
    QList<QThread*> workers;
    for (const int fd : sockets) {
        QThread* thread = QThread::create([&, fd] {
            QString why;
            std::unique_ptr<RegistryStore> store = RegistryStore::open(*location, Clock::system(), &why);
            if (!store) {
                const QMutexLocker lock(&failed);
                failures.append(why);
                ready.release();
                return;
            }
            RegistryServer server(std::move(store), settings);
            auto* tcp = new QTcpServer(&server);
            if (!tcp->setSocketDescriptor(fd)) {
                const QMutexLocker lock(&failed);
                failures.append(QStringLiteral("cannot serve on the listening socket (%1)").arg(tcp->errorString()));
                ready.release();
                return;
            }
            server.bind(tcp);
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
    cli.out() << QStringLiteral("registry %1 listening on http://%2:%3/ (%4 threads; issuer key %5; %6 trusted CA certificate(s))\n")
                     .arg(location->display(), host)
                     .arg(actualPort)
                     .arg(threads)
                     .arg(QString::fromLatin1(key->id().toHex()))
                     .arg(trust->certificates().size());
    cli.out().flush();
    return QCoreApplication::exec();
}

} // namespace starmark
