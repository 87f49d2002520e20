#pragma once

#include "criteria/Result.h"
#include "labels/ProductFacts.h"
#include "labels/registry/RegisteredProduct.h"

#include <optional>

namespace starmark {

class RegistryDatabase;
struct LabelToken;
struct RevisionOverride;

// The registered products and their firmware revisions, each written in one transaction
// with its audit entry. Label tokens come signed from outside (Publication): nothing slow
// or secret happens while a transaction holds the database, so each write checks that
// what it was prepared against still holds (registry.changed-meanwhile otherwise).
class ProductRecords {
public:
    explicit ProductRecords(const RegistryDatabase& database);

    // registry.not-registered when there is no such product.
    Result<RegisteredProduct> find(const QString& registration) const;
    // Every registered product, in registration order.
    Result<QList<RegisteredProduct>> list() const;
    // The registrations whose family holds exactly `model` (no pattern: % and _ are characters), in
    // registration order; one model number may be registered by two manufacturers.
    Result<QList<RegisteredProduct>> findByModel(const QString& model) const;
    // The registration a signed report (by the hex SHA-256 of its bytes) was registered under, if any.
    std::optional<QString> registrationOf(const QByteArray& reportSha256) const;

    // Whether `facts`, with a label valid until `validUntil`, may be stored at all.
    Result<void> admissible(const ProductFacts& facts, const QDate& validUntil, const QString& actor) const;
    // The number the next registration gets if nothing is registered before it.
    Result<QString> nextRegistration() const;
    // Registers a product as `registration` (from nextRegistration()) with its first label token.
    Result<RegisteredProduct> add(const QString& registration, const ProductFacts& facts, const LabelToken& token, const QString& actor);
    // A firmware revision, as RevisionPolicy allows it, judged again on the state it writes over;
    // `number` is the revision it becomes (the registered count plus one when it was prepared).
    Result<RegisteredProduct> addRevision(const QString& registration, int number, const ProductFacts& facts, const LabelToken& token,
        const RevisionOverride& override, const QString& actor);
    // Revokes with a reason the page shows: registry.not-registered, registry.revoked when it already is.
    Result<void> revoke(const QString& registration, const QString& reason, const QString& actor);

private:
    QString numberFor(qint64 sequence) const; // this year's
    Result<QList<RegisteredProduct>> load(const char* where, const QVariantList& values) const;
    Result<void> insertModels(const QString& registration, const QStringList& models, int from, int revision) const;
    Result<void> insertRevision(const QString& registration, int number, const ProductFacts& facts, const LabelToken& token,
        const RevisionOverride& override, const QString& actor) const;

    const RegistryDatabase& m_db;
};

} // namespace starmark
