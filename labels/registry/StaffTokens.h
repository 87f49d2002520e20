#pragma once

#include "criteria/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace starmark {

class RegistryDatabase;

// The bearer tokens of the certification body's staff: handed out once, stored as their
// SHA-256 only, so that a copy of the database lets no one publish or revoke.
class StaffTokens {
public:
    struct Token {
        QString staff;
        QDateTime createdAt;
        QString fingerprint; // the first hex digits of the stored SHA-256: enough to tell tokens apart, useless to an attacker
    };

    explicit StaffTokens(const RegistryDatabase& database);

    // A new token for `staff`, issued by `actor`: the only time it is ever shown.
    Result<QString> add(const QString& staff, const QString& actor);
    // Withdraws every token of `staff` (someone who left, a token that leaked); registry.no-staff-token when they hold none.
    Result<void> revoke(const QString& staff, const QString& actor);
    Result<QList<Token>> list() const;
    // Who a bearer token belongs to: registry.unauthorized when it is missing or no staff token of this registry.
    Result<QString> staffOf(const QString& token) const;

private:
    const RegistryDatabase& m_db;
};

} // namespace starmark
