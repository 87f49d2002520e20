#include "AssessCommand.h"
#include "CatalogCommand.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

constexpr const char* usage = R"(usage: starmark <command> [options]

commands:
  catalog validate PATH…            check catalog files (exit 1 if any is invalid)
  catalog list [--json]             the shipped catalogs, with digests and provenance
  catalog show ID [--lang ja|en] [--json]
                                    one catalog's questions and requirements

  assess init FILE --catalog ID     a new assessment (*.starmark)
  assess import DECLARATION -o FILE import a declaration (YAML) with its evidence
  assess set FILE KEY=VALUE…        change answers, verdicts, evidence, product facts
  assess sign-off FILE --reviewer N the reviewer's sign-off (lab mode); locks the file
  assess export FILE -o OUT.yaml    the declaration back, with its evidence files
  assess status FILE [--json]       level achieved, gaps, counts (exit 1 below target)
  assess revise FILE --firmware V   a new firmware revision; device results re-checked
  assess audit FILE [--json]        verify the audit trail (exit 1 if broken)

Not built yet (see the README's roadmap): report, verify, label, verify-label,
declare, serve.

Run 'starmark <command> <subcommand> --help' for the options of a command.
)";

} // namespace

int main(int argc, char* argv[])
{
    // A file size limit must fail the write with an error we can report, not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("starmark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARMARK_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();

    QTextStream out(stdout);
    if (command == QLatin1String("catalog"))
        return starmark::CatalogCommand::run(arguments);
    if (command == QLatin1String("assess"))
        return starmark::AssessCommand::run(arguments);
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
