#include "reports/Certificate.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "reports/OpenSsl.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace starmark {

Certificate::Certificate(std::shared_ptr<x509_st> x509)
    : m_x509(std::move(x509))
{
}

Certificate Certificate::adopt(x509_st* owned)
{
    return Certificate(std::shared_ptr<x509_st>(owned, X509_free));
}

Certificate Certificate::share(x509_st* borrowed)
{
    X509_up_ref(borrowed);
    return adopt(borrowed);
}

QString Certificate::subject() const
{
    return subjectOf(get());
}

QByteArray Certificate::fingerprint() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(get(), EVP_sha256(), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

Result<QList<Certificate>> Certificate::readPem(const QString& path)
{
    const Result<QByteArray> pem = InputFile::read(path, InputLimits::pemBytes);
    if (!pem)
        return pem.problems();
    BIO* bio = BIO_new_mem_buf(pem->constData(), int(pem->size()));
    QList<Certificate> certificates;
    while (X509* c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
        certificates.append(adopt(c));
    BIO_free(bio);
    ERR_clear_error();
    if (certificates.isEmpty())
        return Problem::unusable(QStringLiteral("signing.no-certificate"),
            Message("Certificate", "no PEM certificate in this file (expected -----BEGIN CERTIFICATE-----)"), {path});
    return certificates;
}

} // namespace starmark
