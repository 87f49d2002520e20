#include "ToolRunCommand.h"

#include "CommandLine.h"
#include "ShareLocation.h"

#include "evaluators/AssessmentEdit.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolImport.h"
#include "evaluators/tools/ToolRunner.h"
#include "evaluators/tools/probes/LoginLockoutProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

namespace starmark {
namespace {

const QCommandLineOption whoOption(
    QStringLiteral("who"), QStringLiteral("Who makes the change, for the audit trail (default: $USER)."), QStringLiteral("NAME"));
const QCommandLineOption targetOption(QStringLiteral("target"), QStringLiteral("HOST[:PORT] to scan (loopback unless --allow-remote)."),
    QStringLiteral("HOST[:PORT]"));
const QCommandLineOption allowRemoteOption(
    QStringLiteral("allow-remote"), QStringLiteral("Allow a target that is not this machine's loopback address."));
const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
    QStringLiteral("Stop the tool after SECONDS (default: nmap 900, sslscan 300, testssl 1800, ssh-audit 120; at most 3600)."),
    QStringLiteral("SECONDS"));
const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("lockout: the login's URL (http or https)."), QStringLiteral("URL"));
const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("lockout: the account to try."), QStringLiteral("USER"));
const QCommandLineOption wordlistOption(QStringLiteral("wordlist"),
    QStringLiteral("lockout: wrong passwords, one a line (at most 50)."), QStringLiteral("FILE"));
const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
    QStringLiteral("lockout: a file holding the account's right password (never give it on the command line)."), QStringLiteral("FILE"));
const QCommandLineOption authOption(
    QStringLiteral("auth"), QStringLiteral("lockout: basic, digest or form (default basic)."), QStringLiteral("KIND"));
const QCommandLineOption userFieldOption(
    QStringLiteral("user-field"), QStringLiteral("lockout, form: the user name's field (default username)."), QStringLiteral("NAME"));
const QCommandLineOption passwordFieldOption(
    QStringLiteral("password-field"), QStringLiteral("lockout, form: the password's field (default password)."), QStringLiteral("NAME"));
const QCommandLineOption failureTextOption(QStringLiteral("failure-text"),
    QStringLiteral("lockout, form: text the page shows when a login is refused."), QStringLiteral("TEXT"));
const QCommandLineOption delayOption(
    QStringLiteral("delay"), QStringLiteral("lockout: milliseconds between attempts (default 1000, at most 60000)."), QStringLiteral("MS"));
const QCommandLineOption requestTimeoutOption(QStringLiteral("request-timeout"),
    QStringLiteral("lockout: milliseconds an answer may take (default 10000, at most 120000)."), QStringLiteral("MS"));

const QString lockoutName = QStringLiteral("lockout");

// The requirement each tool's output speaks to (the tools' rules propose verdicts from it).
QString requirementOf(const QString& tool)
{
    if (tool == lockoutName)
        return QStringLiteral("S1.1-04");
    if (tool == QLatin1String("nmap"))
        return QStringLiteral("S1.1-13");
    return QStringLiteral("S1.1-12"); // sslscan, testssl, ssh-audit: the protocols and ciphers in use
}

std::optional<int> number(CommandLine& cli, const QCommandLineOption& option, int fallback, int* value)
{
    *value = fallback;
    if (!cli.parser().isSet(option))
        return std::nullopt;
    bool ok = false;
    *value = cli.parser().value(option).toInt(&ok);
    if (!ok)
        return cli.usageError(ToolRunCommand::tr("--%1 takes a whole number").arg(option.names().constFirst()));
    return std::nullopt;
}

bool writeJson(const QString& path, const QJsonObject& object, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// How the tool ran, beside its output: what a reader of the evidence needs to repeat the run.
QJsonObject runRecord(const ToolRunner::Run& run, const QString& outputName, const QString& target)
{
    return {{QStringLiteral("format"), QStringLiteral("starmark-tool-run/1")},
        {QStringLiteral("tool"), termName<ToolRunner::Tool>(ToolRunner::tools, run.tool)}, {QStringLiteral("program"), run.program},
        {QStringLiteral("version"), run.version}, {QStringLiteral("arguments"), QJsonArray::fromStringList(run.arguments)},
        {QStringLiteral("target"), target}, {QStringLiteral("ran_at"), run.ranAt.toString(Qt::ISODate)},
        {QStringLiteral("milliseconds"), run.milliseconds}, {QStringLiteral("exit_code"), run.exitCode},
        {QStringLiteral("output"), outputName}, {QStringLiteral("output_size"), run.outputSize}};
}

// The one step that puts a run's files into the assessment (the tools' importers take its place once merged).
Result<void> attach(OpenedAssessment& o, const QString& requirement, const QStringList& files, const QString& who)
{
    return o.update([&](Assessment& next) { return AssessmentEdit::addEvidence(next.results[requirement], files); }, who, Clock::system());
}

// Runs the lockout probe; the paths of its evidence in `work`, or nullopt once the refusal is printed (`code`).
std::optional<QStringList> runLockout(CommandLine& cli, const QString& work, int* code)
{
    for (const QCommandLineOption& required : {urlOption, userOption, wordlistOption, passwordFileOption}) {
        if (!cli.parser().isSet(required)) {
            *code = cli.usageError(ToolRunCommand::tr("lockout needs --%1").arg(required.names().constFirst()));
            return std::nullopt;
        }
    }
    if (cli.parser().isSet(targetOption)) {
        *code = cli.usageError(ToolRunCommand::tr("lockout takes --url, not --target"));
        return std::nullopt;
    }
    LoginLockoutProbe::Settings s;
    s.url = QUrl(cli.parser().value(urlOption), QUrl::StrictMode);
    s.user = cli.parser().value(userOption);
    s.allowRemote = cli.parser().isSet(allowRemoteOption);
    if (cli.parser().isSet(authOption)) {
        const auto auth = termFromName<LoginLockoutProbe::Auth>(LoginLockoutProbe::auths, cli.parser().value(authOption).toStdString());
        if (!auth) {
            *code = cli.usageError(ToolRunCommand::tr("--auth takes basic, digest or form"));
            return std::nullopt;
        }
        s.auth = *auth;
    }
    if (cli.parser().isSet(userFieldOption))
        s.userField = cli.parser().value(userFieldOption);
    if (cli.parser().isSet(passwordFieldOption))
        s.passwordField = cli.parser().value(passwordFieldOption);
    s.failureText = cli.parser().value(failureTextOption);
    if (const auto refused = number(cli, delayOption, s.delayMs, &s.delayMs)) {
        *code = *refused;
        return std::nullopt;
    }
    if (const auto refused = number(cli, requestTimeoutOption, s.requestTimeoutMs, &s.requestTimeoutMs)) {
        *code = *refused;
        return std::nullopt;
    }
    Problems problems;
    const Result<QStringList> words = LoginLockoutProbe::readWordlist(cli.parser().value(wordlistOption));
    const Result<QString> password = LoginLockoutProbe::readPassword(cli.parser().value(passwordFileOption));
    problems << words.problems() << password.problems();
    if (words)
        s.wrongPasswords = *words;
    if (password)
        s.password = *password;
    if (problems.isEmpty())
        problems << LoginLockoutProbe::check(s);
    if (!problems.isEmpty()) {
        *code = cli.report(problems);
        return std::nullopt;
    }
    const Result<LoginLockoutProbe::Finding> finding = LoginLockoutProbe(Clock::system()).run(s);
    if (!finding) {
        *code = cli.report(finding.problems());
        return std::nullopt;
    }
    const QString path = work + QStringLiteral("/lockout-%1-%2.json")
                                    .arg(s.url.host().replace(QLatin1Char(':'), QLatin1Char('_')),
                                        finding->ranAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QString error;
    if (!writeJson(path, finding->document, &error)) {
        *code = cli.report({Problem::unusable(QStringLiteral("tool.cannot-write"), Message::plain(error), {path})});
        return std::nullopt;
    }
    const auto last = [](const LoginLockoutProbe::Attempt& a) { return QStringLiteral("%1 (%2 ms)").arg(a.status).arg(a.milliseconds); };
    cli.out() << ToolRunCommand::tr("lockout probe of %1 (%2, user %3): %n wrong password(s), then the right one: %4; outcome: %5\n", nullptr,
                     int(s.wrongPasswords.size()))
                     .arg(s.url.toString(QUrl::RemoveUserInfo), termName<LoginLockoutProbe::Auth>(LoginLockoutProbe::auths, s.auth), s.user,
                         last(finding->after), termName<LoginLockoutProbe::Outcome>(LoginLockoutProbe::outcomes, finding->outcome));
    return QStringList{path};
}

// Runs a scanner; the paths of its output and run record in `work`, or nullopt once the refusal is printed (`code`).
std::optional<QStringList> runScanner(CommandLine& cli, ToolRunner::Tool tool, const QString& work, int* code, ToolRunner::Run* ran)
{
    if (!cli.parser().isSet(targetOption)) {
        *code = cli.usageError(ToolRunCommand::tr("--target HOST[:PORT] is required"));
        return std::nullopt;
    }
    ToolRunner::Limits limits;
    if (const auto refused = number(cli, timeoutOption, 0, &limits.timeoutSeconds)) {
        *code = *refused;
        return std::nullopt;
    }
    if (cli.parser().isSet(timeoutOption) && (limits.timeoutSeconds < 1 || limits.timeoutSeconds > ToolRunner::maxTimeoutSeconds)) {
        *code = cli.usageError(ToolRunCommand::tr("--timeout is between 1 and %1 seconds").arg(ToolRunner::maxTimeoutSeconds));
        return std::nullopt;
    }
    const Result<ScanTarget> target = ScanTarget::parse(cli.parser().value(targetOption), cli.parser().isSet(allowRemoteOption));
    if (!target) {
        *code = cli.report(target.problems());
        return std::nullopt;
    }
    const Result<ToolRunner::Run> run = ToolRunner(Clock::system(), ToolRunner::systemPath(), limits).run(tool, *target, work);
    if (!run) {
        *code = cli.report(run.problems());
        return std::nullopt;
    }
    *ran = *run;
    const QString record = run->outputPath + QStringLiteral(".run.json");
    QString error;
    if (!writeJson(record, runRecord(*run, QFileInfo(run->outputPath).fileName(), cli.parser().value(targetOption)), &error)) {
        *code = cli.report({Problem::unusable(QStringLiteral("tool.cannot-write"), Message::plain(error), {record})});
        return std::nullopt;
    }
    cli.out() << ToolRunCommand::tr("ran %1 %2 (%3 s, exit %4): %5 %6\n")
                     .arg(termName<ToolRunner::Tool>(ToolRunner::tools, tool), run->version)
                     .arg(double(run->milliseconds) / 1000.0, 0, 'f', 1)
                     .arg(run->exitCode)
                     .arg(run->program, run->arguments.join(QLatin1Char(' ')));
    return QStringList{run->outputPath, record};
}

} // namespace

int ToolRunCommand::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark tool run"));
    cli.addCatalogsOption();
    cli.parser().addOptions({whoOption, targetOption, allowRemoteOption, timeoutOption, urlOption, userOption, wordlistOption,
        passwordFileOption, authOption, userFieldOption, passwordFieldOption, failureTextOption, delayOption, requestTimeoutOption});
    cli.parser().addPositionalArgument(QStringLiteral("TOOL"), QStringLiteral("nmap, sslscan, testssl, ssh-audit or lockout."));
    cli.parser().addPositionalArgument(QStringLiteral("ASSESSMENT"), QStringLiteral("The *.starmark file the output is attached to."));
    if (auto done = cli.parse(2, 2))
        return *done;
    const QString toolName = cli.parser().positionalArguments().constFirst();
    const std::optional<ToolRunner::Tool> tool = termFromName<ToolRunner::Tool>(ToolRunner::tools, toolName.toStdString());
    if (!tool && toolName != lockoutName)
        return cli.usageError(tr("unknown tool '%1'; use nmap, sslscan, testssl, ssh-audit or lockout").arg(toolName));
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    Result<OpenedAssessment> opened = OpenedAssessment::open(cli.parser().positionalArguments().value(1), AssessmentFile::Access::ReadWrite, library);
    if (const int code = cli.report(opened.problems()); !opened)
        return code;
    std::optional<OpenedAssessment> o(opened.take());
    int code = ExitOk;
    const QString requirement = requirementOf(toolName);
    const QString file = o->file->path();
    if (std::none_of(o->chain.cbegin(), o->chain.cend(), [&](const Catalog* c) { return c->requirement(requirement) != nullptr; }))
        return cli.report({Problem::invalid(QStringLiteral("tool.no-requirement"),
            Message("ToolRunCommand", "the assessment's catalogs have no requirement %1, which %2 speaks to").arg(requirement).arg(toolName), {file})});
    if (o->assessment.isLocked())
        return cli.report({Problem::unusable(QStringLiteral("tool.assessment-locked"),
            Message("ToolRunCommand", "the assessment is signed off and takes no new evidence; nothing was run"), {file})});
    QTemporaryDir work;
    if (!work.isValid())
        return cli.report({Problem::unusable(QStringLiteral("tool.cannot-write"), Message::plain(work.errorString()))});
    ToolRunner::Run ran;
    const std::optional<QStringList> files = tool ? runScanner(cli, *tool, work.path(), &code, &ran) : runLockout(cli, work.path(), &code);
    if (!files) {
        cli.err() << tr("nothing was changed\n");
        return code;
    }
    const QString who = cli.parser().isSet(whoOption) ? cli.parser().value(whoOption) : CommandLine::currentUser();
    if (tool) {
        // The output is read by its importer, and goes, with the record of the run, where the tool rules tie it,
        // so that its proposals stand beside the verdicts; an output no rule speaks to is evidence only.
        const Result<ToolRules> rules = ToolRules::load(ShareLocation::root() + QStringLiteral("/tool-rules/jc-star.yaml"));
        if (!rules)
            return cli.report(rules.problems());
        const ToolImport::Request request{files->constFirst(), std::nullopt,
            {toolName, ran.version, ran.ranAt, ran.arguments.join(QLatin1Char(' '))}, files->mid(1)};
        const Result<ToolImport::Imported> imported = ToolImport::import(*o, *rules, request, who, Clock::system());
        if (imported) {
            for (const QString& path : *files)
                cli.out() << tr("attached %1 to %2\n").arg(QFileInfo(path).fileName(), imported->run.requirements.join(QStringLiteral(", ")));
            return ExitOk;
        }
        if (!findProblem(imported.problems(), u"tool.no-requirement")) {
            code = cli.report(imported.problems());
            cli.err() << tr("nothing was changed\n");
            return code;
        }
    }
    code = cli.report(attach(*o, requirement, *files, who).problems());
    if (code != ExitOk) {
        cli.err() << tr("nothing was changed\n");
        return code;
    }
    for (const QString& path : *files)
        cli.out() << tr("attached %1 to %2\n").arg(QFileInfo(path).fileName(), requirement);
    return ExitOk;
}

} // namespace starmark
