// A signature timestamp is only worth the time it proves once its TSA is trusted:
// tokens over something else, from a TSA nobody trusts or whose certificate has
// ended are refused.
#include "ReportFixture.h"
#include "TimestampTokens.h"

#include "reports/DemoPki.h"
#include "reports/TimestampAuthority.h"
#include "reports/TimestampClient.h"
#include "reports/TimestampToken.h"

#include "TestClock.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

QByteArray tokenFrom(const QString& pki, const QByteArray& value, const QDateTime& at)
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("tsa.key"));
    QFile::copy(pki + QStringLiteral("/tsa.key"), key);
    Result<TimestampAuthority> tsa = TimestampAuthority::open(key, pki + QStringLiteral("/tsa.pem"), {});
    return tsa ? tokenOf(tsa->respond(TimestampClient::query(value, "\x91\x22").der, at)) : QByteArray();
}

QString demoPki()
{
    return ReportFixture::instance().pki(QString()).chopped(1);
}

} // namespace

TEST(TimestampToken, ProvesItsTimeAndNamesItsAuthority)
{
    const Result<TimestampToken> t
        = TimestampToken::check(tokenFrom(demoPki(), "value", testNow()), "value", trustOf(QStringLiteral("ca.pem")), testNow().addYears(5));
    ASSERT_TRUE(t) << describe(t.problems());
    EXPECT_EQ(t->time(), testNow());
    EXPECT_EQ(t->authority(), QStringLiteral("/C=JP/O=StarMark demo PKI/CN=StarMark DEMO Time-Stamping Authority"));
    EXPECT_EQ(t->nonce(), QByteArray("\x91\x22"));
}

TEST(TimestampToken, IsTiedToTheSignatureValueItWasAskedFor)
{
    const Result<TimestampToken> t
        = TimestampToken::check(tokenFrom(demoPki(), "value", testNow()), "another value", trustOf(QStringLiteral("ca.pem")), testNow());
    ASSERT_FALSE(t);
    EXPECT_EQ(t.problems().constFirst().code, QStringLiteral("timestamp.imprint-mismatch"));
}

TEST(TimestampToken, FromATsaOutsideTheAnchorsOrWithoutAnyIsNotTrusted)
{
    QTemporaryDir other;
    QString error;
    ASSERT_TRUE(DemoPki::create(other.path(), testNow(), &error));
    const QByteArray foreign = tokenFrom(other.path(), "value", testNow());
    const Result<TimestampToken> t = TimestampToken::check(foreign, "value", trustOf(QStringLiteral("ca.pem")), testNow());
    ASSERT_FALSE(t);
    EXPECT_EQ(t.problems().constFirst().code, QStringLiteral("timestamp.not-trusted"));
    const Result<TimestampToken> none = TimestampToken::check(tokenFrom(demoPki(), "value", testNow()), "value", TrustAnchors(), testNow());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.problems().constFirst().code, QStringLiteral("timestamp.not-trusted"));
}

TEST(TimestampToken, FromATsaWhoseCertificateHasEndedIsNotTrusted)
{
    const Result<TimestampToken> t = TimestampToken::check(
        tokenFrom(demoPki(), "value", testNow()), "value", trustOf(QStringLiteral("ca.pem")), testNow().addDays(3651));
    ASSERT_FALSE(t);
    EXPECT_EQ(t.problems().constFirst().code, QStringLiteral("timestamp.not-trusted"));
}

TEST(TimestampToken, WhatIsNotATokenIsMalformed)
{
    const Result<TimestampToken> t = TimestampToken::check("0\x03\x02\x01\x01", "value", trustOf(QStringLiteral("ca.pem")), testNow());
    ASSERT_FALSE(t);
    EXPECT_EQ(t.problems().constFirst().code, QStringLiteral("timestamp.malformed"));
}
