#include "CatalogCommand.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr const char* usage = R"(usage: starmark <command> [options]

commands:
  catalog validate PATH…            check catalog files (exit 1 if any is invalid)
  catalog list [--json]             the shipped catalogs, with digests and provenance
  catalog show ID [--lang ja|en] [--json]
                                    one catalog's questions and requirements

Not built yet (see the README's roadmap): assess, report, verify, label,
verify-label, declare, serve.

Run 'starmark <command> <subcommand> --help' for the options of a command.
)";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("starmark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARMARK_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();

    QTextStream out(stdout);
    if (command == QLatin1String("catalog"))
        return starmark::CatalogCommand::run(arguments);
    if (command == QLatin1String("--version")) {
        out << "starmark " << QCoreApplication::applicationVersion() << '\n';
        return starmark::ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage;
        return starmark::ExitOk;
    }
    QTextStream err(stderr);
    if (command.isEmpty())
        err << usage;
    else
        err << "starmark: unknown command '" << command << "'; run 'starmark --help' for the list\n";
    return starmark::ExitUsage;
}
