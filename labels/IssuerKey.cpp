#include "labels/IssuerKey.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "reports/OpenSsl.h"

#include <QCryptographicHash>

#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace starmark {
namespace {

QByteArray fromBio(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

} // namespace

void IssuerKey::Free::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

IssuerKey::~IssuerKey() = default;
IssuerKey::IssuerKey(IssuerKey&&) noexcept = default;
IssuerKey& IssuerKey::operator=(IssuerKey&&) noexcept = default;

IssuerKey IssuerKey::generate()
{
    IssuerKey key;
    key.m_key.reset(EVP_EC_gen("P-256"));
    key.m_private = true;
    return key;
}

std::optional<IssuerKey> IssuerKey::load(const QString& path, QString* error)
{
    const auto read = InputFile::read(path, InputLimits::pemBytes);
    if (!read) {
        if (error)
            *error = read.problems().constFirst().toString();
        return std::nullopt;
    }
    const QByteArray& pem = *read;
    IssuerKey key;
    auto attempt = [&](auto read) {
        if (key.m_key)
            return;
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        key.m_key.reset(read(bio));
        BIO_free(bio);
    };
    attempt([](BIO* b) { return PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr); });
    key.m_private = bool(key.m_key);
    attempt([](BIO* b) { return PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr); });
    attempt([](BIO* b) {
        X509* certificate = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
        EVP_PKEY* k = certificate ? X509_get_pubkey(certificate) : nullptr;
        X509_free(certificate);
        return k;
    });
    takeOpenSslError();
    if (!key.m_key || EVP_PKEY_get_base_id(key.m_key.get()) != EVP_PKEY_EC || EVP_PKEY_get_bits(key.m_key.get()) != 256) {
        if (error)
            *error = QStringLiteral(
                "%1: not an ECDSA P-256 key or certificate in PEM (label keys are P-256; make one with 'starmark keys demo-pki')")
                         .arg(path);
        return std::nullopt;
    }
    return key;
}

QByteArray IssuerKey::id() const
{
    return spkiSha256().left(8);
}

QByteArray IssuerKey::spkiSha256() const
{
    if (!m_spkiSha256.isEmpty())
        return m_spkiSha256;
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    const QByteArray spki(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    m_spkiSha256 = QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
    return m_spkiSha256;
}

QByteArray IssuerKey::publicPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key.get());
    return fromBio(bio);
}

QByteArray IssuerKey::sign(const QByteArray& data) const
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray der;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) == 1) {
        der.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(der.data()), &length, reinterpret_cast<const unsigned char*>(data.constData()),
            size_t(data.size()));
        der.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    // DER ECDSA-Sig-Value → fixed 64-byte r||s: shorter in the QR code, and canonical.
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    QByteArray raw(64, '\0');
    if (sig) {
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char*>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
        ECDSA_SIG_free(sig);
    }
    return raw;
}

bool IssuerKey::verify(const QByteArray& data, const QByteArray& signature) const
{
    if (signature.size() != 64)
        return false;
    ECDSA_SIG* sig = ECDSA_SIG_new();
    const auto* raw = reinterpret_cast<const unsigned char*>(signature.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx, der, size_t(length), reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    takeOpenSslError();
    return ok;
}

} // namespace starmark
