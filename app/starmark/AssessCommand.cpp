#include "AssessCommand.h"

#include "AssessAudit.h"
#include "AssessStatus.h"
#include "AssessUpgrade.h"
#include "CommandLine.h"

#include "evaluators/AssessmentEdit.h"
#include "evaluators/AssessmentIntegrity.h"
#include "evaluators/DeclarationExport.h"
#include "evaluators/DeclarationImport.h"
#include "evaluators/DeclarationReader.h"
#include "evaluators/FirmwareRevision.h"
#include "evaluators/NewAssessment.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/Outcome.h"
#include "evaluators/SignOffRules.h"

#include <QDir>
#include <QFileInfo>

namespace starmark {
namespace {

const QCommandLineOption whoOption(
    QStringLiteral("who"), QStringLiteral("Who makes the change, for the audit trail (default: $USER)."), QStringLiteral("NAME"));
const QCommandLineOption outputOption(
    {QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE."), QStringLiteral("FILE"));
const QString fileArgument = QStringLiteral("FILE");
const QString fileDescription = QStringLiteral("The *.starmark file.");

QString who(CommandLine& cli)
{
    return cli.parser().isSet(whoOption) ? cli.parser().value(whoOption) : CommandLine::currentUser();
}

QString path(CommandLine& cli)
{
    return cli.parser().positionalArguments().constFirst();
}

// Makes `edit` to the state the file holds, inside its write transaction, and prints why not.
int update(CommandLine& cli, OpenedAssessment& o, const OpenedAssessment::Edit& edit)
{
    return cli.report(o.update(edit, who(cli), Clock::system()).problems());
}

// A file from elsewhere is checked before it is acted on (AssessmentIntegrity); false once the refusal is printed.
bool intact(CommandLine& cli, const OpenedAssessment& o, const QString& refusal)
{
    const Problems problems = AssessmentIntegrity::problems(*o.file, o.assessment);
    cli.report(problems);
    if (!problems.isEmpty())
        cli.err() << refusal << QLatin1Char('\n');
    return problems.isEmpty();
}

int init(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess init"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), QStringLiteral("The catalog of the target level, e.g. jc-star/star1-common."), QStringLiteral("ID"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"), QStringLiteral("self (★1/★2, default) or lab (★3/★4)."), QStringLiteral("MODE"));
    cli.addCatalogsOption();
    cli.parser().addOptions({catalogOption, modeOption, whoOption});
    cli.parser().addPositionalArgument(fileArgument, QStringLiteral("The *.starmark file to create."));
    if (auto done = cli.parse(1, 1))
        return *done;
    if (!cli.parser().isSet(catalogOption))
        return cli.usageError(AssessCommand::tr("--catalog is required (see 'starmark catalog list')"));
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const Catalog* catalog = library.find(cli.parser().value(catalogOption));
    if (!catalog || !library.isValid(*catalog))
        return cli.usageError(
            AssessCommand::tr("no valid catalog '%1'; see 'starmark catalog list'").arg(cli.parser().value(catalogOption)));
    std::optional<Assessment::Mode> mode;
    if (cli.parser().isSet(modeOption)) {
        mode = termFromName<Assessment::Mode>(Assessment::modes, cli.parser().value(modeOption).toStdString());
        if (!mode)
            return cli.usageError(AssessCommand::tr("--mode takes self or lab"));
    }
    const Result<Assessment> started = NewAssessment::of(library, *catalog, mode);
    if (!started)
        return cli.usageError(started.problems().constFirst().message.text() + AssessCommand::tr("; use --mode lab"));
    QString error;
    if (!AssessmentFile::create(path(cli), *started, library.chain(*catalog), who(cli), Clock::system(), &error))
        return cli.report({Problem::invalid(QStringLiteral("assessment.cannot-create"), Message::plain(error))});
    cli.out() << AssessCommand::tr("created %1: %2, ★%3, %4 mode\n")
                     .arg(path(cli), started->catalog, QString::number(started->level),
                         termName<Assessment::Mode>(Assessment::modes, started->mode));
    return ExitOk;
}

int set(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess set"));
    cli.addCatalogsOption();
    cli.parser().addOption(whoOption);
    cli.parser().addPositionalArgument(fileArgument, fileDescription);
    cli.parser().addPositionalArgument(QStringLiteral("KEY=VALUE"),
        AssessmentEdit::keys().join(QStringLiteral(", ")) + QStringLiteral(". Lists are comma-separated; an empty value clears."),
        QStringLiteral("KEY=VALUE…"));
    if (auto done = cli.parse(2, -1))
        return *done;
    QList<std::pair<QString, QString>> assignments;
    for (const QString& assignment : cli.parser().positionalArguments().mid(1)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cli.usageError(AssessCommand::tr("'%1' is not KEY=VALUE").arg(assignment));
        assignments.append({assignment.left(eq), assignment.mid(eq + 1)});
    }
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadWrite, &code);
    if (!o)
        return code;
    const AssessmentEdit edit(o->chain, QDir::currentPath());
    code = update(cli, *o, [&](Assessment& next) { return edit.apply(next, assignments); });
    if (code != ExitOk)
        cli.err() << AssessCommand::tr("nothing was changed\n");
    return code;
}

int signOff(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess sign-off"));
    const QCommandLineOption reviewerOption(
        QStringLiteral("reviewer"), QStringLiteral("The reviewer (not the evaluator)."), QStringLiteral("NAME"));
    cli.addCatalogsOption();
    cli.parser().addOptions({reviewerOption, whoOption});
    cli.parser().addPositionalArgument(fileArgument, fileDescription);
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString reviewer = cli.parser().value(reviewerOption).trimmed();
    if (reviewer.isEmpty())
        return cli.usageError(AssessCommand::tr("--reviewer is required"));
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadWrite, &code);
    if (!o)
        return code;
    if (!intact(cli, *o, AssessCommand::tr("refusing to sign off %1").arg(o->file->path())))
        return ExitInvalid;
    code = update(cli, *o, [&](Assessment& next) -> Problems {
        if (const std::optional<Problem> refused = SignOffRules::problem(next, o->chain, reviewer))
            return {*refused};
        next.signOff = Assessment::SignOff{reviewer, Clock::system().now().toUTC()};
        return {};
    });
    if (code == ExitOk)
        cli.out()
            << AssessCommand::tr("signed off by %1; the assessment is locked (changes need 'starmark assess revise')\n").arg(reviewer);
    return code;
}

int importDeclaration(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess import"));
    cli.addCatalogsOption();
    cli.parser().addOptions({outputOption, whoOption});
    cli.parser().addPositionalArgument(
        QStringLiteral("DECLARATION"), QStringLiteral("The declaration (YAML, docs/declaration-format.md)."));
    if (auto done = cli.parse(1, 1))
        return *done;
    if (!cli.parser().isSet(outputOption))
        return cli.usageError(AssessCommand::tr("-o FILE.starmark is required"));
    return AssessCommand::import(cli, path(cli), cli.parser().value(outputOption), who(cli));
}

int exportDeclaration(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess export"));
    cli.addCatalogsOption();
    cli.parser().addOption(outputOption);
    cli.parser().addPositionalArgument(fileArgument, fileDescription);
    if (auto done = cli.parse(1, 1))
        return *done;
    if (!cli.parser().isSet(outputOption)) {
        return cli.usageError(
            AssessCommand::tr("-o FOLDER/DECLARATION.yaml is required; FOLDER must be new or empty, and the evidence is written into it"));
    }
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadOnly, &code);
    if (!o)
        return code;
    const QString output = cli.parser().value(outputOption);
    if (const Result<void> exported = DeclarationExport::write(*o->file, o->assessment, o->chain, output); !exported)
        return cli.report(exported.problems());
    cli.out() << AssessCommand::tr("exported to %1\n").arg(output);
    return ExitOk;
}

int revise(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess revise"));
    const QCommandLineOption firmwareOption(
        QStringLiteral("firmware"), QStringLiteral("The new firmware version."), QStringLiteral("VERSION"));
    cli.addCatalogsOption();
    cli.parser().addOptions({firmwareOption, whoOption});
    cli.parser().addPositionalArgument(fileArgument, fileDescription);
    if (auto done = cli.parse(1, 1))
        return *done;
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadWrite, &code);
    if (!o)
        return code;
    const QString firmware = cli.parser().value(firmwareOption);
    if (const Result<FirmwareRevision::Started> started = FirmwareRevision::start(o->assessment, o->chain, firmware); !started)
        return cli.usageError(started.problems().constFirst().message.text() + AssessCommand::tr("; give it with --firmware"));
    if (!intact(cli, *o, AssessCommand::tr("refusing to revise %1").arg(o->file->path())))
        return ExitInvalid;
    std::optional<FirmwareRevision::Started> next;
    code = update(cli, *o, [&](Assessment& state) {
        Result<FirmwareRevision::Started> started = FirmwareRevision::start(state, o->chain, firmware);
        if (!started)
            return started.problems();
        state = started->assessment;
        next = started.take();
        return Problems();
    });
    if (code == ExitOk) {
        cli.out() << AssessCommand::tr(
            "revision %1 for firmware %2: results carried over; %3 rest on device tests and need re-checking: %4\n")
                         .arg(QString::number(next->assessment.revision), next->assessment.product.firmware,
                             QString::number(next->rechecks.size()), next->rechecks.join(QStringLiteral(", ")));
    }
    return code;
}

} // namespace

std::optional<OpenedAssessment> AssessCommand::open(
    CommandLine& cli, const CatalogLibrary& library, AssessmentFile::Access access, int* code)
{
    Result<OpenedAssessment> opened = OpenedAssessment::open(path(cli), access, library);
    *code = cli.report(opened.problems());
    return opened ? std::optional<OpenedAssessment>(opened.take()) : std::nullopt;
}

int AssessCommand::import(CommandLine& cli, const QString& declaration, const QString& output, const QString& who)
{
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const DeclarationReader::Result read = DeclarationReader::readFile(declaration, library);
    if (!read.assessment) {
        const int code = cli.report(read.problems);
        cli.err() << tr("nothing was imported\n");
        return code;
    }
    const Assessment& a = *read.assessment;
    const QList<const Catalog*> chain = library.chain(*library.find(a.catalog));
    if (const Result<void> imported = DeclarationImport::into(output, a, chain, who, Clock::system()); !imported)
        return cli.report(imported.problems());
    const Outcome outcome = Outcome::of(a, chain);
    cli.out() << tr("imported %1 into %2: %3 results, level achieved ★%4 of ★%5\n")
                     .arg(declaration, output, QString::number(a.results.size()), QString::number(outcome.achieved),
                         QString::number(a.level));
    return ExitOk;
}

int AssessCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark assess"),
        {{QStringLiteral("init"), init}, {QStringLiteral("set"), set}, {QStringLiteral("sign-off"), signOff},
            {QStringLiteral("import"), importDeclaration}, {QStringLiteral("export"), exportDeclaration},
            {QStringLiteral("status"), AssessStatus::run}, {QStringLiteral("revise"), revise}, {QStringLiteral("audit"), AssessAudit::run},
            {QStringLiteral("upgrade"), AssessUpgrade::run}},
        arguments);
}

} // namespace starmark
