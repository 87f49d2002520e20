#include "ReportCommand.h"

#include "AssessCommand.h"
#include "ShareLocation.h"
#include "SigningOptions.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Clock.h"
#include "evaluators/OpenedAssessment.h"
#include "reports/SignedReport.h"

#include <QDir>
#include <QFileInfo>

namespace starmark {
namespace {

const QCommandLineOption outputOption(
    {QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to PATH."), QStringLiteral("PATH"));

// Renders and signs the assessment in `assessmentPath` into `output`, atomically.
int writeReport(CommandLine& cli, const QString& assessmentPath, const QString& output, const SigningIdentity& identity, Language language,
    SigningOptions::Timestamping& timestamping)
{
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const Result<OpenedAssessment> opened = OpenedAssessment::open(assessmentPath, AssessmentFile::Access::ReadOnly, library);
    if (!opened)
        return cli.report(opened.problems());
    // An assessment with tool outputs is reported with their proposals, by the rules of its scheme.
    std::optional<ToolRules> rules;
    if (!opened->assessment.toolRuns.isEmpty()) {
        Result<ToolRules> loaded
            = ToolRules::load(ShareLocation::toolRulesFolder() + u'/' + opened->assessment.catalog.section(u'/', 0, 0) + QStringLiteral(".yaml"));
        if (!loaded)
            return cli.report(loaded.problems());
        rules = loaded.take();
    }
    QString error;
    const std::optional<QByteArray> pdf = SignedReport::make(*opened->file, opened->chain, identity,
        {language, Clock::system().now(), rules ? &*rules : nullptr}, &error, timestamping.stamper());
    if (!pdf && !timestamping.problems().isEmpty())
        return cli.report(timestamping.problems());
    if (!pdf) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    const Result<QByteArray> kept = SigningOptions::extend(cli, *pdf);
    if (!kept)
        return cli.report(kept.problems());
    if (!cli.writeFile(output, *kept))
        return ExitInvalid;
    cli.out() << QStringLiteral("signed report written to %1 (%2 KB), signed by %3\n")
                     .arg(output)
                     .arg(kept->size() / 1024)
                     .arg(identity.subject());
    return ExitOk;
}

struct Signing {
    Language language;
    SigningIdentity identity;
    std::optional<TimestampClient> tsa;
};

// The options `report` and `declare` share; nullopt once the command is done
// (help, or a usage error printed), with its exit code in `code`.
std::optional<Signing> parse(CommandLine& cli, const QString& source, const QString& description, const QString& output, int* code)
{
    cli.addCatalogsOption();
    cli.addLanguageOption();
    SigningOptions::add(cli);
    cli.parser().addOption(outputOption);
    cli.parser().addPositionalArgument(source, description);
    if (auto done = cli.parse(1, 1)) {
        *code = *done;
        return std::nullopt;
    }
    const std::optional<Language> language = cli.language();
    *code = ExitUsage;
    if (!language)
        return std::nullopt;
    if (!cli.parser().isSet(outputOption)) {
        cli.usageError(QStringLiteral("-o %1 is required").arg(output));
        return std::nullopt;
    }
    std::optional<std::optional<TimestampClient>> tsa = SigningOptions::timestampClient(cli, code);
    if (!tsa)
        return std::nullopt;
    std::optional<SigningIdentity> identity = SigningOptions::load(cli, code);
    if (!identity)
        return std::nullopt;
    return Signing{*language, std::move(*identity), std::move(*tsa)};
}

} // namespace

int ReportCommand::report(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark report"));
    int code = ExitOk;
    const std::optional<Signing> signing
        = parse(cli, QStringLiteral("ASSESSMENT"), QStringLiteral("The *.starmark file."), QStringLiteral("report.pdf"), &code);
    if (!signing)
        return code;
    SigningOptions::Timestamping timestamping(signing->tsa);
    return writeReport(cli, cli.parser().positionalArguments().constFirst(), cli.parser().value(outputOption), signing->identity,
        signing->language, timestamping);
}

int ReportCommand::declare(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark declare"));
    int code = ExitOk;
    const std::optional<Signing> signing
        = parse(cli, QStringLiteral("DECLARATION"), QStringLiteral("The declaration (YAML)."), QStringLiteral("OUTDIR"), &code);
    if (!signing)
        return code;
    const QDir outdir(cli.parser().value(outputOption));
    if (!QDir().mkpath(outdir.path()))
        return cli.usageError(QStringLiteral("cannot create %1").arg(outdir.path()));
    const QString assessment = outdir.filePath(QStringLiteral("assessment.starmark"));
    code = AssessCommand::import(cli, cli.parser().positionalArguments().constFirst(), assessment, CommandLine::currentUser());
    if (code != ExitOk)
        return code;
    SigningOptions::Timestamping timestamping(signing->tsa);
    return writeReport(cli, assessment, outdir.filePath(QStringLiteral("report.pdf")), signing->identity, signing->language, timestamping);
}

} // namespace starmark
