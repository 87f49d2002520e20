#pragma once

#include "criteria/Result.h"
#include "labels/registry/RegisteredProduct.h"
#include "labels/registry/RevisionPolicy.h"

#include <QByteArray>

namespace starmark {

class CatalogLibrary;
class Clock;
class IssuerKey;
class RegistryStore;
class TrustAnchors;
struct ProductFacts;

// Publishing a signed report in the registry, the one way a label is issued under a
// registration number: the report is verified (its signer chains to `trust` in the role
// the level needs, it reaches the level it claims, it was not registered before), a
// firmware revision is judged by RevisionPolicy, the label token is signed, and only
// then the store writes, briefly. Should another write take the number or the revision
// meanwhile, the token is signed again for what is now next.
class Publication {
public:
    struct Request {
        QByteArray pdf; // the signed report, as submitted
        QString registration; // empty: a new product; else the registration the report revises
        QDate validUntil; // of the label; invalid: the scheme's longest, two years from today
        RevisionOverride override; // what a member of staff accepts for a revision
        QString actor; // the member of staff who publishes
    };

    Publication(RegistryStore& store, const IssuerKey& key, const Clock& clock);

    // The whole use case, from the submitted report: its signer must chain to `trust`, its catalog be among `catalogs`.
    Result<RegisteredProduct> publish(const Request& request, const TrustAnchors& trust, const CatalogLibrary& catalogs);

    // The steps after verification, for facts a verified report vouched for: a new registration,
    // or a revision of `registration` with what `override` accepts.
    Result<RegisteredProduct> registerFacts(const ProductFacts& facts, const QDate& validUntil, const QString& actor);
    Result<RegisteredProduct> reviseFacts(const QString& registration, const ProductFacts& facts, const QDate& validUntil,
        const RevisionOverride& override, const QString& actor);

private:
    RegistryStore& m_store;
    const IssuerKey& m_key;
    const Clock& m_clock;
};

} // namespace starmark
