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
        {QStringLiteral("log.unknown-leaf"), 404},
        {QStringLiteral("log.entries-missing"), 500},
        {QStringLiteral("log.entry-rewritten"), 500},
        {QStringLiteral("registry.model-not-registered"), 404},
        {QStringLiteral("registry.bad-model-query"), 400},
        {QStringLiteral("registry.already-registered"), 409},
        {QStringLiteral("registry.already-revoked"), 409},
        {QStringLiteral("registry.revoked"), 410},
        {QStringLiteral("registry.unauthorized"), 401},
        {QStringLiteral("registry.forbidden"), 403},
        {QStringLiteral("registry.no-trust-anchor"), 503},
        {QStringLiteral("registry.database-failed"), 500},
        {QStringLiteral("registry.database-unopenable"), 500},
        {QStringLiteral("registry.migration-failed"), 500},
        {QStringLiteral("registry.token-mismatch"), 500},
        {QStringLiteral("registry.numbers-exhausted"), 503},
        {QStringLiteral("registry.no-staff-token"), 401},
        // What a revision may not change unless a member of staff accepts it, and what changed meanwhile.
        {QStringLiteral("registry.override-needed"), 409},
        {QStringLiteral("registry.override-unneeded"), 409},
        {QStringLiteral("registry.product-changed"), 409},
        {QStringLiteral("registry.manufacturer-changed"), 409},
        {QStringLiteral("registry.family-shrunk"), 409},
        {QStringLiteral("registry.changed-meanwhile"), 409},
        // An override= or reason= the client wrote wrong.
        {QStringLiteral("registry.override-unknown"), 400},
        {QStringLiteral("registry.override-without-reason"), 400},
        {QStringLiteral("registry.reason-without-override"), 400},
        {QStringLiteral("registry.override-without-revision"), 400},
        {QStringLiteral("registry.override-reason-too-long"), 400},
    };
    const auto it = byCode.constFind(problem.code);
    if (it != byCode.cend())
        return *it;
    return problem.severity == Problem::Severity::Invalid ? 422 : 400;
}

} // namespace starmark
