#include "RegistryOptions.h"

namespace starmark {
namespace {

const QCommandLineOption dbOption(QStringLiteral("db"),
    QStringLiteral("The registry database: an SQLite file (created on first use; default %1) or postgresql://user@host:port/database.")
        .arg(QLatin1String(RegistryOptions::defaultDatabase)),
    QStringLiteral("FILE|URL"), QLatin1String(RegistryOptions::defaultDatabase));

// The registry's libraries say what is wrong; on the command line this is what to do about it.
QString hint(const QString& code)
{
    static const QHash<QString, QString> hints{
        {QStringLiteral("registry.location-invalid"), QStringLiteral("check --db")},
        {QStringLiteral("registry.driver-missing"), QStringLiteral("install the Debian package named")},
        {QStringLiteral("registry.schema-newer"), QStringLiteral("upgrade StarMark")},
        {QStringLiteral("registry.page-unreadable"), QStringLiteral("reinstall StarMark or set $STARMARK_SHARE")},
        {QStringLiteral("registry.no-staff-token"), QStringLiteral("see 'starmark serve tokens'")},
        {QStringLiteral("surveillance.no-date"), QStringLiteral("--as-of takes a date, YYYY-MM-DD")},
        {QStringLiteral("surveillance.no-catalog"), QStringLiteral("pass --catalogs")},
        {QStringLiteral("surveillance.unknown-requirement"), QStringLiteral("check the id with 'starmark catalog show'")},
        {QStringLiteral("surveillance.plan-from-elsewhere"), QStringLiteral("is --db the registry the plan was drawn from?")},
        {QStringLiteral("surveillance.reported-not-in-population"), QStringLiteral("check the registration number of --reported")},
    };
    return hints.value(code);
}

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
        fail(cli, store.problems());
        return nullptr;
    }
    return store.take();
}

int RegistryOptions::fail(CommandLine& cli, const Problems& problems)
{
    for (const Problem& p : problems) {
        const QString what = hint(p.code);
        cli.err() << (p.severity == Problem::Severity::Warning ? QStringLiteral("warning: ") : QStringLiteral("error: ")) << p.toString()
                  << (what.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(what)) << QLatin1Char('\n');
    }
    return hasUnusable(problems) ? ExitUsage : ExitInvalid;
}

} // namespace starmark
