#include "ReportFixture.h"

#include "TestClock.h"

#include <QFile>

#include "reports/RevocationStatus.h"

#include <openssl/x509.h>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

struct Subject {
    SigningIdentity identity = ReportFixture::instance().identity();
    X509* certificate() const { return identity.certificate(); }
    X509* ca() const { return identity.chain().constFirst().get(); }
    RevocationStatus of(const QList<QByteArray>& ocsp, const QList<QByteArray>& crls) const
    {
        return RevocationStatus::of(certificate(), ca(), ocsp, crls, {ca()}, testNow());
    }
};

} // namespace

TEST(RevocationStatus, TheCasCrlSaysGoodOrRevokedAndWhen)
{
    ReportFixture& f = ReportFixture::instance();
    const Subject s;
    const RevocationStatus good = s.of({}, {f.crl({3, 4})});
    EXPECT_EQ(good.state, RevocationStatus::State::Good);
    EXPECT_EQ(good.source, RevocationStatus::Source::Crl);
    const RevocationStatus revoked = s.of({}, {f.crl({3}), f.crl({2})});
    EXPECT_EQ(revoked.state, RevocationStatus::State::Revoked);
    EXPECT_EQ(revoked.index, 1); // the revoking CRL, whatever else says good
    EXPECT_EQ(revoked.revokedAt, testNow());
}

TEST(RevocationStatus, TheResponderTheCaAuthorisedSaysGoodOrRevoked)
{
    ReportFixture& f = ReportFixture::instance();
    const Subject s;
    const RevocationStatus good = s.of({f.ocspResponse(QStringLiteral("manufacturer"), false)}, {});
    EXPECT_EQ(good.state, RevocationStatus::State::Good);
    EXPECT_EQ(good.source, RevocationStatus::Source::Ocsp);
    const RevocationStatus revoked = s.of({f.ocspResponse(QStringLiteral("manufacturer"), true)}, {f.crl({})});
    EXPECT_EQ(revoked.state, RevocationStatus::State::Revoked);
    EXPECT_EQ(revoked.source, RevocationStatus::Source::Ocsp);
}

// A forger's data says nothing: a CRL in the CA's name under another key, an OCSP
// answer by a certificate the CA did not make a responder, one about another certificate.
TEST(RevocationStatus, DataTheIssuerDidNotSignOrThatIsAboutAnotherCertificateCountsForNothing)
{
    ReportFixture& f = ReportFixture::instance();
    const Subject s;
    EXPECT_EQ(s.of({}, {f.crl({2}, QStringLiteral("lab"))}).state, RevocationStatus::State::Unknown);
    EXPECT_EQ(s.of({f.ocspResponse(QStringLiteral("manufacturer"), true, QStringLiteral("lab"))}, {}).state,
        RevocationStatus::State::Unknown);
    EXPECT_EQ(s.of({f.ocspResponse(QStringLiteral("lab"), false)}, {}).state, RevocationStatus::State::Unknown);
    EXPECT_EQ(s.of({QByteArray("not DER")}, {QByteArray(300, '\x30')}).state, RevocationStatus::State::Unknown);
    EXPECT_EQ(s.of({}, {}).source, RevocationStatus::Source::None);
}

TEST(RevocationStatus, FilesAreTakenAsDerOrPemAndNothingElse)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray der = f.crl({});
    EXPECT_EQ(RevocationStatus::crlDer(der), der);
    QFile pem(f.pki(QStringLiteral("ca.crl")));
    ASSERT_TRUE(pem.open(QIODevice::ReadOnly));
    const QByteArray pemDer = RevocationStatus::crlDer(pem.readAll());
    EXPECT_FALSE(pemDer.isEmpty());
    EXPECT_EQ(Subject().of({}, {pemDer}).state, RevocationStatus::State::Good); // demo-pki's ca.crl is the CA's, empty
    EXPECT_TRUE(RevocationStatus::crlDer(f.ocspResponse(QStringLiteral("manufacturer"), false)).isEmpty());
    EXPECT_TRUE(RevocationStatus::ocspDer(der).isEmpty());
    EXPECT_TRUE(RevocationStatus::ocspDer(QByteArray("-----BEGIN X509 CRL-----")).isEmpty());
}

// A dishonest signer, revoked since, gives an old "good": it was not in force when it signed.
TEST(RevocationStatus, AGoodAnswerCountsOnlyWhenInForceAtTheTimeAskedARevocationAlways)
{
    ReportFixture& f = ReportFixture::instance();
    const Subject s;
    const QDateTime earlier = testNow().addSecs(-12 * 3600); // the responder's certificate was already valid then
    EXPECT_EQ(s.of({f.ocspResponse(QStringLiteral("manufacturer"), false, QStringLiteral("ocsp"), earlier)}, {}).state,
        RevocationStatus::State::Unknown);
    EXPECT_EQ(s.of({}, {f.crl({}, QStringLiteral("ca"), earlier)}).state, RevocationStatus::State::Unknown);
    EXPECT_EQ(s.of({}, {f.crl({}, QStringLiteral("ca"), testNow().addDays(1))}).state, RevocationStatus::State::Unknown)
        << "an answer from after the time asked about does not say what held then";
    EXPECT_EQ(s.of({}, {f.crl({}, QStringLiteral("ca"), testNow().addSecs(-120))}).state, RevocationStatus::State::Good)
        << "clocks differ by minutes";
    EXPECT_EQ(s.of({}, {f.crl({2}, QStringLiteral("ca"), earlier)}).state, RevocationStatus::State::Revoked);
    EXPECT_EQ(s.of({f.ocspResponse(QStringLiteral("manufacturer"), true, QStringLiteral("ocsp"), earlier)}, {}).state,
        RevocationStatus::State::Revoked);
    // demo-pki's ca.crl says when it is next updated: in force for its 30 days.
    QFile pem(f.pki(QStringLiteral("ca.crl")));
    ASSERT_TRUE(pem.open(QIODevice::ReadOnly));
    const QByteArray demo = RevocationStatus::crlDer(pem.readAll());
    EXPECT_EQ(RevocationStatus::of(s.certificate(), s.ca(), {}, {demo}, {s.ca()}, testNow().addDays(29)).state,
        RevocationStatus::State::Good);
    EXPECT_EQ(RevocationStatus::of(s.certificate(), s.ca(), {}, {demo}, {s.ca()}, testNow().addDays(31)).state,
        RevocationStatus::State::Unknown);
}
