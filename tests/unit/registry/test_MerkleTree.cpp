// The log's hashing against the Certificate Transparency reference vectors (the eight
// leaves of RFC 6962's test suite, as Google's and Trillian's merkle tests carry them),
// and every proof of every small tree against its verifier, honest and tampered.
#include "labels/registry/MerkleTree.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

QList<QByteArray> hexes(std::initializer_list<const char*> texts)
{
    QList<QByteArray> out;
    for (const char* t : texts)
        out.append(hex(t));
    return out;
}

QList<QByteArray> referenceLeaves()
{
    QList<QByteArray> leaves;
    for (const char* input : {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"})
        leaves.append(MerkleTree::leafHash(hex(input)));
    return leaves;
}

const char* referenceRoots[] = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

QByteArray flipped(QByteArray hash)
{
    hash[0] = char(hash[0] ^ 0x01);
    return hash;
}

} // namespace

TEST(MerkleTree, GivesTheReferenceRootOfEverySize)
{
    const QList<QByteArray> leaves = referenceLeaves();
    for (qint64 size = 0; size <= 8; ++size)
        EXPECT_EQ(MerkleTree::root(leaves, size).toHex(), QByteArray(referenceRoots[size])) << size;
}

TEST(MerkleTree, GivesAndAcceptsTheReferenceInclusionProofs)
{
    const QList<QByteArray> leaves = referenceLeaves();
    struct Vector {
        qint64 index, size;
        QList<QByteArray> proof;
    };
    const QList<Vector> vectors{
        {0, 8, hexes({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                   "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                   "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"})},
        {5, 8, hexes({"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                   "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                   "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"})},
        {2, 3, hexes({"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"})},
        {1, 5, hexes({"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                   "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                   "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"})},
    };
    for (const Vector& v : vectors) {
        EXPECT_EQ(MerkleTree::inclusionProof(leaves, v.index, v.size), v.proof) << v.index << "/" << v.size;
        EXPECT_TRUE(MerkleTree::verifyInclusion(v.index, v.size, leaves[v.index], v.proof, hex(referenceRoots[v.size])));
        EXPECT_FALSE(MerkleTree::verifyInclusion(v.index, v.size, leaves[v.index], v.proof, hex(referenceRoots[v.size - 1])));
        EXPECT_FALSE(MerkleTree::verifyInclusion(v.index + 1, v.size, leaves[v.index], v.proof, hex(referenceRoots[v.size])));
    }
}

TEST(MerkleTree, GivesAndAcceptsTheReferenceConsistencyProofs)
{
    const QList<QByteArray> leaves = referenceLeaves();
    struct Vector {
        qint64 first, second;
        QList<QByteArray> proof;
    };
    const QList<Vector> vectors{
        {1, 1, {}},
        {1, 8, hexes({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                   "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                   "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"})},
        {6, 8, hexes({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                   "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                   "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"})},
        {2, 5, hexes({"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                   "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"})},
    };
    for (const Vector& v : vectors) {
        EXPECT_EQ(MerkleTree::consistencyProof(leaves, v.first, v.second), v.proof) << v.first << "→" << v.second;
        EXPECT_TRUE(MerkleTree::verifyConsistency(v.first, v.second, v.proof, hex(referenceRoots[v.first]), hex(referenceRoots[v.second])));
        EXPECT_FALSE(MerkleTree::verifyConsistency(
            v.first, v.second, v.proof, flipped(hex(referenceRoots[v.first])), hex(referenceRoots[v.second])));
    }
}

// Every shape of the RFC's split, not only the eight-leaf tree: each proof verifies, and
// a changed leaf, a changed proof hash, another tree's root or a rewritten history does not.
TEST(MerkleTree, EveryProofOfEverySmallTreeVerifiesAndNoTamperedOneDoes)
{
    QList<QByteArray> leaves;
    for (int i = 0; i < 33; ++i)
        leaves.append(MerkleTree::leafHash(QByteArray::number(i * 7919)));
    for (qint64 size = 1; size <= leaves.size(); ++size) {
        const QByteArray root = MerkleTree::root(leaves, size);
        for (qint64 i = 0; i < size; ++i) {
            const std::optional<QList<QByteArray>> proof = MerkleTree::inclusionProof(leaves, i, size);
            ASSERT_TRUE(proof);
            ASSERT_TRUE(MerkleTree::verifyInclusion(i, size, leaves[i], *proof, root)) << i << "/" << size;
            EXPECT_FALSE(MerkleTree::verifyInclusion(i, size, flipped(leaves[i]), *proof, root));
            if (size > 1) {
                EXPECT_FALSE(MerkleTree::verifyInclusion(i, size, leaves[i], *proof, MerkleTree::root(leaves, size - 1)));
            }
            if (!proof->isEmpty()) {
                QList<QByteArray> bent = *proof;
                bent.last() = flipped(bent.last());
                EXPECT_FALSE(MerkleTree::verifyInclusion(i, size, leaves[i], bent, root));
            }
        }
        for (qint64 first = 1; first <= size; ++first) {
            const std::optional<QList<QByteArray>> proof = MerkleTree::consistencyProof(leaves, first, size);
            ASSERT_TRUE(proof);
            const QByteArray firstRoot = MerkleTree::root(leaves, first);
            ASSERT_TRUE(MerkleTree::verifyConsistency(first, size, *proof, firstRoot, root)) << first << "→" << size;
            EXPECT_FALSE(MerkleTree::verifyConsistency(first, size, *proof, flipped(firstRoot), root));
            EXPECT_FALSE(MerkleTree::verifyConsistency(first, size, *proof, firstRoot, flipped(root)));
        }
    }
    // A log that rewrote leaf 3 after publishing a tree of 10 cannot prove it still extends that tree.
    QList<QByteArray> rewritten = leaves;
    rewritten[3] = MerkleTree::leafHash("rewritten");
    const std::optional<QList<QByteArray>> proof = MerkleTree::consistencyProof(rewritten, 10, 20);
    ASSERT_TRUE(proof);
    EXPECT_FALSE(MerkleTree::verifyConsistency(10, 20, *proof, MerkleTree::root(leaves, 10), MerkleTree::root(rewritten, 20)));
}

TEST(MerkleTree, RefusesProofsForTreesLargerThanItHolds)
{
    const QList<QByteArray> leaves = referenceLeaves();
    EXPECT_FALSE(MerkleTree::inclusionProof(leaves, 0, 9));
    EXPECT_FALSE(MerkleTree::inclusionProof(leaves, 8, 8));
    EXPECT_FALSE(MerkleTree::inclusionProof(leaves, -1, 8));
    EXPECT_FALSE(MerkleTree::consistencyProof(leaves, 3, 9));
    EXPECT_FALSE(MerkleTree::consistencyProof(leaves, 0, 8));
    EXPECT_FALSE(MerkleTree::consistencyProof(leaves, 5, 4));
}
