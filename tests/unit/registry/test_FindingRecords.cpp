#include "RegistryFixture.h"

using namespace starmark;
using namespace starmark::test;

namespace {
class FindingRecordsTest : public RegistryFixture { };
using R = SurveillanceFinding::Result;
} // namespace

TEST_P(FindingRecordsTest, RecordsSurveillanceFindingsAuditedAndInOrder)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    ASSERT_TRUE(publish(*store, camera()));
    clock.set(now.addDays(3));
    const Result<void> first = store->recordFinding({QStringLiteral("jcs-26-000002"), QStringLiteral("S1.1-01"), R::Nonconformity,
                                                        QStringLiteral("初期パスワード admin が全台共通"), {}, {}},
        QStringLiteral("検査員"));
    ASSERT_TRUE(first) << text(first.problems());
    ASSERT_TRUE(store->recordFinding(
        {QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-04"), R::Conforms, {}, {}, {}}, QStringLiteral("検査員")));

    const Result<QList<SurveillanceFinding>> all = store->findings();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(all->at(0).result, R::Nonconformity);
    EXPECT_EQ(all->at(0).note, QStringLiteral("初期パスワード admin が全台共通"));
    EXPECT_EQ(all->at(0).recordedBy, QStringLiteral("検査員"));
    EXPECT_EQ(all->at(0).recordedAt, now.addDays(3));
    EXPECT_EQ(store->findings(QStringLiteral("JCS-26-000001"))->size(), 1);
    EXPECT_EQ(store->audit()->constLast().action, QStringLiteral("record-finding"));
    EXPECT_EQ(store->audit()->constLast().detail, QStringLiteral("S1.1-04 conforms"));
}

TEST_P(FindingRecordsTest, RefusesAFindingWithoutItsFactsAndWritesNothing)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    const QByteArray before = store->fingerprint();
    const auto refused = [&](const SurveillanceFinding& f, const QString& actor) { return store->recordFinding(f, actor).problems(); };
    EXPECT_TRUE(findProblem(
        refused({QStringLiteral("JCS-26-000009"), QStringLiteral("S1.1-01"), R::Conforms, {}, {}, {}}, QStringLiteral("検査員")),
        u"registry.not-registered"));
    const Problems noNote
        = refused({QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"), R::Nonconformity, QStringLiteral(" "), {}, {}},
            QStringLiteral("検査員"));
    ASSERT_TRUE(findProblem(noNote, u"surveillance.finding-without-note")) << text(noNote);
    EXPECT_EQ(noNote.constFirst().message.text(Language::English), QStringLiteral("a nonconformity needs a note saying what was found"));
    EXPECT_TRUE(findProblem(refused({QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"), R::Conforms, {}, {}, {}}, {}),
        u"surveillance.finding-incomplete"));
    EXPECT_TRUE(
        findProblem(refused({QStringLiteral("JCS-26-000001"), QStringLiteral(" "), R::Conforms, {}, {}, {}}, QStringLiteral("検査員")),
            u"surveillance.finding-incomplete"));
    EXPECT_EQ(store->fingerprint(), before);
}

STARMARK_ON_EVERY_BACKEND(FindingRecordsTest);
