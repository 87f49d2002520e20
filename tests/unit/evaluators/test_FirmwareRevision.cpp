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
    QString problem;
    const std::optional<FirmwareRevision::Started> started = FirmwareRevision::start(current, chain, QStringLiteral(" 5.1.0 "), &problem);
    ASSERT_TRUE(started) << problem.toStdString();
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
    QString problem;
    EXPECT_FALSE(FirmwareRevision::start(current, chainOf(current.catalog), QStringLiteral("  "), &problem));
    EXPECT_EQ(problem, QStringLiteral("the new firmware version is required"));
    EXPECT_FALSE(FirmwareRevision::start(current, chainOf(current.catalog), current.product.firmware, &problem));
    EXPECT_EQ(problem, QStringLiteral("firmware %1 is the one already assessed").arg(current.product.firmware));
}
