#include "TsaCommand.h"

#include "CommandLine.h"
#include "ConnectionQuota.h"
#include "HttpListener.h"
#include "TsaServer.h"

#include "evaluators/Clock.h"
#include "reports/TimestampAuthority.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace starmark {
namespace {

int serve(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark tsa serve"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("The TSA's private key (PEM, unencrypted)."), QStringLiteral("KEY"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
        QStringLiteral("The TSA's certificate (PEM), with the timeStamping extended key usage, critical."), QStringLiteral("CERT"));
    const QCommandLineOption chainOption(
        QStringLiteral("chain"), QStringLiteral("Issuer certificates to put in each token (PEM)."), QStringLiteral("CA"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one and prints it)."), QStringLiteral("N"));
    cli.parser().addOptions({keyOption, certOption, chainOption, listenOption, portOption});
    cli.parser().setApplicationDescription(QStringLiteral(
        "An RFC 3161 time-stamp authority over HTTP (POST application/timestamp-query), for closed deployments and tests. "
        "Its serial numbers are kept in KEY.serial. In production, use a real, audited TSA."));
    if (auto done = cli.parse(0, 0))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(keyOption) || !p.isSet(certOption) || !p.isSet(portOption))
        return cli.usageError(QStringLiteral("--key, --cert and --port are required (try 'starmark keys demo-pki DIR' for tsa.key and tsa.pem)"));
    bool ok = false;
    const int port = p.value(portOption).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return cli.usageError(QStringLiteral("--port takes 0 to 65535"));
    const QHostAddress address(p.value(listenOption));
    if (address.isNull())
        return cli.usageError(QStringLiteral("--listen %1 is not an IP address").arg(p.value(listenOption)));
    Result<TimestampAuthority> authority = TimestampAuthority::open(p.value(keyOption), p.value(certOption), p.value(chainOption));
    if (!authority)
        return cli.report(authority.problems());

    TsaServer server(*authority, Clock::system());
    HttpConnection::Limits limits;
    limits.maxBody = TsaServer::maxQuery;
    limits.maxHead = 8 * 1024;
    limits.headTimeoutMs = 10'000;
    limits.bodyTimeoutMs = 10'000;
    ConnectionQuota quota(256, 32);
    HttpListener listener(server, limits, quota, std::nullopt);
    if (!listener.listen(address, quint16(port))) {
        cli.err() << CommandLine::tr("error: ") << QStringLiteral("cannot listen on %1:%2 (%3)").arg(address.toString()).arg(port).arg(listener.errorString())
                  << QLatin1Char('\n');
        return ExitUsage;
    }
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    cli.out() << QStringLiteral("time-stamp authority listening on http://%1:%2/ (serial numbers in %3, last %4)\n")
                     .arg(host)
                     .arg(listener.serverPort())
                     .arg(authority->serialPath())
                     .arg(authority->lastSerial());
    cli.out().flush();
    return QCoreApplication::exec();
}

} // namespace

int TsaCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark tsa"), {{QStringLiteral("serve"), serve}}, arguments);
}

} // namespace starmark
