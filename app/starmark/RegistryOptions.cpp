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
    Result<RegistryLocation> location = RegistryLocation::parse(cli.parser().value(dbOption));
    if (!location) {
        cli.usageError(QStringLiteral("--db: ") + location.problems().constFirst().toString());
        return std::nullopt;
    }
    return location.take();
}

std::unique_ptr<RegistryStore> RegistryOptions::open(CommandLine& cli, const Clock& clock)
{
    const std::optional<RegistryLocation> where = location(cli);
    if (!where)
        return nullptr;
    Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(*where, clock);
    if (!store) {
        cli.report(store.problems());
        return nullptr;
    }
    return store.take();
}

} // namespace starmark
