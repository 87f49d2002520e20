#pragma once

#include "criteria/LocalizedText.h"
#include "evaluators/SurveillanceFinding.h"
#include "labels/ProductFacts.h"
#include "labels/RegistryLocation.h"
#include "labels/RevisionPolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace starmark {

class Clock;
class IssuerKey;

// One firmware version of a registered product, with the label token issued for it.
struct FirmwareRevision {
    QString firmware;
    QDate evaluated;
    QDate validUntil; // the label's validity
    QDateTime registeredAt;
    QString token; // the LabelToken, encoded
    QDate supportUntil; // what this revision's report declared; invalid for revisions stored before schema 4
    QString vulnerabilityContact; // likewise
    QStringList overrides; // what a member of staff accepted for it (RevisionOverride names), with why and who
    QString overrideReason;
    QString overrideBy;
};

// A product in the registry, as the page behind its QR code shows it.
struct RegisteredProduct {
    enum class Status { Valid, SupportEnded, Expired, Revoked };

    QString registration; // JCS-YY-NNNNNN
    int level = 0;
    QString category;
    LocalizedText manufacturer;
    LocalizedText name;
    QString model;
    QString vulnerabilityContact;
    QDate supportUntil;
    QDateTime registeredAt;
    QList<FirmwareRevision> revisions; // oldest first; the last is the current label
    std::optional<QDateTime> revokedAt;
    QString revocationReason;

    const FirmwareRevision& current() const { return revisions.constLast(); }
    // Revoked outranks expired, which outranks support ended: the worst applies.
    Status status(const QDate& today) const;
    static QString statusName(Status status); // valid, support-ended, expired, revoked
};

// One write to the registry, in order: who did what to which subject.
struct AuditEntry {
    qint64 sequence = 0;
    QDateTime at;
    QString actor;
    QString action; // register, add-revision, revoke, add-staff-token, record-finding
    QString subject; // a registration number or a staff name
    QString detail;
};

// The certification body's registry: registered products, their label tokens,
// revocations, staff tokens (stored hashed) and an audit entry for every write.
// One code path for SQLite and PostgreSQL (Qt SQL, prepared statements only);
// the schema is migrated on open, each version in one transaction.
//
// A store belongs to the thread that opened it (Qt SQL's rule); open one per thread.
// Every write happens in one transaction with its audit entry and bumps revision(),
// which other processes see too: a cache keyed on it is never stale.
class RegistryStore {
public:
    static constexpr int schemaVersion = 4;

    ~RegistryStore();
    RegistryStore(const RegistryStore&) = delete;
    RegistryStore& operator=(const RegistryStore&) = delete;

    // Opens (an SQLite file is created on first use) and migrates. nullopt-like
    // nullptr with `problem` naming the database, what failed and what to do.
    static std::unique_ptr<RegistryStore> open(const RegistryLocation& location, const Clock& clock, QString* problem);

    // JCS-YY-NNNNNN, case-insensitive: anything else is rejected before it reaches SQL.
    static bool isRegistrationNumber(const QString& text);

    // Assigns the next registration number, signs the label token with `key`
    // (label validity up to `validUntil`) and stores product, revision and audit entry.
    std::optional<RegisteredProduct> registerProduct(
        const ProductFacts& facts, const QDate& validUntil, const IssuerKey& key, const QString& actor, QString* problem);
    // A new firmware version of a registered product, as RevisionPolicy allows it (with `override`,
    // which `actor` accepts, for what it would otherwise refuse): a new token, the override audited.
    std::optional<RegisteredProduct> addRevision(const QString& registration, const ProductFacts& facts, const QDate& validUntil,
        const IssuerKey& key, const QString& actor, const RevisionOverride& override, QString* problem);
    // Revokes with a reason the page shows; false with `problem` when unknown or already revoked.
    bool revoke(const QString& registration, const QString& reason, const QString& actor, QString* problem);

    // nullopt when not registered (or on a database error, with `problem` set).
    std::optional<RegisteredProduct> find(const QString& registration, QString* problem = nullptr) const;
    // The registration a signed report (by the hex SHA-256 of its bytes) was registered under, if any.
    std::optional<QString> registrationOf(const QByteArray& reportSha256) const;
    // Every registered product, in registration order.
    QList<RegisteredProduct> list(QString* problem = nullptr) const;

    // What surveillance found for one requirement of a registered product
    // (checking the requirement's ID against the catalogs is the caller's part).
    bool recordFinding(const SurveillanceFinding& finding, const QString& actor, QString* problem);
    // The findings for one product, or for all when `registration` is empty, oldest first.
    QList<SurveillanceFinding> findings(const QString& registration = {}, QString* problem = nullptr) const;

    // A new bearer token for a member of staff: returned once, stored as its SHA-256 only.
    QString addStaffToken(const QString& staff, const QString& actor, QString* problem);
    // Withdraws every token of a member of staff (someone who left, a token that leaked);
    // false with `problem` when they hold none.
    bool revokeStaffTokens(const QString& staff, const QString& actor, QString* problem);
    struct StaffToken {
        QString staff;
        QDateTime createdAt;
        QString fingerprint; // the first hex digits of the stored SHA-256: enough to tell tokens apart, useless to an attacker
    };
    QList<StaffToken> staffTokens(QString* problem = nullptr) const;
    // The staff member a bearer token belongs to, or nullopt.
    std::optional<QString> staffOf(const QString& token) const;

    QList<AuditEntry> audit(QString* problem = nullptr) const;
    // Goes up with every write, from any process.
    qint64 revision() const;
    // SHA-256 over every row of every table: equal before and after means nothing changed.
    QByteArray fingerprint() const;
    int appliedSchemaVersion() const;

private:
    struct Private;
    explicit RegistryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace starmark
