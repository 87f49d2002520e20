#include "LabelCommand.h"

#include "CommandLine.h"
#include "ShareLocation.h"

#include "criteria/CatalogLibrary.h"
#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/AssessmentIntegrity.h"
#include "evaluators/Clock.h"
#include "evaluators/OpenedAssessment.h"
#include "labels/LabelArtwork.h"
#include "labels/LabelBatch.h"
#include "labels/LabelIssuer.h"
#include "labels/LabelVerifier.h"
#include "labels/ProductFacts.h"
#include "labels/QrImageReader.h"
#include "labels/RegistrationNumber.h"
#include "labels/registry/RevocationList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace starmark {
namespace {

std::optional<ProductFacts> fromAssessment(CommandLine& cli, const QString& path, QString* problem)
{
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    const Result<OpenedAssessment> opened = OpenedAssessment::open(path, AssessmentFile::Access::ReadOnly, library);
    if (!opened) {
        QStringList lines;
        for (const Problem& p : opened.problems())
            lines << p.toString();
        *problem = lines.join(QStringLiteral("; "));
        return std::nullopt;
    }
    const Assessment& a = opened->assessment;
    if (const Problems problems = AssessmentIntegrity::problems(*opened->file, a); !problems.isEmpty()) {
        QStringList lines;
        for (const Problem& p : problems)
            lines << p.toString();
        *problem = lines.join(QStringLiteral("; ")) + QStringLiteral("; refusing to label it");
        return std::nullopt;
    }
    Result<ProductFacts> facts = ProductFacts::fromAssessment(a, opened->chain, Clock::system().now().date(), path);
    if (!facts) {
        *problem = facts.problems().constFirst().toString();
        return std::nullopt;
    }
    return facts.take();
}

std::optional<ProductFacts> fromReport(CommandLine& cli, const QString& path, const TrustAnchors& trust, QString* problem)
{
    const auto report = InputFile::read(path, InputLimits::reportBytes);
    if (!report) {
        *problem = report.problems().constFirst().toString();
        return std::nullopt;
    }
    Result<ProductFacts> facts = ProductFacts::fromReport(*report, trust, CatalogLibrary::load(cli.catalogFolders()), Clock::system().now());
    if (!facts) {
        const Problem& why = facts.problems().constFirst();
        *problem = QStringLiteral("%1: %2").arg(path, why.message.text());
        if (why.code == QLatin1String("label.unknown-catalog"))
            *problem += QStringLiteral(" (pass --catalogs)");
        return std::nullopt;
    }
    return facts.take();
}

struct Options {
    LabelIssuer::Options issuer;
    int dpi = 600;
};

// Signs one token and writes its artwork atomically; returns the QR version or 0 after printing why not.
int write(
    CommandLine& cli, const IssuerKey& key, const QString& registration, const ProductFacts& f, const Options& o, const QString& output)
{
    const std::optional<LabelArtwork::Format> format = LabelArtwork::formatOf(output);
    if (!format) {
        cli.err() << QStringLiteral("error: %1: the label is written as .svg, .pdf or .png\n").arg(output);
        return 0;
    }
    QString problem;
    if (const std::optional<LabelIssuer::Issued> issued = LabelIssuer::issue(key, registration, f, o.issuer, &problem)) {
        const QByteArray artwork = LabelArtwork::render({f.level, registration, issued->qr, o.issuer.size}, *format, o.dpi);
        return cli.writeFile(output, artwork) ? issued->qr.version : 0;
    }
    cli.err() << QStringLiteral("error: %1: %2\n").arg(registration, problem);
    return 0;
}

} // namespace

int LabelCommand::label(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark label"));
    const QCommandLineOption keyOption(
        QStringLiteral("issuer-key"), QStringLiteral("The certification body's label key (ECDSA P-256, PEM)."), QStringLiteral("KEY"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("label.svg|png|pdf, or a folder with --batch."), QStringLiteral("PATH"));
    const QCommandLineOption registrationOption(
        QStringLiteral("registration"), QStringLiteral("The registration number (登録番号)."), QStringLiteral("NUMBER"));
    const QCommandLineOption validOption(QStringLiteral("valid-until"),
        QStringLiteral("End of the label's validity (default and longest: 2 years from today)."), QStringLiteral("DATE"));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
        QStringLiteral("Address of the registry the QR code opens (default %1).").arg(LabelIssuer::Options().registry),
        QStringLiteral("URL"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("standard (default) or small (box or manual)."),
        QStringLiteral("SIZE"), QStringLiteral("standard"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"), QStringLiteral("Resolution of PNG labels (default 600)."), QStringLiteral("DPI"), QStringLiteral("600"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
        QStringLiteral("CSV: registration,level,category,model,firmware,evaluated,support_until"), QStringLiteral("CSV"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("With --batch: svg (default), png or pdf."),
        QStringLiteral("FORMAT"), QStringLiteral("svg"));
    cli.addCatalogsOption();
    cli.addTrustOption(QStringLiteral("With a report: what its signer must chain to"));
    cli.parser().addOptions(
        {keyOption, outputOption, registrationOption, validOption, registryOption, sizeOption, dpiOption, batchOption, formatOption});
    cli.parser().addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("An assessment (*.starmark) or a signed report (*.pdf)."));
    const bool batch = arguments.contains(QStringLiteral("--batch"));
    if (auto done = cli.parse(batch ? 0 : 1, batch ? 0 : 1))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(keyOption) || !p.isSet(outputOption))
        return cli.usageError(QStringLiteral("--issuer-key and -o are required"));
    QString problem;
    const std::optional<IssuerKey> key = IssuerKey::load(p.value(keyOption), &problem);
    if (!key || !key->hasPrivateKey())
        return cli.usageError(
            key ? QStringLiteral("%1 is a public key; labels are signed with the private one").arg(p.value(keyOption)) : problem);
    const QDate today = Clock::system().now().date();
    const Result<QDate> validUntil = LabelIssuer::validUntil(p.value(validOption), today);
    if (!validUntil)
        return cli.usageError(QStringLiteral("--valid-until: %1").arg(validUntil.problems().constFirst().message.text()));
    Options o{{p.isSet(registryOption) ? p.value(registryOption) : LabelIssuer::Options().registry,
                  p.value(sizeOption) == QLatin1String("small") ? LabelArtwork::Size::Small : LabelArtwork::Size::Standard,
                  *validUntil},
        p.value(dpiOption).toInt()};
    if (p.value(sizeOption) != QLatin1String("small") && p.value(sizeOption) != QLatin1String("standard"))
        return cli.usageError(QStringLiteral("--size takes standard or small"));
    if (const Result<void> address = LabelIssuer::checkRegistry(o.issuer.registry); !address)
        return cli.usageError(QStringLiteral("--registry %1").arg(address.problems().constFirst().message.text()));
    if (o.dpi < 150 || o.dpi > 2400)
        return cli.usageError(QStringLiteral("--dpi takes 150 to 2400"));

    if (batch) {
        QFile csv(p.value(batchOption));
        if (!csv.open(QIODevice::ReadOnly))
            return cli.usageError(QStringLiteral("%1: cannot be read").arg(p.value(batchOption)));
        const QString format = p.value(formatOption);
        if (format != QLatin1String("svg") && format != QLatin1String("png") && format != QLatin1String("pdf"))
            return cli.usageError(QStringLiteral("--format takes svg, png or pdf"));
        // Every row is checked before the first label is made: a bad row leaves no labels at all.
        const Result<QList<LabelBatch::Row>> rows
            = LabelBatch::read(csv.readAll(), p.value(batchOption), CatalogLibrary::load(cli.catalogFolders()), today);
        if (!rows) {
            for (const Problem& problem : rows.problems())
                cli.err() << QStringLiteral("error: ") << problem.toString()
                          << (problem.code == QLatin1String("label.batch-category") ? QStringLiteral(" (catalogs are looked for where --catalogs says)") : QString())
                          << QLatin1Char('\n');
            cli.err() << QStringLiteral("no labels written: correct the rows named above and run again\n");
            return ExitUsage;
        }
        const LabelBatch::Outcome done = LabelBatch::issue(*rows, *key, o.issuer, *LabelArtwork::formatOf(QLatin1Char('.') + format), o.dpi,
            p.value(outputOption));
        for (const Problem& failed : done.failed)
            cli.err() << QStringLiteral("error: ") << failed.toString() << QLatin1Char('\n');
        cli.out() << QStringLiteral("%1 label(s) written to %2, %3 failed\n")
                         .arg(done.written.size())
                         .arg(p.value(outputOption))
                         .arg(done.failed.size());
        return done.failed.isEmpty() ? ExitOk : ExitInvalid;
    }

    if (!p.isSet(registrationOption))
        return cli.usageError(QStringLiteral("--registration is required: the certification body assigns it"));
    const QString registration = p.value(registrationOption).toUpper();
    if (!RegistrationNumber::isValid(registration))
        return cli.usageError(QStringLiteral("--registration '%1' is not a registration number; the registry assigns them as "
                                             "JCS-YY-NNNNNN (e.g. JCS-26-000123)")
                                  .arg(p.value(registrationOption).left(40)));
    const QString source = p.positionalArguments().constFirst();
    const bool report = source.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    // A label vouches for whoever signed the report: without an anchor, anyone could have.
    const std::optional<TrustAnchors> trust = report ? cli.trustAnchors() : TrustAnchors();
    if (!trust)
        return ExitUsage;
    if (report && trust->isEmpty())
        return cli.usageError(
            QStringLiteral("%1: no trust anchor to check its signer against, so no label: %2").arg(source, CommandLine::trustHint()));
    const std::optional<ProductFacts> facts = report ? fromReport(cli, source, *trust, &problem) : fromAssessment(cli, source, &problem);
    if (!facts) {
        cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
        return QFileInfo::exists(source) ? ExitInvalid : ExitUsage;
    }
    const int version = write(cli, *key, registration, *facts, o, p.value(outputOption));
    if (!version)
        return ExitInvalid;
    cli.out() << QStringLiteral("label %1 (★%2) written to %3: QR version %4 at level M, valid until %5\n")
                     .arg(registration)
                     .arg(facts->level)
                     .arg(p.value(outputOption))
                     .arg(version)
                     .arg(o.issuer.validUntil.toString(Qt::ISODate));
    return ExitOk;
}

int LabelCommand::verify(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark verify-label"));
    const QCommandLineOption trustOption(
        QStringLiteral("trust"), QStringLiteral("An issuer's public key or certificate (PEM); repeatable."), QStringLiteral("ISSUER.pem"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for machines."));
    const QCommandLineOption registryOption(QStringLiteral("registry"),
        QStringLiteral("Address of the registry the issuers' labels open (default %1).").arg(LabelIssuer::Options().registry),
        QStringLiteral("URL"));
    const QCommandLineOption revocationsOption(QStringLiteral("revocations"),
        QStringLiteral("The registry's signed revocation list (GET /api/v1/revocations), checked offline."), QStringLiteral("LIST.json"));
    const QCommandLineOption stateOption(QStringLiteral("revocations-state"),
        QStringLiteral("Where the highest list sequence seen is kept: an older list than one seen before is refused."), QStringLiteral("FILE"));
    cli.parser().addOptions({trustOption, jsonOption, registryOption, revocationsOption, stateOption});
    cli.parser().addPositionalArgument(QStringLiteral("LABEL"), QStringLiteral("The label's URL, or a photo or scan of it (PNG, JPEG)."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString input = cli.parser().positionalArguments().constFirst();
    if (cli.parser().isSet(stateOption) && !cli.parser().isSet(revocationsOption))
        return cli.usageError(QStringLiteral("--revocations-state goes with --revocations"));
    const QString registry = cli.parser().isSet(registryOption) ? cli.parser().value(registryOption) : LabelIssuer::Options().registry;
    if (const Result<void> address = LabelIssuer::checkRegistry(registry); !address)
        return cli.usageError(QStringLiteral("--registry %1").arg(address.problems().constFirst().message.text()));
    std::vector<IssuerKey> keys;
    for (const QString& path : cli.parser().values(trustOption)) {
        QString problem;
        std::optional<IssuerKey> key = IssuerKey::load(path, &problem);
        if (!key)
            return cli.usageError(problem);
        keys.push_back(std::move(*key));
    }
    QList<const IssuerKey*> trusted;
    for (const IssuerKey& k : keys)
        trusted << &k;

    QString text = input;
    if (!input.contains(QStringLiteral("://")) && (QFileInfo::exists(input) || input.contains(QLatin1Char('.')))) {
        QString problem;
        const std::optional<QStringList> codes = QrImageReader::readFile(input, &problem);
        if (!codes) {
            cli.err() << QStringLiteral("error: ") << problem << QLatin1Char('\n');
            return ExitUsage;
        }
        const std::optional<QString> one = QrImageReader::oneLabel(*codes, &problem);
        if (!one) {
            cli.err() << QStringLiteral("error: %1: %2\n").arg(input, problem);
            return codes->isEmpty() ? ExitUsage : ExitInvalid;
        }
        text = *one;
    }
    const QDateTime now = Clock::system().now();
    LabelVerifier::Result r = LabelVerifier::verify(text, trusted, now.date(), registry);
    // The list speaks for the labels of the key that signed it: the label's own issuer.
    const auto issuer = std::find_if(keys.cbegin(), keys.cend(), [&](const IssuerKey& k) { return r.token && k.id() == r.token->issuerKeyId; });
    if (cli.parser().isSet(revocationsOption) && issuer != keys.cend()) {
        const QString listFile = cli.parser().value(revocationsOption);
        const Result<QByteArray> bytes = InputFile::read(listFile, InputLimits::jsonBytes);
        if (!bytes)
            return cli.report(bytes.problems());
        const Result<RevocationList> list = RevocationList::read(*bytes, *issuer, now, listFile);
        if (!list)
            return cli.report(list.problems());
        if (cli.parser().isSet(stateOption))
            if (const Result<void> fresh = list->checkAndRecordSequence(cli.parser().value(stateOption)); !fresh)
                return cli.report(fresh.problems());
        if (const Result<void> listed = list->check(r.token->registration); !listed && r.status != LabelVerifier::Result::Status::Invalid) {
            r.status = LabelVerifier::Result::Status::Revoked;
            r.problem = listed.problems().constFirst();
        }
    }
    // What the library found, and the shell's way out of it.
    QString problem = r.problem ? r.problem->message.text() : QString();
    if (r.problem && r.problem->code == QLatin1String("label.no-issuer-key"))
        problem += QStringLiteral(" (give --trust ISSUER.pem)");
    else if (r.problem && r.problem->code == QLatin1String("label.wrong-registry"))
        problem += QStringLiteral(" (if the registry really is there, give --registry URL)");
    else if (r.problem && r.problem->code == QLatin1String("label.evaluated-later"))
        problem += QStringLiteral(" (check the device's date)");
    if (r.status == LabelVerifier::Result::Status::Unreadable) {
        cli.err() << QStringLiteral("error: %1: %2\n").arg(input.left(120), problem);
        return ExitUsage;
    }
    const LabelToken& t = *r.token;
    if (cli.parser().isSet(jsonOption)) {
        cli.out() << QJsonDocument(
            QJsonObject{{QStringLiteral("status"), r.statusName()}, {QStringLiteral("problem"), problem},
                {QStringLiteral("code"), r.problem ? r.problem->code : QString()},
                {QStringLiteral("registration"), t.registration}, {QStringLiteral("level"), t.level},
                {QStringLiteral("category"), t.category}, {QStringLiteral("model"), t.model}, {QStringLiteral("firmware"), t.firmware},
                {QStringLiteral("evaluated"), t.evaluated.toString(Qt::ISODate)},
                {QStringLiteral("support_until"), t.supportUntil.toString(Qt::ISODate)},
                {QStringLiteral("valid_until"), t.validUntil.toString(Qt::ISODate)},
                {QStringLiteral("issuer_key"), QString::fromLatin1(t.issuerKeyId.toHex())}})
                         .toJson(QJsonDocument::Indented);
    } else {
        cli.out() << QStringLiteral("label %1  ★%2  %3  model %4  firmware %5\n")
                         .arg(t.registration)
                         .arg(t.level)
                         .arg(t.category, t.model, t.firmware);
        cli.out() << QStringLiteral("  evaluated %1; security updates until %2; label valid until %3\n")
                         .arg(t.evaluated.toString(Qt::ISODate), t.supportUntil.toString(Qt::ISODate), t.validUntil.toString(Qt::ISODate));
        cli.out() << QStringLiteral("  issuer key %1\n").arg(QString::fromLatin1(t.issuerKeyId.toHex()));
        if (r.problem)
            cli.out() << QStringLiteral("  problem: %1\n").arg(problem);
        cli.out() << QStringLiteral("status: %1\n").arg(r.statusName().toUpper());
    }
    cli.out().flush();
    return r.status == LabelVerifier::Result::Status::Valid ? ExitOk : ExitInvalid;
}

} // namespace starmark
