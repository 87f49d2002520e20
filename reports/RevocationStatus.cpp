#include "reports/RevocationStatus.h"

#include "reports/OpenSsl.h"

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace starmark {
namespace {

// Whether an answer issued at `issued` (valid until `until`, if given) was in force at `at`.
bool inForce(const QDateTime& issued, const QDateTime& until, const QDateTime& at)
{
    constexpr qint64 skew = 300; // seconds: clocks of signer, responder and CA differ
    if (!issued.isValid() || issued.addSecs(-skew) > at)
        return false;
    return until.isValid() ? at <= until.addSecs(skew) : issued.addSecs(skew) >= at;
}

// The status one OCSP response gives `certificate`, once its signature and its responder hold.
std::optional<RevocationStatus> fromOcsp(
    const QByteArray& der, X509* certificate, X509* issuer, const QList<X509*>& anchors, const QDateTime& at)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    OCSP_RESPONSE* response = d2i_OCSP_RESPONSE(nullptr, &cursor, long(der.size()));
    OCSP_BASICRESP* basic = response && OCSP_response_status(response) == OCSP_RESPONSE_STATUS_SUCCESSFUL
        ? OCSP_response_get1_basic(response)
        : nullptr;
    std::optional<RevocationStatus> out;
    if (basic) {
        X509_STORE* store = X509_STORE_new();
        for (X509* anchor : anchors)
            X509_STORE_add_cert(store, anchor);
        X509_STORE_add_cert(store, issuer);
        // The responder's certificate must have held when it answered, not today.
        X509_VERIFY_PARAM* parameters = X509_VERIFY_PARAM_new();
        X509_VERIFY_PARAM_set_time(parameters, timeOf(OCSP_resp_get0_produced_at(basic)).toSecsSinceEpoch());
        X509_STORE_set1_param(store, parameters);
        X509_VERIFY_PARAM_free(parameters);
        STACK_OF(X509)* issuers = sk_X509_new_null();
        sk_X509_push(issuers, issuer);
        if (OCSP_basic_verify(basic, issuers, store, 0) == 1) {
            for (const EVP_MD* digest : {EVP_sha1(), EVP_sha256()}) {
                OCSP_CERTID* id = OCSP_cert_to_id(digest, certificate, issuer);
                int status = -1, reason = -1;
                ASN1_GENERALIZEDTIME *revoked = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
                if (id && OCSP_resp_find_status(basic, id, &status, &reason, &revoked, &thisUpdate, &nextUpdate) == 1
                    && (status == V_OCSP_CERTSTATUS_REVOKED
                        || (status == V_OCSP_CERTSTATUS_GOOD && inForce(timeOf(thisUpdate), timeOf(nextUpdate), at)))) {
                    RevocationStatus s;
                    s.state = status == V_OCSP_CERTSTATUS_GOOD ? RevocationStatus::State::Good : RevocationStatus::State::Revoked;
                    s.source = RevocationStatus::Source::Ocsp;
                    s.revokedAt = timeOf(revoked);
                    out = s;
                }
                OCSP_CERTID_free(id);
                if (out)
                    break;
            }
        }
        sk_X509_free(issuers);
        X509_STORE_free(store);
    }
    OCSP_BASICRESP_free(basic);
    OCSP_RESPONSE_free(response);
    takeOpenSslError();
    return out;
}

std::optional<RevocationStatus> fromCrl(const QByteArray& der, X509* certificate, X509* issuer, const QDateTime& at)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    X509_CRL* crl = d2i_X509_CRL(nullptr, &cursor, long(der.size()));
    std::optional<RevocationStatus> out;
    if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer)) == 0
        && X509_CRL_verify(crl, X509_get0_pubkey(issuer)) == 1) {
        RevocationStatus s;
        s.source = RevocationStatus::Source::Crl;
        X509_REVOKED* entry = nullptr;
        if (X509_CRL_get0_by_cert(crl, &entry, certificate) == 1) {
            s.state = RevocationStatus::State::Revoked;
            s.revokedAt = timeOf(X509_REVOKED_get0_revocationDate(entry));
            out = s;
        } else if (inForce(timeOf(X509_CRL_get0_lastUpdate(crl)), timeOf(X509_CRL_get0_nextUpdate(crl)), at)) {
            s.state = RevocationStatus::State::Good;
            out = s;
        }
    }
    X509_CRL_free(crl);
    takeOpenSslError();
    return out;
}

template <typename T>
QByteArray der(const QByteArray& bytes, T* (*fromDer)(T**, const unsigned char**, long), T* (*fromPem)(BIO*, T**, pem_password_cb*, void*),
    int (*toDer)(const T*, unsigned char**), void (*release)(T*))
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(bytes.constData());
    T* value = fromDer(nullptr, &cursor, long(bytes.size()));
    if (!value && fromPem) {
        BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
        value = fromPem(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    takeOpenSslError();
    if (!value)
        return {};
    unsigned char* out = nullptr;
    const int length = toDer(value, &out);
    QByteArray result(reinterpret_cast<const char*>(out), std::max(length, 0));
    OPENSSL_free(out);
    release(value);
    return result;
}

} // namespace

RevocationStatus RevocationStatus::of(X509* certificate, X509* issuer, const QList<QByteArray>& ocspResponses,
    const QList<QByteArray>& crls, const QList<X509*>& anchors, const QDateTime& at)
{
    // A revocation found anywhere outweighs a "good" found elsewhere.
    std::optional<RevocationStatus> found;
    const auto consider = [&](std::optional<RevocationStatus> s, int index) {
        if (!s || (found && found->state == State::Revoked))
            return;
        if (!found || s->state == State::Revoked) {
            s->index = index;
            found = s;
        }
    };
    for (int i = 0; i < ocspResponses.size(); ++i)
        consider(fromOcsp(ocspResponses[i], certificate, issuer, anchors, at), i);
    for (int i = 0; i < crls.size(); ++i)
        consider(fromCrl(crls[i], certificate, issuer, at), i);
    return found.value_or(RevocationStatus());
}

QByteArray RevocationStatus::ocspDer(const QByteArray& bytes)
{
    return der<OCSP_RESPONSE>(bytes, d2i_OCSP_RESPONSE, nullptr, i2d_OCSP_RESPONSE, OCSP_RESPONSE_free);
}

QByteArray RevocationStatus::crlDer(const QByteArray& bytes)
{
    return der<X509_CRL>(bytes, d2i_X509_CRL, PEM_read_bio_X509_CRL, i2d_X509_CRL, X509_CRL_free);
}

} // namespace starmark
