#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace starmark {

// The certification body's label key (ECDSA P-256): signs label tokens; its
// public half, alone, lets anyone verify them offline. Its id is the first
// eight bytes of the SHA-256 of the public key (DER SubjectPublicKeyInfo).
class IssuerKey {
public:
    ~IssuerKey();
    IssuerKey(IssuerKey&&) noexcept;
    IssuerKey& operator=(IssuerKey&&) noexcept;

    static IssuerKey generate();
    // A private key, a public key or a certificate, in PEM.
    static std::optional<IssuerKey> load(const QString& path, QString* error);

    bool hasPrivateKey() const { return m_private; }
    QByteArray id() const; // 8 bytes
    // SHA-256 of the public key (DER SubjectPublicKeyInfo), 32 bytes: the key's name where room allows.
    QByteArray spkiSha256() const;
    QByteArray publicPem() const;

    // Raw r||s, 64 bytes.
    QByteArray sign(const QByteArray& data) const;
    bool verify(const QByteArray& data, const QByteArray& signature) const;

private:
    IssuerKey() = default;
    struct Free {
        void operator()(evp_pkey_st* key) const;
    };
    std::unique_ptr<evp_pkey_st, Free> m_key;
    bool m_private = false;
    mutable QByteArray m_spkiSha256; // computed once: verification asks for it every time
};

} // namespace starmark
