#pragma once

#include "criteria/Result.h"

#include <QJsonObject>

namespace starmark {

class SignedTreeHead;
class TransparencyLog;

// The transparency log's proofs as the registry serves them (JSON, hashes in hex), and
// their offline check against signed tree heads a verifier fetched before:
// an inclusion proof {"leaf_index", "tree_size", "leaf_hash", "entry", "audit_path"} carries
// the entry's text, whose hash the verifier computes itself; a consistency proof
// {"first", "second", "consistency"} shows the larger tree still holds the smaller one.
class LogProof {
public:
    // Server side. Unusable problems: log.tree-size-too-large (a tree larger than the log), log.bad-range, log.unknown-leaf.
    static Result<QJsonObject> inclusion(const TransparencyLog& log, qint64 index, qint64 treeSize);
    static Result<QJsonObject> inclusionOf(const TransparencyLog& log, const QByteArray& leafHash, qint64 treeSize);
    static Result<QJsonObject> consistency(const TransparencyLog& log, qint64 first, qint64 second);

    // Offline. The entry `proof` (read from `file`) proves to be in the tree `head` signed; log.proof-unreadable and
    // log.proof-for-other-tree are unusable, log.not-included (the proof fails: the entry or the log was changed) invalid.
    static Result<QJsonObject> checkInclusion(const QByteArray& proof, const SignedTreeHead& head, const QString& file);
    // That `newer` extends `older` by `proof`: log.not-consistent (invalid) when it does not, a rewritten or shortened log.
    static Result<void> checkConsistency(
        const QByteArray& proof, const SignedTreeHead& older, const SignedTreeHead& newer, const QString& file);
};

} // namespace starmark
