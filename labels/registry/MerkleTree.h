#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace starmark {

// RFC 6962 / 9162 Merkle tree hashing over a log's leaf hashes (each 32 bytes): leaf =
// SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right), a tree of n leaves split
// at the largest power of two below n. Written to the RFC's definitions, so that any
// Certificate Transparency client checks the registry's proofs as this one does.
class MerkleTree {
public:
    static QByteArray leafHash(const QByteArray& entry);
    static QByteArray nodeHash(const QByteArray& left, const QByteArray& right);

    // MTH(D[0:size]) of `leaves` (size ≤ leaves.size()); the empty tree's is SHA-256("").
    static QByteArray root(const QList<QByteArray>& leaves, qint64 size);
    // PATH(index, D[0:size]): none when index ≥ size or size > leaves.size().
    static std::optional<QList<QByteArray>> inclusionProof(const QList<QByteArray>& leaves, qint64 index, qint64 size);
    // PROOF(first, D[0:second]): none unless 0 < first ≤ second ≤ leaves.size().
    static std::optional<QList<QByteArray>> consistencyProof(const QList<QByteArray>& leaves, qint64 first, qint64 second);

    // RFC 9162 2.1.3.2: whether `proof` puts `leaf` at `index` in the tree of `size` leaves whose root is `root`.
    static bool verifyInclusion(qint64 index, qint64 size, const QByteArray& leaf, const QList<QByteArray>& proof, const QByteArray& root);
    // RFC 9162 2.1.4.2: whether the tree of `second` leaves with `secondRoot` extends the one of `first` with `firstRoot`.
    static bool verifyConsistency(qint64 first, qint64 second, const QList<QByteArray>& proof, const QByteArray& firstRoot,
        const QByteArray& secondRoot);
};

} // namespace starmark
