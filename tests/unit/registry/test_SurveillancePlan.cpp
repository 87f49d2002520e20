#include "labels/registry/SurveillancePlan.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

#include <algorithm>

using namespace starmark;

namespace {

const QDate asOf(2026, 11, 22);

SurveillancePlan::Candidate candidate(const QString& reg, int level, const QString& category = QStringLiteral("network-camera"))
{
    // Surveilled last month and supported for years: only level and category weigh.
    return {reg, level, category, QDate(2025, 4, 1), QDate(2031, 3, 31), 0, asOf.addMonths(-1)};
}

QList<SurveillancePlan::Candidate> population(int n)
{
    QList<SurveillancePlan::Candidate> all;
    for (int i = 0; i < n; ++i)
        all.append(candidate(QStringLiteral("JCS-26-%1").arg(i, 6, 10, QLatin1Char('0')), 1 + i % 4,
            i % 3 ? QStringLiteral("network-camera") : QStringLiteral("router")));
    return all;
}

QStringList registrations(const SurveillancePlan& plan)
{
    QStringList regs;
    for (const SurveillancePlan::Pick& p : plan.picks())
        regs << p.registration;
    return regs;
}

SurveillancePlan drawn(const QList<SurveillancePlan::Candidate>& all, const SurveillancePlan::Request& request)
{
    const Result<SurveillancePlan> plan = SurveillancePlan::draw(all, request);
    EXPECT_TRUE(plan) << plan.problems().value(0).toString(Language::English).toStdString();
    return plan ? *plan : SurveillancePlan();
}

} // namespace

TEST(SurveillancePlan, TheSameSeedRedrawsTheSameSampleWhateverTheRowOrder)
{
    QList<SurveillancePlan::Candidate> all = population(200);
    const SurveillancePlan first = drawn(all, {42, 10, asOf, {}});
    std::reverse(all.begin(), all.end());
    const SurveillancePlan again = drawn(all, {42, 10, asOf, {}});
    EXPECT_EQ(registrations(first).size(), 10);
    EXPECT_EQ(QJsonDocument(first.toJson()).toJson(), QJsonDocument(again.toJson()).toJson());
}

TEST(SurveillancePlan, AnotherSeedDrawsAnotherSample)
{
    const QList<SurveillancePlan::Candidate> all = population(200);
    const QStringList first = registrations(drawn(all, {1, 10, asOf, {}}));
    int differing = 0;
    for (quint64 seed = 2; seed < 12; ++seed)
        differing += registrations(drawn(all, {seed, 10, asOf, {}})) != first;
    EXPECT_EQ(differing, 10);
}

TEST(SurveillancePlan, APopulationChangeShowsInItsDigest)
{
    QList<SurveillancePlan::Candidate> all = population(20);
    const QByteArray before = drawn(all, {7, 3, asOf, {}}).populationDigest();
    all[5].nonconformities = 1;
    EXPECT_NE(drawn(all, {7, 3, asOf, {}}).populationDigest(), before);
    EXPECT_EQ(before.size(), 64);
}

TEST(SurveillancePlan, HeavierProductsAreDrawnInProportionToTheirWeight)
{
    // A self-declared ★1 (×3) against a lab-evaluated ★3 (×1), one drawn each
    // time: over 4,000 seeds the ★1 must be drawn about 3/4 of the time.
    const QList<SurveillancePlan::Candidate> two{candidate(QStringLiteral("A"), 1), candidate(QStringLiteral("B"), 3)};
    int heavy = 0;
    const int draws = 4000;
    for (quint64 seed = 0; seed < draws; ++seed)
        heavy += drawn(two, {seed, 1, asOf, {}}).picks().constFirst().registration == QLatin1String("A");
    EXPECT_NEAR(double(heavy) / draws, 0.75, 0.025);
}

TEST(SurveillancePlan, ReportedProductsAreAlwaysInAndComeFirst)
{
    const QList<SurveillancePlan::Candidate> all = population(50);
    for (quint64 seed = 0; seed < 20; ++seed) {
        const SurveillancePlan plan = drawn(all, {seed, 3, asOf, {QStringLiteral("JCS-26-000017")}});
        ASSERT_EQ(plan.picks().size(), 3);
        EXPECT_EQ(plan.picks().constFirst().registration, QStringLiteral("JCS-26-000017"));
        EXPECT_TRUE(plan.picks().constFirst().reported);
        EXPECT_EQ(plan.picks().constFirst().reasons.constFirst().en, QStringLiteral("in because a member of the public reported it"));
        EXPECT_EQ(registrations(plan).count(QStringLiteral("JCS-26-000017")), 1);
    }
}

TEST(SurveillancePlan, MoreReportsThanTheSizeAreAllIn)
{
    const SurveillancePlan plan = drawn(population(10), {1, 1, asOf, {QStringLiteral("JCS-26-000001"), QStringLiteral("JCS-26-000002")}});
    EXPECT_EQ(registrations(plan), (QStringList{QStringLiteral("JCS-26-000001"), QStringLiteral("JCS-26-000002")}));
}

TEST(SurveillancePlan, ASampleLargerThanThePopulationTakesEveryone)
{
    EXPECT_EQ(drawn(population(4), {1, 10, asOf, {}}).picks().size(), 4);
}

TEST(SurveillancePlan, RefusesWhatCannotBeDrawn)
{
    const Problems none = SurveillancePlan::draw(population(4), {1, 0, asOf, {}}).problems();
    ASSERT_TRUE(findProblem(none, u"surveillance.sample-too-small"));
    EXPECT_EQ(none.constFirst().message.text(Language::English), QStringLiteral("the sample size must be at least 1 (got 0)"));
    EXPECT_EQ(none.constFirst().message.text(Language::Japanese), QStringLiteral("抽出数は1以上でなければなりません（指定は0）"));
    const Problems unknown = SurveillancePlan::draw(population(4), {1, 2, asOf, {QStringLiteral("JCS-99-999999")}}).problems();
    ASSERT_TRUE(findProblem(unknown, u"surveillance.reported-not-in-population"));
    EXPECT_EQ(unknown.constFirst().message.text(Language::English),
        QStringLiteral("JCS-99-999999 was reported but is not among the 4 products with a valid label"));
    EXPECT_TRUE(findProblem(SurveillancePlan::draw(population(4), {1, 2, QDate(), {}}).problems(), u"surveillance.no-date"));
    EXPECT_TRUE(findProblem(SurveillancePlan::draw(population(4), {1, 2, asOf, {QStringLiteral("'; DROP TABLE x")}}).problems(),
        u"surveillance.not-a-registration-number"));
}

TEST(SurveillancePlan, EachWeightFactorStartsAtItsBoundary)
{
    SurveillancePlan::Candidate c = candidate(QStringLiteral("X"), 3);
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.0);
    c.level = 2;
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 3.0);
    c.level = 3;

    c.lastSurveilled = asOf.addDays(-365);
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.0);
    c.lastSurveilled = asOf.addDays(-366);
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.5);
    c.lastSurveilled.reset();
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.5);
    c.lastSurveilled = asOf;

    c.supportUntil = asOf.addDays(366);
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.0);
    c.supportUntil = asOf.addDays(365);
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.25);
    c.supportUntil = asOf;
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.25);
    c.supportUntil = asOf.addDays(-1); // ended: the support promise is no longer open
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, nullptr), 1.0);

    c.nonconformities = 2;
    c.category = QStringLiteral("router");
    QList<LocalizedText> reasons;
    EXPECT_DOUBLE_EQ(SurveillancePlan::weigh(c, asOf, &reasons), 4.5);
    ASSERT_EQ(reasons.size(), 2);
    EXPECT_EQ(reasons[0].ja, QStringLiteral("過去の不適合 2 件 ×3"));
    EXPECT_EQ(reasons[1].en, QStringLiteral("router, at the edge of the internet ×1.5"));
}

TEST(SurveillancePlan, JsonRoundTripsEvenTheLargestSeed)
{
    const SurveillancePlan plan = drawn(population(30), {~quint64(0), 5, asOf, {QStringLiteral("JCS-26-000003")}});
    const Result<SurveillancePlan> back = SurveillancePlan::fromJson(plan.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->request().seed, ~quint64(0));
    EXPECT_EQ(QJsonDocument(back->toJson()).toJson(), QJsonDocument(plan.toJson()).toJson());
}

TEST(SurveillancePlan, JsonThatIsNotAPlanNamesTheKey)
{
    QJsonObject json = drawn(population(5), {1, 2, asOf, {}}).toJson();
    json.insert(QStringLiteral("seed"), 12);
    const Problems seed = SurveillancePlan::fromJson(json, QStringLiteral("plan.json")).problems();
    ASSERT_TRUE(findProblem(seed, u"surveillance.plan-invalid"));
    EXPECT_EQ(seed.constFirst().key, QStringLiteral("seed"));
    EXPECT_EQ(seed.constFirst().where.file, QStringLiteral("plan.json"));
    EXPECT_EQ(seed.constFirst().severity, Problem::Severity::Unusable);
    EXPECT_EQ(seed.constFirst().toString(Language::English), QStringLiteral("plan.json: seed: must be a whole number written as a string"));
    const Problems format = SurveillancePlan::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}).problems();
    ASSERT_FALSE(format.isEmpty());
    EXPECT_EQ(format.constFirst().key, QStringLiteral("format"));
}
