#include "Fixtures.h"

#include "evaluators/SignOffRules.h"

#include "TestClock.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// The code of the rule `problem` breaks, or empty when it breaks none.
QString codeOf(const std::optional<Problem>& problem)
{
    return problem ? problem->code : QString();
}

} // namespace

TEST(SignOffRules, ALabEvaluationCompleteAndReviewedBySomeoneElse)
{
    Assessment a = demoAssessment("router-star3");
    const QList<const Catalog*> chain = chainOf(a.catalog);
    EXPECT_EQ(codeOf(SignOffRules::problem(a, chain, QStringLiteral("鈴木 花子"))), QString());
    EXPECT_EQ(codeOf(SignOffRules::problem(a, chain, QStringLiteral("  "))), QStringLiteral("sign-off.no-reviewer"));
    EXPECT_EQ(codeOf(SignOffRules::problem(a, chain, a.evaluator.name)), QStringLiteral("sign-off.self-review"));
    a.results.remove(a.results.firstKey());
    const std::optional<Problem> unfinished = SignOffRules::problem(a, chain, QStringLiteral("鈴木 花子"));
    EXPECT_EQ(codeOf(unfinished), QStringLiteral("sign-off.unfinished"));
    EXPECT_TRUE(unfinished->message.text(Language::English).startsWith(QStringLiteral("1 requirement(s) are not assessed and 0")));
}

TEST(SignOffRules, NotForSelfDeclarationsNorTwice)
{
    const Assessment self = demoAssessment("camera-star1");
    EXPECT_EQ(codeOf(SignOffRules::problem(self, chainOf(self.catalog), QStringLiteral("鈴木"))), QStringLiteral("sign-off.not-lab"));
    Assessment signed_ = demoAssessment("router-star3");
    signed_.signOff = Assessment::SignOff{QStringLiteral("佐藤"), testNow()};
    const std::optional<Problem> twice = SignOffRules::problem(signed_, chainOf(signed_.catalog), QStringLiteral("鈴木"));
    EXPECT_EQ(codeOf(twice), QStringLiteral("sign-off.already-signed"));
    EXPECT_TRUE(twice->message.text(Language::Japanese).contains(QStringLiteral("佐藤")));
}

TEST(SignOffRules, ARecordedSignOffIsHeldToTheSameRules)
{
    const QDateTime at(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    Assessment a = demoAssessment("router-star3");
    EXPECT_EQ(codeOf(SignOffRules::recordedProblem(a)), QString()); // none recorded
    a.signOff = Assessment::SignOff{QStringLiteral("鈴木 花子"), at};
    EXPECT_EQ(codeOf(SignOffRules::recordedProblem(a)), QString());
    a.signOff->reviewer = a.evaluator.name + QStringLiteral(" ");
    EXPECT_EQ(codeOf(SignOffRules::recordedProblem(a)), QStringLiteral("sign-off.self-review"));
    a.signOff->reviewer = QString();
    EXPECT_EQ(codeOf(SignOffRules::recordedProblem(a)), QStringLiteral("sign-off.no-reviewer"));
    a.signOff = Assessment::SignOff{QStringLiteral("鈴木 花子"), at};
    a.results.first().recheck = true;
    EXPECT_EQ(codeOf(SignOffRules::recordedProblem(a)), QStringLiteral("sign-off.unfinished"));
    Assessment self = demoAssessment("camera-star1");
    self.signOff = Assessment::SignOff{QStringLiteral("鈴木 花子"), at};
    EXPECT_EQ(codeOf(SignOffRules::recordedProblem(self)), QStringLiteral("sign-off.not-lab"));
}
