#include "VerifyCommand.h"

#include "CommandLine.h"
#include "ShareLocation.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "evaluators/Clock.h"
#include "reports/ReportVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {

int VerifyCommand::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark verify"));
    cli.addTrustOption(QStringLiteral("What the signers must chain to"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for machines."));
    const QCommandLineOption knownOption(QStringLiteral("known-digests"),
        QStringLiteral("The catalog versions to recognise (default: the shipped known-digests.json)."), QStringLiteral("FILE"));
    cli.parser().addOptions({jsonOption, knownOption});
    cli.parser().addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("The signed report (PDF)."));
    if (auto done = cli.parse(1, 1))
        return *done;
    const QString path = cli.parser().positionalArguments().constFirst();
    const auto report = InputFile::read(path, InputLimits::reportBytes);
    if (!report)
        return cli.report(report.problems());
    const std::optional<TrustAnchors> trust = cli.trustAnchors();
    if (!trust)
        return ExitUsage;
    const QString knownPath = cli.parser().isSet(knownOption) ? cli.parser().value(knownOption)
                                                              : ShareLocation::root() + QStringLiteral("/catalogs/known-digests.json");
    const auto known = KnownDigests::load(knownPath);
    for (const Problem& warning : known.problems())
        cli.err() << QStringLiteral("warning: ") << warning.toString() << QStringLiteral("; no catalog version will be recognised\n");
    const ReportVerifier::Result r = ReportVerifier::verify(*report, *trust, *known, Clock::system().now());

    if (cli.parser().isSet(jsonOption)) {
        QJsonObject json = ReportVerifier::toJson(r);
        json.insert(QStringLiteral("file"), path);
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        QTextStream& out = cli.out();
        out << path << QLatin1Char('\n');
        for (int i = 0; i < r.signatures.size(); ++i) {
            const ReportVerifier::Signature& s = r.signatures[i];
            out << QStringLiteral("  signature %1: %2").arg(i + 1).arg(s.valid ? QStringLiteral("valid") : QStringLiteral("NOT VALID"));
            if (s.valid)
                out << QStringLiteral(" (%1, %2), signed %3").arg(s.subFilter, s.digest, s.signingTime.toString(Qt::ISODate));
            out << QStringLiteral("\n    signer: %1\n").arg(s.signer.isEmpty() ? QStringLiteral("unknown") : s.signer);
            out << QStringLiteral("    covers: %1\n")
                       .arg(s.wholeFile ? QStringLiteral("the whole file") : QStringLiteral("part of the file"));
            if (i == 0)
                out << QStringLiteral("    the author's: %1\n")
                           .arg(r.certification == 1 ? QStringLiteral("certifies that no change is permitted (DocMDP P 1)")
                                                     : QStringLiteral("certifies NOTHING (no DocMDP P 1)"));
            else
                out << QStringLiteral("    a further signature: the facts are read from what the author signed\n");
            out << QStringLiteral("    certificate: %1%2\n")
                       .arg(!s.trusted ? QStringLiteral("checked against no trust anchor")
                                       : (*s.trusted ? QStringLiteral("trusted") : QStringLiteral("not trusted")),
                           s.mayDocumentSign ? QStringLiteral(", may sign documents") : QStringLiteral(", may NOT sign documents"));
            if (s.trusted && *s.trusted) {
                QStringList roles;
                for (const SignerRole::Role role : s.roles)
                    roles << SignerRole::name(role);
                out << QStringLiteral("    role: %1 (%2); organisation: %3\n")
                           .arg(roles.isEmpty() ? QStringLiteral("none") : roles.join(QStringLiteral(", ")), s.roleBasis,
                               s.organisation.isEmpty() ? QStringLiteral("none named") : s.organisation);
            }
        }
        if (r.verdict == ReportVerifier::Result::Verdict::Valid && !r.surveillance.isEmpty()) {
            const QJsonArray products = r.surveillance.value(QStringLiteral("products")).toArray();
            int findings = 0, nonconformities = 0, revoked = 0;
            for (const QJsonValue& p : products) {
                const QJsonArray found = p.toObject().value(QStringLiteral("findings")).toArray();
                findings += int(found.size());
                for (const QJsonValue& f : found)
                    nonconformities += f.toObject().value(QStringLiteral("result")).toString() == QLatin1String("nonconformity");
                revoked += p.toObject().contains(QStringLiteral("revoked"));
            }
            const QJsonObject plan = r.surveillance.value(QStringLiteral("plan")).toObject();
            out << QStringLiteral("  contents: surveillance.json is what was signed\n");
            out << QStringLiteral(
                "  surveillance: %1 products sampled (seed %2, as of %3), %4 findings, %5 nonconformities, %6 labels revoked\n")
                       .arg(products.size())
                       .arg(plan.value(QStringLiteral("seed")).toString(), plan.value(QStringLiteral("as_of")).toString())
                       .arg(findings)
                       .arg(nonconformities)
                       .arg(revoked);
        } else if (r.verdict == ReportVerifier::Result::Verdict::Valid) {
            const QJsonObject product = r.assessment.value(QStringLiteral("product")).toObject();
            const QJsonObject outcome = r.assessment.value(QStringLiteral("outcome")).toObject();
            out << QStringLiteral("  contents: assessment.json and evidence-manifest.json are what was signed\n");
            out << QStringLiteral("  assessment: %1 %2, firmware %3: ★%4 claimed, ★%5 achieved\n")
                       .arg(product.value(QStringLiteral("manufacturer")).toObject().value(QStringLiteral("en")).toString(),
                           product.value(QStringLiteral("model")).toString(), product.value(QStringLiteral("firmware")).toString())
                       .arg(r.assessment.value(QStringLiteral("level")).toInt())
                       .arg(outcome.value(QStringLiteral("achieved")).toInt());
            for (const ReportVerifier::CatalogState& c : r.catalogs) {
                out << QStringLiteral("  catalog: %1 %2… %3\n")
                           .arg(c.id, QString::fromLatin1(c.digest.left(16)),
                               c.knownVersion ? QStringLiteral("known (version %1)").arg(*c.knownVersion)
                                              : QStringLiteral("UNKNOWN to this StarMark"));
            }
        }
        for (const QString& problem : r.problems)
            out << QStringLiteral("  problem: %1\n").arg(problem);
        if (r.verdict == ReportVerifier::Result::Verdict::NoTrustAnchor)
            out << QStringLiteral("result: NOT VALID: intact, but checked against no trust anchor (%1)\n").arg(CommandLine::trustHint());
        else
            out << (r.verdict == ReportVerifier::Result::Verdict::Valid ? QStringLiteral("result: VALID\n")
                                                                        : QStringLiteral("result: NOT VALID\n"));
    }
    cli.out().flush();
    switch (r.verdict) {
    case ReportVerifier::Result::Verdict::Valid:
        return ExitOk;
    case ReportVerifier::Result::Verdict::Invalid:
    case ReportVerifier::Result::Verdict::NoTrustAnchor:
        return ExitInvalid;
    case ReportVerifier::Result::Verdict::Unreadable:
        cli.err() << QStringLiteral("error: %1: %2\n").arg(path, r.problems.value(0));
        return ExitUsage;
    }
    return ExitInvalid;
}

} // namespace starmark
