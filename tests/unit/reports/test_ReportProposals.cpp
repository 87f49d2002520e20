// proposals.json as a report carries it, and as a dishonest lab would edit it: it reads
// back as written, and what is not a list StarMark writes is refused, never read as empty.
#include "reports/ReportProposals.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

ToolReview::Reviewed reviewed()
{
    ToolReview::Reviewed r;
    r.proposal = {QStringLiteral("S1.1-12"), Verdict::Fail, QStringLiteral("tls-minimum-protocol"), QStringLiteral("1"), "ab12",
        QStringLiteral("sslscan"), QStringLiteral("2.0.7"), "cd34", Message("ToolProposer", "%1 offers %2, below %3")
                                                                      .arg(Message::plain(QStringLiteral("127.0.0.1:443")))
                                                                      .arg(Message::plain(QStringLiteral("TLSv1.0")))
                                                                      .arg(Message::plain(QStringLiteral("TLSv1.2")))};
    r.verdict = Verdict::Pass;
    r.status = ToolReview::Status::Overridden;
    r.recorded = true;
    return r;
}

} // namespace

TEST(ReportProposals, ReadsBackWhatItWrites)
{
    ToolRules rules;
    rules.id = QStringLiteral("jc-star");
    rules.version = QStringLiteral("1");
    rules.digest = "ab12";
    const Result<ReportProposals> read = ReportProposals::fromJson(ReportProposals::toJson(rules, {reviewed()}));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->rulesId, QStringLiteral("jc-star"));
    EXPECT_EQ(read->rulesDigest, QByteArray("ab12"));
    ASSERT_EQ(read->proposals.size(), 1);
    const ToolReview::Reviewed& r = read->proposals.constFirst();
    EXPECT_EQ(r.proposal.requirement, QStringLiteral("S1.1-12"));
    EXPECT_EQ(r.proposal.verdict, Verdict::Fail);
    EXPECT_EQ(r.proposal.evidence, QByteArray("cd34"));
    // The finding in the rules' own words, whatever the report's language.
    EXPECT_EQ(r.proposal.finding.text(Language::Japanese), QStringLiteral("127.0.0.1:443 offers TLSv1.0, below TLSv1.2"));
    EXPECT_EQ(r.verdict, Verdict::Pass);
    EXPECT_EQ(r.status, ToolReview::Status::Overridden);
    EXPECT_TRUE(r.recorded);
}

TEST(ReportProposals, WhatIsNotAListStarMarkWritesIsRefused)
{
    ToolRules rules;
    const QByteArray json = ReportProposals::toJson(rules, {reviewed()});
    for (const QByteArray& edited : {QByteArray("[]"), QByteArray("not json"), QByteArray(json).replace("starmark-proposals/1", "starmark-proposals/9"),
             QByteArray(json).replace("\"proposed\": \"fail\"", "\"proposed\": \"maybe\""),
             QByteArray(json).replace("\"status\": \"overridden\"", "\"status\": \"waved-through\"")}) {
        const Result<ReportProposals> read = ReportProposals::fromJson(edited);
        ASSERT_FALSE(read) << edited.toStdString();
        EXPECT_EQ(read.problems().constFirst().code, QStringLiteral("report.content-malformed"));
    }
}

TEST(ReportProposals, AnOutputIsNamedByItsToolAndHashInLettersAPdfNameMayHold)
{
    Assessment::ToolRun run;
    run.tool = QStringLiteral("testssl.sh (patched) /../x");
    run.evidence = QStringLiteral("evidence/scan.json");
    run.sha256 = QByteArray(64, 'a');
    EXPECT_EQ(ReportProposals::outputName(run), QStringLiteral("tool-testssl-sh-patched-x-") + QString(64, u'a') + QStringLiteral(".json"));
    run.evidence = QStringLiteral("scan");
    run.tool.clear();
    EXPECT_EQ(ReportProposals::outputName(run), QStringLiteral("tool-tool-") + QString(64, u'a') + QStringLiteral(".scan"));
}
