#include "criteria/Result.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(Result, AValueWithWarnings)
{
    Result<int> r(42, {Problem::warning(QStringLiteral("t.w"), Message::plain(QStringLiteral("w")))});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, 42);
    EXPECT_EQ(r.problems().size(), 1);
}

TEST(Result, ProblemsInsteadOfAValue)
{
    const Result<QString> r(Problem::invalid(QStringLiteral("t.e"), Message::plain(QStringLiteral("e"))));
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(static_cast<bool>(r));
    ASSERT_EQ(r.problems().size(), 1);
    EXPECT_EQ(r.problems().front().code, QStringLiteral("t.e"));
}

TEST(Result, VoidIsDoneUnlessAnErrorStoppedIt)
{
    EXPECT_TRUE(Result<void>().ok());
    EXPECT_TRUE(Result<void>(Problem::warning(QStringLiteral("t.w"), Message::plain(QStringLiteral("w")))).ok());
    EXPECT_FALSE(Result<void>(Problem::unusable(QStringLiteral("t.u"), Message::plain(QStringLiteral("u")))).ok());
}
