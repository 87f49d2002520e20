// What the evaluator made of each proposal, as the report and `verify --recheck` say it:
// a verdict taken with `tool accept`, one that agrees, one against the proposal (recorded
// as an override or not), and a requirement still open.
#include "evaluators/tools/ToolReview.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

// As ToolRunProposals::derive gives it: the decision its run records.
ToolRunProposals::Entry entry(const char* requirement, Verdict proposed, Verdict given, const QByteArray& evidence = "aa",
    ToolRunProposals::Decision decision = ToolRunProposals::Decision::Open)
{
    ToolProposal p;
    p.requirement = QLatin1String(requirement);
    p.verdict = proposed;
    p.evidence = evidence;
    return {p, given, decision};
}

} // namespace

TEST(ToolReview, EachProposalIsAcceptedAgreesOverriddenOrOpen)
{
    Assessment a;
    a.results[QStringLiteral("S1.1-13")].rationale = QStringLiteral("the open ports are the needed interfaces");
    a.toolRuns = {Assessment::ToolRun{}, Assessment::ToolRun{}};
    a.toolRuns[0].sha256 = "aa";
    a.toolRuns[0].accepted = {QStringLiteral("S1.1-12")};
    a.toolRuns[1].sha256 = "bb";
    a.toolRuns[1].overridden = {QStringLiteral("S1.1-13")};
    const QList<ToolReview::Reviewed> reviewed = ToolReview::of(a,
        {entry("S1.1-12", Verdict::Pass, Verdict::Pass, "aa", ToolRunProposals::Decision::Accepted),
            entry("S1.1-12", Verdict::Pass, Verdict::Pass, "bb"),
            entry("S1.1-13", Verdict::Fail, Verdict::Pass, "bb", ToolRunProposals::Decision::Overridden),
            entry("S3.RT-03", Verdict::Pass, Verdict::NotAssessed)});
    ASSERT_EQ(reviewed.size(), 4);
    EXPECT_EQ(reviewed[0].status, ToolReview::Status::Accepted); // its run records the acceptance
    EXPECT_EQ(reviewed[1].status, ToolReview::Status::Agrees); // the same verdict, but not taken from this run
    EXPECT_EQ(reviewed[2].status, ToolReview::Status::Overridden);
    EXPECT_TRUE(reviewed[2].recorded);
    EXPECT_EQ(reviewed[2].rationale, QStringLiteral("the open ports are the needed interfaces"));
    EXPECT_EQ(reviewed[3].status, ToolReview::Status::Open);

    const ToolReview::Summary s = ToolReview::summary(reviewed);
    EXPECT_EQ(s.proposals, 4);
    EXPECT_EQ(s.accepted, 2);
    EXPECT_EQ(s.overridden, 1);
    EXPECT_EQ(s.open, 1);
}

TEST(ToolReview, AVerdictAgainstAProposalIsAnOverrideEvenWhenNothingRecordsIt)
{
    Assessment a;
    a.toolRuns = {Assessment::ToolRun{}};
    a.toolRuns[0].sha256 = "aa";
    // Accepted once, then set against the proposal by hand: derive no longer calls it accepted,
    // and the verdict decides.
    a.toolRuns[0].accepted = {QStringLiteral("S1.1-12")};
    const QList<ToolReview::Reviewed> reviewed = ToolReview::of(a, {entry("S1.1-12", Verdict::Fail, Verdict::Pass)});
    EXPECT_EQ(reviewed[0].status, ToolReview::Status::Overridden);
    EXPECT_FALSE(reviewed[0].recorded);
}

TEST(ToolReview, TakingOneRulesFailIsNotGoingAgainstAnotherRulesPass)
{
    Assessment a;
    a.toolRuns = {Assessment::ToolRun{}};
    a.toolRuns[0].sha256 = "aa";
    // One scan: the protocol rule saw TLS 1.0, the suites rule found nothing wrong.
    const QList<ToolReview::Reviewed> byHand = ToolReview::of(
        a, {entry("S1.1-12", Verdict::Fail, Verdict::Fail), entry("S1.1-12", Verdict::Pass, Verdict::Fail)});
    EXPECT_EQ(byHand[0].status, ToolReview::Status::Agrees);
    EXPECT_EQ(byHand[1].status, ToolReview::Status::Agrees) << "fail is what the two come to";

    const QList<ToolReview::Reviewed> against = ToolReview::of(
        a, {entry("S1.1-12", Verdict::Fail, Verdict::Pass), entry("S1.1-12", Verdict::Pass, Verdict::Pass)});
    EXPECT_EQ(against[0].status, ToolReview::Status::Overridden) << "a pass against the fail they come to";
    EXPECT_EQ(against[1].status, ToolReview::Status::Agrees) << "the suites rule said pass";
    EXPECT_EQ(ToolReview::summary(against).overridden, 1);
}

TEST(ToolReview, AnOverrideGoesAgainstTheProposalsItOverridesOnly)
{
    Assessment a;
    // `tool override S1.1-13 --verdict pass`: the port scan proposed pass, OSV proposed fail.
    const QList<ToolReview::Reviewed> reviewed = ToolReview::of(a,
        {entry("S1.1-13", Verdict::Pass, Verdict::Pass, "aa", ToolRunProposals::Decision::Overridden),
            entry("S1.1-13", Verdict::Fail, Verdict::Pass, "bb", ToolRunProposals::Decision::Overridden)});
    EXPECT_EQ(reviewed[0].status, ToolReview::Status::Agrees);
    EXPECT_EQ(reviewed[1].status, ToolReview::Status::Overridden);
    EXPECT_TRUE(reviewed[1].recorded);
}

TEST(ToolReview, AnOverrideSetBackByHandToWhatTheToolsComeToGoesAgainstNothing)
{
    Assessment a;
    // Overridden to pass, then `assess set S1.1-13.verdict=fail`: the runs still list the override.
    const QList<ToolReview::Reviewed> reviewed = ToolReview::of(a,
        {entry("S1.1-13", Verdict::Pass, Verdict::Fail, "aa", ToolRunProposals::Decision::Overridden),
            entry("S1.1-13", Verdict::Fail, Verdict::Fail, "bb", ToolRunProposals::Decision::Overridden)});
    EXPECT_EQ(reviewed[0].status, ToolReview::Status::Agrees);
    EXPECT_EQ(reviewed[1].status, ToolReview::Status::Agrees);
    EXPECT_EQ(ToolReview::summary(reviewed).overridden, 0);
}
