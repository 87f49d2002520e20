#include "SurveilCommand.h"

#include "RegistryOptions.h"
#include "SigningOptions.h"

#include "criteria/CatalogChain.h"
#include "criteria/CatalogLibrary.h"
#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "evaluators/Clock.h"
#include "labels/SurveillancePlan.h"
#include "reports/SurveillanceReport.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace starmark {
namespace {

const QCommandLineOption outputOption(
    {QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to PATH."), QStringLiteral("PATH"));

// The products whose label is still in force (not revoked, not expired), as the draw sees them.
QList<SurveillancePlan::Candidate> population(const RegistryStore& store, const QDate& asOf, QString* problem)
{
    QHash<QString, int> nonconformities;
    QHash<QString, QDate> lastSurveilled;
    for (const SurveillanceFinding& f : store.findings({}, problem)) {
        nonconformities[f.registration] += f.result == SurveillanceFinding::Result::Nonconformity;
        lastSurveilled[f.registration] = std::max(lastSurveilled.value(f.registration), f.recordedAt.date());
    }
    QList<SurveillancePlan::Candidate> all;
    for (const RegisteredProduct& p : store.list(problem)) {
        const RegisteredProduct::Status status = p.status(asOf);
        if (status == RegisteredProduct::Status::Revoked || status == RegisteredProduct::Status::Expired)
            continue;
        all.append({p.registration, p.level, p.category, p.registeredAt.date(), p.supportUntil, nonconformities.value(p.registration),
            lastSurveilled.contains(p.registration) ? std::optional<QDate>(lastSurveilled.value(p.registration)) : std::nullopt});
    }
    return all;
}

int plan(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark surveil plan"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("The random seed (0 to 2^64-1), e.g. drawn in public; without it one is chosen and recorded."), QStringLiteral("N"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("How many products to sample."), QStringLiteral("N"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QStringLiteral("The date the plan is made for (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption reportedOption(QStringLiteral("reported"),
        QStringLiteral("A registration a member of the public reported: always sampled (repeatable)."), QStringLiteral("NUMBER"));
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
    if (!ok || request.size < 1)
        return cli.usageError(QStringLiteral("--size takes a whole number of at least 1"));
    request.asOf = p.isSet(asOfOption) ? QDate::fromString(p.value(asOfOption), Qt::ISODate) : Clock::system().now().date();
    if (!request.asOf.isValid())
        return cli.usageError(QStringLiteral("--as-of takes a date (YYYY-MM-DD)"));
    for (const QString& reg : p.values(reportedOption)) {
        if (!RegistryStore::isRegistrationNumber(reg))
            return cli.usageError(QStringLiteral("--reported %1 is not a registration number (JCS-YY-NNNNNN)").arg(reg));
        request.reported << reg.toUpper();
    }

    int code = ExitUsage;
    const std::unique_ptr<RegistryStore> store = RegistryOptions::open(cli, Clock::system(), &code);
    if (!store)
        return code;
    QString problem;
    const QList<SurveillancePlan::Candidate> all = population(*store, request.asOf, &problem);
    if (!problem.isEmpty()) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitUsage;
    }
    const std::optional<SurveillancePlan> drawn = SurveillancePlan::draw(all, request, &problem);
    if (!drawn) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitInvalid;
    }
    if (!cli.writeFile(p.value(outputOption), QJsonDocument(drawn->toJson()).toJson(QJsonDocument::Indented)))
        return ExitInvalid;
    cli.out() << QStringLiteral("surveillance plan: %1 of %2 products with a valid label, seed %3, as of %4\n")
                     .arg(drawn->picks().size())
                     .arg(drawn->populationSize())
                     .arg(request.seed)
                     .arg(request.asOf.toString(Qt::ISODate));
    for (const SurveillancePlan::Pick& pick : drawn->picks()) {
        QStringList reasons;
        for (const LocalizedText& r : pick.reasons)
            reasons << r.en;
        cli.out() << QStringLiteral("  %1  weight %2  %3\n")
                         .arg(pick.registration)
                         .arg(pick.weight, 0, 'g', 4)
                         .arg(reasons.isEmpty() ? QStringLiteral("(base weight)") : reasons.join(QStringLiteral("; ")));
    }
    cli.out() << QStringLiteral("written to %1; record findings with 'starmark surveil record'\n").arg(p.value(outputOption));
    return ExitOk;
}

// The catalogs a registered product was evaluated against: the one of its level and category, and those it extends.
QList<const Catalog*> chainOf(const CatalogLibrary& library, const RegisteredProduct& product)
{
    for (const Catalog* c : library.catalogs()) {
        if (c->level == product.level && c->category == product.category && library.isValid(*c))
            return library.chain(*c);
    }
    return {};
}

int record(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark surveil record"));
    const QCommandLineOption resultOption(QStringLiteral("result"),
        QStringLiteral("What was found: %1.").arg(termList<SurveillanceFinding::Result>(findingResults)), QStringLiteral("RESULT"));
    const QCommandLineOption noteOption(
        QStringLiteral("note"), QStringLiteral("What was checked and seen (required unless it conforms)."), QStringLiteral("TEXT"));
    const QCommandLineOption revokeOption(QStringLiteral("revoke"),
        QStringLiteral("With a nonconformity: revoke the label, giving the reason the registry page shows."), QStringLiteral("REASON"));
    const QCommandLineOption byOption(
        QStringLiteral("by"), QStringLiteral("Who records it (default: the current user)."), QStringLiteral("NAME"));
    RegistryOptions::add(cli);
    cli.addCatalogsOption();
    cli.parser().addOptions({resultOption, noteOption, revokeOption, byOption});
    cli.parser().addPositionalArgument(QStringLiteral("REGISTRATION"), QStringLiteral("The product's registration number."));
    cli.parser().addPositionalArgument(QStringLiteral("REQUIREMENT"), QStringLiteral("The requirement checked, e.g. S1.1-01."));
    if (auto done = cli.parse(2, 2))
        return *done;
    const QCommandLineParser& p = cli.parser();
    const QString registration = p.positionalArguments().at(0).toUpper();
    const QString requirement = p.positionalArguments().at(1);
    if (!RegistryStore::isRegistrationNumber(registration))
        return cli.usageError(QStringLiteral("%1 is not a registration number (JCS-YY-NNNNNN)").arg(registration));
    const std::optional<SurveillanceFinding::Result> result
        = termFromName<SurveillanceFinding::Result>(findingResults, p.value(resultOption).toStdString());
    if (!result)
        return cli.usageError(QStringLiteral("--result takes %1").arg(termList<SurveillanceFinding::Result>(findingResults)));
    if (p.isSet(revokeOption) && *result != SurveillanceFinding::Result::Nonconformity)
        return cli.usageError(QStringLiteral("--revoke goes with --result nonconformity: only a nonconformity can revoke a label"));

    int code = ExitUsage;
    const std::unique_ptr<RegistryStore> store = RegistryOptions::open(cli, Clock::system(), &code);
    if (!store)
        return code;
    QString problem;
    const std::optional<RegisteredProduct> product = store->find(registration, &problem);
    if (!product) {
        cli.err()
            << QStringLiteral("error: %1\n").arg(problem.isEmpty() ? QStringLiteral("%1 is not registered").arg(registration) : problem);
        return ExitInvalid;
    }
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const QList<const Catalog*> chain = chainOf(library, *product);
    if (chain.isEmpty()) {
        cli.err() << QStringLiteral("error: no installed catalog covers ★%1 %2, which %3 was registered at; pass --catalogs\n")
                         .arg(product->level)
                         .arg(product->category, registration);
        return ExitUsage;
    }
    if (!CatalogChain::requirement(chain, requirement)) {
        cli.err() << QStringLiteral("error: '%1' is not a requirement of %2 or the catalogs it extends; check the id (see 'starmark "
                                    "catalog show %2')\n")
                         .arg(requirement, chain.constLast()->id);
        return ExitUsage;
    }
    const QString who = p.isSet(byOption) ? p.value(byOption) : CommandLine::currentUser();
    if (!store->recordFinding({registration, requirement, *result, p.value(noteOption), {}, {}}, who, &problem)) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitInvalid;
    }
    cli.out() << QStringLiteral("%1 %2: %3 recorded\n")
                     .arg(registration, requirement, termName<SurveillanceFinding::Result>(findingResults, *result));
    if (p.isSet(revokeOption)) {
        if (!store->revoke(registration, p.value(revokeOption), who, &problem)) {
            cli.err() << QStringLiteral("error: the finding is recorded, but the label was not revoked: ") << problem << QLatin1Char('\n');
            return ExitInvalid;
        }
        cli.out() << QStringLiteral("%1: label revoked; the registry page says so from now on\n").arg(registration);
    }
    return ExitOk;
}

int report(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark surveil report"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"), QStringLiteral("The plan 'surveil plan' wrote."), QStringLiteral("plan.json"));
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
    const auto planBytes = InputFile::read(p.value(planOption), InputLimits::jsonBytes);
    if (!planBytes)
        return cli.report(planBytes.problems());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*planBytes, &parseError);
    QString problem;
    const std::optional<SurveillancePlan> plan = json.isObject() ? SurveillancePlan::fromJson(json.object(), &problem) : std::nullopt;
    if (!plan) {
        cli.err() << QStringLiteral("error: %1: %2\n")
                         .arg(p.value(planOption),
                             json.isObject()
                                 ? problem
                                 : QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
        return ExitUsage;
    }
    int code = ExitUsage;
    const std::optional<SigningIdentity> identity = SigningOptions::load(cli, &code);
    if (!identity)
        return code;
    const std::unique_ptr<RegistryStore> store = RegistryOptions::open(cli, Clock::system(), &code);
    if (!store)
        return code;

    SurveillanceReport::Input input;
    input.plan = plan->toJson();
    input.language = *language;
    input.issued = Clock::system().now();
    input.signatory = identity->subject();
    for (const SurveillancePlan::Pick& pick : plan->picks()) {
        const std::optional<RegisteredProduct> product = store->find(pick.registration, &problem);
        if (!product) {
            cli.err() << QStringLiteral(
                "error: %1: %2 is in the plan but not in this registry; is --db the registry the plan was drawn from?\n")
                             .arg(p.value(planOption), pick.registration);
            return ExitInvalid;
        }
        SurveillanceReport::Product entry{product->registration, product->manufacturer, product->name, product->model,
            product->current().firmware, product->level, pick.reported, pick.weight, pick.reasons, {}, product->revocationReason};
        // What this round found: findings from the plan's date on.
        for (const SurveillanceFinding& f : store->findings(pick.registration)) {
            if (f.recordedAt.date() >= plan->request().asOf)
                entry.findings.append(f);
        }
        input.products.append(entry);
    }
    const std::optional<QByteArray> pdf = SurveillanceReport::make(input, *identity, &problem);
    if (!pdf) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return ExitInvalid;
    }
    if (!cli.writeFile(p.value(outputOption), *pdf))
        return ExitInvalid;
    cli.out() << QStringLiteral("signed surveillance report written to %1 (%2 KB, %3 products), signed by %4\n")
                     .arg(p.value(outputOption))
                     .arg(pdf->size() / 1024)
                     .arg(input.products.size())
                     .arg(identity->subject());
    return ExitOk;
}

} // namespace

int SurveilCommand::run(const QStringList& arguments)
{
    return CommandLine::dispatch(QStringLiteral("starmark surveil"),
        {{QStringLiteral("plan"), plan}, {QStringLiteral("record"), record}, {QStringLiteral("report"), report}}, arguments);
}

} // namespace starmark
