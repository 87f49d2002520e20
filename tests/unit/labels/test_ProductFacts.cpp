// What a label is issued for, as a manufacturer claiming more than it reached, or submitting
// a report it altered, unsigned or of the wrong kind, would try it: no facts, and the code of why.
#include "ReportFixture.h"
#include "ReportForgery.h"
#include "TestClock.h"

#include "labels/ProductFacts.h"
#include "reports/TrustAnchors.h"

#include <gtest/gtest.h>

using namespace starmark;
using starmark::test::ReportFixture;
using starmark::test::testNow;

namespace {

TrustAnchors demoTrust()
{
    QString error;
    std::optional<TrustAnchors> trust = TrustAnchors::fromPaths({ReportFixture::instance().pki(QStringLiteral("ca.pem"))}, &error);
    EXPECT_TRUE(trust) << error.toStdString();
    return *trust;
}

// Refused with `code` and `severity`, a message in each language, and nothing else given back.
void refused(const Result<ProductFacts>& facts, const char* code, Problem::Severity severity)
{
    ASSERT_FALSE(facts);
    ASSERT_EQ(facts.problems().size(), 1);
    const Problem& why = facts.problems().constFirst();
    EXPECT_EQ(why.code, QLatin1String(code));
    EXPECT_EQ(why.severity, severity);
    EXPECT_FALSE(why.message.text(Language::English).isEmpty());
    EXPECT_NE(why.message.text(Language::Japanese), why.message.text(Language::English)) << "no Japanese for " << code;
}

} // namespace

TEST(ProductFacts, AnAssessmentThatReachesItsLevelGivesItsFacts)
{
    ReportFixture& f = ReportFixture::instance();
    const std::optional<Assessment> camera = f.camera->load(nullptr);
    ASSERT_TRUE(camera);
    const Result<ProductFacts> facts = ProductFacts::fromAssessment(*camera, f.chain(*f.camera), QDate(2026, 11, 22), QStringLiteral("cam.starmark"));
    ASSERT_TRUE(facts);
    EXPECT_EQ(facts->level, 1);
    EXPECT_EQ(facts->category, QStringLiteral("common"));
    EXPECT_EQ(facts->model, camera->product.model);
    EXPECT_EQ(facts->firmware, camera->product.firmware);
    EXPECT_EQ(facts->supportUntil, camera->product.supportUntil);
    EXPECT_EQ(facts->evaluated, camera->signOff ? camera->signOff->at.date() : QDate(2026, 11, 22));
    EXPECT_TRUE(facts->reportSha256.isEmpty()) << "no report vouches for an assessment";
}

TEST(ProductFacts, AnAssessmentThatMissesItsLevelGetsNoLabel)
{
    ReportFixture& f = ReportFixture::instance();
    const std::optional<Assessment> router = f.router->load(nullptr);
    ASSERT_TRUE(router);
    const Result<ProductFacts> facts = ProductFacts::fromAssessment(*router, f.chain(*f.router), QDate(2026, 11, 22), QStringLiteral("router.starmark"));
    refused(facts, "label.level-not-reached", Problem::Severity::Invalid);
    const Problem& why = facts.problems().constFirst();
    EXPECT_EQ(why.where.file, QStringLiteral("router.starmark"));
    for (const Language language : {Language::Japanese, Language::English})
        EXPECT_TRUE(why.message.text(language).contains(QStringLiteral("★2")) && why.message.text(language).contains(QStringLiteral("★3")))
            << why.message.text(language).toStdString();
}

TEST(ProductFacts, ASignedReportGivesTheFactsOfItsAuthorsRevision)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray pdf = f.signedCameraReport();
    const Result<ProductFacts> facts = ProductFacts::fromReport(pdf, demoTrust(), *f.library, testNow());
    ASSERT_TRUE(facts) << facts.problems().value(0).toString(Language::English).toStdString();
    EXPECT_EQ(facts->level, 1);
    EXPECT_EQ(facts->category, QStringLiteral("common"));
    EXPECT_EQ(facts->model, f.camera->load(nullptr)->product.model);
    EXPECT_EQ(facts->reportSha256.size(), 64);
}

TEST(ProductFacts, NoTrustAnchorNoFacts)
{
    refused(ProductFacts::fromReport(ReportFixture::instance().signedCameraReport(), TrustAnchors(), *ReportFixture::instance().library, testNow()),
        "label.no-trust-anchor", Problem::Severity::Unusable);
}

TEST(ProductFacts, AnAlteredOrUnsignedReportGivesNoFacts)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray swapped = test::ReportForgery(f.signedCameraReport()).swapAssessment("MS-CAM999").pdf;
    refused(ProductFacts::fromReport(swapped, demoTrust(), *f.library, testNow()), "label.report-not-valid", Problem::Severity::Invalid);
    refused(ProductFacts::fromReport("%PDF-1.7\nnot really", demoTrust(), *f.library, testNow()), "label.report-not-valid",
        Problem::Severity::Invalid);
    refused(ProductFacts::fromReport(QByteArray(), demoTrust(), *f.library, testNow()), "label.report-not-valid", Problem::Severity::Invalid);
}

TEST(ProductFacts, AReportOnACatalogNotInstalledGetsNoGuessedCategory)
{
    ReportFixture& f = ReportFixture::instance();
    const CatalogLibrary none = CatalogLibrary::load({});
    const Result<ProductFacts> facts = ProductFacts::fromReport(f.signedCameraReport(), demoTrust(), none, testNow());
    refused(facts, "label.unknown-catalog", Problem::Severity::Unusable);
    EXPECT_TRUE(facts.problems().constFirst().message.text(Language::English).contains(QStringLiteral("jc-star/star1-common")));
    EXPECT_TRUE(facts.problems().constFirst().message.text(Language::Japanese).contains(QStringLiteral("jc-star/star1-common")));
}
