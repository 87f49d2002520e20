#include "Fixtures.h"

#include "evaluators/AssessmentChange.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(AssessmentChange, AnotherWritersChangesToOtherPartsAreKept)
{
    const Assessment base = demoAssessment("camera-star1");
    Assessment mine = base;
    mine.results[QStringLiteral("S1.1-04")].rationale = QStringLiteral("mine");
    mine.product.model = QStringLiteral("MS-CAM100-B");
    mine.profile.remove(mine.profile.firstKey());

    Assessment theirs = base; // what the file holds meanwhile
    theirs.results[QStringLiteral("S1.1-05")].rationale = QStringLiteral("theirs");
    theirs.product.firmware = QStringLiteral("9.9.9");

    const AssessmentChange change(base, mine);
    EXPECT_FALSE(change.isEmpty());
    change.applyTo(theirs);
    EXPECT_EQ(theirs.results.value(QStringLiteral("S1.1-04")).rationale, QStringLiteral("mine"));
    EXPECT_EQ(theirs.results.value(QStringLiteral("S1.1-05")).rationale, QStringLiteral("theirs"));
    EXPECT_EQ(theirs.product.model, QStringLiteral("MS-CAM100-B"));
    EXPECT_EQ(theirs.product.firmware, QStringLiteral("9.9.9"));
    EXPECT_EQ(theirs.profile, mine.profile);
}

TEST(AssessmentChange, NoChangeChangesNothing)
{
    const Assessment base = demoAssessment("camera-star1");
    Assessment theirs = base;
    theirs.results.remove(QStringLiteral("S1.1-04"));
    const Assessment before = theirs;
    const AssessmentChange change(base, base);
    EXPECT_TRUE(change.isEmpty());
    change.applyTo(theirs);
    EXPECT_EQ(theirs, before);
}
