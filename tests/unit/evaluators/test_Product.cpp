#include "evaluators/Product.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(Product, DatesParseOnlyAsRealIsoDates)
{
    EXPECT_EQ(Product::parseDate(QStringLiteral("2026-04-01")), QDate(2026, 4, 1));
    EXPECT_EQ(Product::parseDate(QStringLiteral("2028-02-29")), QDate(2028, 2, 29));
    for (const char* bad : {"2026-02-30", "2027-02-29", "2026-4-1", "01/04/2026", "2026-04-01T00:00", "", "tomorrow"})
        EXPECT_FALSE(Product::parseDate(QString::fromUtf8(bad)).has_value()) << bad;
}

TEST(Product, SupportMayEndOnButNotBeforeRelease)
{
    Product p;
    p.released = QDate(2026, 4, 1);
    p.supportUntil = QDate(2026, 4, 1);
    EXPECT_FALSE(p.datesProblem().has_value());
    p.supportUntil = QDate(2026, 3, 31);
    ASSERT_TRUE(p.datesProblem().has_value());
    EXPECT_TRUE(p.datesProblem()->contains(QStringLiteral("before the product is released")));
}

TEST(Product, ContactMustBeHttpsOrMail)
{
    EXPECT_FALSE(Product::contactProblem(QStringLiteral("https://example.com/security")).has_value());
    EXPECT_FALSE(Product::contactProblem(QStringLiteral("mailto:psirt@example.com")).has_value());
    for (const char* bad : {"http://example.com", "example.com", "mailto:nobody", "https://", "javascript:alert(1)", ""})
        EXPECT_TRUE(Product::contactProblem(QString::fromUtf8(bad)).has_value()) << bad;
}
