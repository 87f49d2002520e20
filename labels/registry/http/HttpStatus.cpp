#include "HttpStatus.h"

#include <QHash>

namespace starmark {

int HttpStatus::of(const Problem& problem)
{
    static const QHash<QString, int> byCode{
        {QStringLiteral("http.head-too-large"), 431},
        {QStringLiteral("http.too-many-fields"), 431},
        {QStringLiteral("http.unsupported-version"), 505},
        {QStringLiteral("http.transfer-encoding"), 411},
        {QStringLiteral("http.unknown-expectation"), 417},
        {QStringLiteral("http.body-too-large"), 413},
        {QStringLiteral("http.head-timeout"), 408},
        {QStringLiteral("http.body-timeout"), 408},
        {QStringLiteral("http.server-full"), 503},
        {QStringLiteral("http.client-full"), 503},
        {QStringLiteral("http.not-found"), 404},
        {QStringLiteral("http.method-not-allowed"), 405},
        {QStringLiteral("http.unsupported-media-type"), 415},
        {QStringLiteral("registry.not-registered"), 404},
        {QStringLiteral("registry.already-registered"), 409},
        {QStringLiteral("registry.revision-refused"), 409},
        {QStringLiteral("registry.already-revoked"), 409},
        {QStringLiteral("registry.revoked"), 410},
        {QStringLiteral("registry.unauthorized"), 401},
        {QStringLiteral("registry.forbidden"), 403},
        {QStringLiteral("registry.no-trust-anchor"), 503},
        {QStringLiteral("registry.store-failed"), 500},
    };
    const auto it = byCode.constFind(problem.code);
    if (it != byCode.cend())
        return *it;
    return problem.severity == Problem::Severity::Invalid ? 422 : 400;
}

} // namespace starmark
