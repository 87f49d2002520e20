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
    EXPECT_TRUE(LabelIssuer::validityProblem(today.addYears(2), today).isEmpty());
    EXPECT_FALSE(LabelIssuer::validityProblem(today.addYears(2).addDays(1), today).isEmpty());
    EXPECT_FALSE(LabelIssuer::validityProblem(today, today).isEmpty());
    EXPECT_FALSE(LabelIssuer::validityProblem({}, today).isEmpty());
}

TEST(LabelIssuer, ARegistryAddressIsAnHttpsUrlWithAHostAndNothingElse)
{
    EXPECT_EQ(LabelIssuer::registryProblem(LabelIssuer::Options().registry), QString());
    EXPECT_EQ(LabelIssuer::registryProblem(QStringLiteral("https://registry.example/jcstar/")), QString());
    for (const char* bad : {"registry.example", "ftp://registry.example", "https://", "https://user@registry.example",
             "https://registry.example/?next=evil", "https://registry.example/#x", ""})
        EXPECT_TRUE(LabelIssuer::registryProblem(QString::fromLatin1(bad)).endsWith(QStringLiteral("write it as https://host[/path]")))
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
