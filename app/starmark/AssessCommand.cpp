#include "AssessCommand.h"

#include "CommandLine.h"

#include "criteria/CatalogChain.h"
#include "criteria/CatalogLibrary.h"
#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/AssessmentIntegrity.h"
#include "evaluators/AssessmentJson.h"
#include "evaluators/CatalogChange.h"
#include "evaluators/DeclarationExport.h"
#include "evaluators/DeclarationReader.h"
#include "evaluators/EvidenceSource.h"
#include "evaluators/FirmwareRevision.h"
#include "evaluators/NewAssessment.h"
#include "evaluators/Outcome.h"
#include "evaluators/ResultRules.h"
#include "evaluators/SignOffRules.h"
#include "reports/AuditAnchor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {
namespace {

const QCommandLineOption whoOption(
    QStringLiteral("who"), QStringLiteral("Who makes the change, for the audit trail (default: $USER)."), QStringLiteral("NAME"));
const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for machines."));
const QCommandLineOption outputOption(
    {QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE."), QStringLiteral("FILE"));

QString who(CommandLine& cli)
{
    if (cli.parser().isSet(whoOption))
        return cli.parser().value(whoOption);
    return CommandLine::currentUser();
}

// An open assessment with the catalogs it is assessed against.
struct Opened {
    std::unique_ptr<AssessmentFile> file;
    Assessment assessment;
    std::optional<CatalogLibrary> library;
    QList<const Catalog*> chain;
};

// Opens FILE and finds its catalogs; on failure prints why and returns the exit code.
std::variant<Opened, int> openAssessment(CommandLine& cli, const QString& path, AssessmentFile::Access access)
{
    Opened o;
    QString error;
    o.file = AssessmentFile::open(path, access, &error);
    if (!o.file) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitUsage;
    }
    std::optional<Assessment> loaded = o.file->load(&error);
    if (!loaded) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    o.assessment = *loaded;
    o.library.emplace(CatalogLibrary::load(cli.catalogFolders()));
    const Catalog* catalog = o.library->find(o.assessment.catalog);
    if (!catalog || !o.library->isValid(*catalog)) {
        cli.err() << QStringLiteral("error: %1: its catalog %2 is %3; pass --catalogs with the folder that holds it\n")
                         .arg(path, o.assessment.catalog, catalog ? QStringLiteral("not valid") : QStringLiteral("not installed"));
        return ExitUsage;
    }
    o.chain = o.library->chain(*catalog);
    // Say what changed in the catalogs since the assessment pinned them.
    const QMap<QString, QJsonObject> pinned = o.file->pinnedCatalogs();
    for (const Catalog* c : o.chain) {
        const auto it = pinned.constFind(c->qualifiedId());
        if (it == pinned.cend())
            continue;
        for (const CatalogChange::Entry& change : CatalogChange::between(*it, *c))
            cli.err() << QStringLiteral("warning: %1: catalog %2 changed since this assessment began: %3\n")
                             .arg(path, c->qualifiedId(), change.describe());
    }
    return o;
}

// Makes `edit` to the state the file holds inside the write transaction.
int update(CommandLine& cli, Opened& o, const AssessmentFile::Edit& edit)
{
    QString error;
    if (!o.file->update(edit, o.chain, who(cli), Clock::system(), &error)) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    return ExitOk;
}

// A file from elsewhere is checked before it is acted on (AssessmentIntegrity); false once the refusal is printed.
bool intact(CommandLine& cli, const AssessmentFile& file, const Assessment& assessment, const QString& action)
{
    const QStringList problems = AssessmentIntegrity::problems(file, assessment);
    for (const QString& p : problems)
        cli.err() << QStringLiteral("error: ") << p << QLatin1Char('\n');
    if (!problems.isEmpty())
        cli.err() << QStringLiteral("refusing to %1 %2\n").arg(action, file.path());
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
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file to create."));
    if (auto done = cli.parse(1, 1))
        return *done;
    if (!cli.parser().isSet(catalogOption))
        return cli.usageError(QStringLiteral("--catalog is required (see 'starmark catalog list')"));
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const Catalog* catalog = library.find(cli.parser().value(catalogOption));
    if (!catalog || !library.isValid(*catalog))
        return cli.usageError(QStringLiteral("no valid catalog '%1'; see 'starmark catalog list'").arg(cli.parser().value(catalogOption)));
    std::optional<Assessment::Mode> mode;
    if (cli.parser().isSet(modeOption)) {
        mode = termFromName<Assessment::Mode>(Assessment::modes, cli.parser().value(modeOption).toStdString());
        if (!mode)
            return cli.usageError(QStringLiteral("--mode takes self or lab"));
    }
    QString problem;
    const std::optional<Assessment> started = NewAssessment::of(library, *catalog, mode, &problem);
    if (!started)
        return cli.usageError(problem);
    const Assessment& a = *started;
    const QList<const Catalog*> chain = library.chain(*catalog);
    QString error;
    const QString path = cli.parser().positionalArguments().constFirst();
    if (!AssessmentFile::create(path, a, chain, who(cli), Clock::system(), &error)) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    cli.out() << QStringLiteral("created %1: %2, ★%3, %4 mode\n")
                     .arg(path, a.catalog)
                     .arg(a.level)
                     .arg(termName<Assessment::Mode>(Assessment::modes, a.mode));
    return ExitOk;
}

// Applies one KEY=VALUE to `a`; returns what is wrong with it, or an empty string.
QString assign(Assessment& a, const QList<const Catalog*>& chain, const QString& key, const QString& value, const QString& baseFolder)
{
    // The limits a declaration's texts are read with (docs/limits.md); a result's own texts are ResultRules'.
    const int maxLength = key.startsWith(QLatin1String("product.")) || key.startsWith(QLatin1String("evaluator."))
        ? InputLimits::shortTextCharacters
        : InputLimits::longTextCharacters;
    if (const qsizetype n = InputLimits::characters(value); n > maxLength)
        return InputLimits::exceeded(
            QStringLiteral("the text has"), n, maxLength, QStringLiteral("characters"), QStringLiteral("shorten it"));
    Product& p = a.product;
    const QStringList parts = key.split(QLatin1Char('.'));
    auto date = [&](QDate& target) {
        const std::optional<QDate> d = Product::parseDate(value);
        if (!d)
            return QStringLiteral("'%1' is not a date; write YYYY-MM-DD").arg(value);
        target = *d;
        return p.datesProblem().value_or(QString());
    };
    static const QMap<QString, QString Product::*> productTexts{{QStringLiteral("product.model"), &Product::model},
        {QStringLiteral("product.firmware"), &Product::firmware}, {QStringLiteral("product.hardware"), &Product::hardware}};
    if (productTexts.contains(key)) {
        p.*productTexts.value(key) = value;
        return {};
    }
    if (key == QLatin1String("product.manufacturer.ja") || key == QLatin1String("product.manufacturer.en")
        || key == QLatin1String("product.name.ja") || key == QLatin1String("product.name.en")) {
        LocalizedText& t = parts[1] == QLatin1String("name") ? p.name : p.manufacturer;
        (parts[2] == QLatin1String("ja") ? t.ja : t.en) = value;
        return {};
    }
    if (key == QLatin1String("product.released"))
        return date(p.released);
    if (key == QLatin1String("product.support_until"))
        return date(p.supportUntil);
    if (key == QLatin1String("product.vulnerability_contact")) {
        p.vulnerabilityContact = value;
        return Product::contactProblem(value).value_or(QString());
    }
    if (key == QLatin1String("evaluator.name")) {
        a.evaluator.name = value;
        return {};
    }
    if (key == QLatin1String("evaluator.organisation")) {
        a.evaluator.organisation = value;
        return {};
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("profile")) {
        const Question* q = CatalogChain::question(chain, parts[1]);
        if (!q)
            return QStringLiteral("'%1' is not a question of this assessment's catalogs").arg(parts[1]);
        if (value.isEmpty()) {
            a.profile.remove(q->id);
            return {};
        }
        if (q->type == Question::Type::Boolean && value != QLatin1String("true") && value != QLatin1String("false"))
            return QStringLiteral("'%1' is a yes/no question; answer true or false").arg(q->id);
        if (q->type == Question::Type::Choice && !q->hasOption(value))
            return QStringLiteral("'%1' is not an option of '%2'").arg(value, q->id);
        a.profile.insert(q->id, value);
        return {};
    }
    // Requirement and test ids contain dots (S1.1-04, S3.RT-02-T3): the id is the first prefix the chain knows.
    static const QStringList fields{QStringLiteral(".verdict"), QStringLiteral(".items"), QStringLiteral(".rationale"),
        QStringLiteral(".justification"), QStringLiteral(".evidence"), QStringLiteral(".tests.")};
    QString id;
    for (qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0 && id.isEmpty(); dot = key.indexOf(QLatin1Char('.'), dot + 1)) {
        if (CatalogChain::requirement(chain, key.left(dot)))
            id = key.left(dot);
    }
    if (id.isEmpty()) {
        qsizetype earliest = -1;
        for (const QString& field : fields) {
            const qsizetype at = key.indexOf(field);
            if (at > 0 && (earliest < 0 || at < earliest))
                earliest = at;
        }
        if (earliest > 0)
            return QStringLiteral("'%1' is not a requirement of this assessment's catalogs").arg(key.left(earliest));
        return QStringLiteral("unknown key; see 'starmark assess set --help'");
    }
    const QString rest = key.mid(id.size());
    for (const QString& field : fields) {
        if (!(field.endsWith(QLatin1Char('.')) ? rest.startsWith(field) : rest == field))
            continue;
        Assessment::Result& result = a.results[id];
        const QStringList list = value.isEmpty() ? QStringList() : value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (field == QLatin1String(".verdict")) {
            const std::optional<Verdict> v = termFromName<Verdict>(verdicts, value.toStdString());
            if (!v)
                return QStringLiteral("'%1' is not a verdict; use one of: %2").arg(value, termList<Verdict>(verdicts));
            result.verdict = *v;
            result.recheck = false; // a verdict given again is a verdict re-checked
        } else if (field == QLatin1String(".items")) {
            result.items = list;
        } else if (field == QLatin1String(".rationale")) {
            result.rationale = value;
        } else if (field == QLatin1String(".justification")) {
            result.justification = value;
        } else if (field == QLatin1String(".evidence")) {
            result.evidence.clear();
            for (const QString& name : list) {
                QString problem;
                const std::optional<QString> located = EvidenceSource::locate(baseFolder, name.trimmed(), &problem);
                if (!located)
                    return problem;
                result.evidence.append({name.trimmed(), {}, QFileInfo(*located).size(), *located});
            }
        } else {
            const QString testKey = rest.mid(field.size());
            const qsizetype last = testKey.lastIndexOf(QLatin1Char('.'));
            const QString property = testKey.mid(last + 1);
            if (last <= 0 || (property != QLatin1String("verdict") && property != QLatin1String("observed")))
                return QStringLiteral("write %1.tests.<test id>.verdict or .observed").arg(id);
            Assessment::TestResult& test = result.tests[testKey.left(last)];
            if (property == QLatin1String("observed")) {
                test.observed = value;
            } else {
                const std::optional<TestVerdict> v = termFromName<TestVerdict>(testVerdicts, value.toStdString());
                if (!v)
                    return QStringLiteral("'%1' is not a test verdict; use one of: %2").arg(value, termList<TestVerdict>(testVerdicts));
                test.verdict = *v;
            }
        }
        return {};
    }
    return QStringLiteral("unknown key; see 'starmark assess set --help'");
}

int set(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess set"));
    cli.addCatalogsOption();
    cli.parser().addOption(whoOption);
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    cli.parser().addPositionalArgument(QStringLiteral("KEY=VALUE"),
        QStringLiteral("product.model, product.firmware, product.hardware, product.released, product.support_until, "
                       "product.vulnerability_contact, product.manufacturer.ja|en, product.name.ja|en, evaluator.name, "
                       "evaluator.organisation, profile.<question>, <requirement>.verdict|items|rationale|justification|evidence, "
                       "<requirement>.tests.<test>.verdict|observed. Lists are comma-separated; an empty value clears."),
        QStringLiteral("KEY=VALUE…"));
    if (auto done = cli.parse(2, -1))
        return *done;
    const QStringList args = cli.parser().positionalArguments();
    auto opened = openAssessment(cli, args[0], AssessmentFile::Access::ReadWrite);
    if (int* code = std::get_if<int>(&opened))
        return *code;
    Opened& o = std::get<Opened>(opened);
    QList<std::pair<QString, QString>> assignments;
    for (const QString& assignment : args.mid(1)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cli.usageError(QStringLiteral("'%1' is not KEY=VALUE").arg(assignment));
        assignments.append({assignment.left(eq), assignment.mid(eq + 1)});
    }
    const QString folder = QDir::currentPath();
    QStringList problems;
    const int code = update(cli, o, [&](Assessment& next) {
        QSet<QString> touched;
        for (const auto& [key, value] : assignments) {
            const QString problem = assign(next, o.chain, key, value, folder);
            if (!problem.isEmpty())
                problems << QStringLiteral("%1: %2").arg(key, problem);
            for (auto it = next.results.cbegin(); it != next.results.cend(); ++it) {
                if (key.startsWith(it.key() + QLatin1Char('.')))
                    touched.insert(it.key());
            }
        }
        for (const QString& id : touched) {
            const Requirement* r = CatalogChain::requirement(o.chain, id);
            for (const ResultRules::Problem& p :
                ResultRules::check(*r, next.results.value(id), next.mode, Applicability::of(*r, next.profile)))
                problems << QStringLiteral("%1.%2: %3").arg(id, p.field, p.message);
        }
        return problems.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(args[0], problems.join(QStringLiteral("; ")));
    });
    if (code != ExitOk)
        cli.err() << QStringLiteral("nothing was changed\n");
    return code;
}

int signOff(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess sign-off"));
    const QCommandLineOption reviewerOption(
        QStringLiteral("reviewer"), QStringLiteral("The reviewer (not the evaluator)."), QStringLiteral("NAME"));
    cli.addCatalogsOption();
    cli.parser().addOptions({reviewerOption, whoOption});
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString reviewer = cli.parser().value(reviewerOption).trimmed();
    if (reviewer.isEmpty())
        return cli.usageError(QStringLiteral("--reviewer is required"));
    const QString path = cli.parser().positionalArguments().constFirst();
    auto opened = openAssessment(cli, path, AssessmentFile::Access::ReadWrite);
    if (int* code = std::get_if<int>(&opened))
        return *code;
    Opened& o = std::get<Opened>(opened);
    if (!intact(cli, *o.file, o.assessment, QStringLiteral("sign off")))
        return ExitInvalid;
    const int code = update(cli, o, [&](Assessment& next) {
        if (const QString problem = SignOffRules::problem(next, o.chain, reviewer); !problem.isEmpty())
            return QStringLiteral("%1: %2").arg(path, problem);
        next.signOff = Assessment::SignOff{reviewer, Clock::system().now().toUTC()};
        return QString();
    });
    if (code == ExitOk)
        cli.out() << QStringLiteral("signed off by %1; the assessment is locked (changes need 'starmark assess revise')\n").arg(reviewer);
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
        return cli.usageError(QStringLiteral("-o FILE.starmark is required"));
    return AssessCommand::import(cli, cli.parser().positionalArguments().constFirst(), cli.parser().value(outputOption), who(cli));
}

int exportDeclaration(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess export"));
    cli.addCatalogsOption();
    cli.parser().addOption(outputOption);
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    if (!cli.parser().isSet(outputOption))
        return cli.usageError(QStringLiteral("-o FOLDER/DECLARATION.yaml is required; FOLDER must be new or empty, and the evidence is written into it"));
    auto opened = openAssessment(cli, cli.parser().positionalArguments().constFirst(), AssessmentFile::Access::ReadOnly);
    if (int* code = std::get_if<int>(&opened))
        return *code;
    Opened& o = std::get<Opened>(opened);
    const QString output = cli.parser().value(outputOption);
    QString error;
    if (!DeclarationExport::write(*o.file, o.assessment, o.chain, output, &error)) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitInvalid;
    }
    cli.out() << QStringLiteral("exported to %1\n").arg(output);
    return ExitOk;
}

int revise(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess revise"));
    const QCommandLineOption firmwareOption(
        QStringLiteral("firmware"), QStringLiteral("The new firmware version."), QStringLiteral("VERSION"));
    cli.addCatalogsOption();
    cli.parser().addOptions({firmwareOption, whoOption});
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString path = cli.parser().positionalArguments().constFirst();
    auto opened = openAssessment(cli, path, AssessmentFile::Access::ReadWrite);
    if (int* code = std::get_if<int>(&opened))
        return *code;
    Opened& o = std::get<Opened>(opened);
    QString problem;
    if (!FirmwareRevision::start(o.assessment, o.chain, cli.parser().value(firmwareOption), &problem))
        return cli.usageError(problem);
    if (!intact(cli, *o.file, o.assessment, QStringLiteral("revise")))
        return ExitInvalid;
    Assessment next;
    QStringList rechecks;
    const int code = update(cli, o, [&](Assessment& state) {
        QString why;
        std::optional<FirmwareRevision::Started> started = FirmwareRevision::start(state, o.chain, cli.parser().value(firmwareOption), &why);
        if (!started)
            return QStringLiteral("%1: %2").arg(path, why);
        state = next = started->assessment;
        rechecks = started->rechecks;
        return QString();
    });
    if (code == ExitOk) {
        cli.out() << QStringLiteral("revision %1 for firmware %2: results carried over; %3 rest on device tests and need re-checking: %4\n")
                         .arg(next.revision)
                         .arg(next.product.firmware)
                         .arg(rechecks.size())
                         .arg(rechecks.join(QStringLiteral(", ")));
    }
    return code;
}

int audit(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess audit"));
    const QCommandLineOption againstOption(QStringLiteral("against"),
        QStringLiteral("A signed report made from this file: its recorded trail head must still be in the trail."),
        QStringLiteral("REPORT.pdf"));
    cli.parser().addOptions({jsonOption, againstOption});
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    QString error;
    const QString path = cli.parser().positionalArguments().constFirst();
    std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error);
    if (!file) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitUsage;
    }
    const QList<AuditTrail::Entry> entries = file->auditEntries();
    AuditTrail::Verification v = file->verifyAudit();
    // The trail records each blob by its SHA-256; the content behind it is checked here.
    if (v.intact) {
        if (const QString damage = file->evidenceDamage(); !damage.isEmpty())
            v = {false, 0, damage};
    }
    // A trail rewritten whole, every hash recomputed, verifies on its own; the head a
    // signed report recorded does not survive the rewrite.
    if (cli.parser().isSet(againstOption)) {
        const QString reportPath = cli.parser().value(againstOption);
        const auto report = InputFile::read(reportPath, InputLimits::reportBytes);
        if (!report)
            return cli.report(report.problems());
        const Result<void> anchored = AuditAnchor::check(entries, *report, Clock::system().now());
        if (const Problem* rewritten = findProblem(anchored.problems(), u"report.trail-not-anchored")) {
            if (v.intact)
                v = {false, 0, rewritten->message.text()};
        } else if (!anchored) {
            QStringList reasons;
            for (const Problem& p : anchored.problems())
                reasons << p.message.text();
            cli.err() << QStringLiteral("error: %1 is not a valid signed report: %2\n").arg(reportPath, reasons.join(QStringLiteral("; ")));
            return hasUnusable(anchored.problems()) ? ExitUsage : ExitInvalid;
        }
    }
    if (cli.parser().isSet(jsonOption)) {
        QJsonArray list;
        for (const AuditTrail::Entry& e : entries) {
            list.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("who"), e.who}, {QStringLiteral("action"), e.action}, {QStringLiteral("target"), e.target},
                {QStringLiteral("old"), e.oldValue}, {QStringLiteral("new"), e.newValue},
                {QStringLiteral("hash"), QString::fromLatin1(e.hash)}});
        }
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("intact"), v.intact}, {QStringLiteral("problem"), v.problem},
                                       {QStringLiteral("first_broken"), v.firstBroken}, {QStringLiteral("entries"), list}})
                         .toJson(QJsonDocument::Indented);
    } else {
        for (const AuditTrail::Entry& e : entries) {
            const QString change = e.oldValue.isEmpty() ? e.newValue : QStringLiteral("%1 → %2").arg(e.oldValue, e.newValue);
            cli.out() << QStringLiteral("%1  %2  %3  %4 %5: %6\n")
                             .arg(e.seq, 4)
                             .arg(e.at.toString(Qt::ISODate), e.who, e.action, e.target, change.left(120));
        }
        cli.out() << (v.intact  ? QStringLiteral("audit trail intact: %1 entries, each chained to the one before\n").arg(entries.size())
                : v.firstBroken ? QStringLiteral("AUDIT TRAIL BROKEN at entry %1: %2\n").arg(v.firstBroken).arg(v.problem)
                                : QStringLiteral("AUDIT TRAIL BROKEN: %1\n").arg(v.problem));
    }
    cli.out().flush();
    return v.intact ? ExitOk : ExitInvalid;
}

int upgrade(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess upgrade"));
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file, of an earlier file format."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString path = cli.parser().positionalArguments().constFirst();
    QString error;
    int before = 0;
    if (std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error))
        before = file->format();
    // Opened for writing, a file of an earlier format is upgraded.
    std::unique_ptr<AssessmentFile> file = before ? AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error) : nullptr;
    if (!file) {
        cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
        return ExitUsage;
    }
    cli.out() << (before == file->format() ? QStringLiteral("%1 is already of file format %2\n").arg(path).arg(file->format())
                                           : QStringLiteral("%1 upgraded from file format %2 to %3; the audit trail records the state as "
                                                            "found\n")
                                                 .arg(path)
                                                 .arg(before)
                                                 .arg(file->format()));
    return ExitOk;
}

int status(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess status"));
    cli.addCatalogsOption();
    cli.addLanguageOption();
    cli.parser().addOption(jsonOption);
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const std::optional<Language> language = cli.language();
    if (!language)
        return ExitUsage;
    const QString path = cli.parser().positionalArguments().constFirst();
    auto opened = openAssessment(cli, path, AssessmentFile::Access::ReadOnly);
    if (int* code = std::get_if<int>(&opened))
        return *code;
    Opened& o = std::get<Opened>(opened);
    const Assessment& a = o.assessment;
    const Outcome outcome = Outcome::of(a, o.chain);
    const AuditTrail::Verification audit = o.file->verifyAudit();
    const int code = outcome.achieved >= outcome.target ? ExitOk : ExitInvalid;

    if (cli.parser().isSet(jsonOption)) {
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("assessment"), AssessmentJson::toJson(a)},
                                       {QStringLiteral("outcome"), AssessmentJson::toJson(outcome)},
                                       {QStringLiteral("audit"),
                                           QJsonObject{{QStringLiteral("intact"), audit.intact},
                                               {QStringLiteral("entries"), int(o.file->auditEntries().size())}}}})
                         .toJson(QJsonDocument::Indented);
        cli.out().flush();
        return code;
    }
    const bool en = *language == Language::English;
    auto inLanguage = [en](const char* ja, const char* english) { return en ? QString::fromUtf8(english) : QString::fromUtf8(ja); };
    QTextStream& out = cli.out();
    const Product& p = a.product;
    out << QStringLiteral("%1 — %2 %3 (%4), %5 %6\n")
               .arg(QFileInfo(path).fileName(),
                   a.mode == Assessment::Mode::Lab ? inLanguage("適合評価", "lab evaluation") : inLanguage("自己適合宣言", "self-declaration"),
                   QStringLiteral("★%1").arg(a.level), a.catalog, inLanguage("改訂", "revision"))
               .arg(a.revision);
    out << inLanguage("製品", "Product") << QStringLiteral(": ") << p.manufacturer.in(*language) << QStringLiteral(" ") << p.name.in(*language)
        << QStringLiteral(" ") << p.model << QStringLiteral(", ") << inLanguage("ファームウェア", "firmware") << QStringLiteral(" ") << p.firmware
        << QStringLiteral(", ") << inLanguage("サポート終了", "support until") << QStringLiteral(" ") << p.supportUntil.toString(Qt::ISODate)
        << QLatin1Char('\n');
    out << inLanguage("評価者", "Evaluator") << QStringLiteral(": ") << a.evaluator.name;
    if (a.signOff)
        out << QStringLiteral("; ") << inLanguage("承認", "signed off by") << QStringLiteral(" ") << a.signOff->reviewer << QStringLiteral(" ")
            << a.signOff->at.toString(Qt::ISODate) << QStringLiteral(" (") << inLanguage("ロック済み", "locked") << QStringLiteral(")");
    out << QLatin1Char('\n');
    out << inLanguage("達成レベル", "Level achieved") << QStringLiteral(": ")
        << (outcome.achieved ? QStringLiteral("★%1").arg(outcome.achieved) : inLanguage("なし", "none")) << QStringLiteral(" / ")
        << inLanguage("目標", "target") << QStringLiteral(" ★%1\n").arg(outcome.target);
    QStringList counts;
    for (const Term<Verdict>& t : verdicts)
        counts << QStringLiteral("%1 %2").arg(QLatin1String(t.name.data(), qsizetype(t.name.size()))).arg(outcome.counts.value(t.value));
    out << inLanguage("判定", "Verdicts") << QStringLiteral(": ") << counts.join(QStringLiteral(", "));
    if (outcome.recheck)
        out << QStringLiteral(", ") << inLanguage("再確認が必要", "to re-check") << QStringLiteral(" ") << outcome.recheck;
    out << QLatin1Char('\n');
    if (!outcome.gaps.isEmpty()) {
        out << inLanguage("★%1 を妨げている要件", "Blocking ★%1").arg(outcome.achieved + 1) << QStringLiteral(":\n");
        for (const Outcome::Gap& g : outcome.gaps) {
            int level = 0;
            const Requirement* r = CatalogChain::requirement(o.chain, g.requirement, &level);
            out << QStringLiteral("  %1  %2  [%3%4]\n")
                       .arg(g.requirement, r ? r->title.in(*language) : QString(), termName<Verdict>(verdicts, g.verdict),
                           g.recheck ? inLanguage("、再確認", ", re-check") : QString());
        }
    }
    if (!outcome.unanswered.isEmpty())
        out << inLanguage("未回答の質問", "Unanswered questions") << QStringLiteral(": ") << outcome.unanswered.join(QStringLiteral(", "))
            << QLatin1Char('\n');
    out << inLanguage("監査証跡", "Audit trail") << QStringLiteral(": ")
        << (audit.intact ? inLanguage("改ざんなし", "intact") : inLanguage("破損", "BROKEN") + QStringLiteral(" — ") + audit.problem) << QLatin1Char('\n');
    out.flush();
    return code;
}

} // namespace

int AssessCommand::import(CommandLine& cli, const QString& declaration, const QString& output, const QString& who)
{
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const DeclarationReader::Result read = DeclarationReader::readFile(declaration, library);
    if (!read.assessment) {
        const int code = cli.report(read.problems);
        cli.err() << QStringLiteral("nothing was imported\n");
        return code;
    }
    const Assessment& a = *read.assessment;
    const QList<const Catalog*> chain = library.chain(*library.find(a.catalog));
    QString error;
    if (!QFileInfo::exists(output)) {
        if (!AssessmentFile::create(output, a, chain, who, Clock::system(), &error)) {
            cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
            return ExitInvalid;
        }
    } else {
        std::unique_ptr<AssessmentFile> file = AssessmentFile::open(output, AssessmentFile::Access::ReadWrite, &error);
        if (!file) {
            cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
            return ExitUsage;
        }
        const auto replace = [&](Assessment& state) {
            const int revision = state.revision;
            const bool sameCatalog = state.catalog == a.catalog;
            state = a;
            if (sameCatalog)
                state.revision = revision; // an import updates the revision in progress
            return QString();
        };
        if (!file->update(replace, chain, who, Clock::system(), &error)) {
            cli.err() << QStringLiteral("error: ") << error << QLatin1Char('\n');
            return ExitInvalid;
        }
    }
    const Outcome outcome = Outcome::of(a, chain);
    cli.out() << QStringLiteral("imported %1 into %2: %3 results, level achieved ★%4 of ★%5\n")
                     .arg(declaration, output)
                     .arg(a.results.size())
                     .arg(outcome.achieved)
                     .arg(a.level);
    return ExitOk;
}

int AssessCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark assess"),
        {{QStringLiteral("init"), init}, {QStringLiteral("set"), set}, {QStringLiteral("sign-off"), signOff},
            {QStringLiteral("import"), importDeclaration}, {QStringLiteral("export"), exportDeclaration},
            {QStringLiteral("status"), status}, {QStringLiteral("revise"), revise}, {QStringLiteral("audit"), audit},
            {QStringLiteral("upgrade"), upgrade}},
        arguments);
}

} // namespace starmark
