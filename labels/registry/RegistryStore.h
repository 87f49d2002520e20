#pragma once

#include "criteria/Result.h"
#include "evaluators/SurveillanceFinding.h"
#include "labels/ProductFacts.h"
#include "labels/registry/RegisteredProduct.h"
#include "labels/registry/RegistryDatabase.h"
#include "labels/registry/RegistryLocation.h"
#include "labels/registry/RevisionPolicy.h"
#include "labels/registry/StaffTokens.h"

#include <memory>
#include <optional>

namespace starmark {

class Clock;
class FindingRecords;
class ProductRecords;
class TransparencyLog;
struct LabelToken;

// The certification body's registry, opened once: registered products and their label
// tokens, revocations, staff tokens, surveillance findings and an audit entry for every
// write, over one database (RegistryDatabase: SQLite or PostgreSQL, migrated on open).
// Each concern is its own class (ProductRecords, StaffTokens, FindingRecords); this is
// the one place the shells open and ask. Label tokens are signed outside it (Publication).
//
// A store belongs to the thread that opened it (Qt SQL's rule); open one per thread.
// Every write happens in one transaction with its audit entry and bumps revision(),
// which other processes see too: a cache keyed on it is never stale.
class RegistryStore {
public:
    static constexpr int schemaVersion = RegistryDatabase::schemaVersion;
    using StaffToken = StaffTokens::Token;

    ~RegistryStore();
    RegistryStore(const RegistryStore&) = delete;
    RegistryStore& operator=(const RegistryStore&) = delete;

    // Opens (an SQLite file is created on first use) and migrates.
    static Result<std::unique_ptr<RegistryStore>> open(const RegistryLocation& location, const Clock& clock);

    // JCS-YY-NNNNNN, case-insensitive: anything else is rejected before it reaches SQL.
    static bool isRegistrationNumber(const QString& text);

    // See ProductRecords.
    Result<void> admissible(const ProductFacts& facts, const QDate& validUntil, const QString& actor) const;
    Result<QString> nextRegistration() const;
    Result<RegisteredProduct> registerProduct(
        const QString& registration, const ProductFacts& facts, const LabelToken& token, const QString& actor);
    Result<RegisteredProduct> addRevision(const QString& registration, int number, const ProductFacts& facts, const LabelToken& token,
        const RevisionOverride& override, const QString& actor);
    Result<void> revoke(const QString& registration, const QString& reason, const QString& actor);
    Result<RegisteredProduct> find(const QString& registration) const;
    std::optional<QString> registrationOf(const QByteArray& reportSha256) const;
    Result<QList<RegisteredProduct>> list() const;
    Result<QList<RegisteredProduct>> findByModel(const QString& model) const;

    // See FindingRecords.
    Result<void> recordFinding(const SurveillanceFinding& finding, const QString& actor);
    Result<QList<SurveillanceFinding>> findings(const QString& registration = {}) const;

    // See StaffTokens.
    Result<QString> addStaffToken(const QString& staff, const QString& actor);
    Result<void> revokeStaffTokens(const QString& staff, const QString& actor);
    Result<QList<StaffToken>> staffTokens() const;
    Result<QString> staffOf(const QString& token) const;

    // The revocation list's sequence: raised with every revocation (RevocationList).
    Result<qint64> revocationSequence() const;
    // The transparency log of every product change (TransparencyLog).
    const TransparencyLog& log() const { return *m_log; }

    // See RegistryDatabase.
    Result<QList<AuditEntry>> audit() const;
    qint64 revision() const;
    QByteArray fingerprint() const;
    int appliedSchemaVersion() const;

private:
    explicit RegistryStore(std::unique_ptr<RegistryDatabase> database);

    std::unique_ptr<RegistryDatabase> m_db;
    std::unique_ptr<ProductRecords> m_products;
    std::unique_ptr<StaffTokens> m_staff;
    std::unique_ptr<FindingRecords> m_findings;
    std::unique_ptr<TransparencyLog> m_log;
};

} // namespace starmark
