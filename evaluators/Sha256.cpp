#include "evaluators/Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace starmark {

void Sha256::Free::operator()(evp_md_ctx_st* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL cannot provide SHA-256");
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qsizetype size)
{
    EVP_DigestUpdate(m_ctx.get(), data, size_t(size));
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

} // namespace starmark
