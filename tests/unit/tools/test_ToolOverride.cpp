// ToolOverride as a dishonest or careless lab would use it: every refusal by its code, with
// nothing written; an override recorded on the runs and in the trail; an accept that takes it back.
#include "ToolFixtures.h"

#include "FixedClock.h"
#include "TestClock.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/DeclarationImport.h"
#include "evaluators/DeclarationReader.h"
#include "evaluators/tools/ToolAcceptance.h"
#include "evaluators/tools/ToolImport.h"
#include "evaluators/tools/ToolOverride.h"
#include "evaluators/tools/ToolRunProposals.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const CatalogLibrary& catalogs()
{
    static const CatalogLibrary library = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
    return library;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString tls = QStringLiteral("S1.1-12");

// The ★3 router demo with the weak TLS server's sslscan output imported: its proposals for S1.1-12 are fail.
class ToolOverrideTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const Result<ToolRules> loaded = ToolRules::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/tool-rules/jc-star.yaml"));
        ASSERT_TRUE(loaded);
        rules = *loaded;
        const DeclarationReader::Result declared
            = DeclarationReader::readFile(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/router-star3/declaration.yaml"), catalogs());
        ASSERT_TRUE(declared.assessment.has_value());
        path = dir.filePath(QStringLiteral("router.starmark"));
        const Catalog* catalog = catalogs().find(declared.assessment->catalog);
        ASSERT_TRUE(DeclarationImport::into(path, *declared.assessment, catalogs().chain(*catalog), QStringLiteral("lab"), clock));
        reopen();
        ASSERT_TRUE(ToolImport::import(*opened, rules, {toolFixture("sslscan-weak.xml"), std::nullopt, {}, {}}, QStringLiteral("lab"), clock));
        reopen();
    }
    void reopen()
    {
        Result<OpenedAssessment> o = OpenedAssessment::open(path, AssessmentFile::Access::ReadWrite, catalogs(), clock);
        ASSERT_TRUE(o) << o.problems().value(0).toString().toStdString();
        opened.emplace(o.take());
    }
    // The code of the one refusal, after checking that the file is byte for byte as it was.
    QString refusal(const QString& requirement, Verdict verdict, const QString& rationale)
    {
        const QByteArray before = bytesOf(path);
        const Result<Verdict> done = ToolOverride::override(*opened, rules, requirement, verdict, rationale, QStringLiteral("lab"), clock);
        EXPECT_EQ(bytesOf(path), before) << requirement.toStdString();
        return done ? QString() : done.problems().constFirst().code;
    }
    const Assessment::ToolRun& run() const { return opened->assessment.toolRuns.constFirst(); }
    // `assess set S1.1-12.verdict=…`: past the tools, with no rationale.
    void setByHand(Verdict verdict)
    {
        ASSERT_TRUE(opened->update(
            [verdict](Assessment& state) {
                state.results[tls].verdict = verdict;
                return Problems();
            },
            QStringLiteral("lab"), clock));
    }
    ToolRunProposals::Decision decisionFor(const QString& requirement)
    {
        const Result<QList<ToolRunProposals::Entry>> entries = ToolRunProposals::derive(*opened->file, opened->assessment, rules);
        EXPECT_TRUE(entries);
        for (const ToolRunProposals::Entry& e : *entries) {
            if (e.proposal.requirement == requirement)
                return e.decision;
        }
        ADD_FAILURE() << "no proposal for " << requirement.toStdString();
        return ToolRunProposals::Decision::Open;
    }

    QTemporaryDir dir;
    FixedClock clock{testNow()};
    ToolRules rules;
    QString path;
    std::optional<OpenedAssessment> opened;
};

} // namespace

TEST_F(ToolOverrideTest, SetsTheVerdictAndRationaleAndRecordsTheOverrideOnTheRunInTheTrail)
{
    ASSERT_EQ(decisionFor(tls), ToolRunProposals::Decision::Open);
    const qsizetype entries = opened->file->auditEntries().size();
    const Result<Verdict> done = ToolOverride::override(
        *opened, rules, tls, Verdict::Pass, QStringLiteral("TLS 1.0 is the test server's, not the device's"), QStringLiteral("lab-sato"), clock);
    ASSERT_TRUE(done) << done.problems().value(0).toString().toStdString();
    EXPECT_EQ(*done, Verdict::Fail); // what the proposals came to
    const Assessment::Result& result = opened->assessment.results.value(tls);
    EXPECT_EQ(result.verdict, Verdict::Pass);
    EXPECT_EQ(result.rationale, QStringLiteral("TLS 1.0 is the test server's, not the device's"));
    EXPECT_EQ(run().overridden, QStringList{tls});
    EXPECT_TRUE(run().accepted.isEmpty());
    EXPECT_EQ(decisionFor(tls), ToolRunProposals::Decision::Overridden);
    // One change, whose first entry names the override; the trail still holds.
    const QList<AuditTrail::Entry> trail = opened->file->auditEntries();
    ASSERT_GT(trail.size(), entries);
    const AuditTrail::Entry& first = trail.at(entries);
    EXPECT_EQ(first.action, QStringLiteral("tool-override"));
    EXPECT_EQ(first.target, tls);
    EXPECT_EQ(first.who, QStringLiteral("lab-sato"));
    EXPECT_EQ(first.newValue, QStringLiteral("pass against fail"));
    EXPECT_TRUE(opened->file->verifyAudit().intact);
}

TEST_F(ToolOverrideTest, AcceptingAfterwardsTakesTheOverrideBack)
{
    ASSERT_TRUE(ToolOverride::override(*opened, rules, tls, Verdict::Pass, QStringLiteral("reason"), QStringLiteral("lab"), clock));
    ASSERT_TRUE(ToolAcceptance::accept(*opened, rules, tls, QStringLiteral("lab"), clock));
    EXPECT_TRUE(run().overridden.isEmpty());
    EXPECT_EQ(run().accepted, QStringList{tls});
    EXPECT_EQ(opened->assessment.results.value(tls).verdict, Verdict::Fail);
    EXPECT_EQ(decisionFor(tls), ToolRunProposals::Decision::Accepted);
    // And overriding an accepted proposal takes the acceptance back.
    ASSERT_TRUE(ToolOverride::override(*opened, rules, tls, Verdict::Pass, QStringLiteral("again"), QStringLiteral("lab"), clock));
    EXPECT_TRUE(run().accepted.isEmpty());
    EXPECT_EQ(run().overridden, QStringList{tls});
}

TEST_F(ToolOverrideTest, AnAcceptedVerdictChangedBehindTheToolsShowsAsOpenNotAccepted)
{
    ASSERT_TRUE(ToolAcceptance::accept(*opened, rules, tls, QStringLiteral("lab"), clock));
    ASSERT_EQ(decisionFor(tls), ToolRunProposals::Decision::Accepted);
    // A lab that accepts the fail, then sets pass by hand, has not accepted anything: no rationale, no override.
    setByHand(Verdict::Pass);
    EXPECT_EQ(run().accepted, QStringList{tls});
    EXPECT_EQ(decisionFor(tls), ToolRunProposals::Decision::Open);
}

TEST_F(ToolOverrideTest, AnOverrideSetBackByHandToTheToolsVerdictShowsAsOpenNotOverridden)
{
    ASSERT_TRUE(ToolOverride::override(*opened, rules, tls, Verdict::Pass, QStringLiteral("reason"), QStringLiteral("lab"), clock));
    ASSERT_EQ(decisionFor(tls), ToolRunProposals::Decision::Overridden);
    setByHand(Verdict::Fail);
    EXPECT_EQ(run().overridden, QStringList{tls}); // the record stays; what it says no longer holds
    EXPECT_EQ(decisionFor(tls), ToolRunProposals::Decision::Open);
}

TEST_F(ToolOverrideTest, AnOverrideWithoutAReasonIsRefused)
{
    EXPECT_EQ(refusal(tls, Verdict::Pass, QString()), QStringLiteral("tool.override-without-rationale"));
    EXPECT_EQ(refusal(tls, Verdict::Pass, QStringLiteral(" \t\n　")), QStringLiteral("tool.override-without-rationale"));
}

TEST_F(ToolOverrideTest, AVerdictTheToolsProposeToIsAnAcceptanceNotAnOverride)
{
    EXPECT_EQ(refusal(tls, Verdict::Fail, QStringLiteral("agreeing, but calling it an override")), QStringLiteral("tool.override-agrees"));
}

TEST_F(ToolOverrideTest, ARequirementNoToolSpeaksToOrNoneOfTheCatalogsIsRefused)
{
    EXPECT_EQ(refusal(QStringLiteral("S1.1-04"), Verdict::Pass, QStringLiteral("reason")), QStringLiteral("tool.no-proposal"));
    EXPECT_EQ(refusal(QStringLiteral("S9.9-99"), Verdict::Pass, QStringLiteral("reason")), QStringLiteral("tool.unknown-requirement"));
    EXPECT_EQ(refusal(QStringLiteral("all"), Verdict::Pass, QStringLiteral("reason")), QStringLiteral("tool.unknown-requirement"));
}

TEST_F(ToolOverrideTest, TheVerdictsOwnRulesStillHold)
{
    // Not applicable needs a justification the override does not give (ResultRules): refused whole, the run untouched.
    EXPECT_EQ(refusal(tls, Verdict::NotApplicable, QStringLiteral("reason")), QStringLiteral("assessment.result-rule"));
    EXPECT_TRUE(run().overridden.isEmpty());
}

TEST_F(ToolOverrideTest, ASignedOffAssessmentIsRefused)
{
    ASSERT_TRUE(opened->update(
        [](Assessment& state) {
            state.signOff = Assessment::SignOff{QStringLiteral("鈴木 一郎"), testNow()};
            return Problems();
        },
        QStringLiteral("reviewer"), clock));
    EXPECT_EQ(refusal(tls, Verdict::Pass, QStringLiteral("after sign-off")), QStringLiteral("tool.assessment-locked"));
}
