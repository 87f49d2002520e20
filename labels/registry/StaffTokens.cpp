#include "labels/registry/StaffTokens.h"

#include "evaluators/Clock.h"
#include "evaluators/Sha256.h"
#include "labels/registry/RegistryDatabase.h"

#include <QRandomGenerator>

namespace starmark {
namespace {

QString digestOf(const QString& token)
{
    Sha256 hash;
    hash.add(token.toUtf8());
    return QString::fromLatin1(hash.hex());
}

} // namespace

StaffTokens::StaffTokens(const RegistryDatabase& database)
    : m_db(database)
{
}

Result<QString> StaffTokens::add(const QString& staff, const QString& actor)
{
    if (staff.trimmed().isEmpty() || actor.trimmed().isEmpty())
        return Problem::invalid(QStringLiteral("registry.no-actor"),
            Message("StaffTokens", "a staff token needs the name of whom it is for and of who issues it"));
    // 32 random bytes: guessing is hopeless, so a plain SHA-256 is enough to store (no salt, no stretching needed).
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    const QString token
        = QStringLiteral("smk_") + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString digest = digestOf(token);
    const Result<void> done = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        if (Result<void> inserted = m_db.run(q, "INSERT INTO staff_tokens (hash, staff, created_at) VALUES (?, ?, ?)",
                {digest, staff, RegistryDatabase::timestamp(m_db.clock().now())});
            !inserted)
            return inserted;
        return m_db.audit(actor, "add-staff-token", staff, QStringLiteral("sha256 %1…").arg(digest.left(12)));
    });
    if (!done)
        return done.problems();
    return token;
}

Result<void> StaffTokens::revoke(const QString& staff, const QString& actor)
{
    if (Result<void> ok = RegistryDatabase::named(actor); !ok)
        return ok;
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        if (Result<void> deleted = m_db.run(q, "DELETE FROM staff_tokens WHERE staff = ?", {staff}); !deleted)
            return deleted;
        const int withdrawn = q.numRowsAffected();
        if (withdrawn < 1)
            return Problem::invalid(
                QStringLiteral("registry.no-staff-token"), Message("StaffTokens", "%1 holds no staff token").arg(staff));
        return m_db.audit(actor, "revoke-staff-tokens", staff, QStringLiteral("%1 token(s)").arg(withdrawn));
    });
}

Result<QList<StaffTokens::Token>> StaffTokens::list() const
{
    QSqlQuery q(m_db.connection());
    if (Result<void> read = m_db.run(q, "SELECT staff, created_at, hash FROM staff_tokens ORDER BY created_at, hash"); !read)
        return read.problems();
    QList<Token> tokens;
    while (q.next())
        tokens.append({q.value(0).toString(), RegistryDatabase::timeOf(q.value(1)), q.value(2).toString().left(12)});
    return tokens;
}

Result<QString> StaffTokens::staffOf(const QString& token) const
{
    const Problem unauthorized = Problem::invalid(
        QStringLiteral("registry.unauthorized"), Message("StaffTokens", "the bearer token is not a staff token of this registry"));
    if (!token.startsWith(QLatin1String("smk_")) || token.size() > 100)
        return unauthorized;
    QSqlQuery q(m_db.connection());
    if (Result<void> read = m_db.run(q, "SELECT staff FROM staff_tokens WHERE hash = ?", {digestOf(token)}); !read)
        return read.problems();
    if (!q.next())
        return unauthorized;
    return q.value(0).toString();
}

} // namespace starmark
