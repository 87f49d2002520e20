#include "RegistryFixture.h"

#include "criteria/CatalogLibrary.h"
#include "labels/registry/Publication.h"
#include "labels/registry/SurveillanceRound.h"

#include <QJsonArray>

using namespace starmark;
using namespace starmark::test;

namespace {

using R = SurveillanceFinding::Result;

class SurveillanceRoundTest : public RegistryFixture {
protected:
    // Three products: the second revoked, the third's label expired by 2029.
    std::unique_ptr<RegistryStore> registry()
    {
        auto store = open();
        EXPECT_TRUE(store);
        if (!store)
            return store;
        EXPECT_TRUE(publish(*store, camera()));
        EXPECT_TRUE(publish(*store, camera()));
        EXPECT_TRUE(Publication(*store, key, clock).registerFacts(camera(), QDate(2027, 1, 31), QStringLiteral("鈴木")));
        EXPECT_TRUE(store->revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("withdrawn"), QStringLiteral("佐藤")));
        return store;
    }
    SurveillanceRound::Check check(
        const char* registration, const char* requirement, R result, const char* note = "", const char* revoke = "")
    {
        return {{QString::fromUtf8(registration), QString::fromUtf8(requirement), result, QString::fromUtf8(note), {}, {}},
            QStringLiteral("検査員 山田"), QString::fromUtf8(revoke)};
    }

    CatalogLibrary catalogs = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
};

} // namespace

TEST_P(SurveillanceRoundTest, DrawsOnlyFromLabelsInForce)
{
    auto store = registry();
    ASSERT_TRUE(store);
    SurveillanceRound round(*store);
    const Result<QList<SurveillancePlan::Candidate>> today = round.population(QDate(2026, 11, 22));
    ASSERT_TRUE(today) << text(today.problems());
    ASSERT_EQ(today->size(), 2) << "the revoked one is out";
    EXPECT_EQ(today->at(1).registration, QStringLiteral("JCS-26-000003"));
    EXPECT_EQ(round.population(QDate(2027, 6, 1))->size(), 1) << "and so is an expired one";
    const Problems reportedRevoked = round.plan({7, 1, QDate(2026, 11, 22), {QStringLiteral("JCS-26-000002")}}).problems();
    EXPECT_TRUE(findProblem(reportedRevoked, u"surveillance.reported-not-in-population")) << text(reportedRevoked);
    const Problems malformed = round.plan({7, 1, QDate(2026, 11, 22), {QStringLiteral("JCS-26-1' OR '1'='1")}}).problems();
    EXPECT_TRUE(findProblem(malformed, u"surveillance.not-a-registration-number")) << text(malformed);
}

TEST_P(SurveillanceRoundTest, ChecksTheRequirementAgainstTheProductsCatalogsBeforeWriting)
{
    auto store = registry();
    ASSERT_TRUE(store);
    SurveillanceRound round(*store);
    const QByteArray before = store->fingerprint();
    const Problems unknown = round.record(check("JCS-26-000001", "S9.9-99", R::Conforms), catalogs).problems();
    ASSERT_TRUE(findProblem(unknown, u"surveillance.unknown-requirement")) << text(unknown);
    EXPECT_EQ(unknown.constFirst().severity, Problem::Severity::Unusable);
    EXPECT_TRUE(findProblem(
        round.record(check("JCS-26-000001", "S3.RT-02", R::Conforms), catalogs).problems(), u"surveillance.unknown-requirement"))
        << "a ★3 requirement is not one of a ★1 product";
    EXPECT_TRUE(findProblem(
        round.record(check("JCS-26-000001", "S1.1-01", R::Conforms), CatalogLibrary::load({dir.filePath(QStringLiteral("no-catalogs"))}))
            .problems(),
        u"surveillance.no-catalog"));
    EXPECT_TRUE(findProblem(round.record(check("JCS-26-000009", "S1.1-01", R::Conforms), catalogs).problems(), u"registry.not-registered"));
    EXPECT_TRUE(findProblem(
        round.record(check("../etc/passwd", "S1.1-01", R::Conforms), catalogs).problems(), u"surveillance.not-a-registration-number"));
    EXPECT_TRUE(findProblem(round.record(check("JCS-26-000001", "S1.1-01", R::Conforms, "", "no reason to"), catalogs).problems(),
        u"surveillance.revocation-needs-nonconformity"));
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(SurveillanceRoundTest, ANonconformityRevokesAndTheReportGathersWhatTheRoundFound)
{
    auto store = registry();
    ASSERT_TRUE(store);
    SurveillanceRound round(*store);
    const Result<SurveillancePlan> plan = round.plan({42, 2, QDate(2026, 11, 22), {}});
    ASSERT_TRUE(plan) << text(plan.problems());
    ASSERT_EQ(plan->picks().size(), 2);
    const Result<void> recorded
        = round.record(check("jcs-26-000003", "S1.1-01", R::Nonconformity, "初期パスワード共通", "S1.1-01 不適合"), catalogs);
    ASSERT_TRUE(recorded) << text(recorded.problems());
    EXPECT_EQ(store->find(QStringLiteral("JCS-26-000003"))->status(QDate(2026, 11, 22)), RegisteredProduct::Status::Revoked);

    const Result<QList<SurveillanceReport::Product>> products = round.findingsOf(*plan);
    ASSERT_TRUE(products) << text(products.problems());
    ASSERT_EQ(products->size(), 2);
    for (const SurveillanceReport::Product& p : *products) {
        if (p.registration == QLatin1String("JCS-26-000003")) {
            ASSERT_EQ(p.findings.size(), 1);
            EXPECT_EQ(p.findings[0].note, QStringLiteral("初期パスワード共通"));
            EXPECT_EQ(p.revocation, QStringLiteral("S1.1-01 不適合"));
        } else {
            EXPECT_TRUE(p.findings.isEmpty());
        }
    }
}

TEST_P(SurveillanceRoundTest, APlanFromAnotherRegistryIsRefused)
{
    auto store = registry();
    ASSERT_TRUE(store);
    QJsonObject foreign = SurveillanceRound(*store).plan({42, 1, QDate(2026, 11, 22), {}})->toJson();
    QJsonArray picks{QJsonObject{{QStringLiteral("registration"), QStringLiteral("JCS-26-000777")}}};
    foreign.insert(QStringLiteral("picks"), picks);
    const Result<SurveillancePlan> plan = SurveillancePlan::fromJson(foreign);
    ASSERT_TRUE(plan) << text(plan.problems());
    const Problems problems = SurveillanceRound(*store).findingsOf(*plan).problems();
    EXPECT_TRUE(findProblem(problems, u"surveillance.plan-from-elsewhere")) << text(problems);
}

STARMARK_ON_EVERY_BACKEND(SurveillanceRoundTest);
