#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct x509_st;

namespace starmark {

// One X.509 certificate, owned: how an OpenSSL certificate crosses an API, so
// that nobody frees one by hand. Copies share it; the last copy frees it.
class Certificate {
public:
    static Certificate adopt(x509_st* owned); // takes over the caller's reference
    static Certificate share(x509_st* borrowed); // takes a reference of its own

    x509_st* get() const { return m_x509.get(); }
    QString subject() const; // one line, /C=JP/O=…/CN=…
    QByteArray fingerprint() const; // SHA-256 of the DER, hex in lower case

    // Every certificate of a PEM file. Problems: signing.pem-unreadable, signing.no-certificate.
    static Result<QList<Certificate>> readPem(const QString& path);

private:
    explicit Certificate(std::shared_ptr<x509_st> x509);
    std::shared_ptr<x509_st> m_x509;
};

} // namespace starmark
