#include "ReportFixture.h"

#include "reports/DemoPki.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

TrustAnchors anchors(const QString& path)
{
    QString error;
    std::optional<TrustAnchors> read = TrustAnchors::fromPaths({path}, &error);
    if (!read)
        throw std::runtime_error(error.toStdString());
    return *read;
}

KnownDigests shippedDigests()
{
    return KnownDigests::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/known-digests.json"), nullptr);
}

// Against the demo CA: what is caught must be caught by more than the want of an anchor.
ReportVerifier::Result verify(
    const QByteArray& pdf, const TrustAnchors& trust = anchors(ReportFixture::instance().pki(QStringLiteral("ca.pem"))))
{
    return ReportVerifier::verify(pdf, trust, shippedDigests(), QDateTime::currentDateTimeUtc());
}

} // namespace

TEST(ReportVerifier, AGenuineReportIsValidTrustedAndCarriesItsAssessment)
{
    ReportFixture& f = ReportFixture::instance();
    const ReportVerifier::Result r = verify(f.signedCameraReport());
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << r.problems.join(QStringLiteral("; ")).toStdString();
    ASSERT_EQ(r.signatures.size(), 1);
    const ReportVerifier::Signature& s = r.signatures[0];
    EXPECT_TRUE(s.valid);
    EXPECT_TRUE(s.wholeFile);
    EXPECT_EQ(s.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    EXPECT_EQ(s.digest, QStringLiteral("SHA256"));
    EXPECT_EQ(s.trusted, true);
    EXPECT_TRUE(s.mayDocumentSign);
    EXPECT_TRUE(s.signer.contains(QStringLiteral("DEMO Manufacturer signer")));
    EXPECT_EQ(s.roles, QList<SignerRole::Role>{SignerRole::Role::Manufacturer});
    EXPECT_EQ(s.organisation, QStringLiteral("Miraisense Co., Ltd."));
    EXPECT_TRUE(r.contentsMatch);
    EXPECT_EQ(
        r.assessment.value(QStringLiteral("product")).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("MS-CAM100"));
    ASSERT_EQ(r.catalogs.size(), 1);
    EXPECT_EQ(r.catalogs[0].knownVersion, QStringLiteral("1.1"));
}

TEST(ReportVerifier, WithoutAnchorsAnIntactReportIsNotValidAndAnUnknownCatalogIsSaid)
{
    const ReportVerifier::Result r = ReportVerifier::verify(
        ReportFixture::instance().signedCameraReport(), TrustAnchors(), KnownDigests(), QDateTime::currentDateTimeUtc());
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::NoTrustAnchor);
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(r.signatures[0].roles.isEmpty()); // a role claimed by a certificate nobody vouches for is no role
    EXPECT_FALSE(r.signatures[0].trusted.has_value());
    EXPECT_FALSE(r.catalogs[0].knownVersion.has_value());
}

TEST(ReportVerifier, AnotherCaIsNotTrusted)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir other;
    ASSERT_TRUE(DemoPki::create(other.path(), QDateTime::currentDateTimeUtc(), nullptr));
    const ReportVerifier::Result r = verify(f.signedCameraReport(), anchors(other.filePath(QStringLiteral("ca.pem"))));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_EQ(r.signatures[0].trusted, false);
    EXPECT_TRUE(r.problems.join(QLatin1Char(' ')).contains(QStringLiteral("not trusted")));
}

TEST(ReportVerifier, AnExpiredCertificateIsNotTrustedLater)
{
    ReportFixture& f = ReportFixture::instance();
    const ReportVerifier::Result r = ReportVerifier::verify(
        f.signedCameraReport(), anchors(f.pki(QStringLiteral("ca.pem"))), shippedDigests(), QDateTime::currentDateTimeUtc().addYears(4));
    EXPECT_EQ(r.signatures[0].trusted, false);
    EXPECT_TRUE(r.problems.join(QLatin1Char(' ')).contains(QStringLiteral("expired"))) << r.problems.join(QLatin1Char(' ')).toStdString();
}

TEST(ReportVerifier, AppendedTruncatedAndUnsignedFilesAreNotValid)
{
    const QByteArray pdf = ReportFixture::instance().signedCameraReport();
    ReportVerifier::Result r = verify(pdf + "%% more\n");
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(r.problems.join(QLatin1Char(' ')).contains(QStringLiteral("added after the signed range")));
    r = verify(pdf.left(pdf.size() - 10));
    EXPECT_TRUE(r.problems.join(QLatin1Char(' ')).contains(QStringLiteral("truncated")));
    r = verify(pdf.left(pdf.indexOf("/ByteRange")));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(r.problems.join(QLatin1Char(' ')).contains(QStringLiteral("no signature")));
    EXPECT_EQ(verify("GIF89a").verdict, ReportVerifier::Result::Verdict::Unreadable);
    EXPECT_EQ(verify({}).verdict, ReportVerifier::Result::Verdict::Unreadable);
}

TEST(ReportVerifier, EveryChangeInsideTheSignatureValueIsCaught)
{
    const QByteArray pdf = ReportFixture::instance().signedCameraReport();
    const qsizetype start = pdf.indexOf("/Contents<", pdf.lastIndexOf("/ByteRange")) + 10;
    ASSERT_GT(start, 10);
    qsizetype end = start;
    while (pdf.at(end) != '>')
        ++end;
    int checked = 0;
    const qsizetype step
        = qEnvironmentVariableIntValue("STARMARK_TAMPER_STEP") > 0 ? qEnvironmentVariableIntValue("STARMARK_TAMPER_STEP") : 7;
    for (qsizetype at = start; at < end; at += step, ++checked) {
        QByteArray tampered = pdf;
        tampered[at] = tampered[at] == 'F' ? 'E' : (tampered[at] == '9' ? 'A' : char(tampered[at] + 1));
        EXPECT_NE(verify(tampered).verdict, ReportVerifier::Result::Verdict::Valid) << "hex digit " << at - start;
    }
    EXPECT_GT(checked, 2000 * 7 / step);
}

TEST(ReportVerifier, EverySingleByteChangeIsCaught)
{
    const QByteArray pdf = ReportFixture::instance().signedCameraReport();
    for (int i = 0; i < 40; ++i) {
        const qsizetype at = pdf.size() * i / 40 + 7;
        QByteArray tampered = pdf;
        tampered[at] = char(tampered[at] ^ 0x01);
        const ReportVerifier::Result r = verify(tampered);
        EXPECT_NE(r.verdict, ReportVerifier::Result::Verdict::Valid) << "byte " << at;
        EXPECT_FALSE(r.problems.isEmpty()) << "byte " << at;
    }
}
