#pragma once

#include "criteria/Result.h"

#include <QJsonObject>

namespace starmark {

class IssuerKey;

// A JSON document the registry publishes under the label-issuer key, so that anyone holding
// its public half can check it offline: {"<name>": {…}, "signature": "<detached JWS>"}.
//
// JWS (RFC 7515, compact, detached payload as in its appendix F; ES256) rather than CMS: the
// issuer key is a bare P-256 key without a certificate, which ES256 takes as it is (raw r||s,
// what IssuerKey signs), and every JOSE library checks it. The protected header names the key
// by `kid`, the hex SHA-256 of its SubjectPublicKeyInfo. The payload signed is the document's
// canonical form (sorted keys, no spaces, UTF-8), which a verifier rebuilds from the file.
class SignedJson {
public:
    static QByteArray canonical(const QJsonObject& object);
    static QByteArray seal(const QString& name, const QJsonObject& payload, const IssuerKey& key);

    // The payload of `bytes` (from `file`, for messages) if `key` signed it. Unusable problems:
    // registry.signed-unreadable (not such a document), registry.signed-by-other-key (a kid not
    // `key`'s), registry.bad-signature (the signature does not match: altered or forged).
    static Result<QJsonObject> open(const QByteArray& bytes, const QString& name, const IssuerKey& key, const QString& file);
};

} // namespace starmark
