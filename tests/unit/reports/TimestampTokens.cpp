#include "TimestampTokens.h"

#include "ReportFixture.h"

#include <openssl/ts.h>

#include <stdexcept>

namespace starmark::test {

QByteArray tokenOf(const QByteArray& response)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(response.constData());
    TS_RESP* parsed = d2i_TS_RESP(nullptr, &bytes, long(response.size()));
    PKCS7* token = parsed ? TS_RESP_get_token(parsed) : nullptr;
    unsigned char* der = nullptr;
    const int length = token ? i2d_PKCS7(token, &der) : 0;
    QByteArray out(reinterpret_cast<const char*>(der), std::max(length, 0));
    OPENSSL_free(der);
    TS_RESP_free(parsed);
    return out;
}

TrustAnchors trustOf(const QString& pkiFile)
{
    QString error;
    std::optional<TrustAnchors> read = TrustAnchors::fromPaths({ReportFixture::instance().pki(pkiFile)}, &error);
    if (!read)
        throw std::runtime_error(error.toStdString());
    return *read;
}

} // namespace starmark::test
