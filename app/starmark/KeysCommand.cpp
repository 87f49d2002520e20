#include "KeysCommand.h"

#include "CommandLine.h"

#include "evaluators/Clock.h"
#include "reports/DemoPki.h"

namespace starmark {
namespace {

int demoPki(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark keys demo-pki"));
    cli.parser().addPositionalArgument(
        QStringLiteral("OUTDIR"), KeysCommand::tr("Where to write ca.pem and the signers' keys and certificates."));
    const QCommandLineOption portOption(QStringLiteral("revocation-port"),
        KeysCommand::tr("The loopback port the certificates name for OCSP (PORT) and the CRL (PORT+1); default %1.")
            .arg(DemoPki::defaultRevocationPort),
        QStringLiteral("PORT"));
    cli.parser().addOption(portOption);
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString folder = cli.parser().positionalArguments().constFirst();
    quint16 port = DemoPki::defaultRevocationPort;
    if (cli.parser().isSet(portOption)) {
        bool number = false;
        const uint given = cli.parser().value(portOption).toUInt(&number);
        if (!number || given == 0 || given >= 65535)
            return cli.usageError(KeysCommand::tr("--revocation-port %1 is not a port from 1 to 65534").arg(cli.parser().value(portOption)));
        port = quint16(given);
    }
    QString error;
    if (!DemoPki::create(folder, Clock::system().now(), &error, port)) {
        cli.err() << CommandLine::tr("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    cli.out() << KeysCommand::tr("demo PKI written to %1: ca.pem, %2 (.key, .pem), the label key label-issuer.key / "
                                 "label-issuer.pub.pem, and the time-stamp authority's tsa.key / tsa.pem (for 'starmark tsa serve'). "
                                 "Every subject says DEMO: not for real reports.")
                     .arg(folder, DemoPki::roles().join(QStringLiteral(", ")))
              << QLatin1Char('\n')
              << KeysCommand::tr("For revocation checks: the OCSP responder ocsp.pem / ocsp.key, ca.crl and the CA's index.txt; the "
                                 "certificates name OCSP at http://127.0.0.1:%1/ and the CRL at http://127.0.0.1:%2/ca.crl.")
                     .arg(port)
                     .arg(port + 1)
              << QLatin1Char('\n');
    return ExitOk;
}

int demoSigner(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark keys demo-signer"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), KeysCommand::tr("File name of the signer: NAME.pem and NAME.key."), QStringLiteral("NAME"));
    const QCommandLineOption organisationOption(QStringLiteral("organisation"),
        KeysCommand::tr("The organisation (O=) the certificate names: the manufacturer or lab of your declaration."),
        QStringLiteral("ORGANISATION"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        KeysCommand::tr("The role it signs in: %1 (repeatable; none: a certificate without StarMark's role OIDs).")
            .arg(SignerRole::keyList()),
        QStringLiteral("ROLE"));
    cli.parser().addOptions({nameOption, organisationOption, roleOption});
    cli.parser().addPositionalArgument(QStringLiteral("PKI"), KeysCommand::tr("A folder made by 'starmark keys demo-pki'."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(nameOption) || p.value(organisationOption).trimmed().isEmpty())
        return cli.usageError(KeysCommand::tr("--name and --organisation are required"));
    QList<SignerRole::Role> roles;
    for (const QString& key : p.values(roleOption)) {
        const std::optional<SignerRole::Role> role = SignerRole::fromKey(key);
        if (!role)
            return cli.usageError(KeysCommand::tr("--role %1 is not a role; use one of: %2").arg(key, SignerRole::keyList()));
        roles << *role;
    }
    const QString folder = p.positionalArguments().constFirst();
    QString error;
    if (!DemoPki::addSigner(folder, p.value(nameOption), p.value(organisationOption).trimmed(), roles, Clock::system().now(), &error))
        return cli.usageError(error);
    cli.out() << KeysCommand::tr("demo signer written to %1/%2.pem and %2.key, for %3. Its subject says DEMO: not for real reports.")
                     .arg(folder, p.value(nameOption), p.value(organisationOption).trimmed())
              << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

int KeysCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(
        QStringLiteral("starmark keys"), {{QStringLiteral("demo-pki"), demoPki}, {QStringLiteral("demo-signer"), demoSigner}}, arguments);
}

} // namespace starmark
