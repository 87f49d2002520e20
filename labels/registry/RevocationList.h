#pragma once

#include "criteria/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace starmark {

class IssuerKey;
class RegistryStore;

// The registry's revoked labels, for verifiers that check a label offline: which
// registration, since when and why, under which issuer key, as of when. Served at
// /api/v1/revocations; not signed yet (issue 16).
class RevocationList {
public:
    struct Entry {
        QString registration;
        QDateTime revokedAt;
        QString reason;
    };

    static Result<RevocationList> of(const RegistryStore& store, const IssuerKey& key, const QDateTime& generatedAt);

    const QList<Entry>& entries() const { return m_entries; }
    QJsonObject toJson() const;

private:
    QByteArray m_issuerKeyId;
    QDateTime m_generatedAt;
    QList<Entry> m_entries;
};

} // namespace starmark
