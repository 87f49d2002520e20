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
    ASSERT_TRUE(after.problem);
    EXPECT_EQ(after.problem->code, QStringLiteral("label.support-ended"));
    EXPECT_EQ(after.problem->severity, Problem::Severity::Warning) << "the label itself is still valid";
    EXPECT_TRUE(after.problem->message.text(Language::English).contains(QStringLiteral("2027-06-30")));
    EXPECT_TRUE(after.problem->message.text(Language::Japanese).contains(QStringLiteral("2027-06-30")));
    EXPECT_EQ(after.statusName(), QStringLiteral("support ended"));
}

TEST(LabelVerifier, AnotherIssuerOrNoneIsUntrusted)
{
    const IssuerKey other = IssuerKey::generate();
    EXPECT_EQ(status(url(), QDate(2027, 1, 1), {&other}), Status::Untrusted);
    EXPECT_EQ(LabelVerifier::verify(url(), {&other}, QDate(2027, 1, 1), registry).problem->code, QStringLiteral("label.untrusted-issuer"));
    EXPECT_EQ(status(url(), QDate(2027, 1, 1), {}), Status::Untrusted);
    EXPECT_EQ(LabelVerifier::verify(url(), {}, QDate(2027, 1, 1), registry).problem->code, QStringLiteral("label.no-issuer-key"));
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
    EXPECT_EQ(LabelVerifier::verify(QStringLiteral("not a label"), {&issuer()}, QDate(2027, 1, 1), registry).problem->code,
        QStringLiteral("label.not-a-label-url"));
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
        ASSERT_TRUE(r.problem);
        EXPECT_EQ(r.problem->code, QStringLiteral("label.wrong-registry")) << counterfeit.toStdString();
        EXPECT_TRUE(r.problem->message.text(Language::Japanese).contains(QStringLiteral("https://label.starmark.example")));
    }
    const LabelVerifier::Result elsewhere
        = LabelVerifier::verify(QStringLiteral("https://registry.example/jcstar/L/JCS-26-000123/") + genuine, {&issuer()}, today,
            QStringLiteral("https://registry.example/jcstar/"));
    EXPECT_EQ(elsewhere.status, Status::Valid);
    EXPECT_FALSE(elsewhere.problem);
}

TEST(LabelVerifier, AGenuineTokenUnderAnotherRegistrationNumberIsNotValid)
{
    const LabelVerifier::Result r = LabelVerifier::verify(
        QStringLiteral("https://label.starmark.example/L/JCS-26-000999/") + token().encode(), {&issuer()}, QDate(2027, 1, 1), registry);
    EXPECT_EQ(r.status, Status::Invalid);
    ASSERT_TRUE(r.problem);
    EXPECT_EQ(r.problem->code, QStringLiteral("label.wrong-registration"));
    EXPECT_EQ(r.problem->message.text(Language::English),
        QStringLiteral("the address names registration JCS-26-000999, but the label's signed token is for JCS-26-000123: "
                       "the token was pasted under another registration number"));
    EXPECT_TRUE(r.problem->message.text(Language::Japanese).contains(QStringLiteral("JCS-26-000999")));
}

TEST(LabelVerifier, NoLabelIsValidBeforeItsEvaluation)
{
    const QDate evaluated(2026, 11, 22);
    EXPECT_EQ(status(url(), evaluated), Status::Valid);
    const LabelVerifier::Result before = LabelVerifier::verify(url(), {&issuer()}, evaluated.addDays(-1), registry);
    EXPECT_EQ(before.status, Status::Invalid);
    ASSERT_TRUE(before.problem);
    EXPECT_EQ(before.problem->code, QStringLiteral("label.evaluated-later"));
    EXPECT_TRUE(before.problem->message.text(Language::English).contains(QStringLiteral("2026-11-21")));
}
