// The audit trail anchored in a signed report, tried as a manufacturer who
// rewrites the trail whole after signing, and with reports that are no anchor.
#include "ReportFixture.h"

#include "reports/AuditAnchor.h"
#include "reports/SignedReport.h"

#include "TestClock.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(AuditAnchor, TheTrailAReportWasSignedAtIsAnchored)
{
    ReportFixture& f = ReportFixture::instance();
    const Result<void> anchored = AuditAnchor::check(f.camera->auditEntries(), f.signedCameraReport(), testNow());
    EXPECT_TRUE(anchored.ok()) << describe(anchored.problems());
}

TEST(AuditAnchor, ATrailRewrittenAfterSigningIsNotAnchored)
{
    ReportFixture& f = ReportFixture::instance();
    QList<AuditTrail::Entry> rewritten = f.camera->auditEntries();
    ASSERT_FALSE(rewritten.isEmpty());
    for (AuditTrail::Entry& e : rewritten)
        e.hash = QByteArray(64, 'f'); // every hash recomputed over edited entries
    const Result<void> anchored = AuditAnchor::check(rewritten, f.signedCameraReport(), testNow());
    EXPECT_FALSE(anchored.ok());
    ASSERT_TRUE(findProblem(anchored.problems(), u"report.trail-not-anchored")) << describe(anchored.problems());
    EXPECT_EQ(anchored.problems().size(), 1);
}

TEST(AuditAnchor, ATamperedOrForeignFileIsNoAnchor)
{
    ReportFixture& f = ReportFixture::instance();
    const QByteArray pdf = f.signedCameraReport();
    Result<void> anchored = AuditAnchor::check(f.camera->auditEntries(), pdf + "% appended\n", testNow());
    EXPECT_TRUE(findProblem(anchored.problems(), u"report.bytes-appended")) << describe(anchored.problems());
    anchored = AuditAnchor::check(f.camera->auditEntries(), "GIF89a", testNow());
    EXPECT_TRUE(hasUnusable(anchored.problems())) << describe(anchored.problems());
}
