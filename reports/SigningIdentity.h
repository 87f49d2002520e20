#pragma once

#include "reports/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;
struct x509_st;

namespace starmark {

// A private key with its certificate and chain, from PEM files. An encrypted
// key is unlocked with a passphrase that is used once and never written anywhere.
class SigningIdentity {
public:
    struct Passphrase {
        // Given: `value` is the passphrase itself, as a desktop dialog asked for it.
        enum class Source { None, File, Environment, Prompt, Given } source = Source::None;
        QString value; // the file path, the variable name, or the passphrase
    };

    // nullopt with `error` set: unreadable files, a wrong passphrase, a key that is not the certificate's.
    static std::optional<SigningIdentity> load(
        const QString& keyPath, const QString& certificatePath, const QString& chainPath, const Passphrase& passphrase, QString* error);

    evp_pkey_st* key() const { return m_key.get(); }
    x509_st* certificate() const { return m_certificate->get(); }
    const QList<Certificate>& chain() const { return m_chain; }
    QString subject() const; // the certificate's subject, one line

    // Whether the PEM key at `keyPath` is encrypted, so that a passphrase must be asked for first.
    static bool needsPassphrase(const QString& keyPath);

private:
    SigningIdentity() = default;
    struct FreeKey {
        void operator()(evp_pkey_st* k) const;
    };
    std::unique_ptr<evp_pkey_st, FreeKey> m_key;
    std::optional<Certificate> m_certificate; // set once loaded
    QList<Certificate> m_chain;
};

} // namespace starmark
