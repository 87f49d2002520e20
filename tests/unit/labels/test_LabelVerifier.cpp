#include "labels/LabelVerifier.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const IssuerKey& issuer()
{
    static const IssuerKey key = IssuerKey::generate();
    return key;
}

const QString registry = QStringLiteral("https://label.starmark.example");

LabelToken token(QDate supportUntil = QDate(2030, 3, 31), QDate validUntil = QDate(2028, 11, 21))
{
    LabelToken t{QStringLiteral("JCS-26-000123"), 1, QStringLiteral("common"), QStringLiteral("MS-CAM100"), QStringLiteral("2.4.1"),
        QDate(2026, 11, 22), supportUntil, validUntil, {}, {}};
    t.sign(issuer());
    return t;
}

QString url(QDate supportUntil = QDate(2030, 3, 31), QDate validUntil = QDate(2028, 11, 21))
{
    return LabelToken::url(registry, token(supportUntil, validUntil));
}

LabelVerifier::Result::Status status(const QString& u, QDate today, QList<const IssuerKey*> keys = {&issuer()})
{
    return LabelVerifier::verify(u, keys, today, registry).status;
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
    const LabelVerifier::Result after = LabelVerifier::verify(url(support), {&issuer()}, support.addDays(1), registry);
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

TEST(LabelVerifier, AGenuineTokenBehindAnotherAddressIsNotValid)
{
    const QString genuine = token().encode();
    const QDate today(2027, 1, 1);
    EXPECT_EQ(status(url(), today), Status::Valid);
    EXPECT_EQ(status(genuine, today), Status::Valid) << "a bare token has no address to check";
    EXPECT_EQ(status(url().toLower(), today), Status::Valid) << "a URL typed in lower case is the same address";
    EXPECT_EQ(
        status(QStringLiteral("https://label.starmark.example:443/L/JCS-26-000123/") + genuine + QLatin1Char('/'), today), Status::Valid);
    for (const QString& counterfeit :
        {QStringLiteral("https://evil.example/L/JCS-26-000123/"), QStringLiteral("http://label.starmark.example/L/JCS-26-000123/"),
            QStringLiteral("https://label.starmark.example.evil.example/L/JCS-26-000123/"),
            QStringLiteral("https://label.starmark.example@evil.example/L/JCS-26-000123/"),
            QStringLiteral("https://label.starmark.example:8443/L/JCS-26-000123/"),
            QStringLiteral("https://label.starmark.example/phish/L/JCS-26-000123/")}) {
        const LabelVerifier::Result r = LabelVerifier::verify(counterfeit + genuine, {&issuer()}, today, registry);
        EXPECT_EQ(r.status, Status::Invalid) << counterfeit.toStdString();
        EXPECT_TRUE(r.problem.contains(QStringLiteral("not the registry https://label.starmark.example whose key signed it")))
            << r.problem.toStdString();
    }
    const LabelVerifier::Result elsewhere
        = LabelVerifier::verify(QStringLiteral("https://registry.example/jcstar/L/JCS-26-000123/") + genuine, {&issuer()}, today,
            QStringLiteral("https://registry.example/jcstar/"));
    EXPECT_EQ(elsewhere.status, Status::Valid) << elsewhere.problem.toStdString();
}

TEST(LabelVerifier, AGenuineTokenUnderAnotherRegistrationNumberIsNotValid)
{
    const LabelVerifier::Result r = LabelVerifier::verify(
        QStringLiteral("https://label.starmark.example/L/JCS-26-000999/") + token().encode(), {&issuer()}, QDate(2027, 1, 1), registry);
    EXPECT_EQ(r.status, Status::Invalid);
    EXPECT_EQ(r.problem,
        QStringLiteral("the address names registration JCS-26-000999, but the label's signed token is for JCS-26-000123: "
                       "the token was pasted under another registration number"));
}

TEST(LabelVerifier, NoLabelIsValidBeforeItsEvaluation)
{
    const QDate evaluated(2026, 11, 22);
    EXPECT_EQ(status(url(), evaluated), Status::Valid);
    const LabelVerifier::Result before = LabelVerifier::verify(url(), {&issuer()}, evaluated.addDays(-1), registry);
    EXPECT_EQ(before.status, Status::Invalid);
    EXPECT_TRUE(before.problem.contains(QStringLiteral("evaluated on 2026-11-22, after the day it is checked for (2026-11-21)")))
        << before.problem.toStdString();
}
