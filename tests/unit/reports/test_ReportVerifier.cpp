#include "ReportFixture.h"
#include "ReportForgery.h"

#include "reports/DemoPki.h"
#include "reports/PdfSigner.h"
#include "reports/ReportVerifier.h"
#include "reports/SignedReport.h"
#include "reports/TimestampAuthority.h"
#include "reports/TimestampClient.h"
#include "reports/TrustAnchors.h"

#include "TestClock.h"
#include "TimestampTokens.h"

#include <QFile>

#include <QJsonArray>

#include <algorithm>
#include <functional>

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
    return KnownDigests::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/known-digests.json")).take();
}

// Against the demo CA: what is caught must be caught by more than the want of an anchor.
ReportVerifier::Result verify(
    const QByteArray& pdf, const TrustAnchors& trust = anchors(ReportFixture::instance().pki(QStringLiteral("ca.pem"))))
{
    return ReportVerifier::verify(pdf, trust, shippedDigests(), testNow());
}

} // namespace

TEST(ReportVerifier, AGenuineReportIsValidTrustedAndCarriesItsAssessment)
{
    ReportFixture& f = ReportFixture::instance();
    const ReportVerifier::Result r = verify(f.signedCameraReport());
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << describe(r.problems);
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
    ASSERT_TRUE(r.content);
    EXPECT_EQ(r.content->kind, ReportContent::Kind::Declaration);
    EXPECT_EQ(r.content->assessment.product.model, QStringLiteral("MS-CAM100"));
    EXPECT_EQ(r.content->assessment.product.firmware, QStringLiteral("2.4.1"));
    EXPECT_EQ(r.content->assessment.level, 1);
    EXPECT_EQ(r.content->achieved, 1);
    EXPECT_EQ(r.content->issued, testNow());
    EXPECT_EQ(r.content->auditHead.size(), 64);
    ASSERT_EQ(r.catalogs.size(), 1);
    EXPECT_EQ(r.catalogs[0].knownVersion, QStringLiteral("1.1"));
}

TEST(ReportVerifier, WithoutAnchorsAnIntactReportIsNotValidAndAnUnknownCatalogIsSaid)
{
    const ReportVerifier::Result r = ReportVerifier::verify(
        ReportFixture::instance().signedCameraReport(), TrustAnchors(), KnownDigests(), testNow());
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::NoTrustAnchor);
    EXPECT_TRUE(r.problems.isEmpty()) << describe(r.problems);
    EXPECT_TRUE(r.signatures[0].roles.isEmpty()); // a role claimed by a certificate nobody vouches for is no role
    EXPECT_FALSE(r.signatures[0].trusted.has_value());
    EXPECT_FALSE(r.catalogs[0].knownVersion.has_value());
}

TEST(ReportVerifier, AnotherCaIsNotTrusted)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir other;
    ASSERT_TRUE(DemoPki::create(other.path(), testNow(), nullptr));
    const ReportVerifier::Result r = verify(f.signedCameraReport(), anchors(other.filePath(QStringLiteral("ca.pem"))));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_EQ(r.signatures[0].trusted, false);
    EXPECT_TRUE(findProblem(r.problems, u"report.signer-not-trusted")) << describe(r.problems);
}

TEST(ReportVerifier, AnExpiredCertificateIsNotTrustedLater)
{
    ReportFixture& f = ReportFixture::instance();
    const ReportVerifier::Result r = ReportVerifier::verify(
        f.signedCameraReport(), anchors(f.pki(QStringLiteral("ca.pem"))), shippedDigests(), testNow().addYears(4));
    EXPECT_EQ(r.signatures[0].trusted, false);
    const Problem* untrusted = findProblem(r.problems, u"report.signer-not-trusted");
    ASSERT_TRUE(untrusted) << describe(r.problems);
    EXPECT_TRUE(untrusted->message.text(Language::English).contains(QStringLiteral("expired"))) << "OpenSSL's reason is kept";
}

TEST(ReportVerifier, AppendedTruncatedAndUnsignedFilesAreNotValid)
{
    const QByteArray pdf = ReportFixture::instance().signedCameraReport();
    ReportVerifier::Result r = verify(pdf + "%% more\n");
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, u"report.bytes-appended")) << describe(r.problems);
    EXPECT_FALSE(r.content) << "nothing is read from a file whose signature fails";
    r = verify(pdf.left(pdf.size() - 10));
    EXPECT_TRUE(findProblem(r.problems, u"report.truncated")) << describe(r.problems);
    r = verify(pdf.left(pdf.indexOf("/ByteRange")));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, u"report.unsigned")) << describe(r.problems);
    r = verify("GIF89a");
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Unreadable);
    ASSERT_TRUE(findProblem(r.problems, u"report.not-a-pdf")) << describe(r.problems);
    EXPECT_EQ(findProblem(r.problems, u"report.not-a-pdf")->severity, Problem::Severity::Unusable);
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

namespace {

QString modelIn(const ReportVerifier::Result& r)
{
    return r.content ? r.content->assessment.product.model : QString();
}

} // namespace

// Issue 11, case 3: someone whose key chains to the trusted CA appends an update to
// another party's report and signs the whole file. Every signature is valid and
// trusted; the report is not, the change is named, and the facts stay the author's.
TEST(ReportVerifier, AnUpdateAfterTheAuthorsSignatureIsNotValidEvenWhenSignedByATrustedKey)
{
    ReportFixture& f = ReportFixture::instance();
    struct Attack {
        const char* name;
        std::function<void(ReportForgery&)> apply;
        const char* named;
    };
    const QList<Attack> attacks{
        {"another model number", [](ReportForgery& r) { r.swapAssessment("MS-CAM999"); },
            "(the embedded file assessment.json) was replaced"},
        {"the first page painted over", [](ReportForgery& r) { r.paintOverFirstPage("MS-CAM999"); }, "(page 1): /Contents changed"},
        {"an innocuous new object", [](ReportForgery& r) { r.addInnocuousObject(); }, "(a dictionary, new) was added"},
    };
    for (const Attack& attack : attacks) {
        ReportForgery forgery(f.signedCameraReport());
        attack.apply(forgery);
        forgery.signAgain(f.identity(QStringLiteral("lab")));
        const ReportVerifier::Result r = verify(forgery.pdf);
        EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid) << attack.name;
        ASSERT_EQ(r.signatures.size(), 2) << attack.name;
        for (const ReportVerifier::Signature& s : r.signatures) {
            EXPECT_TRUE(s.valid) << attack.name;
            EXPECT_EQ(s.trusted, true) << attack.name;
        }
        EXPECT_TRUE(r.signatures[1].wholeFile);
        EXPECT_FALSE(r.changes.isEmpty()) << attack.name;
        EXPECT_TRUE(findProblem(r.problems, u"report.changed-after-signing")) << attack.name << describe(r.problems);
        EXPECT_TRUE(std::any_of(r.changes.begin(), r.changes.end(),
            [&](const PdfRevisions::Change& c) { return c.what.contains(QLatin1String(attack.named)); }))
            << attack.name << describe(r.problems);
        EXPECT_EQ(modelIn(r), QStringLiteral("MS-CAM100")) << attack.name << ": the facts are read from the author's revision";
        const QJsonObject json = ReportVerifier::toJson(r, Language::English);
        EXPECT_FALSE(json.value(QStringLiteral("changes_after_signing")).toArray().isEmpty());
        EXPECT_EQ(json.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("report.changed-after-signing"));
    }
}

TEST(ReportVerifier, ACountersignatureThatChangesNothingStaysValidWithTheAuthorsFacts)
{
    ReportFixture& f = ReportFixture::instance();
    ReportForgery countersigned(f.signedCameraReport());
    countersigned.signAgain(f.identity(QStringLiteral("certification-body")));
    const ReportVerifier::Result r = verify(countersigned.pdf);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << describe(r.problems);
    ASSERT_EQ(r.signatures.size(), 2);
    EXPECT_FALSE(r.signatures[0].wholeFile);
    EXPECT_TRUE(r.signatures[1].wholeFile);
    EXPECT_EQ(r.certification, 1);
    EXPECT_TRUE(r.changes.isEmpty());
    EXPECT_EQ(modelIn(r), QStringLiteral("MS-CAM100"));

    // Still nothing may follow the last signature unsigned.
    ReportForgery unsignedTail(countersigned.pdf);
    unsignedTail.addInnocuousObject();
    EXPECT_EQ(verify(unsignedTail.pdf).verdict, ReportVerifier::Result::Verdict::Invalid);
}

TEST(ReportVerifier, ASecondCertificationOverTheReportIsNotValid)
{
    ReportFixture& f = ReportFixture::instance();
    // The lab "certifies" the manufacturer's report anew, with attachments of its own.
    PdfSigner::Request request{{{QStringLiteral("assessment.json"), "{\"product\":{\"model\":\"MS-CAM999\"}}"}}, QStringLiteral("mine now"),
        QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    QString error;
    const std::optional<QByteArray> recertified
        = PdfSigner::sign(f.signedCameraReport(), request, f.identity(QStringLiteral("lab")), &error);
    ASSERT_TRUE(recertified) << error.toStdString();
    const ReportVerifier::Result r = verify(*recertified);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    QStringList changes;
    for (const PdfRevisions::Change& c : r.changes)
        changes << c.what;
    EXPECT_TRUE(findProblem(r.problems, u"report.changed-after-signing")) << describe(r.problems);
    EXPECT_TRUE(changes.join(QLatin1Char('\n')).contains(QStringLiteral("(the catalog): /Perms, /StarMark changed"))) << describe(r.problems);
    EXPECT_TRUE(changes.join(QLatin1Char('\n')).contains(QStringLiteral("is a second certification"))) << describe(r.problems);
    EXPECT_EQ(modelIn(r), QStringLiteral("MS-CAM100"));
}

namespace {

// The camera's report signed with a signature timestamp that `stamp` makes from the signature value.
QByteArray timestampedCameraReport(const PdfSigner::Timestamper& stamp)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    const std::optional<QByteArray> pdf
        = SignedReport::make(*f.camera, f.chain(*f.camera), f.identity(), {Language::Japanese, testNow()}, &error, stamp);
    if (!pdf)
        throw std::runtime_error(error.toStdString());
    return *pdf;
}

// The demo TSA of `pki` (a folder) stamping at `at`, with a serial file of its own.
PdfSigner::Timestamper demoTsa(const QString& pki, const QDateTime& at)
{
    auto dir = std::make_shared<QTemporaryDir>();
    QFile::copy(pki + QStringLiteral("/tsa.key"), dir->filePath(QStringLiteral("tsa.key")));
    auto tsa = std::make_shared<TimestampAuthority>(
        TimestampAuthority::open(dir->filePath(QStringLiteral("tsa.key")), pki + QStringLiteral("/tsa.pem"), {}).take());
    return [dir, tsa, at](const QByteArray& value) -> Result<QByteArray> {
        return tokenOf(tsa->respond(TimestampClient::query(value, "\x85").der, at));
    };
}

QString fixturePki()
{
    return ReportFixture::instance().pki(QString()).chopped(1);
}

const QDateTime afterTheSignersEnd = testNow().addDays(1200); // the demo signers hold 1095 days, the TSA 3650

} // namespace

TEST(ReportVerifier, ATimestampedReportHoldsAfterItsSignerCertificateHasEnded)
{
    const QByteArray pdf = timestampedCameraReport(demoTsa(fixturePki(), testNow()));
    const ReportVerifier::Result r = ReportVerifier::verify(pdf, trustOf(QStringLiteral("ca.pem")), shippedDigests(), afterTheSignersEnd);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << describe(r.problems);
    ASSERT_EQ(r.signatures.size(), 1);
    const ReportVerifier::Signature& s = r.signatures[0];
    EXPECT_TRUE(s.timestamped);
    EXPECT_EQ(s.timestampTime, testNow());
    EXPECT_EQ(s.validatedAt, testNow());
    EXPECT_TRUE(s.timestampAuthority.contains(QStringLiteral("Time-Stamping Authority")));
    EXPECT_FALSE(s.revocationEmbedded);
    const QJsonObject json = ReportVerifier::toJson(r, Language::English).value(QStringLiteral("signatures")).toArray().at(0).toObject();
    EXPECT_EQ(json.value(QStringLiteral("timestamp")).toObject().value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-22T09:00:00Z"));
    EXPECT_EQ(json.value(QStringLiteral("revocation_source")).toString(), QStringLiteral("none"));
}

TEST(ReportVerifier, WithoutATimestampAnEndedSignerCertificateMakesTheReportNotValid)
{
    const ReportVerifier::Result r = ReportVerifier::verify(
        ReportFixture::instance().signedCameraReport(), trustOf(QStringLiteral("ca.pem")), shippedDigests(), afterTheSignersEnd);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, QStringLiteral("report.signer-not-trusted"))) << describe(r.problems);
    EXPECT_FALSE(r.signatures[0].timestamped);
    EXPECT_EQ(r.signatures[0].validatedAt, afterTheSignersEnd.toUTC());
}

TEST(ReportVerifier, ATimestampOverAnotherSignatureOrFromAForeignTsaMakesTheReportNotValid)
{
    // A signer backdating its report with a genuine token it got for something else.
    const PdfSigner::Timestamper genuine = demoTsa(fixturePki(), testNow().addDays(-400));
    const QByteArray borrowed = timestampedCameraReport([&](const QByteArray&) { return genuine("some other signature value"); });
    ReportVerifier::Result r = ReportVerifier::verify(borrowed, trustOf(QStringLiteral("ca.pem")), shippedDigests(), testNow());
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, QStringLiteral("report.timestamp-invalid"))) << describe(r.problems);
    EXPECT_FALSE(r.signatures[0].timestampTime);

    QTemporaryDir other;
    QString error;
    ASSERT_TRUE(DemoPki::create(other.path(), testNow(), &error));
    r = ReportVerifier::verify(
        timestampedCameraReport(demoTsa(other.path(), testNow())), trustOf(QStringLiteral("ca.pem")), shippedDigests(), afterTheSignersEnd);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, QStringLiteral("report.timestamp-invalid"))) << describe(r.problems);
}

namespace {

// `pdf` kept for the long term with one CRL of the fixture's CA that lists the manufacturer's
// signer (serial 2) as revoked at `revokedAt`.
QByteArray keptWithSignerRevokedAt(const QByteArray& pdf, const QDateTime& revokedAt)
{
    ReportFixture& f = ReportFixture::instance();
    const Result<QByteArray> kept = PdfSigner::addDss(pdf, f.validationData({f.crl({2}, QStringLiteral("ca"), revokedAt)}));
    if (!kept)
        throw std::runtime_error(describe(kept.problems()));
    return *kept;
}

} // namespace

// PAdES B-LT over B-T: a revocation counts against a signature made before it only when nothing
// proves the signature older. The token's time decides; the signer's own claim never does, or a
// revoked signer would simply claim an earlier time.
TEST(ReportVerifier, ARevocationAfterTheTimeTheTokenProvesLeavesTheReportValidOneBeforeItDoesNot)
{
    const QByteArray stamped = timestampedCameraReport(demoTsa(fixturePki(), testNow()));
    const ReportVerifier::Result after = ReportVerifier::verify(
        keptWithSignerRevokedAt(stamped, testNow().addDays(30)), trustOf(QStringLiteral("ca.pem")), shippedDigests(), testNow().addDays(60));
    EXPECT_EQ(after.verdict, ReportVerifier::Result::Verdict::Valid) << describe(after.problems);
    EXPECT_EQ(after.signatures[0].revocation.state, RevocationStatus::State::Good);
    EXPECT_EQ(ReportVerifier::toJson(after, Language::English)[QStringLiteral("signatures")][0][QStringLiteral("revocation_source")].toString(),
        QStringLiteral("embedded"));

    const ReportVerifier::Result before = ReportVerifier::verify(keptWithSignerRevokedAt(stamped, testNow().addSecs(-3600)),
        trustOf(QStringLiteral("ca.pem")), shippedDigests(), testNow().addDays(60));
    EXPECT_EQ(before.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(before.problems, QStringLiteral("report.signer-revoked"))) << describe(before.problems);

    // Without a timestamp the time of signing is only claimed: a later revocation still counts.
    const ReportVerifier::Result claimed = ReportVerifier::verify(keptWithSignerRevokedAt(ReportFixture::instance().signedCameraReport(),
                                                                      testNow().addDays(30)),
        trustOf(QStringLiteral("ca.pem")), shippedDigests(), testNow().addDays(60));
    EXPECT_EQ(claimed.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(claimed.problems, QStringLiteral("report.signer-revoked"))) << describe(claimed.problems);
}
