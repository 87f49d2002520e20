#include "RegistryFixture.h"

#include "criteria/CatalogLibrary.h"
#include "labels/LabelToken.h"
#include "labels/registry/Publication.h"
#include "reports/DemoPki.h"
#include "reports/TrustAnchors.h"

using namespace starmark;
using namespace starmark::test;

namespace {

class PublicationTest : public RegistryFixture {
protected:
    void SetUp() override
    {
        RegistryFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        QString problem;
        ASSERT_TRUE(DemoPki::create(dir.filePath(QStringLiteral("pki")), now, &problem)) << problem.toStdString();
        std::optional<TrustAnchors> anchors = TrustAnchors::fromPaths({dir.filePath(QStringLiteral("pki/ca.pem"))}, &problem);
        ASSERT_TRUE(anchors) << problem.toStdString();
        trust = *anchors;
    }
    Problems refused(RegistryStore& store, const Publication::Request& request, const TrustAnchors& anchors)
    {
        return Publication(store, key, clock).publish(request, anchors, catalogs).problems();
    }

    TrustAnchors trust;
    CatalogLibrary catalogs = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
};

} // namespace

TEST_P(PublicationTest, RefusesWhatIsNoSignedReportAndWritesNothing)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray before = store->fingerprint();
    const Problems notPdf = refused(*store, {"<html>not a report</html>", {}, {}, {}, QStringLiteral("鈴木")}, trust);
    ASSERT_TRUE(findProblem(notPdf, u"registry.not-a-pdf")) << text(notPdf);
    EXPECT_EQ(notPdf.constFirst().severity, Problem::Severity::Unusable);
    const Problems forged = refused(*store, {"%PDF-1.7\n%forged, unsigned\n%%EOF\n", {}, {}, {}, QStringLiteral("鈴木")}, trust);
    ASSERT_TRUE(findProblem(forged, u"label.report-not-valid")) << text(forged);
    EXPECT_EQ(forged.constFirst().severity, Problem::Severity::Invalid);
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(PublicationTest, WithoutATrustAnchorNothingIsPublished)
{
    auto store = open();
    ASSERT_TRUE(store);
    const Problems problems = refused(*store, {"%PDF-1.7\n", {}, {}, {}, QStringLiteral("鈴木")}, TrustAnchors());
    EXPECT_TRUE(findProblem(problems, u"registry.no-trust-anchor")) << text(problems);
    EXPECT_TRUE(store->list()->isEmpty());
}

TEST_P(PublicationTest, AnOverrideGoesWithARevisionOnly)
{
    auto store = open();
    ASSERT_TRUE(store);
    const RevisionOverride accepted{{RevisionOverride::Change::Downgrade}, QStringLiteral("because")};
    const Problems problems = refused(*store, {"%PDF-1.7\n", {}, {}, accepted, QStringLiteral("鈴木")}, trust);
    EXPECT_TRUE(findProblem(problems, u"registry.override-without-revision")) << text(problems);
}

TEST_P(PublicationTest, SignsTheLabelForTheNumberItIsStoredUnder)
{
    auto store = open();
    auto other = open();
    ASSERT_TRUE(store && other);
    ASSERT_TRUE(publish(*other, camera())); // another server took JCS-26-000001
    const Result<RegisteredProduct> mine = publish(*store, camera());
    ASSERT_TRUE(mine) << text(mine.problems());
    EXPECT_EQ(mine->registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(LabelToken::decode(mine->current().token)->registration, QStringLiteral("JCS-26-000002"));
}

STARMARK_ON_EVERY_BACKEND(PublicationTest);
