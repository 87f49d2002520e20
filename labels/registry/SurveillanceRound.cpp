#include "labels/registry/SurveillanceRound.h"

#include "criteria/CatalogChain.h"
#include "criteria/CatalogLibrary.h"
#include "labels/RegistrationNumber.h"
#include "labels/registry/RegistryStore.h"

#include <QHash>

namespace starmark {
namespace {

// The catalogs a registered product was evaluated against: the one of its level and category, and those it extends.
QList<const Catalog*> chainOf(const CatalogLibrary& library, const RegisteredProduct& product)
{
    for (const Catalog* c : library.catalogs()) {
        if (c->level == product.level && c->category == product.category && library.isValid(*c))
            return library.chain(*c);
    }
    return {};
}

} // namespace

SurveillanceRound::SurveillanceRound(RegistryStore& store)
    : m_store(store)
{
}

Result<QList<SurveillancePlan::Candidate>> SurveillanceRound::population(const QDate& asOf) const
{
    const Result<QList<SurveillanceFinding>> findings = m_store.findings();
    if (!findings)
        return findings.problems();
    const Result<QList<RegisteredProduct>> products = m_store.list();
    if (!products)
        return products.problems();
    QHash<QString, int> nonconformities;
    QHash<QString, QDate> lastSurveilled;
    for (const SurveillanceFinding& f : *findings) {
        nonconformities[f.registration] += f.result == SurveillanceFinding::Result::Nonconformity;
        lastSurveilled[f.registration] = std::max(lastSurveilled.value(f.registration), f.recordedAt.date());
    }
    QList<SurveillancePlan::Candidate> all;
    for (const RegisteredProduct& p : *products) {
        const RegisteredProduct::Status status = p.status(asOf);
        if (status == RegisteredProduct::Status::Revoked || status == RegisteredProduct::Status::Expired)
            continue;
        all.append({p.registration, p.level, p.category, p.registeredAt.date(), p.supportUntil, nonconformities.value(p.registration),
            lastSurveilled.contains(p.registration) ? std::optional<QDate>(lastSurveilled.value(p.registration)) : std::nullopt});
    }
    return all;
}

Result<SurveillancePlan> SurveillanceRound::plan(const SurveillancePlan::Request& request) const
{
    Result<QList<SurveillancePlan::Candidate>> all = population(request.asOf);
    if (!all)
        return all.problems();
    return SurveillancePlan::draw(all.take(), request);
}

Result<void> SurveillanceRound::record(const Check& check, const CatalogLibrary& catalogs)
{
    const SurveillanceFinding& f = check.finding;
    if (!RegistrationNumber::isValid(f.registration))
        return Problem::unusable(QStringLiteral("surveillance.not-a-registration-number"),
            Message("SurveillanceRound", "%1 is not a registration number (JCS-YY-NNNNNN)").arg(f.registration.left(80)));
    if (!check.revocation.isEmpty() && f.result != SurveillanceFinding::Result::Nonconformity)
        return Problem::unusable(QStringLiteral("surveillance.revocation-needs-nonconformity"),
            Message("SurveillanceRound", "only a nonconformity can revoke a label"));
    const Result<RegisteredProduct> product = m_store.find(f.registration);
    if (!product)
        return product.problems();
    const QList<const Catalog*> chain = chainOf(catalogs, *product);
    if (chain.isEmpty())
        return Problem::unusable(QStringLiteral("surveillance.no-catalog"),
            Message("SurveillanceRound", "no catalog at hand covers ★%1 %2, which %3 was registered at")
                .arg(product->level)
                .arg(product->category)
                .arg(product->registration));
    if (!CatalogChain::requirement(chain, f.requirement))
        return Problem::unusable(QStringLiteral("surveillance.unknown-requirement"),
            Message("SurveillanceRound", "\"%1\" is not a requirement of %2 or the catalogs it extends")
                .arg(f.requirement.left(80))
                .arg(chain.constLast()->id));
    if (Result<void> recorded = m_store.recordFinding(f, check.actor); !recorded)
        return recorded;
    if (check.revocation.isEmpty())
        return {};
    Result<void> revoked = m_store.revoke(f.registration, check.revocation, check.actor);
    if (revoked)
        return revoked;
    Problems problems = revoked.problems();
    problems.prepend(Problem::invalid(QStringLiteral("surveillance.recorded-not-revoked"),
        Message("SurveillanceRound", "the finding is recorded, but the label was not revoked")));
    return problems;
}

Result<QList<SurveillanceReport::Product>> SurveillanceRound::findingsOf(const SurveillancePlan& plan) const
{
    QList<SurveillanceReport::Product> products;
    for (const SurveillancePlan::Pick& pick : plan.picks()) {
        const Result<RegisteredProduct> product = m_store.find(pick.registration);
        if (!product) {
            if (!findProblem(product.problems(), u"registry.not-registered"))
                return product.problems();
            return Problem::invalid(QStringLiteral("surveillance.plan-from-elsewhere"),
                Message("SurveillanceRound", "%1 is in the plan but not in this registry: the plan was drawn from another one")
                    .arg(pick.registration));
        }
        const Result<QList<SurveillanceFinding>> found = m_store.findings(pick.registration);
        if (!found)
            return found.problems();
        SurveillanceReport::Product entry{product->registration, product->manufacturer, product->name, product->model,
            product->current().firmware, product->level, pick.reported, pick.weight, pick.reasons, {}, product->revocationReason};
        for (const SurveillanceFinding& f : *found)
            if (f.recordedAt.date() >= plan.request().asOf)
                entry.findings.append(f);
        products.append(entry);
    }
    return products;
}

Result<QByteArray> SurveillanceRound::report(
    const SurveillancePlan& plan, const SigningIdentity& identity, Language language, const QDateTime& issued,
    const PdfSigner::Timestamper& timestamp) const
{
    const Result<QList<SurveillanceReport::Product>> products = findingsOf(plan);
    if (!products)
        return products.problems();
    QString problem;
    const std::optional<QByteArray> pdf
        = SurveillanceReport::make({plan.toJson(), *products, language, issued, identity.subject()}, identity, &problem, timestamp);
    if (!pdf)
        return Problem::invalid(QStringLiteral("surveillance.report-unsigned"),
            Message("SurveillanceRound", "the surveillance report could not be made: %1").arg(Message::plain(problem)));
    return *pdf;
}

} // namespace starmark
