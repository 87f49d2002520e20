#include "ToolCommand.h"
#include "ToolRunCommand.h"

#include "AssessCommand.h"
#include "CommandLine.h"
#include "ShareLocation.h"

#include "evaluators/tools/ToolAcceptance.h"
#include "evaluators/tools/ToolImport.h"
#include "evaluators/tools/ToolOverride.h"

#include <functional>

namespace starmark {
namespace {

const QCommandLineOption rulesOption(QStringLiteral("rules"),
    QStringLiteral("The tool rules (default: the shipped share/tool-rules/jc-star.yaml)."), QStringLiteral("FILE"));
const QCommandLineOption whoOption(
    QStringLiteral("who"), QStringLiteral("Who makes the change, for the audit trail (default: $USER)."), QStringLiteral("NAME"));

Result<ToolRules> rulesOf(CommandLine& cli)
{
    return ToolRules::load(cli.parser().isSet(rulesOption) ? cli.parser().value(rulesOption)
                                                           : ShareLocation::root() + QStringLiteral("/tool-rules/jc-star.yaml"));
}

// Loads the rules and opens the assessment for writing, then runs `change` on both; the exit code.
int withRulesAndAssessment(CommandLine& cli, const std::function<int(OpenedAssessment&, const ToolRules&)>& change)
{
    const Result<ToolRules> rules = rulesOf(cli);
    if (!rules)
        return cli.report(rules.problems());
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    std::optional<OpenedAssessment> opened = AssessCommand::open(cli, library, AssessmentFile::Access::ReadWrite, &code);
    return opened ? change(*opened, *rules) : code;
}

QString who(CommandLine& cli)
{
    return cli.parser().isSet(whoOption) ? cli.parser().value(whoOption) : CommandLine::currentUser();
}

int acceptProposals(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark tool accept"));
    cli.addCatalogsOption();
    cli.parser().addOption(rulesOption);
    cli.parser().addOption(whoOption);
    cli.parser().addPositionalArgument(QStringLiteral("ASSESSMENT"), ToolCommand::tr("The *.starmark file."));
    cli.parser().addPositionalArgument(
        QStringLiteral("REQUIREMENT"), ToolCommand::tr("The requirement whose proposals to take as its verdict, or 'all'."));
    if (auto done = cli.parse(2, 2))
        return *done;
    return withRulesAndAssessment(cli, [&](OpenedAssessment& opened, const ToolRules& rules) {
        const auto accepted = ToolAcceptance::accept(opened, rules, cli.parser().positionalArguments().at(1), who(cli), Clock::system());
        const int code = cli.report(accepted.problems());
        if (!accepted) {
            cli.err() << ToolCommand::tr("nothing was changed\n");
            return code;
        }
        for (const auto& [requirement, verdict] : *accepted)
            cli.out() << ToolCommand::tr("%1: verdict %2, as the tools propose\n").arg(requirement, termName<Verdict>(verdicts, verdict));
        return code;
    });
}

int overrideProposals(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark tool override"));
    cli.addCatalogsOption();
    const QCommandLineOption verdictOption(QStringLiteral("verdict"),
        ToolCommand::tr("The verdict, against the tools' proposals: %1.").arg(termList<Verdict>(verdicts)), QStringLiteral("VERDICT"));
    const QCommandLineOption rationaleOption(
        QStringLiteral("rationale"), ToolCommand::tr("Why the verdict goes against the tools (required; it becomes the result's rationale)."),
        QStringLiteral("TEXT"));
    cli.parser().addOption(verdictOption);
    cli.parser().addOption(rationaleOption);
    cli.parser().addOption(rulesOption);
    cli.parser().addOption(whoOption);
    cli.parser().addPositionalArgument(QStringLiteral("ASSESSMENT"), ToolCommand::tr("The *.starmark file."));
    cli.parser().addPositionalArgument(QStringLiteral("REQUIREMENT"), ToolCommand::tr("The requirement whose proposals to override."));
    if (auto done = cli.parse(2, 2))
        return *done;
    if (!cli.parser().isSet(verdictOption) || !cli.parser().isSet(rationaleOption))
        return cli.usageError(ToolCommand::tr("an override needs --verdict and --rationale"));
    const QString name = cli.parser().value(verdictOption);
    const std::optional<Verdict> verdict = termFromName<Verdict>(verdicts, name.toStdString());
    if (!verdict)
        return cli.usageError(ToolCommand::tr("--verdict: '%1' is none of %2").arg(name, termList<Verdict>(verdicts)));
    const QString requirement = cli.parser().positionalArguments().at(1);
    return withRulesAndAssessment(cli, [&](OpenedAssessment& opened, const ToolRules& rules) {
        const Result<Verdict> against
            = ToolOverride::override(opened, rules, requirement, *verdict, cli.parser().value(rationaleOption), who(cli), Clock::system());
        const int code = cli.report(against.problems());
        if (!against) {
            cli.err() << ToolCommand::tr("nothing was changed\n");
            return code;
        }
        cli.out() << ToolCommand::tr("%1: verdict %2, overriding the tools' %3, with the rationale given\n")
                         .arg(requirement, termName<Verdict>(verdicts, *verdict), termName<Verdict>(verdicts, *against));
        return code;
    });
}

int importOutput(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark tool import"));
    cli.addCatalogsOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
        ToolCommand::tr("The output's format, when it must be this one: %1 (default: found from the content).")
            .arg(termList<ToolFormat>(toolFormats)),
        QStringLiteral("FORMAT"));
    cli.parser().addOption(formatOption);
    cli.parser().addOption(rulesOption);
    cli.parser().addOption(whoOption);
    cli.parser().addPositionalArgument(QStringLiteral("ASSESSMENT"), ToolCommand::tr("The *.starmark file."));
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), ToolCommand::tr("The tool's output file."));
    if (auto done = cli.parse(2, 2))
        return *done;

    ToolImport::Request request;
    request.file = cli.parser().positionalArguments().at(1);
    if (cli.parser().isSet(formatOption)) {
        const QString name = cli.parser().value(formatOption);
        request.format = termFromName<ToolFormat>(toolFormats, name.toStdString());
        if (!request.format)
            return cli.usageError(ToolCommand::tr("--format: '%1' is none of %2").arg(name, termList<ToolFormat>(toolFormats)));
    }
    return withRulesAndAssessment(cli, [&](OpenedAssessment& opened, const ToolRules& rules) {
        const Result<ToolImport::Imported> imported = ToolImport::import(opened, rules, request, who(cli), Clock::system());
        const int code = cli.report(imported.problems());
        if (!imported) {
            cli.err() << ToolCommand::tr("nothing was changed\n");
            return code;
        }
        const Assessment::ToolRun& run = imported->run;
        cli.out() << ToolCommand::tr("stored %1 (%2 output of %3 %4, run %5; SHA-256 %6) as evidence of %7\n")
                         .arg(run.evidence, run.format, run.tool, run.version.isEmpty() ? ToolCommand::tr("(version not recorded)") : run.version,
                             run.ranAt.isValid() ? run.ranAt.toString(Qt::ISODate) : ToolCommand::tr("(time not recorded)"),
                             QString::fromLatin1(run.sha256), run.requirements.join(QStringLiteral(", ")));
        return code;
    });
}

} // namespace

int ToolCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark tool"), {{QStringLiteral("import"), importOutput}, {QStringLiteral("accept"), acceptProposals},
        {QStringLiteral("override"), overrideProposals}, {QStringLiteral("run"), ToolRunCommand::run}}, arguments);
}

} // namespace starmark
