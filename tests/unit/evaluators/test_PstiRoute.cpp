#include "Fixtures.h"

#include "evaluators/Outcome.h"
#include "evaluators/PstiRoute.h"
#include "evaluators/ResultRules.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const QStringList covered = {QStringLiteral("S1.1-02"), QStringLiteral("S1.1-05"), QStringLiteral("S1.1-16")};

// The camera demo on the PSTI route: the three covered rows carry no ticked item,
// only the statement of compliance as evidence.
Assessment onTheRoute()
{
    Assessment a = demoAssessment("camera-star1");
    a.profile[QStringLiteral("psti_route")] = QStringLiteral("true");
    for (const QString& id : covered) {
        Assessment::Result& r = a.results[id];
        r.items.clear();
        r.rationale = QStringLiteral("PSTI statement of compliance, published at https://miraisense.example/psti");
        r.evidence = {{QStringLiteral("evidence/psti-statement.pdf"), QByteArray(64, 'a'), 1000, {}}};
    }
    return a;
}

QList<ResultRules::Problem> problemsOf(const Assessment& a, const QString& id)
{
    const Requirement* r = chainOf(a.catalog).constFirst()->requirement(id);
    return ResultRules::check(*r, a.results.value(id), a.mode, Applicability::of(*r, a.profile));
}

} // namespace

TEST(PstiRoute, TheStarOneCatalogSaysWhichRequirementsItCovers)
{
    const PstiRoute route(chainOf(QStringLiteral("jc-star/star1-common")));
    ASSERT_TRUE(route.exists());
    EXPECT_EQ(route.covered(), covered);
    for (const QString& id : covered)
        EXPECT_TRUE(route.covers(id)) << id.toStdString();
    EXPECT_FALSE(route.covers(QStringLiteral("S1.1-01")));
    EXPECT_FALSE(route.covers(QStringLiteral("S1.1-09")));
    EXPECT_FALSE(route.evidence().ja.isEmpty());
    EXPECT_FALSE(route.evidence().en.isEmpty());
    // A ★3 chain inherits the ★1 route.
    EXPECT_TRUE(PstiRoute(chainOf(QStringLiteral("jc-star/star3-router"))).covers(QStringLiteral("S1.1-05")));
}

TEST(PstiRoute, AppliesOnlyWhenTheProfileSaysYes)
{
    const PstiRoute route(chainOf(QStringLiteral("jc-star/star1-common")));
    Assessment a = demoAssessment("camera-star1");
    EXPECT_FALSE(route.applies(a)); // the demo answers no
    a.profile.remove(QStringLiteral("psti_route"));
    EXPECT_FALSE(route.applies(a)); // unanswered is not yes
    a.profile[QStringLiteral("psti_route")] = QStringLiteral("yes"); // not the stored spelling of a yes
    EXPECT_FALSE(route.applies(a));
    a.profile[QStringLiteral("psti_route")] = QStringLiteral("true");
    EXPECT_TRUE(route.applies(a));
    EXPECT_FALSE(PstiRoute(QList<const Catalog*>{}).applies(a));
}

TEST(PstiRoute, ACoveredRequirementPassesOnTheStatementOfComplianceAndReachesStarOne)
{
    const Assessment a = onTheRoute();
    for (const QString& id : covered)
        EXPECT_TRUE(problemsOf(a, id).isEmpty()) << id.toStdString() << ": " << problemsOf(a, id).value(0).message.toStdString();
    const Outcome o = Outcome::of(a, chainOf(a.catalog));
    EXPECT_EQ(o.achieved, 1);
    EXPECT_TRUE(o.gaps.isEmpty());
}

// A manufacturer who answers yes to skip three rows, but has no statement to show.
TEST(PstiRoute, APassOnTheRouteWithoutTheStatementIsRefused)
{
    Assessment a = onTheRoute();
    a.results[QStringLiteral("S1.1-05")].evidence.clear();
    const QList<ResultRules::Problem> problems = problemsOf(a, QStringLiteral("S1.1-05"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("evidence"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("S1.1-05")));
    EXPECT_TRUE(ResultRules::needsAttention(*chainOf(a.catalog).constFirst()->requirement(QStringLiteral("S1.1-05")),
        a.results.value(QStringLiteral("S1.1-05")), a.mode, Applicability::of(*chainOf(a.catalog).constFirst()->requirement(QStringLiteral("S1.1-05")), a.profile)));
}

// The route stands for its three rows, not for any other.
TEST(PstiRoute, TheRouteDoesNotExcuseAnUncoveredRequirement)
{
    Assessment a = onTheRoute();
    Assessment::Result& s01 = a.results[QStringLiteral("S1.1-01")];
    s01.items.clear();
    s01.evidence = a.results.value(QStringLiteral("S1.1-02")).evidence;
    const QList<ResultRules::Problem> problems = problemsOf(a, QStringLiteral("S1.1-01"));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("items"));
}

// Without the route, the covered rows are judged on their items as before.
TEST(PstiRoute, OffTheRouteTheCoveredRowsNeedTheirItems)
{
    Assessment a = onTheRoute();
    a.profile[QStringLiteral("psti_route")] = QStringLiteral("false");
    for (const QString& id : covered) {
        const QList<ResultRules::Problem> problems = problemsOf(a, id);
        ASSERT_EQ(problems.size(), 1) << id.toStdString();
        EXPECT_EQ(problems[0].field, QStringLiteral("items")) << id.toStdString();
    }
}
