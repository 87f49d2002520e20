#include "RegistryFixture.h"

#include "labels/registry/LogProof.h"
#include "labels/registry/MerkleTree.h"
#include "labels/registry/Publication.h"
#include "labels/registry/SignedJson.h"
#include "labels/registry/SignedTreeHead.h"
#include "labels/registry/TransparencyLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace starmark;
using namespace starmark::test;

namespace {

class TransparencyLogTest : public RegistryFixture {
protected:
    // Two cameras, a firmware revision of the first with a longer support period, a revocation of the second.
    void history(RegistryStore& store)
    {
        ASSERT_TRUE(publish(store, camera()));
        ASSERT_TRUE(publish(store, camera()));
        ProductFacts update = camera();
        update.firmware = QStringLiteral("1.3.0");
        update.supportUntil = QDate(2032, 3, 31);
        const Result<RegisteredProduct> revised
            = Publication(store, key, clock).reviseFacts(QStringLiteral("JCS-26-000001"), update, QDate(2028, 11, 21), {}, QStringLiteral("鈴木"));
        ASSERT_TRUE(revised) << text(revised.problems());
        ASSERT_TRUE(store.revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("虚偽の宣言"), QStringLiteral("佐藤")));
    }
    SignedTreeHead head(const RegistryStore& store)
    {
        const Result<SignedTreeHead> h = SignedTreeHead::of(store.log(), key, clock.now());
        EXPECT_TRUE(h) << text(h.problems());
        // Through its signed document, as a verifier holds it.
        return *SignedTreeHead::read(h->sealed(key), key, QStringLiteral("sth.json"));
    }
    static QByteArray bytes(const QJsonObject& o) { return QJsonDocument(o).toJson(); }
};

} // namespace

TEST_P(TransparencyLogTest, EveryRegistrationRevisionAndRevocationIsOneEntryAndNothingElseIs)
{
    auto store = open();
    ASSERT_TRUE(store);
    history(*store);
    ASSERT_TRUE(store->addStaffToken(QStringLiteral("田中"), QStringLiteral("admin")));
    EXPECT_FALSE(store->revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("again"), QStringLiteral("佐藤")));
    EXPECT_EQ(*store->log().size(), 4);
    const Result<QList<TransparencyLog::Entry>> entries = store->log().entries(0, 1000);
    ASSERT_TRUE(entries) << text(entries.problems());
    ASSERT_EQ(entries->size(), 4);
    QStringList actions;
    for (const TransparencyLog::Entry& e : *entries)
        actions << QJsonDocument::fromJson(e.entry).object().value(QStringLiteral("action")).toString();
    EXPECT_EQ(actions, (QStringList{"register", "register", "add-revision", "revoke"}));
    const QJsonObject revision = QJsonDocument::fromJson(entries->at(2).entry).object();
    EXPECT_EQ(revision.value(QStringLiteral("revision")).toObject().value(QStringLiteral("support_until")).toString(),
        QStringLiteral("2032-03-31"));
    EXPECT_EQ(revision.value(QStringLiteral("revision")).toObject().value(QStringLiteral("firmware")).toString(), QStringLiteral("1.3.0"));
    const QJsonObject revoked = QJsonDocument::fromJson(entries->at(3).entry).object();
    EXPECT_EQ(revoked.value(QStringLiteral("revocation_reason")).toString(), QStringLiteral("虚偽の宣言"));
    // The public log names no member of staff.
    for (const TransparencyLog::Entry& e : *entries) {
        EXPECT_FALSE(e.entry.contains("鈴木")) << e.entry.toStdString();
        EXPECT_FALSE(e.entry.contains("佐藤")) << e.entry.toStdString();
        EXPECT_EQ(e.entry, SignedJson::canonical(QJsonDocument::fromJson(e.entry).object()));
    }
}

TEST_P(TransparencyLogTest, ARefusedWriteAppendsNoEntry)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    ProductFacts other = camera();
    other.model = QStringLiteral("SC-200"); // another product under the same registration: refused
    EXPECT_FALSE(
        Publication(*store, key, clock).reviseFacts(QStringLiteral("JCS-26-000001"), other, QDate(2028, 11, 21), {}, QStringLiteral("鈴木")));
    EXPECT_EQ(*store->log().size(), 1);
    EXPECT_EQ(*raw(QStringLiteral("SELECT COUNT(*) FROM transparency_log")), (QStringList{"1", "", "", "", "", "", "", ""}));
}

TEST_P(TransparencyLogTest, EveryEntryProvesItsInclusionAndEveryHeadExtendsTheEarlierOnes)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    const SignedTreeHead first = head(*store);
    history(*store);
    const SignedTreeHead last = head(*store);
    ASSERT_EQ(last.treeSize(), 5);
    EXPECT_EQ(last.rootHash(), MerkleTree::root(*store->log().leafHashes(), 5));
    for (qint64 i = 0; i < 5; ++i) {
        const Result<QJsonObject> proof = LogProof::inclusion(store->log(), i, 5);
        ASSERT_TRUE(proof) << text(proof.problems());
        const Result<QJsonObject> entry = LogProof::checkInclusion(bytes(*proof), last, QStringLiteral("proof.json"));
        ASSERT_TRUE(entry) << text(entry.problems());
        EXPECT_EQ(entry->value(QStringLiteral("registration")).toString().left(4), QStringLiteral("JCS-"));
        // Found by its hash, as a verifier asks who holds only the entry.
        const QByteArray hash = QByteArray::fromHex(proof->value(QStringLiteral("leaf_hash")).toString().toLatin1());
        EXPECT_EQ(LogProof::inclusionOf(store->log(), hash, 5)->value(QStringLiteral("leaf_index")).toInteger(), i);
    }
    const Result<QJsonObject> consistency = LogProof::consistency(store->log(), 1, 5);
    ASSERT_TRUE(consistency) << text(consistency.problems());
    EXPECT_TRUE(LogProof::checkConsistency(bytes(*consistency), first, last, QStringLiteral("consistency.json")));
    // A proof for other sizes than the heads' does not go with them.
    const Result<void> mismatched = LogProof::checkConsistency(bytes(*LogProof::consistency(store->log(), 2, 5)), first, last, {});
    EXPECT_TRUE(findProblem(mismatched.problems(), u"log.proof-for-other-tree"));
}

// A member of staff with the database rewrites the first registration (its model) after a
// verifier kept a signed head. Only the entry: the registry refuses to serve it. The entry
// and its leaf hash: the log's answers can no longer be reconciled with the head kept.
TEST_P(TransparencyLogTest, ARewrittenEntryBreaksTheProofsAgainstTheHeadSignedBefore)
{
    auto store = open();
    ASSERT_TRUE(store);
    history(*store);
    const SignedTreeHead kept = head(*store);
    const QByteArray keptProof = bytes(*LogProof::inclusion(store->log(), 0, 4));
    const QByteArray original = store->log().entries(0, 0)->constFirst().entry;
    QByteArray rewritten = original;
    rewritten.replace("\"SC-100\"", "\"SC-999\"");
    ASSERT_NE(rewritten, original);
    ASSERT_TRUE(raw(QStringLiteral("UPDATE transparency_log SET entry = '%1' WHERE idx = 0").arg(QString::fromUtf8(rewritten))));
    for (const Problems& problems : {LogProof::inclusion(store->log(), 0, 4).problems(), store->log().entries(0, 3).problems()}) {
        const Problem* p = findProblem(problems, u"log.entry-rewritten");
        ASSERT_TRUE(p) << text(problems);
        EXPECT_EQ(p->severity, Problem::Severity::Unusable);
    }
    ASSERT_TRUE(raw(QStringLiteral("UPDATE transparency_log SET leaf_hash = '%1' WHERE idx = 0")
                        .arg(QString::fromLatin1(MerkleTree::leafHash(rewritten).toHex()))));
    const SignedTreeHead now = head(*store);
    ASSERT_EQ(now.treeSize(), kept.treeSize());
    EXPECT_NE(now.rootHash(), kept.rootHash());
    // The rewritten entry, with the proof the log gives now, is not in the tree the verifier kept.
    const Result<QJsonObject> included = LogProof::checkInclusion(bytes(*LogProof::inclusion(store->log(), 0, 4)), kept, {});
    const Problem* p = findProblem(included.problems(), u"log.not-included");
    ASSERT_TRUE(p) << text(included.problems());
    EXPECT_EQ(p->severity, Problem::Severity::Invalid);
    // And the head signed now does not extend the one kept.
    const Result<void> consistent = LogProof::checkConsistency(bytes(*LogProof::consistency(store->log(), 4, 4)), kept, now, {});
    EXPECT_TRUE(findProblem(consistent.problems(), u"log.not-consistent")) << text(consistent.problems());
    // The proof kept from before still shows the original entry in the original tree.
    EXPECT_TRUE(LogProof::checkInclusion(keptProof, kept, {}));
    // The original entry, pasted into the proof of the rewritten log, does not pass either.
    QJsonObject spliced = *LogProof::inclusion(store->log(), 0, 4);
    spliced.insert(QStringLiteral("entry"), QString::fromUtf8(original));
    EXPECT_TRUE(findProblem(LogProof::checkInclusion(bytes(spliced), now, {}).problems(), u"log.not-included"));
}

TEST_P(TransparencyLogTest, ARemovedEntryIsNamedNotPassedOver)
{
    auto store = open();
    ASSERT_TRUE(store);
    history(*store);
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM transparency_log WHERE idx = 1")));
    const Result<SignedTreeHead> h = SignedTreeHead::of(store->log(), key, clock.now());
    EXPECT_TRUE(findProblem(h.problems(), u"log.entries-missing")) << text(h.problems());
}

TEST_P(TransparencyLogTest, AnswersAreBoundedAndTreesLargerThanTheLogRefused)
{
    auto store = open();
    ASSERT_TRUE(store);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(publish(*store, camera()));
    EXPECT_EQ(store->log().entries(1, std::numeric_limits<qint64>::max())->size(), 2);
    EXPECT_TRUE(findProblem(store->log().entries(3, 4).problems(), u"log.bad-range"));
    EXPECT_TRUE(findProblem(store->log().entries(2, 1).problems(), u"log.bad-range"));
    for (const Problems& problems : {LogProof::inclusion(store->log(), 0, 4).problems(), LogProof::consistency(store->log(), 1, 4).problems(),
             LogProof::inclusionOf(store->log(), MerkleTree::leafHash("x"), 4).problems()}) {
        const Problem* p = findProblem(problems, u"log.tree-size-too-large");
        ASSERT_TRUE(p) << text(problems);
        EXPECT_EQ(p->severity, Problem::Severity::Unusable);
    }
    EXPECT_TRUE(findProblem(LogProof::inclusion(store->log(), 3, 3).problems(), u"log.bad-range"));
    EXPECT_TRUE(findProblem(LogProof::consistency(store->log(), 0, 3).problems(), u"log.bad-range"));
    EXPECT_TRUE(findProblem(LogProof::inclusionOf(store->log(), MerkleTree::leafHash("x"), 3).problems(), u"log.unknown-leaf"));
}

TEST_P(TransparencyLogTest, AHeadSignedByAnotherKeyOrAlteredIsRefused)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(publish(*store, camera()));
    const Result<SignedTreeHead> h = SignedTreeHead::of(store->log(), key, clock.now());
    ASSERT_TRUE(h);
    const IssuerKey other = IssuerKey::generate();
    EXPECT_TRUE(findProblem(SignedTreeHead::read(h->sealed(other), key, {}).problems(), u"registry.signed-by-other-key"));
    QByteArray altered = h->sealed(key);
    altered.replace("\"tree_size\":1", "\"tree_size\":0");
    EXPECT_TRUE(findProblem(SignedTreeHead::read(altered, key, {}).problems(), u"registry.bad-signature"));
}

STARMARK_ON_EVERY_BACKEND(TransparencyLogTest);
