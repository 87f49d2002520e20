#pragma once

#include "criteria/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace starmark {

class IssuerKey;
class TransparencyLog;

// The transparency log's size and root at an instant, signed by the label-issuer key
// (SignedJson): what a verifier keeps, and later holds the registry to. Two heads of the
// same size with different roots, signed by the same key, prove the log was rewritten.
class SignedTreeHead {
public:
    static constexpr const char* name = "tree_head";

    static Result<SignedTreeHead> of(const TransparencyLog& log, const IssuerKey& key, const QDateTime& now);
    // The head a signed document holds (unusable problems as SignedJson's, or log.tree-head-unreadable).
    static Result<SignedTreeHead> read(const QByteArray& bytes, const IssuerKey& key, const QString& file);

    qint64 treeSize() const { return m_treeSize; }
    const QByteArray& rootHash() const { return m_rootHash; } // 32 bytes
    const QDateTime& timestamp() const { return m_timestamp; }
    const QString& file() const { return m_file; } // where it was read from, for messages
    QJsonObject toJson() const;
    QByteArray sealed(const IssuerKey& key) const;

private:
    QString m_issuer;
    qint64 m_treeSize = 0;
    QByteArray m_rootHash;
    QDateTime m_timestamp;
    QString m_file;
};

} // namespace starmark
