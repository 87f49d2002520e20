#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct pkcs7_st;

namespace starmark {

class TrustAnchors;

// An RFC 3161 time-stamp token over a CMS signature value (the signature
// timestamp of PAdES B-T), checked: the imprint is the SHA-256 of that value,
// the token's signature holds, and its signer chains to a trust anchor at `now`
// with the critical timeStamping EKU alone. Only then is its time worth
// anything; a TSA certificate that has expired since is not trusted (that is
// what an archive timestamp would be for).
class TimestampToken {
public:
    // Problems: timestamp.malformed, timestamp.imprint-mismatch, timestamp.not-trusted.
    static Result<TimestampToken> check(const QByteArray& der, const QByteArray& signatureValue, const TrustAnchors& trust, const QDateTime& now);
    // The same over a token already parsed (a TimeStampResp's), so that it is read once.
    static Result<TimestampToken> check(pkcs7_st* token, const QByteArray& signatureValue, const TrustAnchors& trust, const QDateTime& now);

    QDateTime time() const { return m_time; } // the genTime, UTC
    QString authority() const { return m_authority; } // the TSA certificate's subject
    QByteArray nonce() const { return m_nonce; } // big-endian, empty when none
    QByteArray serial() const { return m_serial; } // hex

private:
    QDateTime m_time;
    QString m_authority;
    QByteArray m_nonce;
    QByteArray m_serial;
};

} // namespace starmark
