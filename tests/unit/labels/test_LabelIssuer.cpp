#include "labels/LabelIssuer.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(LabelIssuer, IssuesASignedTokenThatFitsTheQrBudget)
{
    const IssuerKey key = IssuerKey::generate();
    const ProductFacts facts{1, QStringLiteral("common"), {QStringLiteral("株式会社ミライセンス"), QStringLiteral("Miraisense Co., Ltd.")},
        {QStringLiteral("屋内ネットワークカメラ"), QStringLiteral("Indoor network camera")}, QStringLiteral("MS-CAM100"),
        QStringLiteral("2.4.1"), QStringLiteral("https://miraisense.example/security"), QDate(2026, 11, 22), QDate(2031, 3, 31)};
    LabelIssuer::Options options;
    options.validUntil = QDate(2028, 11, 22);
    QString problem;
    const std::optional<LabelIssuer::Issued> issued = LabelIssuer::issue(key, QStringLiteral("JCS-26-000123"), facts, options, &problem);
    ASSERT_TRUE(issued) << problem.toStdString();
    EXPECT_TRUE(issued->token.verify(key));
    EXPECT_LE(issued->qr.version, QrCode::maxVersion);
    EXPECT_EQ(issued->token.model, QStringLiteral("MS-CAM100"));
    options.validUntil = {};
    EXPECT_FALSE(LabelIssuer::issue(key, QString(200, QLatin1Char('X')), facts, options, &problem));
    EXPECT_FALSE(problem.isEmpty());
}

TEST(LabelIssuer, ValidityAtMostTwoYearsAhead)
{
    const QDate today(2026, 11, 22);
    EXPECT_EQ(LabelIssuer::defaultValidUntil(today), QDate(2028, 11, 22));
    EXPECT_TRUE(LabelIssuer::checkValidUntil(today.addYears(2), today));
    EXPECT_TRUE(LabelIssuer::checkValidUntil(today.addDays(1), today));
    for (const QDate& bad : {today.addYears(2).addDays(1), today, today.addDays(-1), QDate()}) {
        const Result<void> checked = LabelIssuer::checkValidUntil(bad, today);
        EXPECT_FALSE(checked) << bad.toString(Qt::ISODate).toStdString();
        EXPECT_TRUE(findProblem(checked.problems(), u"label.validity-out-of-range"));
    }
}

// A manufacturer stretching a label's life, or sneaking a non-date past a shell, through the text it types.
TEST(LabelIssuer, AWrittenValidityIsADateWithinTheRuleOrTheDefault)
{
    const QDate today(2026, 11, 22);
    EXPECT_EQ(*LabelIssuer::validUntil({}, today), QDate(2028, 11, 22)) << "nothing written: two years";
    EXPECT_EQ(*LabelIssuer::validUntil(QStringLiteral("2027-05-01"), today), QDate(2027, 5, 1));
    const Result<QDate> tooLong = LabelIssuer::validUntil(QStringLiteral("2028-11-23"), today);
    ASSERT_FALSE(tooLong);
    const Problem* range = findProblem(tooLong.problems(), u"label.validity-out-of-range");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->severity, Problem::Severity::Invalid);
    EXPECT_TRUE(range->message.text(Language::English).contains(QLatin1String("2028-11-22")));
    EXPECT_TRUE(range->message.text(Language::Japanese).contains(QLatin1String("2028-11-22")));
    EXPECT_NE(range->message.text(Language::Japanese), range->message.text(Language::English));
    for (const char* bad : {"22/11/2027", "2027-13-01", "tomorrow", "2027-02-30"}) {
        const Result<QDate> v = LabelIssuer::validUntil(QString::fromLatin1(bad), today);
        ASSERT_FALSE(v) << bad;
        ASSERT_TRUE(findProblem(v.problems(), u"label.bad-date")) << bad;
        EXPECT_EQ(v.problems().constFirst().severity, Problem::Severity::Unusable);
    }
}

TEST(LabelIssuer, ARegistryAddressIsAnHttpsUrlWithAHostAndNothingElse)
{
    EXPECT_TRUE(LabelIssuer::checkRegistry(LabelIssuer::Options().registry));
    EXPECT_TRUE(LabelIssuer::checkRegistry(QStringLiteral("https://registry.example/jcstar/")));
    for (const char* bad : {"registry.example", "ftp://registry.example", "https://", "https://user@registry.example",
             "https://registry.example/?next=evil", "https://registry.example/#x", ""})
        EXPECT_TRUE(findProblem(LabelIssuer::checkRegistry(QString::fromLatin1(bad)).problems(), u"label.bad-registry-address"))
            << bad;
}

TEST(LabelIssuer, NoLabelForSupportThatEndedBeforeTheEvaluation)
{
    ProductFacts facts{1, QStringLiteral("common"), {}, {}, QStringLiteral("MS-CAM100"), QStringLiteral("2.4.1"), {}, QDate(2026, 11, 22),
        QDate(2026, 11, 21)};
    QString problem;
    EXPECT_FALSE(LabelIssuer::sign(IssuerKey::generate(), QStringLiteral("JCS-26-000123"), facts, QDate(2028, 11, 21), &problem));
    EXPECT_EQ(problem, QStringLiteral("security updates end (2026-11-21) before the evaluation (2026-11-22): no label"));
    facts.supportUntil = facts.evaluated;
    EXPECT_TRUE(LabelIssuer::sign(IssuerKey::generate(), QStringLiteral("JCS-26-000123"), facts, QDate(2028, 11, 21), &problem))
        << problem.toStdString();
}
