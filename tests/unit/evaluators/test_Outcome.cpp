#include "Fixtures.h"

#include "evaluators/Outcome.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(Outcome, TheCameraDemoReachesStarOne)
{
    const Assessment a = demoAssessment("camera-star1");
    const Outcome o = Outcome::of(a, chainOf(a.catalog));
    EXPECT_EQ(o.target, 1);
    EXPECT_EQ(o.achieved, 1);
    EXPECT_EQ(o.counts.value(Verdict::Pass), 16);
    EXPECT_TRUE(o.gaps.isEmpty());
    EXPECT_TRUE(o.unanswered.isEmpty());
}

TEST(Outcome, RemovingOnePassDropsTheLevel)
{
    for (const QString& id : {QStringLiteral("S1.1-01"), QStringLiteral("S1.1-16")}) {
        Assessment a = demoAssessment("camera-star1");
        a.results.remove(id);
        const Outcome o = Outcome::of(a, chainOf(a.catalog));
        EXPECT_EQ(o.achieved, 0) << id.toStdString();
        ASSERT_EQ(o.gaps.size(), 1);
        EXPECT_EQ(o.gaps[0].requirement, id);
        EXPECT_EQ(o.gaps[0].verdict, Verdict::NotAssessed);
        EXPECT_EQ(o.counts.value(Verdict::NotAssessed), 1);
    }
    Assessment failed = demoAssessment("camera-star1");
    failed.results[QStringLiteral("S1.1-04")].verdict = Verdict::Fail;
    EXPECT_EQ(Outcome::of(failed, chainOf(failed.catalog)).achieved, 0);
}

TEST(Outcome, TheRouterDemoReachesStarTwoButNotThree)
{
    const Assessment a = demoAssessment("router-star3");
    const Outcome o = Outcome::of(a, chainOf(a.catalog));
    EXPECT_EQ(o.target, 3);
    EXPECT_EQ(o.achieved, 2);
    ASSERT_FALSE(o.gaps.isEmpty());
    for (const Outcome::Gap& g : o.gaps)
        EXPECT_EQ(g.level, 3);
}

TEST(Outcome, AProfileThatRulesARequirementOutMakesItNotApplicable)
{
    Assessment a = demoAssessment("camera-star1");
    a.results.remove(QStringLiteral("S1.1-15")); // applies_if: stores_user_data
    a.profile[QStringLiteral("stores_user_data")] = QStringLiteral("false");
    const Outcome o = Outcome::of(a, chainOf(a.catalog));
    EXPECT_EQ(o.achieved, 1);
    EXPECT_EQ(o.counts.value(Verdict::NotApplicable), 1);
}

TEST(Outcome, UnansweredQuestionsAreListedAndTheRequirementStillApplies)
{
    Assessment a = demoAssessment("camera-star1");
    a.profile.remove(QStringLiteral("stores_user_data"));
    a.results.remove(QStringLiteral("S1.1-15"));
    const Outcome o = Outcome::of(a, chainOf(a.catalog));
    EXPECT_EQ(o.unanswered, QStringList{QStringLiteral("stores_user_data")});
    EXPECT_EQ(o.achieved, 0);
}

TEST(Outcome, ARecheckBlocksTheLevelUntilConfirmed)
{
    Assessment a = demoAssessment("camera-star1");
    a.results[QStringLiteral("S1.1-04")].recheck = true;
    Outcome o = Outcome::of(a, chainOf(a.catalog));
    EXPECT_EQ(o.achieved, 0);
    EXPECT_EQ(o.recheck, 1);
    ASSERT_EQ(o.gaps.size(), 1);
    EXPECT_TRUE(o.gaps[0].recheck);
    a.results[QStringLiteral("S1.1-04")].recheck = false;
    EXPECT_EQ(Outcome::of(a, chainOf(a.catalog)).achieved, 1);
}
