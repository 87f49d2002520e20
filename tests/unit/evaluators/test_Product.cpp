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

TEST(Product, ANeededInterfaceIsAProtocolAPortAndAnOptionalServiceName)
{
    for (const char* good : {"tcp/443", "tcp/443 https", "UDP/500 isakmp", "sctp/38412", "udp/65535", "tcp/1", "tcp/8443 web (LAN only)"})
        EXPECT_FALSE(Product::interfaceProblem(QString::fromUtf8(good))) << good;
    // What a manufacturer could write to have every open port pass as "needed".
    for (const char* bad : {"tcp/99999", "foo/22", "tcp/0", "tcp/022", "tcp/*", "tcp/1-65535", "tcp", "443", "tcp/443,udp/500", " tcp/443",
             "tcp/443 ", "tcp/443  https", "ip/1", "tcp/443 a\x07", "tcp/65536"})
        EXPECT_TRUE(Product::interfaceProblem(QString::fromUtf8(bad))) << bad;
    EXPECT_TRUE(Product::interfaceProblem(QStringLiteral("tcp/443 ") + QString(65, QLatin1Char('x'))));
    EXPECT_EQ(Product::interfaceKey(QStringLiteral("TCP/443 https")), QStringLiteral("tcp/443"));
}

TEST(Product, AListNamesEachPortOnceAndStaysWithinItsLimit)
{
    EXPECT_FALSE(Product::interfacesProblem({}));
    EXPECT_FALSE(Product::interfacesProblem({QStringLiteral("tcp/443"), QStringLiteral("udp/443")}));
    EXPECT_TRUE(Product::interfacesProblem({QStringLiteral("tcp/443 https"), QStringLiteral("TCP/443 web")}));
    EXPECT_TRUE(Product::interfacesProblem({QStringLiteral("tcp/443"), QStringLiteral("tcp/99999")}));
    QStringList many;
    for (int port = 1; port <= Product::maxNeededInterfaces + 1; ++port)
        many << QStringLiteral("tcp/%1").arg(port);
    EXPECT_TRUE(Product::interfacesProblem(many));
    many.removeLast();
    EXPECT_FALSE(Product::interfacesProblem(many));
}
