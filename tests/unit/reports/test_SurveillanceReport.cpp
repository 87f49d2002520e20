#include "ReportFixture.h"

#include "reports/PagedPdf.h"
#include "reports/PdfSigner.h"
#include "reports/ReportVerifier.h"
#include "reports/SurveillanceReport.h"
#include "reports/TrustAnchors.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace starmark;
using namespace starmark::test;

namespace {

const QDateTime issued(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

SurveillanceReport::Input input(Language language)
{
    SurveillanceReport::Input in;
    in.plan = {{QStringLiteral("format"), QStringLiteral("starmark-surveillance-plan")}, {QStringLiteral("seed"), QStringLiteral("2026")},
        {QStringLiteral("as_of"), QStringLiteral("2026-11-22")}, {QStringLiteral("population_size"), 40},
        {QStringLiteral("population_digest"), QString(64, QLatin1Char('c'))}};
    SurveillanceReport::Product camera{QStringLiteral("JCS-26-000123"), {QStringLiteral("みらいセンス"), QStringLiteral("Mirai Sense")},
        {QStringLiteral("見守りカメラ"), QStringLiteral("Home camera")}, QStringLiteral("MS-CAM100"), QStringLiteral("1.2.3"), 1, true,
        6.75, {{QStringLiteral("一般からの通報による対象"), QStringLiteral("in because a member of the public reported it")}}, {}, {}};
    camera.findings.append({camera.registration, QStringLiteral("S1.1-01"), SurveillanceFinding::Result::Nonconformity,
        QStringLiteral("初期パスワード admin が全台共通"), QStringLiteral("inspector"), issued.addSecs(-3600)});
    camera.revocation = QStringLiteral("S1.1-01: a default password shared by every unit");
    SurveillanceReport::Product router{QStringLiteral("JCS-26-000200"), {QStringLiteral("ネットワーク工房"), QStringLiteral("Net Works")},
        {QStringLiteral("ルーター"), QStringLiteral("Router")}, QStringLiteral("NW-R3"), QStringLiteral("4.0.1"), 3, false, 2.25, {}, {},
        {}};
    in.products = {camera, router};
    in.language = language;
    in.issued = issued;
    in.signatory = QStringLiteral("CN=DEMO Certification body signer");
    return in;
}

} // namespace

TEST(SurveillanceReport, SaysWhatWasSampledFoundAndRevokedInJapanese)
{
    const QString html = SurveillanceReport::html(input(Language::Japanese), QByteArray(64, 'd'));
    for (const char* expected : {"サーベイランス報告書", "リスク加重無作為抽出", "2026", "有効なラベルを持つ製品 40 件", "JCS-26-000123",
             "一般からの通報による対象", "ラベル取消", "初期パスワード admin が全台共通", "不適合", "未確認", "抽出されなかった製品の適合",
             "surveillance.json"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
}

TEST(SurveillanceReport, SpeaksEnglishOnRequest)
{
    const QString html = SurveillanceReport::html(input(Language::English), QByteArray(64, 'd'));
    for (const char* expected : {"Surveillance Report", "Label revoked", "Not yet checked", "Nonconformity", "Net Works Router"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(html.contains(QStringLiteral("報告書")));
}

TEST(SurveillanceReport, IsSignedByTheCertificationBodyAndVerifiesAsASurveillanceReport)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    const std::optional<QByteArray> pdf
        = SurveillanceReport::make(input(Language::Japanese), f.identity(QStringLiteral("certification-body")), &error);
    ASSERT_TRUE(pdf) << error.toStdString();
    const std::optional<TrustAnchors> anchors = TrustAnchors::fromPaths({f.pki(QStringLiteral("ca.pem"))}, &error);
    ASSERT_TRUE(anchors) << error.toStdString();
    const ReportVerifier::Result r = ReportVerifier::verify(*pdf, *anchors, {}, issued.addDays(1));
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Valid) << describe(r.problems);
    ASSERT_EQ(r.signatures.size(), 1);
    EXPECT_EQ(r.signatures[0].trusted, true);
    EXPECT_TRUE(r.signatures[0].signer.contains(QStringLiteral("Certification")));
    ASSERT_TRUE(r.content);
    EXPECT_EQ(r.content->kind, ReportContent::Kind::Surveillance);
    const QList<SurveillanceReport::Product>& products = r.content->surveillance.products;
    ASSERT_EQ(products.size(), 2);
    EXPECT_EQ(products[0].revocation, QStringLiteral("S1.1-01: a default password shared by every unit"));
    ASSERT_EQ(products[0].findings.size(), 1);
    EXPECT_EQ(products[0].findings[0].result, SurveillanceFinding::Result::Nonconformity);
    EXPECT_EQ(products[0].findings[0].recordedAt, issued.addSecs(-3600));
    EXPECT_EQ(r.content->surveillance.nonconformities(), 1);
    EXPECT_TRUE(products[1].revocation.isEmpty());
    EXPECT_EQ(r.content->surveillance.seed, QStringLiteral("2026"));
    EXPECT_EQ(r.content->surveillance.asOf, QDate(2026, 11, 22));
    EXPECT_EQ(r.content->surveillance.revoked(), 1);
}

TEST(SurveillanceReport, ASignedPdfCarryingNeitherKindOfRecordIsNotValid)
{
    // Signed and trusted, but its attachment belongs to no kind of report.
    ReportFixture& f = ReportFixture::instance();
    PdfSigner::Request request;
    request.attachments = {{QStringLiteral("notes.json"), "{}"}};
    request.signingTime = issued;
    QString error;
    const std::optional<QByteArray> pdf = PdfSigner::sign(PagedPdf::print(QStringLiteral("<p>notes</p>"), QStringLiteral("notes"), {}),
        request, f.identity(QStringLiteral("certification-body")), &error);
    ASSERT_TRUE(pdf) << error.toStdString();
    const ReportVerifier::Result r = ReportVerifier::verify(*pdf, TrustAnchors(), {}, issued);
    EXPECT_EQ(r.verdict, ReportVerifier::Result::Verdict::Invalid);
    EXPECT_TRUE(findProblem(r.problems, u"report.attachment-missing")) << describe(r.problems);
}
