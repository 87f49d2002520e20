#include "labels/registry/MerkleTree.h"

#include <QCryptographicHash>

namespace starmark {
namespace {

using Leaves = QList<QByteArray>;

// The largest power of two smaller than n (n > 1): where RFC 6962 splits a tree.
qint64 split(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

// RFC 9162's verification step after a node of the tree's right edge: up past the levels where it has no sibling.
void skipLevelsWithoutSibling(qint64& fn, qint64& sn)
{
    while (fn != 0 && !(fn & 1)) {
        fn >>= 1;
        sn >>= 1;
    }
}

QByteArray hashOf(const Leaves& leaves, qint64 begin, qint64 end)
{
    const qint64 n = end - begin;
    if (n == 1)
        return leaves[begin];
    const qint64 k = split(n);
    return MerkleTree::nodeHash(hashOf(leaves, begin, begin + k), hashOf(leaves, begin + k, end));
}

void path(const Leaves& leaves, qint64 index, qint64 begin, qint64 end, Leaves& out)
{
    const qint64 n = end - begin;
    if (n <= 1)
        return;
    const qint64 k = split(n);
    if (index < k) {
        path(leaves, index, begin, begin + k, out);
        out.append(hashOf(leaves, begin + k, end));
    } else {
        path(leaves, index - k, begin + k, end, out);
        out.append(hashOf(leaves, begin, begin + k));
    }
}

// SUBPROOF(m, D[begin:end], b) of RFC 6962 2.1.2.
void subproof(const Leaves& leaves, qint64 m, qint64 begin, qint64 end, bool whole, Leaves& out)
{
    const qint64 n = end - begin;
    if (m == n) {
        if (!whole)
            out.append(hashOf(leaves, begin, end));
        return;
    }
    const qint64 k = split(n);
    if (m <= k) {
        subproof(leaves, m, begin, begin + k, whole, out);
        out.append(hashOf(leaves, begin + k, end));
    } else {
        subproof(leaves, m - k, begin + k, end, false, out);
        out.append(hashOf(leaves, begin, begin + k));
    }
}

} // namespace

QByteArray MerkleTree::leafHash(const QByteArray& entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("\x00", 1));
    h.addData(entry);
    return h.result();
}

QByteArray MerkleTree::nodeHash(const QByteArray& left, const QByteArray& right)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("\x01", 1));
    h.addData(left);
    h.addData(right);
    return h.result();
}

QByteArray MerkleTree::root(const Leaves& leaves, qint64 size)
{
    if (size <= 0 || size > leaves.size())
        return size == 0 ? QCryptographicHash::hash({}, QCryptographicHash::Sha256) : QByteArray();
    return hashOf(leaves, 0, size);
}

std::optional<Leaves> MerkleTree::inclusionProof(const Leaves& leaves, qint64 index, qint64 size)
{
    if (index < 0 || index >= size || size > leaves.size())
        return std::nullopt;
    Leaves out;
    path(leaves, index, 0, size, out);
    return out;
}

std::optional<Leaves> MerkleTree::consistencyProof(const Leaves& leaves, qint64 first, qint64 second)
{
    if (first <= 0 || first > second || second > leaves.size())
        return std::nullopt;
    Leaves out;
    subproof(leaves, first, 0, second, true, out);
    return out;
}

bool MerkleTree::verifyInclusion(qint64 index, qint64 size, const QByteArray& leaf, const Leaves& proof, const QByteArray& root)
{
    if (index < 0 || index >= size || leaf.size() != 32 || root.size() != 32)
        return false;
    qint64 fn = index;
    qint64 sn = size - 1;
    QByteArray r = leaf;
    for (const QByteArray& p : proof) {
        if (sn == 0 || p.size() != 32)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            skipLevelsWithoutSibling(fn, sn);
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleTree::verifyConsistency(
    qint64 first, qint64 second, const Leaves& proof, const QByteArray& firstRoot, const QByteArray& secondRoot)
{
    if (first <= 0 || first > second || firstRoot.size() != 32 || secondRoot.size() != 32)
        return false;
    if (first == second)
        return proof.isEmpty() && firstRoot == secondRoot;
    if (proof.isEmpty())
        return false;
    for (const QByteArray& p : proof)
        if (p.size() != 32)
            return false;
    // A first tree that is a whole left subtree is not in the proof: its root starts the path.
    Leaves path = proof;
    if ((first & (first - 1)) == 0)
        path.prepend(firstRoot);
    qint64 fn = first - 1;
    qint64 sn = second - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path[0];
    QByteArray sr = path[0];
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray& c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            skipLevelsWithoutSibling(fn, sn);
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && fr == firstRoot && sr == secondRoot;
}

} // namespace starmark
