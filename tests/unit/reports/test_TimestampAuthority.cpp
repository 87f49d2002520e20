// The time-stamp authority as a dishonest party would try it: a certificate that may
// not stamp, a key that is not its own, a serial file tampered with or lost between runs.
#include "ReportFixture.h"
#include "TimestampTokens.h"

#include "reports/TimestampAuthority.h"
#include "reports/TimestampClient.h"
#include "reports/TimestampToken.h"
#include "reports/TrustAnchors.h"

#include "TestClock.h"

#include <QFile>

#include <openssl/ts.h>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// tsa.key and tsa.pem of the fixture's PKI in a folder of their own, so that each test has its own serial file.
struct OwnTsa {
    QTemporaryDir dir;
    QString key = dir.filePath(QStringLiteral("tsa.key"));
    QString cert = dir.filePath(QStringLiteral("tsa.pem"));
    OwnTsa()
    {
        QFile::copy(ReportFixture::instance().pki(QStringLiteral("tsa.key")), key);
        QFile::copy(ReportFixture::instance().pki(QStringLiteral("tsa.pem")), cert);
    }
};

const QByteArray nonce = QByteArray::fromHex("8123456789abcdef");

} // namespace

TEST(TimestampAuthority, RefusesACertificateWithoutTheTimestampingUsage)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("manufacturer.key"));
    QFile::copy(f.pki(QStringLiteral("manufacturer.key")), key);
    const Result<TimestampAuthority> tsa = TimestampAuthority::open(key, f.pki(QStringLiteral("manufacturer.pem")), {});
    ASSERT_FALSE(tsa);
    EXPECT_EQ(tsa.problems().constFirst().code, QStringLiteral("tsa.not-timestamping"));
    EXPECT_TRUE(hasUnusable(tsa.problems()));
    EXPECT_FALSE(QFile::exists(key + QStringLiteral(".serial")));
}

TEST(TimestampAuthority, RefusesAKeyThatIsNotItsCertificates)
{
    const OwnTsa own;
    const Result<TimestampAuthority> tsa = TimestampAuthority::open(ReportFixture::instance().pki(QStringLiteral("lab.key")), own.cert, {});
    ASSERT_FALSE(tsa);
    EXPECT_EQ(tsa.problems().constFirst().code, QStringLiteral("tsa.identity"));
}

TEST(TimestampAuthority, NeverIssuesASerialTwiceAcrossARestart)
{
    const OwnTsa own;
    const QByteArray value = "a signature value";
    QList<QByteArray> serials;
    for (int run = 0; run < 2; ++run) {
        Result<TimestampAuthority> tsa = TimestampAuthority::open(own.key, own.cert, {});
        ASSERT_TRUE(tsa) << describe(tsa.problems());
        for (int i = 0; i < 2; ++i) {
            const QByteArray token = tokenOf(tsa->respond(TimestampClient::query(value, nonce).der, testNow()));
            const Result<TimestampToken> checked = TimestampToken::check(token, value, trustOf(QStringLiteral("ca.pem")), testNow());
            ASSERT_TRUE(checked) << describe(checked.problems());
            serials << checked->serial();
        }
    }
    // A restart goes on after the block the first run reserved: gaps, never a repeat.
    const QByteArray next = QByteArray::number(TimestampAuthority::reservedAtOnce + 1, 16).rightJustified(2, '0');
    const QByteArray after = QByteArray::number(TimestampAuthority::reservedAtOnce + 2, 16).rightJustified(2, '0');
    EXPECT_EQ(serials, (QList<QByteArray>{"01", "02", next, after}));
    QFile file(own.key + QStringLiteral(".serial"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().trimmed().toULongLong(), 2 * TimestampAuthority::reservedAtOnce);
}

TEST(TimestampAuthority, RefusesToStartOnASerialFileItCannotRead)
{
    const OwnTsa own;
    QFile file(own.key + QStringLiteral(".serial"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("forty-two\n");
    file.close();
    const Result<TimestampAuthority> tsa = TimestampAuthority::open(own.key, own.cert, {});
    ASSERT_FALSE(tsa);
    EXPECT_EQ(tsa.problems().constFirst().code, QStringLiteral("tsa.serial-unreadable"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("forty-two\n")); // left for a person to look at
}

TEST(TimestampAuthority, RejectsWhatIsNotAQueryWithoutSpendingASerial)
{
    const OwnTsa own;
    Result<TimestampAuthority> tsa = TimestampAuthority::open(own.key, own.cert, {});
    ASSERT_TRUE(tsa);
    const QByteArray answer = tsa->respond("not a TimeStampReq", testNow());
    const auto* bytes = reinterpret_cast<const unsigned char*>(answer.constData());
    TS_RESP* response = d2i_TS_RESP(nullptr, &bytes, long(answer.size()));
    ASSERT_NE(response, nullptr);
    EXPECT_EQ(ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response))), TS_STATUS_REJECTION);
    EXPECT_EQ(TS_RESP_get_token(response), nullptr);
    TS_RESP_free(response);
    EXPECT_EQ(tsa->lastSerial(), 0u);
    EXPECT_FALSE(QFile::exists(own.key + QStringLiteral(".serial")));
}

TEST(TimestampAuthority, StampsTheTimeItIsGiven)
{
    const OwnTsa own;
    Result<TimestampAuthority> tsa = TimestampAuthority::open(own.key, own.cert, {});
    ASSERT_TRUE(tsa);
    const QDateTime later = testNow().addDays(3);
    const Result<TimestampToken> checked = TimestampToken::check(
        tokenOf(tsa->respond(TimestampClient::query("v", nonce).der, later)), "v", trustOf(QStringLiteral("ca.pem")), later);
    ASSERT_TRUE(checked) << describe(checked.problems());
    EXPECT_EQ(checked->time(), later);
    EXPECT_TRUE(checked->authority().contains(QStringLiteral("Time-Stamping Authority")));
}
