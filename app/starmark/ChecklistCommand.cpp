#include "ChecklistCommand.h"

#include "AssessCommand.h"
#include "CommandLine.h"

#include "reports/checklist/ChecklistImport.h"
#include "reports/checklist/ChecklistTemplate.h"
#include "reports/checklist/ChecklistWriter.h"

namespace starmark {
namespace {

const QString fileArgument = QStringLiteral("ASSESSMENT");
const QString fileDescription = QStringLiteral("The *.starmark file.");

int exportChecklist(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark checklist export"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the workbook to FILE.xlsx."),
        QStringLiteral("FILE"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
        QStringLiteral("Fill this workbook (the operator's checklist) instead of StarMark's layout; needs --map."), QStringLiteral("FILE.xlsx"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"), QStringLiteral("Where --template wants each field (docs/checklist.md)."), QStringLiteral("MAP.yaml"));
    cli.addCatalogsOption();
    cli.addLanguageOption();
    cli.parser().addOptions({outputOption, templateOption, mapOption});
    cli.parser().addPositionalArgument(fileArgument, fileDescription);
    if (auto done = cli.parse(1, 1))
        return *done;
    if (!cli.parser().isSet(outputOption))
        return cli.usageError(ChecklistCommand::tr("-o FILE.xlsx is required"));
    if (cli.parser().isSet(templateOption) != cli.parser().isSet(mapOption))
        return cli.usageError(ChecklistCommand::tr("--template and --map go together"));
    const std::optional<Language> language = cli.language();
    if (!language)
        return ExitUsage;
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    const std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadOnly, &code);
    if (!o)
        return code;
    Result<QByteArray> workbook = Problems();
    if (cli.parser().isSet(templateOption)) {
        const Result<ChecklistMap> map = ChecklistMap::read(cli.parser().value(mapOption));
        if (!map)
            return cli.report(map.problems());
        const Result<XlsxPackage> package = XlsxPackage::read(cli.parser().value(templateOption));
        if (!package)
            return cli.report(package.problems());
        workbook = ChecklistTemplate::fill(*package, *map, o->assessment, o->chain, *language);
    } else {
        workbook = ChecklistWriter::write(o->assessment, o->chain, *language);
    }
    if (!workbook)
        return cli.report(workbook.problems());
    const QString output = cli.parser().value(outputOption);
    if (!cli.writeFile(output, *workbook))
        return ExitUsage;
    cli.out() << ChecklistCommand::tr("wrote the checklist of %1 to %2\n").arg(o->file->path(), output);
    return ExitOk;
}

int importChecklist(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark checklist import"));
    const QCommandLineOption whoOption(
        QStringLiteral("who"), QStringLiteral("Who makes the change, for the audit trail (default: $USER)."), QStringLiteral("NAME"));
    cli.addCatalogsOption();
    cli.parser().addOption(whoOption);
    cli.parser().addPositionalArgument(fileArgument, fileDescription);
    cli.parser().addPositionalArgument(QStringLiteral("WORKBOOK"), QStringLiteral("The filled checklist (.xlsx)."));
    if (auto done = cli.parse(2, 2))
        return *done;
    const QString who = cli.parser().isSet(whoOption) ? cli.parser().value(whoOption) : CommandLine::currentUser();
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadWrite, &code);
    if (!o)
        return code;
    const QString workbook = cli.parser().positionalArguments().at(1);
    const Result<QList<ChecklistImport::Change>> changes = ChecklistImport::apply(*o, workbook, who, Clock::system());
    code = cli.report(changes.problems());
    if (!changes) {
        cli.err() << ChecklistCommand::tr("nothing was changed\n");
        return code == ExitOk ? ExitInvalid : code;
    }
    if (changes->isEmpty()) {
        cli.out() << ChecklistCommand::tr("%1 says what %2 says already; nothing was changed\n").arg(workbook, o->file->path());
        return code;
    }
    for (const ChecklistImport::Change& c : *changes)
        cli.out() << QStringLiteral("%1.%2: %3 → %4\n").arg(c.requirement, c.field, c.before, c.after);
    cli.out() << ChecklistCommand::tr("applied %1 to %2 as one audited change of %3 field(s)\n")
                     .arg(workbook, o->file->path(), QString::number(changes->size()));
    return code;
}

} // namespace

int ChecklistCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(
        QStringLiteral("starmark checklist"), {{QStringLiteral("export"), exportChecklist}, {QStringLiteral("import"), importChecklist}}, arguments);
}

} // namespace starmark
