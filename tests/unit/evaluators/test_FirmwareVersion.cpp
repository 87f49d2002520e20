#include "evaluators/FirmwareVersion.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

// The order of a and b, as a sign: -1, 0, 1; 2 when they cannot be ordered.
int order(const char* a, const char* b)
{
    const std::optional<std::weak_ordering> o = FirmwareVersion::compare(QString::fromLatin1(a), QString::fromLatin1(b));
    if (!o)
        return 2;
    return *o < 0 ? -1 : (*o > 0 ? 1 : 0);
}

} // namespace

TEST(FirmwareVersion, NumericFieldsCompareAsNumbersNotAsText)
{
    EXPECT_EQ(order("1.10.0", "1.9.9"), 1) << "text order would put 1.10 before 1.9";
    EXPECT_EQ(order("2.4.1", "2.4.2"), -1);
    EXPECT_EQ(order("10.0", "9.99"), 1);
    EXPECT_EQ(order("1.02", "1.2"), 0) << "leading zeros do not count";
    EXPECT_EQ(order("1.2", "1.2.0"), 0) << "a missing field is 0";
    EXPECT_EQ(order("1.2", "1.2.0.1"), -1);
    EXPECT_EQ(order("99999999999999999999999.1", "99999999999999999999998.9"), 1) << "any length, no overflow";
    EXPECT_EQ(order("v2.4.1", "2.4.1"), 0) << "a leading v is not part of the number";
    EXPECT_EQ(order("1_2_3", "1.2.3"), 0);
}

TEST(FirmwareVersion, LettersInAFieldComeAfterItsNumber)
{
    EXPECT_EQ(order("1.2.3", "1.2.3b"), -1);
    EXPECT_EQ(order("1.2.3b", "1.2.3c"), -1);
    EXPECT_EQ(order("1.2.3c", "1.2.4"), -1);
    EXPECT_EQ(order("1.2.3B", "1.2.3b"), 0) << "letters compare case-insensitively";
    EXPECT_EQ(order("1.2.a", "1.2.1"), 1) << "a letter run ranks above a digit run";
}

TEST(FirmwareVersion, APreReleaseRanksBelowItsRelease)
{
    EXPECT_EQ(order("2.0.0-rc.1", "2.0.0"), -1);
    EXPECT_EQ(order("2.0.0-rc.1", "1.9.9"), 1);
    EXPECT_EQ(order("2.0.0-alpha", "2.0.0-alpha.1"), -1);
    EXPECT_EQ(order("2.0.0-alpha.2", "2.0.0-alpha.10"), -1);
    EXPECT_EQ(order("2.0.0-alpha", "2.0.0-beta"), -1);
    EXPECT_EQ(order("2.0.0-rc-2", "2.0.0-rc.2"), 0);
}

TEST(FirmwareVersion, BuildMetadataIsIgnored)
{
    EXPECT_EQ(order("3.1+build.77", "3.1"), 0);
    EXPECT_EQ(order("3.1+build.77", "3.1+build.78"), 0);
    EXPECT_EQ(order("3.1.1+build.1", "3.1+build.99"), 1);
}

TEST(FirmwareVersion, WhatIsNotAVersionCannotBeOrdered)
{
    for (const char* bad : {"", " ", "latest", "v", "1.2.3 (build 45)", "1..2", "1.2.", "-1.2", "1.2-", "1.2+", "１.２", "1/2"}) {
        EXPECT_FALSE(FirmwareVersion::parse(QString::fromUtf8(bad))) << bad;
        EXPECT_EQ(order(bad, "1.0"), 2) << bad;
        EXPECT_EQ(order("1.0", bad), 2) << bad;
    }
    const std::optional<FirmwareVersion> v = FirmwareVersion::parse(QStringLiteral("v2.4.1-rc.1+7"));
    ASSERT_TRUE(v);
    EXPECT_EQ(v->text(), QStringLiteral("v2.4.1-rc.1+7"));
}
