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
        QStringLiteral("OUTDIR"), QStringLiteral("Where to write ca.pem and the signers' keys and certificates."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString folder = cli.parser().positionalArguments().constFirst();
    QString error;
    if (!DemoPki::create(folder, Clock::system().now(), &error)) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    cli.out() << QStringLiteral(
        "demo PKI written to %1: ca.pem, %2 (.key, .pem), and the label key label-issuer.key / label-issuer.pub.pem. "
        "Every subject says DEMO: not for real reports.\n")
                     .arg(folder, DemoPki::roles().join(QStringLiteral(", ")));
    return ExitOk;
}

} // namespace

int KeysCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark keys"), {{QStringLiteral("demo-pki"), demoPki}}, arguments);
}

} // namespace starmark
