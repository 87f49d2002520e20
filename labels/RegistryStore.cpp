#include "labels/RegistryStore.h"

#include "evaluators/Clock.h"
#include "evaluators/Sha256.h"
#include "labels/LabelIssuer.h"
#include "labels/LabelToken.h"

#include <QAtomicInteger>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace starmark {
namespace {

// Versioned schema: a database records which versions it has; each new one is
// applied in one transaction with its row in schema_migrations. Append only:
// a shipped migration is never edited. Dates and times are ISO 8601 text, so
// that both engines store, compare and return them alike.
struct Migration {
    int version;
    const char* description;
    QList<const char*> statements;
};

const QList<Migration>& migrations()
{
    static const QList<Migration> all{
        {1, "products, firmware revisions, staff tokens, audit",
            {
                "CREATE TABLE counters (name VARCHAR(32) PRIMARY KEY, value BIGINT NOT NULL)",
                "INSERT INTO counters (name, value) VALUES ('registration', 0), ('audit', 0), ('writes', 0)",
                "CREATE TABLE products (registration VARCHAR(32) PRIMARY KEY, sequence BIGINT NOT NULL UNIQUE,"
                " level INTEGER NOT NULL, category VARCHAR(64) NOT NULL, manufacturer_ja TEXT NOT NULL, manufacturer_en TEXT NOT NULL,"
                " name_ja TEXT NOT NULL, name_en TEXT NOT NULL, model TEXT NOT NULL, vulnerability_contact TEXT NOT NULL,"
                " support_until VARCHAR(10) NOT NULL, registered_at VARCHAR(40) NOT NULL, revoked_at VARCHAR(40),"
                " revocation_reason TEXT)",
                "CREATE TABLE firmware_revisions (registration VARCHAR(32) NOT NULL REFERENCES products (registration),"
                " number INTEGER NOT NULL, firmware TEXT NOT NULL, evaluated VARCHAR(10) NOT NULL, valid_until VARCHAR(10) NOT NULL,"
                " registered_at VARCHAR(40) NOT NULL, token TEXT NOT NULL, PRIMARY KEY (registration, number))",
                "CREATE TABLE staff_tokens (hash CHAR(64) PRIMARY KEY, staff TEXT NOT NULL, created_at VARCHAR(40) NOT NULL)",
                "CREATE TABLE audit (sequence BIGINT PRIMARY KEY, at VARCHAR(40) NOT NULL, actor TEXT NOT NULL,"
                " action VARCHAR(32) NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL)",
            }},
        {2, "surveillance findings",
            {
                "INSERT INTO counters (name, value) VALUES ('finding', 0)",
                "CREATE TABLE surveillance_findings (sequence BIGINT PRIMARY KEY,"
                " registration VARCHAR(32) NOT NULL REFERENCES products (registration), requirement VARCHAR(64) NOT NULL,"
                " result VARCHAR(16) NOT NULL, note TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at VARCHAR(40) NOT NULL)",
            }},
        {3, "the signed report behind each firmware revision, registered once",
            {
                "ALTER TABLE firmware_revisions ADD COLUMN report_sha256 CHAR(64)",
                "CREATE UNIQUE INDEX firmware_revisions_report ON firmware_revisions (report_sha256)",
            }},
        {4, "what each firmware revision declared, and the staff override it was accepted with",
            {
                "ALTER TABLE firmware_revisions ADD COLUMN support_until VARCHAR(10)",
                "ALTER TABLE firmware_revisions ADD COLUMN vulnerability_contact TEXT",
                "ALTER TABLE firmware_revisions ADD COLUMN overrides VARCHAR(64)",
                "ALTER TABLE firmware_revisions ADD COLUMN override_reason TEXT",
                "ALTER TABLE firmware_revisions ADD COLUMN override_by TEXT",
                // The product's support end and contact are those of its newest revision; older ones were not kept.
                "UPDATE firmware_revisions SET"
                " support_until = (SELECT p.support_until FROM products p WHERE p.registration = firmware_revisions.registration),"
                " vulnerability_contact = (SELECT p.vulnerability_contact FROM products p WHERE p.registration = "
                "firmware_revisions.registration)"
                " WHERE number = (SELECT MAX(f.number) FROM firmware_revisions f WHERE f.registration = firmware_revisions.registration)",
            }},
    };
    return all;
}

// Every table, with the order that makes its rows' fingerprint deterministic.
const QList<std::pair<const char*, const char*>> tables{{"schema_migrations", "version"}, {"counters", "name"},
    {"products", "registration"}, {"firmware_revisions", "registration, number"}, {"staff_tokens", "hash"}, {"audit", "sequence"},
    {"surveillance_findings", "sequence"}};

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QAtomicInteger<quint64> connections;

} // namespace

struct RegistryStore::Private {
    RegistryLocation location;
    const Clock& clock;
    QString connection;
    std::optional<QSqlQuery> revisionQuery;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    QString fail(const QString& what, const QSqlError& error) const
    {
        return QStringLiteral("%1: %2 failed (%3)").arg(location.display(), what, error.text().trimmed());
    }

    // A prepared statement run with `values` bound in order; false with `problem` set.
    // Statements without values (the schema's, fixed text) run directly: PostgreSQL cannot prepare DDL.
    bool run(QSqlQuery& q, const char* sql, const QVariantList& values, QString* problem) const
    {
        q.setForwardOnly(true);
        if (values.isEmpty()) {
            if (q.exec(QString::fromLatin1(sql)))
                return true;
            *problem = fail(QString::fromLatin1(sql).section(QLatin1Char(' '), 0, 2), q.lastError());
            return false;
        }
        if (!q.prepare(QString::fromLatin1(sql))) {
            *problem = fail(QString::fromLatin1(sql).section(QLatin1Char(' '), 0, 2), q.lastError());
            return false;
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *problem = fail(QString::fromLatin1(sql).section(QLatin1Char(' '), 0, 2), q.lastError());
            return false;
        }
        return true;
    }

    std::optional<qint64> next(const char* counter, QString* problem) const
    {
        QSqlQuery q(db());
        if (!run(q, "UPDATE counters SET value = value + 1 WHERE name = ?", {QString::fromLatin1(counter)}, problem)
            || !run(q, "SELECT value FROM counters WHERE name = ?", {QString::fromLatin1(counter)}, problem) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    }

    // The audit entry and the write counter that go with every write, inside its transaction.
    bool audit(const QString& actor, const char* action, const QString& subject, const QString& detail, QString* problem) const
    {
        const std::optional<qint64> sequence = next("audit", problem);
        if (!sequence || !next("writes", problem))
            return false;
        QSqlQuery q(db());
        return run(q, "INSERT INTO audit (sequence, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
            {*sequence, timestamp(clock.now()), actor, QString::fromLatin1(action), subject, detail}, problem);
    }

    // Runs `write` in one transaction: all of it, or (on any failure) none of it.
    template <typename Write> bool transaction(QString* problem, Write write) const
    {
        QSqlDatabase d = db();
        if (!d.transaction()) {
            *problem = fail(QStringLiteral("starting a transaction"), d.lastError());
            return false;
        }
        if (!write()) {
            d.rollback();
            return false;
        }
        if (!d.commit()) {
            *problem = fail(QStringLiteral("committing"), d.lastError());
            d.rollback();
            return false;
        }
        return true;
    }

    bool insertRevision(const QString& registration, int number, const ProductFacts& facts, const QDate& validUntil, const IssuerKey& key,
        const RevisionOverride& override, const QString& actor, QString* problem) const
    {
        const std::optional<LabelToken> token = LabelIssuer::sign(key, registration, facts, validUntil, problem);
        if (!token)
            return false;
        const QVariant none(QMetaType::fromType<QString>());
        const bool overridden = !override.changes.isEmpty();
        QSqlQuery q(db());
        return run(q,
            "INSERT INTO firmware_revisions (registration, number, firmware, evaluated, valid_until, registered_at, token, report_sha256,"
            " support_until, vulnerability_contact, overrides, override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)",
            {registration, number, facts.firmware, facts.evaluated.toString(Qt::ISODate), validUntil.toString(Qt::ISODate),
                timestamp(clock.now()), token->encode(),
                facts.reportSha256.isEmpty() ? none : QVariant(QString::fromLatin1(facts.reportSha256)),
                facts.supportUntil.toString(Qt::ISODate), facts.vulnerabilityContact,
                overridden ? QVariant(override.names().join(QLatin1Char(','))) : none, overridden ? QVariant(override.reason) : none,
                overridden ? QVariant(actor) : none},
            problem);
    }

    std::optional<QString> factsProblem(const ProductFacts& f, const QDate& validUntil, const QString& actor) const
    {
        if (actor.trimmed().isEmpty())
            return QStringLiteral("every write names who makes it: the actor is empty");
        if (f.level < 1 || f.level > 4)
            return QStringLiteral("level %1 is not one of ★1–★4").arg(f.level);
        if (f.model.isEmpty() || f.firmware.isEmpty() || f.category.isEmpty())
            return QStringLiteral("the model, the firmware and the category must be given");
        if (!f.evaluated.isValid() || !f.supportUntil.isValid() || !validUntil.isValid())
            return QStringLiteral("the evaluation date, the support end and the label's validity must be dates");
        const QDate today = clock.now().date();
        if (!LabelIssuer::checkValidUntil(validUntil, today))
            return QStringLiteral("the label's validity must end after today and at most two years ahead (the scheme's longest)");
        return std::nullopt;
    }

    QList<RegisteredProduct> load(const char* where, const QVariantList& values, QString* problem) const
    {
        QString ignored;
        QString* p = problem ? problem : &ignored;
        QSqlQuery q(db());
        const QByteArray products = QByteArray("SELECT registration, level, category, manufacturer_ja, manufacturer_en, name_ja, name_en,"
                                               " model, vulnerability_contact, support_until, registered_at, revoked_at,"
                                               " revocation_reason FROM products ")
            + where + " ORDER BY sequence";
        if (!run(q, products.constData(), values, p))
            return {};
        QList<RegisteredProduct> found;
        QHash<QString, qsizetype> index;
        while (q.next()) {
            RegisteredProduct r;
            r.registration = q.value(0).toString();
            r.level = q.value(1).toInt();
            r.category = q.value(2).toString();
            r.manufacturer = {q.value(3).toString(), q.value(4).toString()};
            r.name = {q.value(5).toString(), q.value(6).toString()};
            r.model = q.value(7).toString();
            r.vulnerabilityContact = q.value(8).toString();
            r.supportUntil = dateOf(q.value(9));
            r.registeredAt = timeOf(q.value(10));
            if (!q.isNull(11))
                r.revokedAt = timeOf(q.value(11));
            r.revocationReason = q.value(12).toString();
            index.insert(r.registration, found.size());
            found.append(r);
        }
        const QByteArray revisions = QByteArray("SELECT registration, firmware, evaluated, valid_until, registered_at, token,"
                                                " support_until, vulnerability_contact, overrides, override_reason, override_by"
                                                " FROM firmware_revisions ")
            + where + " ORDER BY registration, number";
        if (!run(q, revisions.constData(), values, p))
            return {};
        while (q.next()) {
            const auto at = index.constFind(q.value(0).toString());
            if (at != index.cend())
                found[*at].revisions.append({q.value(1).toString(), dateOf(q.value(2)), dateOf(q.value(3)), timeOf(q.value(4)),
                    q.value(5).toString(), dateOf(q.value(6)), q.value(7).toString(),
                    q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(9).toString(), q.value(10).toString()});
        }
        return found;
    }

    bool migrate(QString* problem) const
    {
        QSqlQuery q(db());
        if (!run(q,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                " applied_at VARCHAR(40) NOT NULL)",
                {}, problem)
            || !run(q, "SELECT MAX(version) FROM schema_migrations", {}, problem) || !q.next())
            return false;
        const int current = q.value(0).toInt();
        if (current > schemaVersion) {
            *problem = QStringLiteral("%1 has schema version %2, newer than the %3 this StarMark knows: upgrade StarMark")
                           .arg(location.display())
                           .arg(current)
                           .arg(schemaVersion);
            return false;
        }
        for (const Migration& m : migrations()) {
            if (m.version <= current)
                continue;
            const bool applied = transaction(problem, [&] {
                QSqlQuery step(db());
                for (const char* statement : m.statements)
                    if (!run(step, statement, {}, problem))
                        return false;
                return run(step, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                    {m.version, QString::fromLatin1(m.description), timestamp(clock.now())}, problem);
            });
            if (!applied) {
                *problem = QStringLiteral("migrating to schema version %1: %2").arg(m.version).arg(*problem);
                return false;
            }
        }
        return true;
    }
};

RegistryStore::RegistryStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

RegistryStore::~RegistryStore()
{
    d->revisionQuery.reset();
    const QString name = d->connection;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<RegistryStore> RegistryStore::open(const RegistryLocation& location, const Clock& clock, QString* problem)
{
    const bool sqlite = location.backend == RegistryLocation::Backend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *problem = QStringLiteral("%1: Qt's %2 driver is not installed; install %3")
                       .arg(location.display(), driver, sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql"));
        return nullptr;
    }
    auto p = std::make_unique<Private>(Private{location, clock, QStringLiteral("starmark-registry-%1").arg(++connections), {}});
    std::unique_ptr<RegistryStore> store(new RegistryStore(std::move(p)));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, store->d->connection);
    if (sqlite) {
        db.setDatabaseName(location.file);
        // Other processes (the CLI, a second server) write too: wait for their lock rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    }
    if (!db.open()) {
        *problem = QStringLiteral("%1: cannot open the registry database (%2); %3")
                       .arg(location.display(), db.lastError().text().trimmed(),
                           sqlite ? QStringLiteral("check that its folder exists and is writable")
                                  : QStringLiteral("check that the server runs, and the user, the password and the database"));
        return nullptr;
    }
    if (sqlite) {
        // Readers (the page) never wait for a writer (a publication) in WAL mode; foreign keys are off by default.
        QSqlQuery q(db);
        if (!store->d->run(q, "PRAGMA journal_mode = WAL", {}, problem) || !store->d->run(q, "PRAGMA foreign_keys = ON", {}, problem))
            return nullptr;
    }
    if (!store->d->migrate(problem))
        return nullptr;
    return store;
}

bool RegistryStore::isRegistrationNumber(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^JCS-[0-9]{2}-[0-9]{6}$"), QRegularExpression::CaseInsensitiveOption);
    return form.match(text).hasMatch();
}

std::optional<RegisteredProduct> RegistryStore::registerProduct(
    const ProductFacts& facts, const QDate& validUntil, const IssuerKey& key, const QString& actor, QString* problem)
{
    if (const std::optional<QString> wrong = d->factsProblem(facts, validUntil, actor)) {
        *problem = *wrong;
        return std::nullopt;
    }
    QString registration;
    const bool done = d->transaction(problem, [&] {
        const std::optional<qint64> sequence = d->next("registration", problem);
        if (!sequence)
            return false;
        if (*sequence > 999999) {
            *problem = QStringLiteral("%1: registration numbers are used up (JCS-YY-999999)").arg(d->location.display());
            return false;
        }
        registration = QStringLiteral("JCS-%1-%2")
                           .arg(d->clock.now().date().year() % 100, 2, 10, QLatin1Char('0'))
                           .arg(*sequence, 6, 10, QLatin1Char('0'));
        QSqlQuery q(d->db());
        return d->run(q,
                   "INSERT INTO products (registration, sequence, level, category, manufacturer_ja, manufacturer_en, name_ja, name_en,"
                   " model, vulnerability_contact, support_until, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   {registration, *sequence, facts.level, facts.category, facts.manufacturer.ja, facts.manufacturer.en, facts.name.ja,
                       facts.name.en, facts.model, facts.vulnerabilityContact, facts.supportUntil.toString(Qt::ISODate),
                       timestamp(d->clock.now())},
                   problem)
            && d->insertRevision(registration, 1, facts, validUntil, key, {}, actor, problem)
            && d->audit(actor, "register", registration,
                QStringLiteral("★%1 %2 %3 firmware %4").arg(facts.level).arg(facts.category, facts.model, facts.firmware), problem);
    });
    return done ? find(registration, problem) : std::nullopt;
}

std::optional<RegisteredProduct> RegistryStore::addRevision(const QString& registration, const ProductFacts& facts, const QDate& validUntil,
    const IssuerKey& key, const QString& actor, const RevisionOverride& override, QString* problem)
{
    if (const std::optional<QString> wrong = d->factsProblem(facts, validUntil, actor)) {
        *problem = *wrong;
        return std::nullopt;
    }
    const QString r = registration.toUpper();
    // Judged inside the transaction, on the state it writes over.
    const bool done = d->transaction(problem, [&] {
        const std::optional<RegisteredProduct> product = find(r, problem);
        if (!product) {
            if (problem->isEmpty())
                *problem = QStringLiteral("%1 is not registered").arg(r);
            return false;
        }
        if (const QString refused = RevisionPolicy::problem(*product, facts, override); !refused.isEmpty()) {
            *problem = refused;
            return false;
        }
        QString detail = QStringLiteral("firmware %1").arg(facts.firmware);
        if (!override.changes.isEmpty())
            detail += QStringLiteral("; override %1, reason: %2; before: firmware %3, support until %4, contact %5")
                          .arg(override.names().join(QLatin1Char(',')), override.reason, product->current().firmware,
                              product->supportUntil.toString(Qt::ISODate), product->vulnerabilityContact);
        QSqlQuery q(d->db());
        return d->run(q, "UPDATE products SET support_until = ?, vulnerability_contact = ? WHERE registration = ?",
                   {facts.supportUntil.toString(Qt::ISODate), facts.vulnerabilityContact, r}, problem)
            && d->insertRevision(r, int(product->revisions.size()) + 1, facts, validUntil, key, override, actor, problem)
            && d->audit(actor, "add-revision", r, detail, problem);
    });
    return done ? find(r, problem) : std::nullopt;
}

bool RegistryStore::revoke(const QString& registration, const QString& reason, const QString& actor, QString* problem)
{
    const QString r = registration.toUpper();
    if (reason.trimmed().isEmpty() || actor.trimmed().isEmpty()) {
        *problem = QStringLiteral("a revocation needs a reason (the page shows it) and the name of who revokes");
        return false;
    }
    return d->transaction(problem, [&] {
        QSqlQuery q(d->db());
        if (!d->run(q, "UPDATE products SET revoked_at = ?, revocation_reason = ? WHERE registration = ? AND revoked_at IS NULL",
                {timestamp(d->clock.now()), reason, r}, problem))
            return false;
        if (q.numRowsAffected() != 1) {
            *problem = find(r) ? QStringLiteral("%1 is already revoked").arg(r) : QStringLiteral("%1 is not registered").arg(r);
            return false;
        }
        return d->audit(actor, "revoke", r, reason, problem);
    });
}

std::optional<QString> RegistryStore::registrationOf(const QByteArray& reportSha256) const
{
    QSqlQuery q(d->db());
    QString problem;
    if (reportSha256.isEmpty()
        || !d->run(q, "SELECT registration FROM firmware_revisions WHERE report_sha256 = ?", {QString::fromLatin1(reportSha256)}, &problem)
        || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<RegisteredProduct> RegistryStore::find(const QString& registration, QString* problem) const
{
    const QList<RegisteredProduct> found = d->load("WHERE registration = ?", {registration.toUpper()}, problem);
    if (found.isEmpty() || found.constFirst().revisions.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<RegisteredProduct> RegistryStore::list(QString* problem) const
{
    return d->load("", {}, problem);
}

QString RegistryStore::addStaffToken(const QString& staff, const QString& actor, QString* problem)
{
    if (staff.trimmed().isEmpty() || actor.trimmed().isEmpty()) {
        *problem = QStringLiteral("a staff token needs the name of whom it is for and of who issues it");
        return {};
    }
    // 32 random bytes: guessing is hopeless, so a plain SHA-256 is enough to store (no salt, no stretching needed).
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    const QString token
        = QStringLiteral("smk_") + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Sha256 hash;
    hash.add(token.toUtf8());
    const QString digest = QString::fromLatin1(hash.hex());
    const bool done = d->transaction(problem, [&] {
        QSqlQuery q(d->db());
        return d->run(q, "INSERT INTO staff_tokens (hash, staff, created_at) VALUES (?, ?, ?)", {digest, staff, timestamp(d->clock.now())},
                   problem)
            && d->audit(actor, "add-staff-token", staff, QStringLiteral("sha256 %1…").arg(digest.left(12)), problem);
    });
    return done ? token : QString();
}

bool RegistryStore::revokeStaffTokens(const QString& staff, const QString& actor, QString* problem)
{
    if (actor.trimmed().isEmpty()) {
        *problem = QStringLiteral("every write names who makes it: the actor is empty");
        return false;
    }
    return d->transaction(problem, [&] {
        QSqlQuery q(d->db());
        if (!d->run(q, "DELETE FROM staff_tokens WHERE staff = ?", {staff}, problem))
            return false;
        const int withdrawn = q.numRowsAffected();
        if (withdrawn < 1) {
            *problem = QStringLiteral("%1 holds no staff token (see 'starmark serve tokens')").arg(staff);
            return false;
        }
        return d->audit(actor, "revoke-staff-tokens", staff, QStringLiteral("%1 token(s)").arg(withdrawn), problem);
    });
}

QList<RegistryStore::StaffToken> RegistryStore::staffTokens(QString* problem) const
{
    QString ignored;
    QSqlQuery q(d->db());
    if (!d->run(q, "SELECT staff, created_at, hash FROM staff_tokens ORDER BY created_at, hash", {}, problem ? problem : &ignored))
        return {};
    QList<StaffToken> tokens;
    while (q.next())
        tokens.append({q.value(0).toString(), timeOf(q.value(1)), q.value(2).toString().left(12)});
    return tokens;
}

std::optional<QString> RegistryStore::staffOf(const QString& token) const
{
    if (!token.startsWith(QLatin1String("smk_")) || token.size() > 100)
        return std::nullopt;
    Sha256 hash;
    hash.add(token.toUtf8());
    QSqlQuery q(d->db());
    QString problem;
    if (!d->run(q, "SELECT staff FROM staff_tokens WHERE hash = ?", {QString::fromLatin1(hash.hex())}, &problem) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool RegistryStore::recordFinding(const SurveillanceFinding& f, const QString& actor, QString* problem)
{
    const QString r = f.registration.toUpper();
    if (actor.trimmed().isEmpty() || f.requirement.trimmed().isEmpty()) {
        *problem = QStringLiteral("a finding names the requirement it is about and who records it");
        return false;
    }
    if (f.result != SurveillanceFinding::Result::Conforms && f.note.trimmed().isEmpty()) {
        *problem = QStringLiteral("a %1 needs a note saying what was found")
                       .arg(termName<SurveillanceFinding::Result>(findingResults, f.result));
        return false;
    }
    if (!find(r)) {
        *problem = QStringLiteral("%1 is not registered").arg(r);
        return false;
    }
    const QString result = termName<SurveillanceFinding::Result>(findingResults, f.result);
    // A null QString would be bound as SQL NULL; "no note" is an empty one.
    const QString note = f.note.isNull() ? QStringLiteral("") : f.note;
    return d->transaction(problem, [&] {
        const std::optional<qint64> sequence = d->next("finding", problem);
        QSqlQuery q(d->db());
        return sequence
            && d->run(q,
                "INSERT INTO surveillance_findings (sequence, registration, requirement, result, note, recorded_by, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                {*sequence, r, f.requirement, result, note, actor, timestamp(d->clock.now())}, problem)
            && d->audit(actor, "record-finding", r, QStringLiteral("%1 %2").arg(f.requirement, result), problem);
    });
}

QList<SurveillanceFinding> RegistryStore::findings(const QString& registration, QString* problem) const
{
    QString ignored;
    QSqlQuery q(d->db());
    const bool all = registration.isEmpty();
    const char* sql = all ? "SELECT registration, requirement, result, note, recorded_by, recorded_at FROM surveillance_findings"
                            " ORDER BY sequence"
                          : "SELECT registration, requirement, result, note, recorded_by, recorded_at FROM surveillance_findings"
                            " WHERE registration = ? ORDER BY sequence";
    if (!d->run(q, sql, all ? QVariantList() : QVariantList{registration.toUpper()}, problem ? problem : &ignored))
        return {};
    QList<SurveillanceFinding> found;
    while (q.next()) {
        const std::optional<SurveillanceFinding::Result> result
            = termFromName<SurveillanceFinding::Result>(findingResults, q.value(2).toString().toStdString());
        found.append({q.value(0).toString(), q.value(1).toString(), result.value_or(SurveillanceFinding::Result::Observation),
            q.value(3).toString(), q.value(4).toString(), timeOf(q.value(5))});
    }
    return found;
}

QList<AuditEntry> RegistryStore::audit(QString* problem) const
{
    QString ignored;
    QSqlQuery q(d->db());
    if (!d->run(q, "SELECT sequence, at, actor, action, subject, detail FROM audit ORDER BY sequence", {}, problem ? problem : &ignored))
        return {};
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), timeOf(q.value(1)), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString()});
    return entries;
}

qint64 RegistryStore::revision() const
{
    // Asked before every page served from a cache: prepared once, run many times.
    if (!d->revisionQuery) {
        d->revisionQuery.emplace(d->db());
        if (!d->revisionQuery->prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?")))
            return -1;
    }
    QSqlQuery& q = *d->revisionQuery;
    q.addBindValue(QStringLiteral("writes"));
    const bool read = q.exec() && q.next();
    const qint64 value = read ? q.value(0).toLongLong() : -1;
    q.finish();
    return value;
}

QByteArray RegistryStore::fingerprint() const
{
    Sha256 hash;
    QString problem;
    for (const auto& [table, order] : tables) {
        QSqlQuery q(d->db());
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY " + order;
        if (!d->run(q, sql.constData(), {}, &problem))
            return {};
        hash.add(QByteArray(table) + '\n');
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.add((q.isNull(i) ? QByteArray("\x01") : q.value(i).toString().toUtf8()) + '\x1f');
            hash.add(QByteArray("\x1e"));
        }
    }
    return hash.hex();
}

int RegistryStore::appliedSchemaVersion() const
{
    QSqlQuery q(d->db());
    QString problem;
    if (!d->run(q, "SELECT MAX(version) FROM schema_migrations", {}, &problem) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString RegisteredProduct::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::SupportEnded:
        return QStringLiteral("support-ended");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

RegisteredProduct::Status RegisteredProduct::status(const QDate& today) const
{
    if (revokedAt)
        return Status::Revoked;
    if (!revisions.isEmpty() && today > current().validUntil)
        return Status::Expired;
    if (today > supportUntil)
        return Status::SupportEnded;
    return Status::Valid;
}

} // namespace starmark
