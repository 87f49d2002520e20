#include "SurveilCommand.h"

#include "RegistryOptions.h"
#include "SigningOptions.h"

#include "criteria/CatalogLibrary.h"
#include "criteria/Translator.h"
#include "evaluators/Clock.h"
#include "labels/registry/SurveillanceRound.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace starmark {
namespace {

using Finding = SurveillanceFinding::Result;

const QCommandLineOption seedOption(QStringLiteral("seed"),
    QStringLiteral("The random seed (0 to 2^64-1), e.g. drawn in public; without it one is chosen and recorded."), QStringLiteral("N"));
const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("How many products to sample."), QStringLiteral("N"));
const QCommandLineOption asOfOption(
    QStringLiteral("as-of"), QStringLiteral("The date the plan is made for (default today)."), QStringLiteral("DATE"));
const QCommandLineOption reportedOption(QStringLiteral("reported"),
    QStringLiteral("A registration a member of the public reported: always sampled (repeatable)."), QStringLiteral("NUMBER"));
const QCommandLineOption resultOption(
    QStringLiteral("result"), QStringLiteral("What was found: %1.").arg(termList<Finding>(findingResults)), QStringLiteral("RESULT"));
const QCommandLineOption noteOption(
    QStringLiteral("note"), QStringLiteral("What was checked and seen (required unless it conforms)."), QStringLiteral("TEXT"));
const QCommandLineOption revokeOption(QStringLiteral("revoke"),
    QStringLiteral("With a nonconformity: revoke the label, giving the reason the registry page shows."), QStringLiteral("REASON"));
const QCommandLineOption byOption(
    QStringLiteral("by"), QStringLiteral("Who records it (default: the current user)."), QStringLiteral("NAME"));
const QCommandLineOption planOption(QStringLiteral("plan"), QStringLiteral("The plan 'surveil plan' wrote."), QStringLiteral("plan.json"));
const QCommandLineOption outputOption(
    {QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to PATH."), QStringLiteral("PATH"));

int plan(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark surveil plan"));
    RegistryOptions::add(cli);
    cli.parser().addOptions({seedOption, sizeOption, asOfOption, reportedOption, outputOption});
    if (auto done = cli.parse(0, 0))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(sizeOption) || !p.isSet(outputOption))
        return cli.usageError(QStringLiteral("--size and -o plan.json are required"));
    SurveillancePlan::Request request;
    bool ok = true;
    request.seed = p.isSet(seedOption) ? p.value(seedOption).toULongLong(&ok) : QRandomGenerator::system()->generate64();
    if (!ok)
        return cli.usageError(QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615"));
    request.size = p.value(sizeOption).toInt(&ok);
    if (!ok)
        return cli.usageError(QStringLiteral("--size takes a whole number of at least 1"));
    request.asOf = p.isSet(asOfOption) ? QDate::fromString(p.value(asOfOption), Qt::ISODate) : Clock::system().now().date();
    request.reported = p.values(reportedOption);
    const std::unique_ptr<RegistryStore> store = RegistryOptions::open(cli, Clock::system());
    if (!store)
        return ExitUsage;
    const Result<SurveillancePlan> drawn = SurveillanceRound(*store).plan(request);
    if (!drawn)
        return cli.report(drawn.problems());
    if (!cli.writeFile(p.value(outputOption), QJsonDocument(drawn->toJson()).toJson(QJsonDocument::Indented)))
        return ExitInvalid;
    cli.out() << QStringLiteral("surveillance plan: %1 of %2 products with a valid label, seed %3, as of %4\n")
                     .arg(QString::number(drawn->picks().size()), QString::number(drawn->populationSize()), QString::number(request.seed),
                         request.asOf.toString(Qt::ISODate));
    for (const SurveillancePlan::Pick& pick : drawn->picks())
        cli.out() << QStringLiteral("  %1  weight %2  %3\n")
                         .arg(pick.registration, QString::number(pick.weight, 'g', 4), pick.why(Translator::installed()));
    cli.out() << QStringLiteral("written to %1; record findings with 'starmark surveil record'\n").arg(p.value(outputOption));
    return ExitOk;
}

int record(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark surveil record"));
    RegistryOptions::add(cli);
    cli.addCatalogsOption();
    cli.parser().addOptions({resultOption, noteOption, revokeOption, byOption});
    cli.parser().addPositionalArgument(QStringLiteral("REGISTRATION"), QStringLiteral("The product's registration number."));
    cli.parser().addPositionalArgument(QStringLiteral("REQUIREMENT"), QStringLiteral("The requirement checked, e.g. S1.1-01."));
    if (auto done = cli.parse(2, 2))
        return *done;
    const QCommandLineParser& p = cli.parser();
    const std::optional<Finding> result = termFromName<Finding>(findingResults, p.value(resultOption).toStdString());
    if (!result)
        return cli.usageError(QStringLiteral("--result takes %1").arg(termList<Finding>(findingResults)));
    const SurveillanceRound::Check check{
        {p.positionalArguments().at(0).toUpper(), p.positionalArguments().at(1), *result, p.value(noteOption), {}, {}},
        p.isSet(byOption) ? p.value(byOption) : CommandLine::currentUser(), p.value(revokeOption)};
    const std::unique_ptr<RegistryStore> store = RegistryOptions::open(cli, Clock::system());
    if (!store)
        return ExitUsage;
    if (const Result<void> done = SurveillanceRound(*store).record(check, CatalogLibrary::load(cli.catalogFolders())); !done)
        return cli.report(done.problems());
    cli.out() << QStringLiteral("%1 %2: %3 recorded\n").arg(check.finding.registration, check.finding.requirement, p.value(resultOption));
    if (!check.revocation.isEmpty())
        cli.out() << QStringLiteral("%1: label revoked; the registry page says so from now on\n").arg(check.finding.registration);
    return ExitOk;
}

int report(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark surveil report"));
    RegistryOptions::add(cli);
    cli.addLanguageOption();
    SigningOptions::add(cli);
    cli.parser().addOptions({planOption, outputOption});
    if (auto done = cli.parse(0, 0))
        return *done;
    const QCommandLineParser& p = cli.parser();
    const std::optional<Language> language = cli.language();
    if (!language)
        return ExitUsage;
    if (!p.isSet(planOption) || !p.isSet(outputOption))
        return cli.usageError(QStringLiteral("--plan plan.json and -o report.pdf are required"));
    const Result<SurveillancePlan> plan = SurveillancePlan::load(p.value(planOption));
    if (!plan)
        return cli.report(plan.problems());
    int code = ExitUsage;
    std::optional<std::optional<TimestampClient>> tsa = SigningOptions::timestampClient(cli, &code);
    if (!tsa)
        return code;
    const std::optional<SigningIdentity> identity = SigningOptions::load(cli, &code);
    if (!identity)
        return code;
    const std::unique_ptr<RegistryStore> store = RegistryOptions::open(cli, Clock::system());
    if (!store)
        return ExitUsage;
    SigningOptions::Timestamping timestamping(std::move(*tsa));
    const Result<QByteArray> pdf
        = SurveillanceRound(*store).report(*plan, *identity, *language, Clock::system().now(), timestamping.stamper());
    if (!pdf)
        return cli.report(timestamping.problems().isEmpty() ? pdf.problems() : timestamping.problems());
    const Result<QByteArray> kept = SigningOptions::extend(cli, *pdf);
    if (!kept)
        return cli.report(kept.problems());
    if (!cli.writeFile(p.value(outputOption), *kept))
        return ExitInvalid;
    cli.out() << QStringLiteral("signed surveillance report written to %1 (%2 KB, %3 products), signed by %4\n")
                     .arg(p.value(outputOption), QString::number(kept->size() / 1024), QString::number(plan->picks().size()),
                         identity->subject());
    return ExitOk;
}

} // namespace

int SurveilCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark surveil"),
        {{QStringLiteral("plan"), plan}, {QStringLiteral("record"), record}, {QStringLiteral("report"), report}}, arguments);
}

} // namespace starmark
