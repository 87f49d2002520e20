#include "ReportFixture.h"
#include "ReportForgery.h"

#include "criteria/KnownDigests.h"
#include "reports/PdfDss.h"
#include "reports/PdfSigner.h"
#include "reports/PdfRevisions.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include "TestClock.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/x509.h>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// The fixture's camera report kept with `crls` and `ocsp` as its validation data.
QByteArray kept(const QList<QByteArray>& crls, const QList<QByteArray>& ocsp = {})
{
    ReportFixture& f = ReportFixture::instance();
    const Result<QByteArray> pdf = PdfSigner::addDss(f.signedCameraReport(), f.validationData(crls, ocsp));
    if (!pdf)
        ADD_FAILURE() << describe(pdf.problems());
    return pdf ? *pdf : QByteArray();
}

ReportVerifier::Result verify(const QByteArray& pdf)
{
    QString error;
    const std::optional<TrustAnchors> trust = TrustAnchors::fromPaths({ReportFixture::instance().pki(QStringLiteral("ca.pem"))}, &error);
    return ReportVerifier::verify(
        pdf, *trust, KnownDigests::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/known-digests.json")).take(), testNow());
}

std::array<qint64, 4> authorRange(const QByteArray& pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)"))
                                          .match(QString::fromLatin1(pdf.mid(pdf.indexOf("/ByteRange"), 80)));
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong(), m.captured(4).toLongLong()};
}

} // namespace

TEST(PdfDss, OneUpdateAfterTheSignatureAddsTheDssAndAVriKeyedByTheSignaturesSha1)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray signedPdf = f.signedCameraReport();
    const QByteArray pdf = kept({f.crl({})});
    ASSERT_TRUE(pdf.startsWith(signedPdf)); // the signed bytes stay exactly as they were
    const QByteArray update = pdf.mid(signedPdf.size());
    const QByteArray key = QCryptographicHash::hash(ReportFixture::signatureOf(signedPdf), QCryptographicHash::Sha1).toHex().toUpper();
    EXPECT_TRUE(update.contains("/Type/DSS")) << update.toStdString();
    EXPECT_TRUE(update.contains("/VRI<</" + key + "<</CRL[")) << update.toStdString();
    EXPECT_EQ(update.count("startxref"), 1);

    const PdfRevisions revisions = PdfRevisions::read(pdf, authorRange(pdf), signedPdf.size());
    EXPECT_TRUE(revisions.changes.isEmpty()) << revisions.changes.value(0).what.toStdString();
    EXPECT_TRUE(revisions.onlyValidationAfterLast);
    EXPECT_EQ(revisions.validation.crls, QList<QByteArray>{f.crl({})});
    EXPECT_EQ(revisions.validation.certificates.size(), 2);
}

TEST(PdfDss, TheVerifierSaysTheRevocationStatusIsEmbeddedAndGood)
{
    ReportFixture& f = ReportFixture::instance();
    const ReportVerifier::Result plain = verify(f.signedCameraReport());
    ASSERT_EQ(plain.verdict, ReportVerifier::Result::Verdict::Valid) << describe(plain.problems);
    EXPECT_FALSE(plain.signatures.first().revocationEmbedded);
    EXPECT_EQ(plain.signatures.first().revocation.state, RevocationStatus::State::Unknown);

    for (const QByteArray& pdf : {kept({f.crl({3})}), kept({}, {f.ocspResponse(QStringLiteral("manufacturer"), false)})}) {
        const ReportVerifier::Result r = verify(pdf);
        EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << describe(r.problems);
        EXPECT_TRUE(r.signatures.first().revocationEmbedded);
        EXPECT_EQ(r.signatures.first().revocation.state, RevocationStatus::State::Good);
        const QJsonObject json = ReportVerifier::toJson(r, Language::English);
        EXPECT_EQ(json[QStringLiteral("signatures")][0][QStringLiteral("revocation")][QStringLiteral("source")].toString(),
            QStringLiteral("embedded"));
    }
}

TEST(PdfDss, ASignerTheEmbeddedDataSaysWasRevokedIsNotValid)
{
    ReportFixture& f = ReportFixture::instance();
    for (const QByteArray& pdf : {kept({f.crl({2})}), kept({}, {f.ocspResponse(QStringLiteral("manufacturer"), true)})}) {
        const ReportVerifier::Result r = verify(pdf);
        EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
        const Problem* p = findProblem(r.problems, QStringLiteral("report.signer-revoked"));
        ASSERT_TRUE(p) << describe(r.problems);
        EXPECT_TRUE(p->message.text(Language::English).contains(QStringLiteral("DEMO Manufacturer signer")));
        const QJsonObject json = ReportVerifier::toJson(r, Language::English);
        const QJsonValue revocation = json[QStringLiteral("signatures")][0][QStringLiteral("revocation")];
        EXPECT_EQ(revocation[QStringLiteral("status")].toString(), QStringLiteral("revoked"));
        EXPECT_EQ(revocation[QStringLiteral("revoked_at")].toString(), testNow().toString(Qt::ISODate));
    }
    // A forger's CRL "revoking" the signer changes nothing, nor makes the status embedded.
    const ReportVerifier::Result forged = verify(kept({f.crl({2}, QStringLiteral("lab"))}));
    EXPECT_EQ(forged.verdict, ReportVerifier::Result::Verdict::Valid) << describe(forged.problems);
    EXPECT_FALSE(forged.signatures.first().revocationEmbedded);
    // Nor does an old "good", from before the time the signer claims.
    const ReportVerifier::Result stale = verify(
        kept({}, {f.ocspResponse(QStringLiteral("manufacturer"), false, QStringLiteral("ocsp"), testNow().addSecs(-12 * 3600))}));
    EXPECT_EQ(stale.verdict, ReportVerifier::Result::Verdict::Valid) << describe(stale.problems);
    EXPECT_FALSE(stale.signatures.first().revocationEmbedded);
}

// PAdES allows a DSS after the last signature; StarMark allows nothing else there.
TEST(PdfDss, AnythingButValidationDataAfterTheLastSignatureIsNotValid)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray pdf = kept({f.crl({})});
    ReportForgery more(pdf);
    more.addInnocuousObject();
    const ReportVerifier::Result r = verify(more.pdf);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, QStringLiteral("report.bytes-appended"))) << describe(r.problems);

    // Nor may the DSS's update carry a new page object dressed as validation data's neighbour.
    ReportForgery retitled(pdf);
    QByteArray page = retitled.body(retitled.firstPage());
    page.insert(page.lastIndexOf(">>"), "/Rotate 90");
    retitled.append({{retitled.firstPage(), page}});
    const ReportVerifier::Result rotated = verify(retitled.pdf);
    EXPECT_EQ(rotated.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(rotated.problems, QStringLiteral("report.bytes-appended"))) << describe(rotated.problems);

    // Bytes after the DSS that are no update at all, not even a comment.
    for (const QByteArray& tail : {QByteArray("% trailing\n"), QByteArray("garbage")}) {
        const ReportVerifier::Result junk = verify(pdf + tail);
        EXPECT_TRUE(findProblem(junk.problems, QStringLiteral("report.bytes-appended"))) << describe(junk.problems);
    }
}

TEST(PdfDss, ASecondDssOrAnUnsignedPdfIsRefused)
{
    ReportFixture& f = ReportFixture::instance();
    const Result<QByteArray> again = PdfSigner::addDss(kept({f.crl({})}), ValidationData());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(findProblem(again.problems(), QStringLiteral("ltv.dss-present")));
    const Result<QByteArray> unsigned_ = PdfDss::extend(QByteArray("%PDF-1.4\n%%EOF\n"), {});
    ASSERT_FALSE(unsigned_.ok());
    EXPECT_EQ(unsigned_.problems().first().code.left(4), QStringLiteral("ltv."));
}

TEST(PdfDss, TheDataIsKeptForTheSignatureThatReachesFurthest)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray author = f.signedCameraReport();
    const PdfSigner::Request request{{}, QStringLiteral("countersigned"), testNow(), PdfSigner::Kind::Approval};
    QString error;
    const std::optional<QByteArray> twice = PdfSigner::sign(author, request, f.identity(QStringLiteral("lab")), &error);
    ASSERT_TRUE(twice) << error.toStdString();
    const std::optional<QByteArray> contents = PdfSigner::lastSignatureContents(*twice);
    ASSERT_TRUE(contents);
    EXPECT_NE(*contents, ReportFixture::signatureOf(author)); // not the author's, which comes first in the file

    const Result<ValidationData> data = ValidationData::gather(*contents, {{}, {f.pki(QStringLiteral("ca.crl"))}});
    ASSERT_TRUE(data.ok()) << describe(data.problems());
    EXPECT_TRUE(data->covered.first().subject.contains(QStringLiteral("DEMO Evaluation Lab signer"))) << data->covered.first().subject.toStdString();
    const Result<QByteArray> pdf = PdfSigner::addDss(*twice, *data);
    ASSERT_TRUE(pdf.ok()) << describe(pdf.problems());
    const QByteArray key = QCryptographicHash::hash(*contents, QCryptographicHash::Sha1).toHex().toUpper();
    EXPECT_TRUE(pdf->mid(twice->size()).contains("/VRI<</" + key + "<<"));
}

TEST(PdfDss, AByteRangeWhoseGapHoldsNoSignatureValueIsNoSignature)
{
    // A forger's or a broken file: /ByteRange entries whose gap is no hex string, or lies past the end.
    const QByteArray decoy = "%PDF-1.4\n1 0 obj<</Type/Sig/ByteRange [0 30 40 10]/Contents (not hex)>>endobj\n"
                             "2 0 obj<</Type/Sig/ByteRange [0 90 9000 10]/Contents <00>>>endobj\n%%EOF\n";
    EXPECT_FALSE(PdfSigner::lastSignatureContents(decoy));
    const Result<QByteArray> kept = PdfDss::extend(decoy, {});
    ASSERT_FALSE(kept.ok());
    EXPECT_TRUE(findProblem(kept.problems(), QStringLiteral("ltv.not-signed")));
    const Result<QByteArray> added = PdfSigner::addDss(decoy, ValidationData());
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(findProblem(added.problems(), QStringLiteral("ltv.not-signed")));
}
