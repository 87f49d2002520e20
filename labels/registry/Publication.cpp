#include "labels/registry/Publication.h"

#include "evaluators/Clock.h"
#include "labels/LabelIssuer.h"
#include "labels/ProductFacts.h"
#include "labels/registry/RegistryStore.h"
#include "reports/TrustAnchors.h"

namespace starmark {
namespace {

// Writes that lost the race for a number or a revision are signed and tried again, this often.
constexpr int attempts = 3;

bool lostRace(const Problems& problems)
{
    return findProblem(problems, u"registry.changed-meanwhile") != nullptr;
}

Result<LabelToken> signedToken(const IssuerKey& key, const QString& registration, const ProductFacts& facts, const QDate& validUntil)
{
    QString problem;
    std::optional<LabelToken> token = LabelIssuer::sign(key, registration, facts, validUntil, &problem);
    if (!token)
        return Problem::invalid(QStringLiteral("registry.label-unsigned"),
            Message("Publication", "no label token can be signed for these facts: %1").arg(Message::plain(problem)));
    return *token;
}

} // namespace

Publication::Publication(RegistryStore& store, const IssuerKey& key, const Clock& clock)
    : m_store(store)
    , m_key(key)
    , m_clock(clock)
{
}

Result<RegisteredProduct> Publication::publish(const Request& request, const TrustAnchors& trust, const CatalogLibrary& catalogs)
{
    if (trust.isEmpty())
        return Problem::unusable(QStringLiteral("registry.no-trust-anchor"),
            Message("Publication", "no trust anchor is set: whose signature a report carries cannot be checked"));
    if (!request.pdf.startsWith("%PDF-"))
        return Problem::unusable(
            QStringLiteral("registry.not-a-pdf"), Message("Publication", "what was submitted is not a PDF (it does not start with %PDF-)"));
    if (!request.override.changes.isEmpty() && request.registration.isEmpty())
        return Problem::invalid(QStringLiteral("registry.override-without-revision"),
            Message("Publication", "an override applies to a firmware revision only, and no registration to revise was named"));
    const Result<ProductFacts> facts = ProductFacts::fromReport(request.pdf, trust, catalogs, m_clock.now());
    if (!facts)
        return facts.problems();
    if (const std::optional<QString> registered = m_store.registrationOf(facts->reportSha256))
        return Problem::invalid(QStringLiteral("registry.already-registered"),
            Message("Publication", "this report is already registered as %1; a new firmware comes with its own new report")
                .arg(*registered),
            {}, *registered);
    const QDate validUntil = request.validUntil.isValid() ? request.validUntil : LabelIssuer::defaultValidUntil(m_clock.now().date());
    return request.registration.isEmpty() ? registerFacts(*facts, validUntil, request.actor)
                                          : reviseFacts(request.registration, *facts, validUntil, request.override, request.actor);
}

Result<RegisteredProduct> Publication::registerFacts(const ProductFacts& facts, const QDate& validUntil, const QString& actor)
{
    // Nothing is signed for what the store would refuse.
    if (Result<void> ok = m_store.admissible(facts, validUntil, actor); !ok)
        return ok.problems();
    Problems last;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const Result<QString> number = m_store.nextRegistration();
        if (!number)
            return number.problems();
        const Result<LabelToken> token = signedToken(m_key, *number, facts, validUntil);
        if (!token)
            return token.problems();
        Result<RegisteredProduct> registered = m_store.registerProduct(*number, facts, *token, actor);
        if (registered || !lostRace(registered.problems()))
            return registered;
        last = registered.problems();
    }
    return last;
}

Result<RegisteredProduct> Publication::reviseFacts(
    const QString& registration, const ProductFacts& facts, const QDate& validUntil, const RevisionOverride& override, const QString& actor)
{
    if (Result<void> ok = m_store.admissible(facts, validUntil, actor); !ok)
        return ok.problems();
    Problems last;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const Result<RegisteredProduct> product = m_store.find(registration);
        if (!product)
            return product.problems();
        // Judged before signing, so that nothing is signed for a revision the rules refuse; the store judges again as it writes.
        if (Result<void> allowed = RevisionPolicy::check(*product, facts, override); !allowed)
            return allowed.problems();
        const Result<LabelToken> token = signedToken(m_key, product->registration, facts, validUntil);
        if (!token)
            return token.problems();
        Result<RegisteredProduct> revised
            = m_store.addRevision(product->registration, int(product->revisions.size()) + 1, facts, *token, override, actor);
        if (revised || !lostRace(revised.problems()))
            return revised;
        last = revised.problems();
    }
    return last;
}

} // namespace starmark
