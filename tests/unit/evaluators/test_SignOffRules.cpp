#include "Fixtures.h"

#include "evaluators/SignOffRules.h"

#include "TestClock.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(SignOffRules, ALabEvaluationCompleteAndReviewedBySomeoneElse)
{
    Assessment a = demoAssessment("router-star3");
    const QList<const Catalog*> chain = chainOf(a.catalog);
    EXPECT_EQ(SignOffRules::problem(a, chain, QStringLiteral("鈴木 花子")), QString());
    EXPECT_TRUE(SignOffRules::problem(a, chain, QStringLiteral("  ")).contains(QStringLiteral("required")));
    EXPECT_TRUE(SignOffRules::problem(a, chain, a.evaluator.name).contains(QStringLiteral("other than the evaluator")));
    a.results.remove(a.results.firstKey());
    EXPECT_TRUE(SignOffRules::problem(a, chain, QStringLiteral("鈴木 花子")).contains(QStringLiteral("1 requirement(s) are not assessed")));
}

TEST(SignOffRules, NotForSelfDeclarationsNorTwice)
{
    const Assessment self = demoAssessment("camera-star1");
    EXPECT_TRUE(SignOffRules::problem(self, chainOf(self.catalog), QStringLiteral("鈴木")).contains(QStringLiteral("lab evaluations")));
    Assessment signed_ = demoAssessment("router-star3");
    signed_.signOff = Assessment::SignOff{QStringLiteral("佐藤"), testNow()};
    EXPECT_TRUE(SignOffRules::problem(signed_, chainOf(signed_.catalog), QStringLiteral("鈴木")).contains(QStringLiteral("佐藤")));
}
