#pragma once

#include <QByteArray>

#include <memory>

struct evp_md_ctx_st;

namespace starmark {

// Streaming SHA-256 through OpenSSL, which uses the CPU's SHA extensions where
// present: evidence runs to gigabytes, and Qt's own SHA-256 is several times slower.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray hex(); // finishes the hash

private:
    struct Free {
        void operator()(evp_md_ctx_st* ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace starmark
