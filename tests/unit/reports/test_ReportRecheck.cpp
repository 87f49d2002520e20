// `verify --recheck` as a dishonest lab would try to get past it: a report whose
// embedded output is not the one its tool run records, whose proposals were made with
// rules of its own, or whose list of proposals was edited; and a lab that simply went
// against its tools, which is a notice with the rationale, not a refusal. The report is
// signed here with the fixture's key and its verified content given as ReportVerifier
// would give it: the recheck trusts nothing but the signed bytes and that content.
#include "ReportFixture.h"

#include "reports/PagedPdf.h"
#include "reports/PdfSigner.h"
#include "reports/ReportRecheck.h"

#include "TestClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const QString shippedRules = QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/tool-rules");

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(STARMARK_TOOL_FIXTURES "/") + QLatin1String(name));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

struct Lab {
    Assessment assessment;
    QByteArray output;
    Assessment::ToolRun run;
    ToolRules rules;

    // The router's S1.1-12 judged `verdict`, with a TLS scan of `output` as its tool run.
    Lab(const char* output, Verdict verdict, bool recordedOverride = false)
        : output(fixture(output))
    {
        assessment.catalog = QStringLiteral("jc-star/star3-router");
        assessment.mode = Assessment::Mode::Lab;
        assessment.level = 3;
        assessment.results[QStringLiteral("S1.1-12")].verdict = verdict;
        assessment.results[QStringLiteral("S1.1-12")].rationale = QStringLiteral("CRYPTREC suites only on the management plane");
        run = {QStringLiteral("sslscan"), QStringLiteral("2.0.7"), QString(), testNow(), QStringLiteral("sslscan"), QString::fromLatin1(output),
            QCryptographicHash::hash(this->output, QCryptographicHash::Sha256).toHex(), {QStringLiteral("S1.1-12")}, {}, {}};
        if (recordedOverride)
            run.overridden = {QStringLiteral("S1.1-12")};
        assessment.toolRuns = {run};
        rules = *ToolRules::load(shippedRules + QStringLiteral("/jc-star.yaml"));
    }

    // The proposals as SignedReport lists them, derived with `with`.
    QByteArray proposalsJson(const ToolRules& with) const
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QString::fromLatin1(run.sha256)));
        f.open(QIODevice::WriteOnly);
        f.write(output);
        f.close();
        const Result<QList<ToolRunProposals::Entry>> derived = ToolRunProposals::deriveFrom(dir.path(), assessment, with);
        EXPECT_TRUE(derived) << describe(derived.problems());
        return ReportProposals::toJson(with, ToolReview::of(assessment, *derived));
    }

    // A signed PDF carrying `attachments`, and its content as ReportVerifier reads it.
    ReportRecheck::Result recheck(const QList<PdfSigner::Attachment>& attachments, const QString& rulesFolder = shippedRules) const
    {
        PdfSigner::Request request;
        request.attachments = attachments;
        request.reason = QStringLiteral("test");
        request.signingTime = testNow();
        QString error;
        const std::optional<QByteArray> pdf = PdfSigner::sign(
            PagedPdf::print(QStringLiteral("<p>report</p>"), QStringLiteral("report"), QStringLiteral("report")), request,
            ReportFixture::instance().identity(QStringLiteral("lab")), &error);
        EXPECT_TRUE(pdf) << error.toStdString();
        ReportVerifier::Result verified;
        verified.content = ReportContent();
        verified.content->kind = ReportContent::Kind::Evaluation;
        verified.content->assessment = assessment;
        verified.authorRevisionSize = pdf->size();
        return ReportRecheck::recheck(*pdf, verified, rulesFolder);
    }

    QList<PdfSigner::Attachment> honest() const
    {
        return {{QString::fromLatin1(ReportProposals::attachmentName), proposalsJson(rules)}, {ReportProposals::outputName(run), output}};
    }
};

QStringList codes(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.code;
    return out;
}

} // namespace

TEST(ReportRecheck, AReportThatAgreesWithItsToolsHasNothingToSay)
{
    const Lab lab("sslscan-weak.xml", Verdict::Fail);
    const ReportRecheck::Result r = lab.recheck(lab.honest());
    EXPECT_TRUE(r.done);
    EXPECT_TRUE(r.problems.isEmpty()) << describe(r.problems);
    EXPECT_TRUE(r.overrides.isEmpty());
    EXPECT_EQ(r.derived, 2); // the protocol rule and the suites rule, both fail as judged
    EXPECT_EQ(r.reportRulesDigest, lab.rules.digest);
    EXPECT_EQ(r.shippedRulesDigest, lab.rules.digest);
}

TEST(ReportRecheck, AVerdictAgainstTheToolsIsANoticeThatNamesTheRequirementTheProposalAndTheRationale)
{
    for (const bool recorded : {false, true}) {
        const Lab lab("sslscan-weak.xml", Verdict::Pass, recorded);
        const ReportRecheck::Result r = lab.recheck(lab.honest());
        EXPECT_FALSE(hasErrors(r.problems)) << describe(r.problems);
        ASSERT_EQ(r.overrides.size(), 2); // TLSv1.0 offered, suites outside the list
        for (const ReportRecheck::Override& o : r.overrides) {
            EXPECT_EQ(o.proposal.requirement, QStringLiteral("S1.1-12"));
            EXPECT_EQ(o.proposal.verdict, Verdict::Fail);
            EXPECT_EQ(o.verdict, Verdict::Pass);
            EXPECT_EQ(o.rationale, QStringLiteral("CRYPTREC suites only on the management plane"));
            EXPECT_EQ(o.recorded, recorded);
        }
        EXPECT_EQ(codes(r.problems), (QStringList{QStringLiteral("recheck.override"), QStringLiteral("recheck.override")}));
        EXPECT_TRUE(r.problems.constFirst().message.text(Language::English).contains(QStringLiteral("rationale: CRYPTREC suites only")));
        EXPECT_FALSE(r.problems.constFirst().message.text(Language::Japanese).isEmpty());
    }
}

TEST(ReportRecheck, AnEmbeddedOutputThatIsNotTheOneItsToolRunRecordsIsRefused)
{
    const Lab lab("sslscan-weak.xml", Verdict::Pass);
    // The lab signs another scan under the weak scan's name and hash, so that TLSv1.0 goes unseen.
    QList<PdfSigner::Attachment> attachments = lab.honest();
    attachments[1].data = fixture("sslscan-strong.xml");
    const ReportRecheck::Result r = lab.recheck(attachments);
    EXPECT_TRUE(hasErrors(r.problems));
    EXPECT_TRUE(findProblem(r.problems, u"recheck.output-altered")) << describe(r.problems);
    EXPECT_TRUE(r.overrides.isEmpty()); // nothing derived from an output that is not the one recorded

    attachments.removeLast();
    EXPECT_TRUE(findProblem(lab.recheck(attachments).problems, u"recheck.output-missing"));
}

TEST(ReportRecheck, ProposalsMadeWithRulesOfTheLabsOwnAreNamedAndWhatTheyHideIsRefused)
{
    const Lab lab("sslscan-weak.xml", Verdict::Pass);
    ToolRules lenient = lab.rules;
    lenient.version = QStringLiteral("1-lab");
    for (ToolRules::Rule& rule : lenient.rules) {
        if (rule.check == ToolRules::Check::TlsMinimumProtocol)
            rule.minimum = QStringLiteral("TLSv1.0");
    }
    lenient.digest = ToolRules::digestOf(lenient);
    const ReportRecheck::Result r
        = lab.recheck({{QString::fromLatin1(ReportProposals::attachmentName), lab.proposalsJson(lenient)}, {ReportProposals::outputName(lab.run), lab.output}});
    const Problem* differ = findProblem(r.problems, u"recheck.rules-differ");
    ASSERT_TRUE(differ) << describe(r.problems);
    EXPECT_EQ(differ->severity, Problem::Severity::Warning);
    EXPECT_TRUE(differ->message.text(Language::English).contains(QStringLiteral("version 1-lab")));
    EXPECT_TRUE(differ->message.text(Language::English).contains(QStringLiteral("version 1 ")));
    EXPECT_EQ(r.reportRulesVersion, QStringLiteral("1-lab"));
    EXPECT_EQ(r.shippedRulesVersion, QStringLiteral("1"));
    // Its rules made TLSv1.0 a pass; the shipped rules give the fail it does not list.
    EXPECT_TRUE(findProblem(r.problems, u"recheck.proposal-not-derived")) << describe(r.problems);
    EXPECT_TRUE(findProblem(r.problems, u"recheck.proposal-not-listed")) << describe(r.problems);
    EXPECT_TRUE(hasErrors(r.problems));
}

TEST(ReportRecheck, AnEditedListOfProposalsIsRefused)
{
    const Lab lab("sslscan-weak.xml", Verdict::Pass);
    // A proposal dropped, and one claimed accepted that the verdict went against.
    const QByteArray json = lab.proposalsJson(lab.rules);
    QByteArray dropped = json;
    dropped.replace("\"proposed\": \"fail\"", "\"proposed\": \"pass\"");
    for (const QByteArray& edited : {dropped, QByteArray(json).replace("\"status\": \"overridden\"", "\"status\": \"accepted\"")}) {
        ASSERT_NE(edited, json);
        const ReportRecheck::Result r
            = lab.recheck({{QString::fromLatin1(ReportProposals::attachmentName), edited}, {ReportProposals::outputName(lab.run), lab.output}});
        EXPECT_TRUE(findProblem(r.problems, u"recheck.proposal-not-derived")) << describe(r.problems);
        EXPECT_TRUE(findProblem(r.problems, u"recheck.proposal-not-listed")) << describe(r.problems);
    }
    // No list at all, while the assessment holds a tool run.
    EXPECT_TRUE(findProblem(lab.recheck({{ReportProposals::outputName(lab.run), lab.output}}).problems, u"recheck.proposals-missing"));
}

TEST(ReportRecheck, RulesNamedByAPathAreNoShippedRules)
{
    const Lab lab("sslscan-strong.xml", Verdict::Pass);
    QByteArray json = lab.proposalsJson(lab.rules);
    json.replace("\"id\": \"jc-star\"", "\"id\": \"../../tool-rules/jc-star\"");
    const ReportRecheck::Result r
        = lab.recheck({{QString::fromLatin1(ReportProposals::attachmentName), json}, {ReportProposals::outputName(lab.run), lab.output}});
    EXPECT_EQ(codes(r.problems), QStringList{QStringLiteral("recheck.rules-unknown")});
}

TEST(ReportRecheck, UnreadableShippedRulesAreUnusableNotASilentPass)
{
    const Lab lab("sslscan-strong.xml", Verdict::Pass);
    QTemporaryDir empty;
    QFile broken(empty.filePath(QStringLiteral("jc-star.yaml")));
    broken.open(QIODevice::WriteOnly);
    broken.write("id: [");
    broken.close();
    const ReportRecheck::Result r = lab.recheck(lab.honest(), empty.path());
    EXPECT_TRUE(hasUnusable(r.problems)) << describe(r.problems);
}

TEST(ReportRecheck, AReportThatDidNotVerifyIsNotRechecked)
{
    const ReportRecheck::Result r = ReportRecheck::recheck(QByteArray("%PDF-1.7"), ReportVerifier::Result{}, shippedRules);
    EXPECT_FALSE(r.done);
    EXPECT_TRUE(r.problems.isEmpty());
}

TEST(ReportRecheck, AnEmbeddedOutputTheImportersRefuseMakesTheReportNotValid)
{
    Lab lab("sslscan-weak.xml", Verdict::Pass);
    // Signed as it is, its hash recorded: but it is no whole sslscan document.
    lab.output.truncate(lab.output.size() / 2);
    lab.run.sha256 = QCryptographicHash::hash(lab.output, QCryptographicHash::Sha256).toHex();
    lab.assessment.toolRuns = {lab.run};
    const QList<PdfSigner::Attachment> attachments{
        {QString::fromLatin1(ReportProposals::attachmentName), ReportProposals::toJson(lab.rules, {})}, {ReportProposals::outputName(lab.run), lab.output}};
    const ReportRecheck::Result r = lab.recheck(attachments);
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_TRUE(hasErrors(r.problems));
    EXPECT_FALSE(hasUnusable(r.problems)) << describe(r.problems); // the report's fault, not the reader's
    EXPECT_TRUE(r.problems.constFirst().code.startsWith(QStringLiteral("tool."))) << describe(r.problems);
}
