#include "ReportFixture.h"

#include "reports/PdfSigner.h"
#include "reports/ReportAttachments.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include "TestClock.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

QByteArray onePagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(100, 100, QStringLiteral("署名のテスト"));
    painter.end();
    return bytes;
}

} // namespace

TEST(PdfSigner, AppendsOneUpdateAndKeepsTheOriginalBytes)
{
    const QByteArray original = onePagePdf();
    PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{\"a\":1}"}, {QStringLiteral("notes.txt"), "メモ"}},
        QStringLiteral("テスト"), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    QString error;
    const std::optional<QByteArray> signedPdf = PdfSigner::sign(original, request, ReportFixture::instance().identity(), &error);
    ASSERT_TRUE(signedPdf.has_value()) << error.toStdString();
    EXPECT_TRUE(signedPdf->startsWith(original));
    EXPECT_GT(signedPdf->size(), original.size());
    EXPECT_TRUE(signedPdf->contains("/SubFilter /ETSI.CAdES.detached") || signedPdf->contains("/SubFilter/ETSI.CAdES.detached"));

    const Result<ReportAttachments> contents = ReportAttachments::read(*signedPdf);
    ASSERT_TRUE(contents.ok()) << describe(contents.problems());
    EXPECT_EQ(contents->attachments.value(QStringLiteral("notes.txt")), QByteArray("メモ"));
    EXPECT_EQ(contents->recorded.value(QStringLiteral("assessment.json")),
        QCryptographicHash::hash("{\"a\":1}", QCryptographicHash::Sha256).toHex());
}

TEST(PdfSigner, RefusesWhatIsNotAPdf)
{
    QString error;
    EXPECT_FALSE(PdfSigner::sign("not a pdf", {}, ReportFixture::instance().identity(), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("could not be signed"))) << error.toStdString();
    EXPECT_TRUE(findProblem(ReportAttachments::read("garbage").problems(), u"report.not-starmark"));
}

TEST(PdfSigner, TheSignatureClaimsTheClocksTimeNotTheMachines)
{
    // A time far from today: OpenSSL's own reading of the system clock would not match it.
    const QDateTime claimed(QDate(2027, 3, 4), QTime(5, 6, 7), Qt::UTC);
    const PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{}"}}, QStringLiteral("テスト"), claimed};
    QString error;
    const std::optional<QByteArray> signedPdf = PdfSigner::sign(onePagePdf(), request, ReportFixture::instance().identity(), &error);
    ASSERT_TRUE(signedPdf.has_value()) << error.toStdString();
    const ReportVerifier::Result r = ReportVerifier::verify(*signedPdf, TrustAnchors(), KnownDigests(), claimed);
    ASSERT_EQ(r.signatures.size(), 1);
    EXPECT_TRUE(r.signatures[0].valid) << describe(r.problems);
    EXPECT_EQ(r.signatures[0].signingTime, claimed);
}

TEST(PdfSigner, TheAuthorsSignatureCertifiesThatNoChangeIsPermitted)
{
    const QByteArray pdf = ReportFixture::instance().signedCameraReport();
    const qsizetype update = pdf.lastIndexOf("%%EOF", pdf.indexOf("/ByteRange"));
    const QByteArray signedUpdate = pdf.mid(update);
    // ISO 32000-1 12.8.2.2: the signature's DocMDP reference, and the catalog's /Perms naming the signature.
    EXPECT_TRUE(
        signedUpdate.contains("/Reference[<</Type/SigRef/TransformMethod/DocMDP/TransformParams<</Type/TransformParams/P 1/V/1.2>>>>]"))
        << signedUpdate.left(2000).toStdString();
    const QRegularExpressionMatch perms
        = QRegularExpression(QStringLiteral("/Perms<</DocMDP (\\d+) 0 R>>")).match(QString::fromLatin1(signedUpdate));
    ASSERT_TRUE(perms.hasMatch());
    const QByteArray signature = perms.captured(1).toLatin1() + " 0 obj<</Type/Sig/ByteRange";
    EXPECT_TRUE(signedUpdate.contains(signature)) << "/Perms /DocMDP names the signature dictionary";
}

TEST(PdfSigner, AFurtherSignatureAddsOnlyItselfAndNoAttachments)
{
    const QByteArray pdf = ReportFixture::instance().signedCameraReport();
    PdfSigner::Request request{
        {}, QStringLiteral("countersigned"), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), PdfSigner::Kind::Approval};
    QString error;
    const std::optional<QByteArray> twice
        = PdfSigner::sign(pdf, request, ReportFixture::instance().identity(QStringLiteral("lab")), &error);
    ASSERT_TRUE(twice) << error.toStdString();
    ASSERT_TRUE(twice->startsWith(pdf));
    const QByteArray update = twice->mid(pdf.size());
    EXPECT_TRUE(update.contains("/Type/Sig"));
    for (const char* untouched : {"/Perms", "/StarMark<<", "/EmbeddedFile", "/Reference", "/Type/Catalog"})
        EXPECT_FALSE(update.contains(untouched)) << untouched;

    request.attachments = {{QStringLiteral("assessment.json"), "{}"}};
    EXPECT_FALSE(PdfSigner::sign(pdf, request, ReportFixture::instance().identity(QStringLiteral("lab")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("adds no attachments"))) << error.toStdString();
}

TEST(PdfSigner, AFailedTimestampSignsNothing)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    const PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{}"}}, QStringLiteral("テスト"), testNow()};
    bool asked = false;
    const std::optional<QByteArray> signedPdf = PdfSigner::sign(ReportFixture::instance().signedCameraReport(), request, f.identity(), &error,
        [&](const QByteArray& value) -> Result<QByteArray> {
            asked = !value.isEmpty();
            return Problem::invalid(QStringLiteral("timestamp.refused"), Message::plain(QStringLiteral("refused by the double")));
        });
    EXPECT_TRUE(asked);
    EXPECT_FALSE(signedPdf);
    EXPECT_TRUE(error.contains(QStringLiteral("refused by the double"))) << error.toStdString();
}
