#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace starmark {

class RegistryDatabase;

// The registry's append-only log (RFC 6962 / 9162, see MerkleTree): every registration,
// firmware revision (with its support period) and revocation adds one canonical JSON entry,
// in the transaction of the change itself, so no change is stored without its entry. Its
// signed tree heads and proofs (SignedTreeHead, LogProof) let anyone show later that an
// entry is still there, unchanged: rewriting or removing one changes every root after it.
class TransparencyLog {
public:
    // The most entries one answer of /api/v1/log/entries holds.
    static constexpr qint64 maxEntries = 100;

    struct Entry {
        qint64 index = 0;
        QByteArray entry; // canonical JSON
    };

    explicit TransparencyLog(const RegistryDatabase& database);

    // Appends what `registration` is now, after `action` (register, add-revision, revoke), inside the caller's transaction.
    Result<void> record(const QString& action, const QString& registration) const;

    // One "migrated" entry for each product already registered, in registration order: where a log begins on an existing registry.
    Result<void> recordExisting() const;

    Result<qint64> size() const;
    // The leaf hash of every entry, in order, as kept when it was appended (so a head costs no re-hashing of the log).
    Result<QList<QByteArray>> leafHashes() const;
    // Entries start…end (inclusive), at most maxEntries of them; log.bad-range when start is not in the log,
    // log.entry-rewritten when one no longer matches its leaf hash.
    Result<QList<Entry>> entries(qint64 start, qint64 end) const;

private:
    const RegistryDatabase& m_db;
};

} // namespace starmark
