#include "VerifyCommand.h"

#include "CommandLine.h"
#include "ShareLocation.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "evaluators/Clock.h"
#include "reports/ReportRecheck.h"
#include "reports/ReportVerifier.h"

#include "criteria/Translator.h"

#include <QJsonDocument>

namespace starmark {
namespace {

QString roleList(const QList<SignerRole::Role>& roles)
{
    QStringList names;
    for (const SignerRole::Role role : roles)
        names << SignerRole::name(role).text();
    return names.join(QStringLiteral(", "));
}

// What a certification body reads: each signature, what it signed, and the verdict.
void printReport(QTextStream& out, const QString& path, const ReportVerifier::Result& r)
{
    using Verdict = ReportVerifier::Result::Verdict;
    out << path << QLatin1Char('\n');
    for (int i = 0; i < r.signatures.size(); ++i) {
        const ReportVerifier::Signature& s = r.signatures[i];
        out << (s.valid ? VerifyCommand::tr("  signature %1: valid").arg(i + 1) : VerifyCommand::tr("  signature %1: NOT VALID").arg(i + 1));
        if (s.valid)
            out << VerifyCommand::tr(" (%1, %2), signed %3").arg(s.subFilter, s.digest, s.signingTime.toString(Qt::ISODate));
        out << VerifyCommand::tr("\n    signer: %1\n").arg(s.signer.isEmpty() ? VerifyCommand::tr("unknown") : s.signer);
        out << (s.wholeFile ? VerifyCommand::tr("    covers: the whole file\n") : VerifyCommand::tr("    covers: part of the file\n"));
        if (i == 0)
            out << (r.certification == 1 ? VerifyCommand::tr("    the author's: certifies that no change is permitted (DocMDP P 1)\n")
                                         : VerifyCommand::tr("    the author's: certifies NOTHING (no DocMDP P 1)\n"));
        else
            out << VerifyCommand::tr("    a further signature: the facts are read from what the author signed\n");
        const QString trust = !s.trusted ? VerifyCommand::tr("checked against no trust anchor")
            : *s.trusted                 ? VerifyCommand::tr("trusted")
                                         : VerifyCommand::tr("not trusted");
        if (s.timestampTime)
            out << VerifyCommand::tr("    timestamp: %1 by %2; the certificate is checked at that time\n")
                       .arg(s.timestampTime->toString(Qt::ISODate), s.timestampAuthority);
        else if (s.timestamped && !s.trusted)
            out << VerifyCommand::tr("    timestamp: present, checked against no trust anchor\n");
        out << (s.mayDocumentSign ? VerifyCommand::tr("    certificate: %1, may sign documents\n").arg(trust)
                                  : VerifyCommand::tr("    certificate: %1, may NOT sign documents\n").arg(trust));
        if (s.trusted && *s.trusted) {
            out << VerifyCommand::tr("    role: %1 (%2); organisation: %3\n")
                       .arg(s.roles.isEmpty() ? VerifyCommand::tr("none") : roleList(s.roles), s.roleBasis.text(),
                           s.organisation.isEmpty() ? VerifyCommand::tr("none named") : s.organisation);
            out << (s.revocation.state == RevocationStatus::State::Revoked ? VerifyCommand::tr("    revocation: REVOKED (embedded)\n")
                    : s.revocationEmbedded                                 ? VerifyCommand::tr("    revocation: not revoked (embedded)\n")
                                                                           : VerifyCommand::tr("    revocation: none embedded\n"));
        }
    }
    if (r.verdict == Verdict::Valid && r.content && r.content->kind == ReportContent::Kind::Surveillance) {
        const ReportContent::Surveillance& sv = r.content->surveillance;
        out << VerifyCommand::tr("  contents: surveillance.json is what was signed\n");
        out << VerifyCommand::tr("  surveillance: %1 products sampled (seed %2, as of %3), %4 findings, %5 nonconformities, %6 labels revoked\n")
                   .arg(sv.products.size())
                   .arg(sv.seed, sv.asOf.toString(Qt::ISODate))
                   .arg(sv.findings())
                   .arg(sv.nonconformities())
                   .arg(sv.revoked());
    } else if (r.verdict == Verdict::Valid && r.content) {
        const Product& product = r.content->assessment.product;
        const QString manufacturer = product.manufacturer.in(Translator::installed()).isEmpty()
            ? product.manufacturer.ja
            : product.manufacturer.in(Translator::installed());
        out << VerifyCommand::tr("  contents: assessment.json and evidence-manifest.json are what was signed\n");
        out << VerifyCommand::tr("  attachments: %1\n").arg(r.attachments.join(QStringLiteral(", ")));
        out << VerifyCommand::tr("  assessment: %1 %2, firmware %3: ★%4 claimed, ★%5 achieved\n")
                   .arg(manufacturer, product.model, product.firmware)
                   .arg(r.content->assessment.level)
                   .arg(r.content->achieved);
        for (const ReportVerifier::CatalogState& c : r.catalogs) {
            out << VerifyCommand::tr("  catalog: %1 %2… %3\n")
                       .arg(c.id, QString::fromLatin1(c.digest.left(16)),
                           c.knownVersion ? VerifyCommand::tr("known (version %1)").arg(*c.knownVersion)
                                          : VerifyCommand::tr("UNKNOWN to this StarMark"));
        }
    }
    for (const Problem& problem : r.problems)
        out << VerifyCommand::tr("  problem: %1\n").arg(problem.message.text());
    if (r.verdict == Verdict::NoTrustAnchor)
        out << VerifyCommand::tr("result: NOT VALID: intact, but checked against no trust anchor (%1)\n").arg(CommandLine::trustHint());
    else
        out << (r.verdict == Verdict::Valid ? VerifyCommand::tr("result: VALID\n") : VerifyCommand::tr("result: NOT VALID\n"));
}

// Only what a certification body must look at: an agreeing report adds nothing to verify's output.
void printRecheck(QTextStream& out, const ReportRecheck::Result& r)
{
    if (!r.done) {
        out << VerifyCommand::tr("recheck: not done, the report does not verify\n");
        return;
    }
    for (const Problem& p : r.problems) {
        out << (p.severity == Problem::Severity::Warning ? VerifyCommand::tr("  recheck notice: %1\n").arg(p.message.text())
                                                         : VerifyCommand::tr("  recheck problem: %1\n").arg(p.message.text()));
    }
    if (hasErrors(r.problems))
        out << VerifyCommand::tr("recheck: NOT VALID: the report disagrees with its own tool outputs\n");
    else if (!r.overrides.isEmpty()) {
        QStringList requirements; // in the order the report gives them, once each
        for (const ReportRecheck::Override& o : r.overrides) {
            if (!requirements.contains(o.proposal.requirement))
                requirements.append(o.proposal.requirement);
        }
        out << VerifyCommand::tr("recheck: the proposals agree with the report; requirements judged against them: %1\n")
                   .arg(requirements.join(QStringLiteral(", ")));
    }
}

} // namespace

int VerifyCommand::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark verify"));
    cli.addTrustOption(tr("What the signers must chain to"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON for machines."));
    const QCommandLineOption knownOption(QStringLiteral("known-digests"),
        tr("The catalog versions to recognise (default: the shipped known-digests.json)."), QStringLiteral("FILE"));
    const QCommandLineOption recheckOption(QStringLiteral("recheck"),
        tr("Then derive every tool proposal again from the outputs inside the report and the shipped rules."));
    cli.parser().addOptions({jsonOption, knownOption, recheckOption});
    cli.parser().addPositionalArgument(QStringLiteral("REPORT"), tr("The signed report (PDF)."));
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
        cli.err() << tr("warning: %1; no catalog version will be recognised\n").arg(warning.toString());
    const ReportVerifier::Result r = ReportVerifier::verify(*report, *trust, *known, Clock::system().now());
    const bool recheck = cli.parser().isSet(recheckOption);
    const ReportRecheck::Result again = recheck ? ReportRecheck::recheck(*report, r, ShareLocation::toolRulesFolder()) : ReportRecheck::Result{};

    if (cli.parser().isSet(jsonOption)) {
        QJsonObject json = ReportVerifier::toJson(r, Translator::installed());
        json.insert(QStringLiteral("file"), path);
        if (recheck)
            json.insert(QStringLiteral("recheck"), ReportRecheck::toJson(again, Translator::installed()));
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printReport(cli.out(), path, r);
        if (recheck)
            printRecheck(cli.out(), again);
    }
    cli.out().flush();
    // The shipped rules unreadable: nothing could be rechecked (exit 2). A disagreement makes the report not valid (exit 1).
    if (hasUnusable(again.problems)) {
        for (const Problem& p : again.problems)
            cli.err() << tr("error: %1\n").arg(p.toString());
        return ExitUsage;
    }
    if (r.verdict == ReportVerifier::Result::Verdict::Valid && hasErrors(again.problems))
        return ExitInvalid;
    switch (r.verdict) {
    case ReportVerifier::Result::Verdict::Valid:
        return ExitOk;
    case ReportVerifier::Result::Verdict::Invalid:
    case ReportVerifier::Result::Verdict::NoTrustAnchor:
        return ExitInvalid;
    case ReportVerifier::Result::Verdict::Unreadable:
        cli.err() << tr("error: %1: %2\n").arg(path, r.problems.value(0).message.text());
        return ExitUsage;
    }
    return ExitInvalid;
}

} // namespace starmark
