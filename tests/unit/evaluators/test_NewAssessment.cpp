#include "Fixtures.h"

#include "evaluators/NewAssessment.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(NewAssessment, PinsTheChainAndPicksTheModeTheLevelAllows)
{
    const CatalogLibrary& library = shippedCatalogs();
    const Catalog* star1 = library.find(QStringLiteral("jc-star/star1-common"));
    const Catalog* star3 = library.find(QStringLiteral("jc-star/star3-router"));
    ASSERT_TRUE(star1 && star3);
    const Result<Assessment> self = NewAssessment::of(library, *star1, std::nullopt);
    ASSERT_TRUE(self);
    EXPECT_EQ(self->mode, Assessment::Mode::Self);
    EXPECT_EQ(self->chain.size(), 1);
    EXPECT_EQ(self->chain[0].digest, library.digest(*star1));
    const Result<Assessment> lab = NewAssessment::of(library, *star3, std::nullopt);
    ASSERT_TRUE(lab);
    EXPECT_EQ(lab->mode, Assessment::Mode::Lab);
    EXPECT_EQ(lab->level, 3);
    EXPECT_EQ(lab->chain.size(), 3);
    EXPECT_TRUE(NewAssessment::of(library, *star1, Assessment::Mode::Lab)) << "a lab may evaluate ★1 too";
    const Result<Assessment> selfDeclaredStar3 = NewAssessment::of(library, *star3, Assessment::Mode::Self);
    EXPECT_FALSE(selfDeclaredStar3);
    EXPECT_TRUE(findProblem(selfDeclaredStar3.problems(), u"assessment.level-needs-lab"));
}
