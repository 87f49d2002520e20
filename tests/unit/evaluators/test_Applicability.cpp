#include "Fixtures.h"

#include "evaluators/Applicability.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(Applicability, FalseRuleGivesAGeneratedJustificationInBothLanguages)
{
    const Requirement* r = shippedCatalogs().find(QStringLiteral("star1-common"))->requirement(QStringLiteral("S1.1-02"));
    ASSERT_NE(r, nullptr);
    ASSERT_FALSE(r->appliesIf.isEmpty());
    const Applicability a = Applicability::of(
        *r, {{QStringLiteral("has_network_auth"), QStringLiteral("true")}, {QStringLiteral("uses_passwords"), QStringLiteral("false")}});
    EXPECT_EQ(a.state, Applicability::State::NotApplicable);
    EXPECT_FALSE(a.applies());
    EXPECT_TRUE(a.justification.en.contains(QStringLiteral("uses_passwords = false"))) << a.justification.en.toStdString();
    EXPECT_TRUE(a.justification.en.contains(r->appliesIf.source().simplified()));
    EXPECT_TRUE(a.justification.ja.contains(QStringLiteral("適用外")));
}

TEST(Applicability, TrueRuleAndNoRuleApply)
{
    const Catalog* c = shippedCatalogs().find(QStringLiteral("star1-common"));
    const Requirement* conditional = c->requirement(QStringLiteral("S1.1-02"));
    EXPECT_EQ(
        Applicability::of(*conditional,
            {{QStringLiteral("has_network_auth"), QStringLiteral("true")}, {QStringLiteral("uses_passwords"), QStringLiteral("true")}})
            .state,
        Applicability::State::Applies);
    const Requirement* always = c->requirement(QStringLiteral("S1.1-05"));
    ASSERT_TRUE(always->appliesIf.isEmpty());
    EXPECT_EQ(Applicability::of(*always, {}).state, Applicability::State::Applies);
}

TEST(Applicability, UnansweredQuestionLeavesItUnknownAndNamesTheQuestion)
{
    const Requirement* r = shippedCatalogs().find(QStringLiteral("star1-common"))->requirement(QStringLiteral("S1.1-02"));
    const Applicability a = Applicability::of(*r, {{QStringLiteral("has_network_auth"), QStringLiteral("true")}});
    EXPECT_EQ(a.state, Applicability::State::Unknown);
    EXPECT_TRUE(a.applies());
    EXPECT_EQ(a.unanswered, QStringList{QStringLiteral("uses_passwords")});
}
