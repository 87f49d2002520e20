#include "RegistryFixture.h"

#include "labels/registry/RevocationList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace starmark;
using namespace starmark::test;

namespace {

class RevocationListTest : public RegistryFixture {
protected:
    // Three cameras, the second revoked two days on: the list a verifier downloads on day three.
    QByteArray issued(RegistryStore& store, const IssuerKey& signer)
    {
        for (int i = 0; i < 3; ++i)
            EXPECT_TRUE(publish(store, camera()));
        clock.set(now.addDays(2));
        EXPECT_TRUE(store.revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("虚偽の宣言"), QStringLiteral("佐藤")));
        const Result<RevocationList> list = RevocationList::of(store, key, now.addDays(3));
        EXPECT_TRUE(list) << text(list.problems());
        return list ? list->sealed(signer) : QByteArray();
    }
};

} // namespace

TEST_P(RevocationListTest, ListsTheRevokedLabelsOnlyWithWhenAndWhyAndHowLongItHolds)
{
    auto store = open();
    ASSERT_TRUE(store);
    const Result<RevocationList> read = RevocationList::read(issued(*store, key), key, now.addDays(3).addSecs(3600), QStringLiteral("list.json"));
    ASSERT_TRUE(read) << text(read.problems());
    ASSERT_EQ(read->entries().size(), 1);
    EXPECT_EQ(read->entries()[0].registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(read->entries()[0].revokedAt, now.addDays(2));
    EXPECT_EQ(read->entries()[0].reason, QStringLiteral("虚偽の宣言"));
    EXPECT_TRUE(read->find(QStringLiteral("jcs-26-000002")));
    EXPECT_FALSE(read->find(QStringLiteral("JCS-26-000001")));
    EXPECT_EQ(read->sequence(), 1);
    EXPECT_EQ(read->thisUpdate(), now.addDays(3));
    EXPECT_EQ(read->nextUpdate(), now.addDays(4));
    const QJsonObject json = read->toJson();
    EXPECT_EQ(json.value(QStringLiteral("issuer")).toString(), QString::fromLatin1(key.spkiSha256().toHex()));
    EXPECT_EQ(json.value(QStringLiteral("this_update")).toString(), QStringLiteral("2026-11-25T09:00:00Z"));
    EXPECT_EQ(json.value(QStringLiteral("next_update")).toString(), QStringLiteral("2026-11-26T09:00:00Z"));
    EXPECT_EQ(json.value(QStringLiteral("revoked")).toArray().at(0).toObject().value(QStringLiteral("revoked_at")).toString(),
        QStringLiteral("2026-11-24T09:00:00Z"));
}

TEST_P(RevocationListTest, TheSequenceRisesWithEveryRevocationAndOnlyThen)
{
    auto store = open();
    ASSERT_TRUE(store);
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(publish(*store, camera()));
    EXPECT_EQ(*store->revocationSequence(), 0);
    ASSERT_TRUE(store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("r"), QStringLiteral("佐藤")));
    EXPECT_FALSE(store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("again"), QStringLiteral("佐藤")));
    EXPECT_EQ(*store->revocationSequence(), 1);
    ASSERT_TRUE(store->revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("r"), QStringLiteral("佐藤")));
    EXPECT_EQ(RevocationList::of(*store, key, now)->sequence(), 2);
}

// A dishonest party with the file: a reason softened, a date moved, a revocation dropped.
TEST_P(RevocationListTest, AListWithAnyByteOfItsContentChangedIsRefused)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray genuine = issued(*store, key);
    for (const auto& [from, to] : QList<std::pair<QByteArray, QByteArray>>{{"2026-11-24T09", "2026-11-24T08"},
             {"JCS-26-000002", "JCS-26-000003"}, {"\"sequence\":1", "\"sequence\":7"}, {"2026-11-26T09", "2026-12-26T09"}}) {
        QByteArray altered = genuine;
        ASSERT_TRUE(altered.contains(from)) << from.toStdString();
        altered.replace(from, to);
        const Result<RevocationList> read = RevocationList::read(altered, key, now.addDays(3), QStringLiteral("list.json"));
        ASSERT_FALSE(read) << from.toStdString();
        const Problem* bad = findProblem(read.problems(), u"registry.bad-signature");
        ASSERT_TRUE(bad) << text(read.problems());
        EXPECT_EQ(bad->severity, Problem::Severity::Unusable);
        EXPECT_EQ(bad->where.file, QStringLiteral("list.json"));
    }
    QByteArray dropped = genuine;
    dropped.replace(dropped.indexOf("{\"reason\""), dropped.indexOf('}', dropped.indexOf("{\"reason\"")) + 1 - dropped.indexOf("{\"reason\""), "");
    EXPECT_TRUE(findProblem(RevocationList::read(dropped, key, now.addDays(3), {}).problems(), u"registry.bad-signature"));
    EXPECT_TRUE(findProblem(RevocationList::read("not json", key, now.addDays(3), {}).problems(), u"registry.signed-unreadable"));
}

TEST_P(RevocationListTest, AStaleListIsRefusedWithItsDates)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray list = issued(*store, key);
    EXPECT_TRUE(RevocationList::read(list, key, now.addDays(4), {}));
    const Result<RevocationList> stale = RevocationList::read(list, key, now.addDays(4).addSecs(1), QStringLiteral("list.json"));
    const Problem* p = findProblem(stale.problems(), u"registry.revocations-stale");
    ASSERT_TRUE(p) << text(stale.problems());
    EXPECT_EQ(p->severity, Problem::Severity::Unusable);
    EXPECT_TRUE(p->message.text(Language::English).contains(QStringLiteral("2026-11-26T09:00:00Z")));
    EXPECT_TRUE(p->message.text(Language::Japanese).contains(QStringLiteral("2026-11-26T09:00:00Z")));
    EXPECT_NE(p->message.text(Language::Japanese), p->message.text(Language::English));
}

// Another key's list, and a forger who names the issuer's key in the header but signs with his own.
TEST_P(RevocationListTest, AListSignedByAnotherKeyIsRefused)
{
    auto store = open();
    ASSERT_TRUE(store);
    const IssuerKey other = IssuerKey::generate();
    const Result<RevocationList> foreign = RevocationList::read(issued(*store, other), key, now.addDays(3), {});
    EXPECT_TRUE(findProblem(foreign.problems(), u"registry.signed-by-other-key")) << text(foreign.problems());
    const QByteArray genuine = RevocationList::of(*store, key, now.addDays(3))->sealed(key);
    const QByteArray forged = RevocationList::of(*store, key, now.addDays(3))->sealed(other);
    QJsonObject f = QJsonDocument::fromJson(forged).object();
    const QString otherSignature = f.value(QStringLiteral("signature")).toString().section(QLatin1Char('.'), 2);
    const QString genuineHeader = QJsonDocument::fromJson(genuine).object().value(QStringLiteral("signature")).toString().section(QLatin1Char('.'), 0, 0);
    f.insert(QStringLiteral("signature"), genuineHeader + QStringLiteral("..") + otherSignature);
    const Result<RevocationList> read = RevocationList::read(QJsonDocument(f).toJson(), key, now.addDays(3), {});
    EXPECT_TRUE(findProblem(read.problems(), u"registry.bad-signature")) << text(read.problems());
}

TEST_P(RevocationListTest, AnOlderListReplayedAfterANewerOneIsRefusedAndTheRecordKept)
{
    auto store = open();
    ASSERT_TRUE(store);
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(publish(*store, camera()));
    ASSERT_TRUE(store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("r"), QStringLiteral("佐藤")));
    const QByteArray older = RevocationList::of(*store, key, now)->sealed(key);
    ASSERT_TRUE(store->revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("r"), QStringLiteral("佐藤")));
    const QByteArray newer = RevocationList::of(*store, key, now)->sealed(key);
    const QString state = dir.filePath(QStringLiteral("seen.json"));
    ASSERT_TRUE(RevocationList::read(newer, key, now, {})->checkAndRecordSequence(state));
    QFile file(state);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    file.close();
    EXPECT_TRUE(RevocationList::read(newer, key, now, {})->checkAndRecordSequence(state)); // the same list again is fine
    const Result<void> replayed = RevocationList::read(older, key, now, {})->checkAndRecordSequence(state);
    const Problem* p = findProblem(replayed.problems(), u"registry.revocations-rolled-back");
    ASSERT_TRUE(p) << text(replayed.problems());
    EXPECT_EQ(p->severity, Problem::Severity::Unusable);
    EXPECT_TRUE(p->message.text(Language::English).contains(QStringLiteral("sequence 1")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), recorded);
}

STARMARK_ON_EVERY_BACKEND(RevocationListTest);
