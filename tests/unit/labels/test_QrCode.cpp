#include "labels/LabelToken.h"
#include "labels/QrCode.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(QrCode, ARealisticLabelUrlFitsVersionTenAtLevelM)
{
    LabelToken t{QStringLiteral("JCS-26-000123"), 4, QStringLiteral("network-camera"), QStringLiteral("ABCDEFGHIJ-KLMNOPQRS"),
        QStringLiteral("10.20.30-rc4567"), QDate(2026, 11, 22), QDate(2036, 3, 31), QDate(2028, 11, 21), {}, {}};
    t.sign(IssuerKey::generate());
    const QString url = LabelToken::url(QStringLiteral("https://label.starmark.example"), t);
    QString problem;
    const std::optional<QrCode> qr = QrCode::encode(url, &problem);
    ASSERT_TRUE(qr.has_value()) << problem.toStdString();
    EXPECT_LE(qr->version, 10);
    EXPECT_EQ(qr->width, 17 + 4 * qr->version);
    std::cout << "[ figures  ] " << url.size() << " characters, QR version " << qr->version << " at level M\n";
}

TEST(QrCode, RefusesWhatDoesNotFit)
{
    QString problem;
    EXPECT_FALSE(QrCode::encode(QStringLiteral("https://lower.case/"), &problem).has_value());
    EXPECT_TRUE(problem.contains(QStringLiteral("alphanumeric")));
    EXPECT_FALSE(QrCode::encode(QString(400, QLatin1Char('A')), &problem).has_value());
    EXPECT_TRUE(problem.contains(QStringLiteral("version"))) << problem.toStdString();
    const std::optional<QrCode> small = QrCode::encode(QStringLiteral("HELLO"), &problem);
    ASSERT_TRUE(small.has_value());
    EXPECT_EQ(small->version, 1);
}
