#pragma once

#include "criteria/Result.h"
#include "reports/TrustAnchors.h"

#include <QDateTime>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace starmark {

// Asks an RFC 3161 time-stamp authority over HTTP (application/timestamp-query)
// for a token over a CMS signature value, within a time and a size bound, and
// gives it back only once it is checked: granted, over that value, answering
// this request's nonce, and signed by a TSA that chains to `trust`
// (TimestampToken). Blocks the calling thread, running its own event loop.
class TimestampClient {
public:
    struct Limits {
        int timeoutMs = 20'000; // from connecting to the last byte of the answer
        qint64 maxResponse = 64 * 1024; // a token with a chain of a few certificates
    };

    // A TimeStampReq (DER): the SHA-256 imprint of `signatureValue`, `nonce` (big-endian), certReq.
    struct Query {
        QByteArray der;
        QByteArray nonce;
    };
    static Query query(const QByteArray& signatureValue, const QByteArray& nonce);

    TimestampClient(QUrl url, TrustAnchors trust, Limits limits);
    TimestampClient(QUrl url, TrustAnchors trust);

    // The token (DER, a CMS ContentInfo) for `signatureValue`, the TSA's trust checked at `now`.
    // Problems: timestamp.url-invalid, timestamp.unreachable, timestamp.http-error, timestamp.timed-out, timestamp.response-too-large,
    // timestamp.malformed, timestamp.refused, timestamp.nonce-mismatch, and TimestampToken's.
    Result<QByteArray> stamp(const QByteArray& signatureValue, const QDateTime& now) const;

    const QUrl& url() const { return m_url; }

private:
    QUrl m_url;
    TrustAnchors m_trust;
    Limits m_limits;
    mutable std::shared_ptr<QNetworkAccessManager> m_network; // made by the first stamp
};

} // namespace starmark
