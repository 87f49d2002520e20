#include "criteria/Problem.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(Problem, ToStringNamesFilePlaceAndKey)
{
    const Problem p = Problem::invalid(QStringLiteral("test.bad"), Message("ProblemTest", "bad value %1").arg(QStringLiteral("x")),
        {QStringLiteral("c.yaml"), 3, 7}, QStringLiteral("requirements[S1].method"));
    EXPECT_EQ(p.toString(Language::English), QStringLiteral("c.yaml:3:7: requirements[S1].method: bad value x"));
    const Problem whole = Problem::unusable(QStringLiteral("test.unreadable"), Message("ProblemTest", "unreadable"), {QStringLiteral("c.yaml")});
    EXPECT_EQ(whole.toString(Language::English), QStringLiteral("c.yaml: unreadable"));
    const Problem nowhere = Problem::warning(QStringLiteral("test.note"), Message("ProblemTest", "note"));
    EXPECT_EQ(nowhere.toString(Language::English), QStringLiteral("note"));
}

TEST(Problem, SeverityDecidesWhatCounts)
{
    const Problem warning = Problem::warning(QStringLiteral("a.warn"), Message::plain(QStringLiteral("w")));
    const Problem invalid = Problem::invalid(QStringLiteral("a.invalid"), Message::plain(QStringLiteral("i")));
    const Problem unusable = Problem::unusable(QStringLiteral("a.unusable"), Message::plain(QStringLiteral("u")));
    EXPECT_FALSE(hasErrors({warning}));
    EXPECT_TRUE(hasErrors({warning, invalid}));
    EXPECT_FALSE(hasUnusable({warning, invalid}));
    EXPECT_TRUE(hasUnusable({invalid, unusable}));
    const Problems all{warning, invalid, unusable};
    ASSERT_NE(findProblem(all, u"a.invalid"), nullptr);
    EXPECT_EQ(findProblem(all, u"a.invalid")->severity, Problem::Severity::Invalid);
    EXPECT_EQ(findProblem(all, u"a.none"), nullptr);
}
