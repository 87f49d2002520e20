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

TEST(SignOffRules, ARecordedSignOffIsHeldToTheSameRules)
{
    const QDateTime at(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    Assessment a = demoAssessment("router-star3");
    EXPECT_EQ(SignOffRules::recordedProblem(a), QString()); // none recorded
    a.signOff = Assessment::SignOff{QStringLiteral("鈴木 花子"), at};
    EXPECT_EQ(SignOffRules::recordedProblem(a), QString());
    a.signOff->reviewer = a.evaluator.name + QStringLiteral(" ");
    EXPECT_TRUE(SignOffRules::recordedProblem(a).contains(QStringLiteral("other than the evaluator")));
    a.signOff->reviewer = QString();
    EXPECT_TRUE(SignOffRules::recordedProblem(a).contains(QStringLiteral("names no reviewer")));
    a.signOff = Assessment::SignOff{QStringLiteral("鈴木 花子"), at};
    a.results.first().recheck = true;
    EXPECT_TRUE(SignOffRules::recordedProblem(a).contains(QStringLiteral("1 need re-checking")));
    Assessment self = demoAssessment("camera-star1");
    self.signOff = Assessment::SignOff{QStringLiteral("鈴木 花子"), at};
    EXPECT_TRUE(SignOffRules::recordedProblem(self).contains(QStringLiteral("only lab evaluations have")));
}
