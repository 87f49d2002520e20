#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

struct x509_st;

namespace starmark {

// Whether a certificate had been revoked, as the OCSP responses and CRLs at hand
// say. Only data its issuer signed counts — a CRL under the issuer's key, an OCSP
// response by the issuer or by a responder the issuer authorised (EKU OCSPSigning),
// whose chain holds at the time it answered — so a forged "good" or "revoked"
// changes nothing. A "good" counts only when it was in force at the time asked
// about (thisUpdate … nextUpdate, or within five minutes of it when no nextUpdate
// is given), so an old answer from before a revocation proves nothing; a
// revocation counts whenever it was said. Offline: the same check when signing
// and years later.
class RevocationStatus {
public:
    enum class State { Good, Revoked, Unknown };
    enum class Source { None, Ocsp, Crl };

    State state = State::Unknown;
    Source source = Source::None;
    int index = -1; // of the deciding response or CRL in the list it came from
    QDateTime revokedAt;

    // `anchors`: what an OCSP responder's certificate must chain to; `at`: when the status must hold.
    static RevocationStatus of(x509_st* certificate, x509_st* issuer, const QList<QByteArray>& ocspResponses,
        const QList<QByteArray>& crls, const QList<x509_st*>& anchors, const QDateTime& at);
    // One OCSP response or CRL, DER or PEM, as it is embedded (DER); empty when it is neither.
    static QByteArray ocspDer(const QByteArray& bytes);
    static QByteArray crlDer(const QByteArray& bytes);
};

} // namespace starmark
