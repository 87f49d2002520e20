#pragma once

#include "criteria/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace starmark {

class IssuerKey;
class RegistryStore;

// The registry's revoked labels, for verifiers that check a label offline: which
// registration, since when and why; signed by the label-issuer key (SignedJson) with
// this_update / next_update (a list past its next_update is stale) and a sequence the
// store raises with every revocation, so that a verifier who keeps the highest it has
// seen notices an older list replayed. Served at /api/v1/revocations.
class RevocationList {
public:
    struct Entry {
        QString registration;
        QDateTime revokedAt;
        QString reason;
    };
    // How long an issued list stays fresh after its this_update (the hour it is issued in): a verifier needs a new one each day.
    static constexpr qint64 freshSeconds = 24 * 3600;
    static constexpr const char* name = "revocations";

    static Result<RevocationList> of(const RegistryStore& store, const IssuerKey& key, const QDateTime& now);
    // The list a signed document (`bytes`, read from `file`) holds, if `key` signed it and it is fresh at `now`:
    // unusable problems otherwise (SignedJson's, registry.revocations-unreadable, registry.revocations-stale).
    static Result<RevocationList> read(const QByteArray& bytes, const IssuerKey& key, const QDateTime& now, const QString& file);

    // Refuses (registry.revocations-rolled-back) a list older than the newest one recorded in `stateFile`
    // for its issuer, else records this one's sequence there (atomically; a missing file is a first use).
    Result<void> checkAndRecordSequence(const QString& stateFile) const;

    const QList<Entry>& entries() const { return m_entries; }
    std::optional<Entry> find(const QString& registration) const;
    // label.revoked (invalid), with the date and the reason, when `registration` is on the list.
    Result<void> check(const QString& registration) const;
    qint64 sequence() const { return m_sequence; }
    const QDateTime& thisUpdate() const { return m_thisUpdate; }
    const QDateTime& nextUpdate() const { return m_nextUpdate; }
    QJsonObject toJson() const; // what is signed
    QByteArray sealed(const IssuerKey& key) const; // the signed document

private:
    QString m_issuer; // hex SHA-256 of the key's SubjectPublicKeyInfo
    qint64 m_sequence = 0;
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
    QList<Entry> m_entries;
};

} // namespace starmark
