#include "reports/TimestampToken.h"

#include "reports/OpenSsl.h"
#include "reports/TrustAnchors.h"

#include <QCryptographicHash>

#include <openssl/bn.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <cstring>

namespace starmark {
namespace {

QByteArray integerBytes(const ASN1_INTEGER* value)
{
    if (!value)
        return {};
    BIGNUM* number = ASN1_INTEGER_to_BN(value, nullptr);
    QByteArray out(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(out.data()));
    BN_free(number);
    return out;
}

} // namespace

Result<TimestampToken> TimestampToken::check(
    const QByteArray& der, const QByteArray& signatureValue, const TrustAnchors& trust, const QDateTime& now)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    PKCS7* token = d2i_PKCS7(nullptr, &bytes, long(der.size()));
    Result<TimestampToken> out = check(token, signatureValue, trust, now);
    PKCS7_free(token);
    return out;
}

Result<TimestampToken> TimestampToken::check(PKCS7* token, const QByteArray& signatureValue, const TrustAnchors& trust, const QDateTime& now)
{
    TS_TST_INFO* info = token ? PKCS7_to_TS_TST_INFO(token) : nullptr;
    if (!info) {
        takeOpenSslError();
        return Problem::invalid(QStringLiteral("timestamp.malformed"), Message("TimestampToken", "the time-stamp token cannot be read"));
    }
    TimestampToken t;
    tm when{};
    ASN1_TIME_to_tm(TS_TST_INFO_get_time(info), &when);
    t.m_time = QDateTime(QDate(when.tm_year + 1900, when.tm_mon + 1, when.tm_mday), QTime(when.tm_hour, when.tm_min, when.tm_sec), Qt::UTC);
    t.m_nonce = integerBytes(TS_TST_INFO_get_nonce(info));
    t.m_serial = integerBytes(TS_TST_INFO_get_serial(info)).toHex();

    const QByteArray imprint = QCryptographicHash::hash(signatureValue, QCryptographicHash::Sha256);
    TS_MSG_IMPRINT* carried = TS_TST_INFO_get_msg_imprint(info);
    const ASN1_OCTET_STRING* digest = TS_MSG_IMPRINT_get_msg(carried);
    const bool sameImprint = OBJ_obj2nid(TS_MSG_IMPRINT_get_algo(carried)->algorithm) == NID_sha256
        && ASN1_STRING_length(digest) == imprint.size()
        && std::memcmp(ASN1_STRING_get0_data(digest), imprint.constData(), size_t(imprint.size())) == 0;
    if (!sameImprint) {
        TS_TST_INFO_free(info);
        return Problem::invalid(QStringLiteral("timestamp.imprint-mismatch"),
            Message("TimestampToken", "the time-stamp token is not over this signature (its imprint differs)"));
    }

    // The token's own certificates are candidates for the path, never anchors.
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    STACK_OF(X509)* carriedCertificates = PKCS7_type_is_signed(token) ? token->d.sign->cert : nullptr;
    for (int i = 0; i < sk_X509_num(carriedCertificates); ++i) {
        X509_up_ref(sk_X509_value(carriedCertificates, i));
        sk_X509_push(untrusted, sk_X509_value(carriedCertificates, i));
    }
    STACK_OF(X509)* signers = PKCS7_get0_signers(token, untrusted, 0);
    if (X509* signer = sk_X509_value(signers, 0))
        t.m_authority = subjectOf(signer);
    sk_X509_free(signers);
    X509_STORE* store = X509_STORE_new();
    for (const Certificate& anchor : trust.certificates())
        X509_STORE_add_cert(store, anchor.get());
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), time_t(now.toSecsSinceEpoch()));
    TS_VERIFY_CTX* context = TS_VERIFY_CTX_new();
    TS_VERIFY_CTX_set_flags(context, TS_VFY_VERSION | TS_VFY_SIGNER | TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(context, store); // the context owns both from here
    TS_VERIFY_CTX_set_certs(context, untrusted);
    const bool trusted = !trust.isEmpty() && TS_RESP_verify_token(context, token) == 1;
    const QString why = takeOpenSslError();
    TS_VERIFY_CTX_free(context);
    TS_TST_INFO_free(info);
    if (!trusted)
        return Problem::invalid(QStringLiteral("timestamp.not-trusted"),
            Message("TimestampToken", "the time-stamp authority %1 is not trusted, or its token's signature does not hold (%2)")
                .arg(Message::plain(t.m_authority.isEmpty() ? QStringLiteral("?") : t.m_authority))
                .arg(Message::plain(why)));
    return t;
}

} // namespace starmark
