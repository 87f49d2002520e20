#include "labels/LabelToken.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const IssuerKey& issuer()
{
    static const IssuerKey key = IssuerKey::generate();
    return key;
}

// Realistic values at their longest: a 20-character model and a 15-character firmware.
LabelToken token()
{
    LabelToken t{QStringLiteral("JCS-26-000123"), 2, QStringLiteral("network-camera"), QStringLiteral("MS-CAM100-PRO-4K-OUT"),
        QStringLiteral("2.4.1-build.1234"), QDate(2026, 11, 22), QDate(2031, 3, 31), QDate(2028, 11, 21), {}, {}};
    t.sign(issuer());
    return t;
}

} // namespace

TEST(LabelToken, RoundTripsThroughTextAndUrl)
{
    const LabelToken t = token();
    EXPECT_TRUE(t.problem().isEmpty());
    EXPECT_EQ(t.signature.size(), 64);
    const Result<LabelToken> back = LabelToken::decode(t.encode());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->payload(), t.payload());
    EXPECT_EQ(back->model, t.model);
    EXPECT_EQ(back->validUntil, t.validUntil);
    EXPECT_TRUE(back->verify(issuer()));

    const QString url = LabelToken::url(QStringLiteral("https://label.starmark.example/"), t);
    EXPECT_TRUE(url.startsWith(QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE/L/JCS-26-000123/")));
    EXPECT_EQ(*LabelToken::tokenOfUrl(url), t.encode());
    EXPECT_EQ(LabelToken::tokenOfUrl(url.toLower())->toUpper(), t.encode()); // phones may lower-case it
    EXPECT_EQ(*LabelToken::tokenOfUrl(t.encode()), t.encode());
}

TEST(LabelToken, ChangingAnyFieldBreaksTheSignature)
{
    using Change = void (*)(LabelToken&);
    const Change changes[] = {
        [](LabelToken& t) { t.registration = QStringLiteral("JCS-26-000124"); },
        [](LabelToken& t) { t.level = 3; },
        [](LabelToken& t) { t.category = QStringLiteral("router"); },
        [](LabelToken& t) { t.model = QStringLiteral("MS-CAM100-PRO-4K-OUU"); },
        [](LabelToken& t) { t.firmware = QStringLiteral("2.4.2-build.1234"); },
        [](LabelToken& t) { t.evaluated = t.evaluated.addDays(1); },
        [](LabelToken& t) { t.supportUntil = t.supportUntil.addYears(5); },
        [](LabelToken& t) { t.validUntil = t.validUntil.addDays(1); },
    };
    for (const Change change : changes) {
        LabelToken t = token();
        change(t);
        EXPECT_FALSE(t.verify(issuer()));
        const Result<LabelToken> decoded = LabelToken::decode(t.encode());
        ASSERT_TRUE(decoded);
        EXPECT_FALSE(decoded->verify(issuer()));
    }
    EXPECT_FALSE(token().verify(IssuerKey::generate()));
}

TEST(LabelToken, BrokenTokensSayWhy)
{
    const QString good = token().encode();
    const struct {
        QString text;
        const char* fragment;
    } cases[] = {
        {good.left(good.size() - 20), "label.token-signature-size"},
        {good.left(10), "label.token-truncated"},
        {good + QStringLiteral("AAAAAAAA"), "label.token-signature-size"},
        {QStringLiteral("hello world!"), "label.token-not-base32"},
        {QString(2000, QLatin1Char('A')), "label.token-too-long"},
        {QStringLiteral("B") + good.mid(1), "label.token-format"},
    };
    for (const auto& c : cases) {
        const Result<LabelToken> decoded = LabelToken::decode(c.text);
        ASSERT_FALSE(decoded) << c.fragment;
        ASSERT_EQ(decoded.problems().size(), 1);
        EXPECT_EQ(decoded.problems()[0].code, QLatin1String(c.fragment));
        EXPECT_NE(decoded.problems()[0].message.text(Language::Japanese), decoded.problems()[0].message.text(Language::English)) << c.fragment;
    }
    EXPECT_TRUE(findProblem(LabelToken::tokenOfUrl(QStringLiteral("https://example.com/other/path")).problems(), u"label.not-a-label-url"));
    EXPECT_TRUE(findProblem(LabelToken::tokenOfUrl(QString(5000, QLatin1Char('A'))).problems(), u"label.url-too-long"));
}

TEST(LabelToken, FieldsOutOfRangeAreRefusedBeforeSigning)
{
    LabelToken t = token();
    t.model = QString(65, QLatin1Char('M'));
    EXPECT_FALSE(t.problem().isEmpty());
    t = token();
    t.level = 5;
    EXPECT_FALSE(t.problem().isEmpty());
    t = token();
    t.validUntil = QDate(1999, 12, 31);
    EXPECT_FALSE(t.problem().isEmpty());
}

TEST(LabelToken, AUrlMadeFromARegistryAddressWithSpaceAroundItReadsBack)
{
    // Found by fuzz_label_url: "h://2ht]/\n" made a URL whose token could not be read back.
    const LabelToken t = token();
    for (const char* registry : {"h://2ht]/\n", " https://registry.example/base/ ", "https://registry.example\r\n"}) {
        const QString url = LabelToken::url(QString::fromLatin1(registry), t);
        EXPECT_FALSE(url.contains(QLatin1Char('\n')) || url.contains(QLatin1Char(' '))) << url.toStdString();
        const Result<QString> back = LabelToken::tokenOfUrl(url);
        ASSERT_TRUE(back) << registry;
        EXPECT_EQ(*back, t.encode()) << registry;
    }
}
