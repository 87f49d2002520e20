#include "RegistryOptions.h"

namespace starmark {
namespace {

const QCommandLineOption dbOption(QStringLiteral("db"),
    QStringLiteral("The registry database: an SQLite file (created on first use; default %1) or postgresql://user@host:port/database.")
        .arg(QLatin1String(RegistryOptions::defaultDatabase)),
    QStringLiteral("FILE|URL"), QLatin1String(RegistryOptions::defaultDatabase));

} // namespace

void RegistryOptions::add(CommandLine& cli)
{
    cli.parser().addOption(dbOption);
}

std::optional<RegistryLocation> RegistryOptions::location(CommandLine& cli)
{
    QString problem;
    std::optional<RegistryLocation> location = RegistryLocation::parse(cli.parser().value(dbOption), &problem);
    if (!location)
        cli.usageError(problem);
    return location;
}

std::unique_ptr<RegistryStore> RegistryOptions::open(CommandLine& cli, const Clock& clock, int* code)
{
    *code = ExitUsage;
    const std::optional<RegistryLocation> where = location(cli);
    if (!where)
        return nullptr;
    QString problem;
    std::unique_ptr<RegistryStore> store = RegistryStore::open(*where, clock, &problem);
    if (!store)
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
    return store;
}

} // namespace starmark
