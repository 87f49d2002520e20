#pragma once

#include "criteria/Result.h"
#include "labels/registry/RegistryLocation.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

namespace starmark {

class Clock;

// One write to the registry, in order: who did what to which subject.
struct AuditEntry {
    qint64 sequence = 0;
    QDateTime at;
    QString actor;
    QString action; // register, add-revision, revoke, add-staff-token, revoke-staff-tokens, record-finding
    QString subject; // a registration number or a staff name
    QString detail;
};

// The registry's database: one connection (SQLite or PostgreSQL through Qt SQL, one code
// path, prepared statements only), its versioned schema migrated on open, transactions,
// counters, and the audit entry every write makes. The records (products, staff tokens,
// findings) are written through it.
//
// A connection belongs to the thread that opened it (Qt SQL's rule): open one per thread.
class RegistryDatabase {
public:
    static constexpr int schemaVersion = 5;

    ~RegistryDatabase();
    RegistryDatabase(const RegistryDatabase&) = delete;
    RegistryDatabase& operator=(const RegistryDatabase&) = delete;

    // Opens (an SQLite file is created on first use) and migrates.
    static Result<std::unique_ptr<RegistryDatabase>> open(const RegistryLocation& location, const Clock& clock);

    const RegistryLocation& location() const { return m_location; }
    const Clock& clock() const { return m_clock; }
    QSqlDatabase connection() const;

    // `sql` prepared with `values` bound in order (without values it runs as it is: PostgreSQL cannot prepare DDL).
    Result<void> run(QSqlQuery& query, const char* sql, const QVariantList& values = {}) const;
    // Adds one to a counter and gives its new value; inside a transaction.
    Result<qint64> next(const char* counter) const;
    // What a counter holds now.
    Result<qint64> current(const char* counter) const;
    // Every write names who makes it: registry.no-actor when `actor` is blank.
    static Result<void> named(const QString& actor);
    // The audit entry and the write count that go with every write (refused unless named); inside its transaction.
    Result<void> audit(const QString& actor, const char* action, const QString& subject, const QString& detail) const;

    // Runs `write` (returning Result<void>) in one transaction: all of it, or on any problem none of it.
    template <typename Write> Result<void> transaction(Write write) const
    {
        QSqlDatabase db = connection();
        if (!db.transaction())
            return failure("BEGIN", db.lastError().text());
        Result<void> written = write();
        if (!written) {
            db.rollback();
            return written;
        }
        if (!db.commit()) {
            const Result<void> failed = failure("COMMIT", db.lastError().text());
            db.rollback();
            return failed;
        }
        return written;
    }

    Result<QList<AuditEntry>> auditEntries() const;
    // Goes up with every write, from any process; -1 when it cannot be read.
    qint64 revision() const;
    // SHA-256 over every row of every table: equal before and after means nothing changed.
    QByteArray fingerprint() const;
    int appliedSchemaVersion() const;

    // Dates and times are stored as ISO 8601 text, so that both engines store, compare and return them alike.
    static QString timestamp(const QDateTime& at);
    static QDateTime timeOf(const QVariant& value);
    static QDate dateOf(const QVariant& value);

private:
    RegistryDatabase(const RegistryLocation& location, const Clock& clock, QString connection);
    Problem failure(const char* statement, const QString& error) const;
    Result<void> migrate() const;

    RegistryLocation m_location;
    const Clock& m_clock;
    QString m_connection;
    mutable std::optional<QSqlQuery> m_revisionQuery;
};

} // namespace starmark
