#include "Fixtures.h"

#include "criteria/CatalogChain.h"
#include "evaluators/FirmwareRevision.h"

#include "TestClock.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(FirmwareRevision, CarriesResultsOverAndMarksWhatRestsOnTheDevice)
{
    Assessment current = demoAssessment("router-star3");
    current.signOff = Assessment::SignOff{QStringLiteral("佐藤"), testNow()};
    const QList<const Catalog*> chain = chainOf(current.catalog);
    const Result<FirmwareRevision::Started> started = FirmwareRevision::start(current, chain, QStringLiteral(" 5.1.0 "));
    ASSERT_TRUE(started);
    const Assessment& next = started->assessment;
    EXPECT_EQ(next.revision, current.revision + 1);
    EXPECT_EQ(next.product.firmware, QStringLiteral("5.1.0"));
    EXPECT_FALSE(next.signOff) << "a new firmware is not what the reviewer signed off";
    EXPECT_FALSE(started->rechecks.isEmpty());
    for (auto it = next.results.cbegin(); it != next.results.cend(); ++it) {
        const Requirement* r = CatalogChain::requirement(chain, it.key());
        ASSERT_TRUE(r) << it.key().toStdString();
        const bool device = r->method != Requirement::Method::Document && it->verdict != Verdict::NotApplicable;
        EXPECT_EQ(it->recheck, device) << it.key().toStdString();
        EXPECT_EQ(started->rechecks.contains(it.key()), device) << it.key().toStdString();
        EXPECT_EQ(it->verdict, current.results.value(it.key()).verdict) << "verdicts carry over";
    }
}

TEST(FirmwareRevision, NeedsANewVersion)
{
    const Assessment current = demoAssessment("camera-star1");
    const Result<FirmwareRevision::Started> blank = FirmwareRevision::start(current, chainOf(current.catalog), QStringLiteral("  "));
    EXPECT_FALSE(blank);
    EXPECT_TRUE(findProblem(blank.problems(), u"assessment.firmware-missing"));
    EXPECT_TRUE(hasUnusable(blank.problems()));
    const Result<FirmwareRevision::Started> same = FirmwareRevision::start(current, chainOf(current.catalog), current.product.firmware);
    EXPECT_FALSE(same);
    ASSERT_TRUE(findProblem(same.problems(), u"assessment.firmware-unchanged"));
    EXPECT_FALSE(hasUnusable(same.problems()));
}
