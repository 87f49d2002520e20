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

TEST(Product, TheFamilyIsTheRepresentativeFirstThenTheOthersInOrder)
{
    Product p;
    p.model = QStringLiteral("SC-100");
    EXPECT_EQ(p.models(), QStringList{QStringLiteral("SC-100")});
    p.otherModels = {QStringLiteral("SC-100W"), QStringLiteral("SC-100B")};
    EXPECT_EQ(p.models(), (QStringList{QStringLiteral("SC-100"), QStringLiteral("SC-100W"), QStringLiteral("SC-100B")}));
}

TEST(Product, AModelNumberThatCouldHideOrWalkIsRefused)
{
    for (const char* good : {"SC-100", "WXR18000BE10P/D", "MS CAM 100", "ＳＣ－１００", "A+B (rev.2)"})
        EXPECT_FALSE(Product::modelProblem(QString::fromUtf8(good)).has_value()) << good;
    for (const char* bad : {"", "SC\t100", "SC-100\n", "SC\x1b[31m", "SC\xe2\x80\xae" "001", "SC\xe2\x80\xa8", " SC-100", "SC-100 ", "..",
             "../etc/passwd", "SC/../../x", "/SC-100", "SC\\100", "./SC"})
        EXPECT_TRUE(Product::modelProblem(QString::fromUtf8(bad)).has_value()) << bad;
}

TEST(Product, AModelNumberFitsTheLabelsFieldInBytes)
{
    EXPECT_FALSE(Product::modelProblem(QString(Product::maxModelBytes, QLatin1Char('X'))).has_value());
    EXPECT_TRUE(Product::modelProblem(QString(Product::maxModelBytes + 1, QLatin1Char('X'))).has_value());
    // 22 kanji are 66 bytes: over, though only 22 characters.
    const std::optional<Message> kanji = Product::modelProblem(QString(22, QChar(0x578B)));
    ASSERT_TRUE(kanji.has_value());
    EXPECT_TRUE(kanji->text(Language::English).contains(QStringLiteral("66")));
    EXPECT_TRUE(kanji->text(Language::Japanese).contains(QStringLiteral("66")));
}
