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
    QString problem;
    const std::optional<Assessment> self = NewAssessment::of(library, *star1, std::nullopt, &problem);
    ASSERT_TRUE(self);
    EXPECT_EQ(self->mode, Assessment::Mode::Self);
    EXPECT_EQ(self->chain.size(), 1);
    EXPECT_EQ(self->chain[0].digest, library.digest(*star1));
    const std::optional<Assessment> lab = NewAssessment::of(library, *star3, std::nullopt, &problem);
    ASSERT_TRUE(lab);
    EXPECT_EQ(lab->mode, Assessment::Mode::Lab);
    EXPECT_EQ(lab->level, 3);
    EXPECT_EQ(lab->chain.size(), 3);
    EXPECT_TRUE(NewAssessment::of(library, *star1, Assessment::Mode::Lab, &problem)) << "a lab may evaluate ★1 too";
    EXPECT_FALSE(NewAssessment::of(library, *star3, Assessment::Mode::Self, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("lab"))) << problem.toStdString();
}
