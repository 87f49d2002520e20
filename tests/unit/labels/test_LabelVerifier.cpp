#include "labels/LabelVerifier.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const IssuerKey& issuer()
{
    static const IssuerKey key = IssuerKey::generate();
    return key;
}

QString url(QDate supportUntil = QDate(2030, 3, 31), QDate validUntil = QDate(2028, 11, 21))
{
    LabelToken t{QStringLiteral("JCS-26-000123"), 1, QStringLiteral("common"), QStringLiteral("MS-CAM100"), QStringLiteral("2.4.1"),
        QDate(2026, 11, 22), supportUntil, validUntil, {}, {}};
    t.sign(issuer());
    return LabelToken::url(QStringLiteral("https://label.starmark.example"), t);
}

LabelVerifier::Result::Status status(const QString& u, QDate today, QList<const IssuerKey*> keys = {&issuer()})
{
    return LabelVerifier::verify(u, keys, today).status;
}

using Status = LabelVerifier::Result::Status;

} // namespace

TEST(LabelVerifier, ValidityEndsAfterItsLastDay)
{
    const QDate end(2028, 11, 21);
    EXPECT_EQ(status(url(QDate(2035, 1, 1), end), end), Status::Valid);
    EXPECT_EQ(status(url(QDate(2035, 1, 1), end), end.addDays(1)), Status::Expired);
}

TEST(LabelVerifier, SupportEndIsToldApartFromValidity)
{
    const QDate support(2027, 6, 30);
    EXPECT_EQ(status(url(support), support), Status::Valid);
    const LabelVerifier::Result after = LabelVerifier::verify(url(support), {&issuer()}, support.addDays(1));
    EXPECT_EQ(after.status, Status::SupportEnded);
    EXPECT_TRUE(after.problem.contains(QStringLiteral("security updates for this product ended on 2027-06-30")));
    EXPECT_EQ(after.statusName(), QStringLiteral("support ended"));
}

TEST(LabelVerifier, AnotherIssuerOrNoneIsUntrusted)
{
    const IssuerKey other = IssuerKey::generate();
    EXPECT_EQ(status(url(), QDate(2027, 1, 1), {&other}), Status::Untrusted);
    EXPECT_EQ(status(url(), QDate(2027, 1, 1), {}), Status::Untrusted);
    EXPECT_EQ(status(url(), QDate(2027, 1, 1), {&other, &issuer()}), Status::Valid);
}

TEST(LabelVerifier, AlteredTokensAreInvalidOrUnreadable)
{
    const QString good = url();
    int invalid = 0;
    for (qsizetype at = good.lastIndexOf(QLatin1Char('/')) + 1; at < good.size(); at += 3) {
        QString bad = good;
        bad[at] = bad[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Status s = status(bad, QDate(2027, 1, 1));
        EXPECT_NE(s, Status::Valid) << "character " << at;
        invalid += s == Status::Invalid ? 1 : 0;
    }
    EXPECT_GT(invalid, 20);
    EXPECT_EQ(status(QStringLiteral("not a label"), QDate(2027, 1, 1)), Status::Unreadable);
}
