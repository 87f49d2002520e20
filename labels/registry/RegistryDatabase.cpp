#include "labels/registry/RegistryDatabase.h"

#include "evaluators/Clock.h"
#include "evaluators/Sha256.h"
#include "labels/registry/TransparencyLog.h"

#include <QAtomicInteger>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

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
        {5, "the family of models each registration covers, and the revision that added each",
            {
                "CREATE TABLE product_models (registration VARCHAR(32) NOT NULL REFERENCES products (registration),"
                " position INTEGER NOT NULL, model VARCHAR(64) NOT NULL, revision INTEGER NOT NULL,"
                " PRIMARY KEY (registration, position), UNIQUE (registration, model))",
                "CREATE INDEX product_models_model ON product_models (model)",
                // A registration made before families covers its one model, since its first revision.
                "INSERT INTO product_models (registration, position, model, revision) SELECT registration, 0, model, 1 FROM products",
            }},
        {6, "the transparency log and the revocation list's sequence",
            {
                "CREATE TABLE transparency_log (idx BIGINT PRIMARY KEY, entry TEXT NOT NULL, leaf_hash CHAR(64) NOT NULL)",
                "INSERT INTO counters (name, value) VALUES ('log', 0)",
                "INSERT INTO counters (name, value) SELECT 'revocations', COUNT(*) FROM products WHERE revoked_at IS NOT NULL",
            }},
    };
    return all;
}

// Every table, with the order that makes its rows' fingerprint deterministic.
const QList<std::pair<const char*, const char*>> tables{{"schema_migrations", "version"}, {"counters", "name"},
    {"products", "registration"}, {"firmware_revisions", "registration, number"}, {"staff_tokens", "hash"}, {"audit", "sequence"},
    {"surveillance_findings", "sequence"}, {"transparency_log", "idx"},
    {"product_models", "registration, position"}};

// The writes the transparency log records, and the one that raises the revocation list's sequence.
bool logged(const char* action)
{
    return qstrcmp(action, "register") == 0 || qstrcmp(action, "add-revision") == 0 || qstrcmp(action, "revoke") == 0;
}

QAtomicInteger<quint64> connections;

} // namespace

RegistryDatabase::RegistryDatabase(const RegistryLocation& location, const Clock& clock, QString connection)
    : m_location(location)
    , m_clock(clock)
    , m_connection(std::move(connection))
{
}

RegistryDatabase::~RegistryDatabase()
{
    m_revisionQuery.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<RegistryDatabase>> RegistryDatabase::open(const RegistryLocation& location, const Clock& clock)
{
    const bool sqlite = location.backend == RegistryLocation::Backend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    const SourceLocation where{location.display()};
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Problem::unusable(QStringLiteral("registry.driver-missing"),
            Message("RegistryDatabase", "Qt's %1 driver is not installed (Debian package %2)")
                .arg(driver)
                .arg(sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql")),
            where);
    std::unique_ptr<RegistryDatabase> database(
        new RegistryDatabase(location, clock, QStringLiteral("starmark-registry-%1").arg(++connections)));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connection);
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
    if (!db.open())
        return Problem::unusable(QStringLiteral("registry.database-unopenable"),
            sqlite ? Message("RegistryDatabase", "the registry database cannot be opened (%1): its folder must exist and be writable")
                         .arg(Message::plain(db.lastError().text().trimmed()))
                   : Message("RegistryDatabase",
                       "the registry database cannot be opened (%1): is the server running, and are the user, the password and the "
                       "database right?")
                         .arg(Message::plain(db.lastError().text().trimmed())),
            where);
    if (sqlite) {
        // Readers (the page) never wait for a writer (a publication) in WAL mode; foreign keys are off by default.
        QSqlQuery q(db);
        if (Result<void> set = database->run(q, "PRAGMA journal_mode = WAL"); !set)
            return set.problems();
        if (Result<void> set = database->run(q, "PRAGMA foreign_keys = ON"); !set)
            return set.problems();
    }
    if (Result<void> migrated = database->migrate(); !migrated)
        return migrated.problems();
    return database;
}

QSqlDatabase RegistryDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

Problem RegistryDatabase::failure(const char* statement, const QString& error) const
{
    return Problem::unusable(QStringLiteral("registry.database-failed"),
        Message("RegistryDatabase", "%1 failed: %2")
            .arg(QString::fromLatin1(statement).section(QLatin1Char(' '), 0, 2))
            .arg(Message::plain(error.trimmed())),
        SourceLocation{m_location.display()});
}

Result<void> RegistryDatabase::run(QSqlQuery& q, const char* sql, const QVariantList& values) const
{
    q.setForwardOnly(true);
    if (values.isEmpty())
        return q.exec(QString::fromLatin1(sql)) ? Result<void>() : failure(sql, q.lastError().text());
    if (!q.prepare(QString::fromLatin1(sql)))
        return failure(sql, q.lastError().text());
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() ? Result<void>() : failure(sql, q.lastError().text());
}

Result<qint64> RegistryDatabase::next(const char* counter) const
{
    QSqlQuery q(connection());
    if (Result<void> bumped = run(q, "UPDATE counters SET value = value + 1 WHERE name = ?", {QString::fromLatin1(counter)}); !bumped)
        return bumped.problems();
    return current(counter);
}

Result<qint64> RegistryDatabase::current(const char* counter) const
{
    QSqlQuery q(connection());
    if (Result<void> read = run(q, "SELECT value FROM counters WHERE name = ?", {QString::fromLatin1(counter)}); !read)
        return read.problems();
    if (!q.next())
        return failure("SELECT value FROM counters", QStringLiteral("no counter %1").arg(QLatin1String(counter)));
    return q.value(0).toLongLong();
}

Result<void> RegistryDatabase::named(const QString& actor)
{
    if (actor.trimmed().isEmpty())
        return Problem::invalid(
            QStringLiteral("registry.no-actor"), Message("RegistryDatabase", "every write names who makes it: the actor is empty"));
    return {};
}

Result<void> RegistryDatabase::audit(const QString& actor, const char* action, const QString& subject, const QString& detail) const
{
    if (Result<void> ok = named(actor); !ok)
        return ok;
    const Result<qint64> sequence = next("audit");
    if (!sequence)
        return sequence.problems();
    if (Result<qint64> writes = next("writes"); !writes)
        return writes.problems();
    QSqlQuery q(connection());
    if (Result<void> written = run(q, "INSERT INTO audit (sequence, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
            {*sequence, timestamp(m_clock.now()), actor, QString::fromLatin1(action), subject, detail});
        !written)
        return written;
    // Here, where every write passes, rather than in each record class: no change of a product can skip its log entry.
    if (!logged(action))
        return {};
    if (qstrcmp(action, "revoke") == 0)
        if (Result<qint64> raised = next("revocations"); !raised)
            return raised.problems();
    return TransparencyLog(*this).record(QString::fromLatin1(action), subject);
}

Result<void> RegistryDatabase::migrate() const
{
    QSqlQuery q(connection());
    if (Result<void> made = run(q,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
            " applied_at VARCHAR(40) NOT NULL)");
        !made)
        return made;
    if (Result<void> read = run(q, "SELECT version FROM schema_migrations"); !read)
        return read;
    // Each version not yet applied, not only those above the highest: versions made on different
    // branches may arrive out of order (6 before 5), and each is applied once.
    QSet<int> done;
    while (q.next())
        done.insert(q.value(0).toInt());
    const int applied = done.isEmpty() ? 0 : *std::max_element(done.cbegin(), done.cend());
    if (applied > schemaVersion)
        return Problem::unusable(QStringLiteral("registry.schema-newer"),
            Message("RegistryDatabase", "the database has schema version %1, newer than the %2 this StarMark knows")
                .arg(applied)
                .arg(schemaVersion),
            SourceLocation{m_location.display()});
    for (const Migration& m : migrations()) {
        if (done.contains(m.version))
            continue;
        const Result<void> done = transaction([&] {
            QSqlQuery step(connection());
            for (const char* statement : m.statements)
                if (Result<void> ran = run(step, statement); !ran)
                    return ran;
            // The log starts with what the registry holds: each product as it stands, since nothing earlier can be proven.
            if (m.version == 6)
                if (Result<void> logged = TransparencyLog(*this).recordExisting(); !logged)
                    return logged;
            return run(step, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                {m.version, QString::fromLatin1(m.description), timestamp(m_clock.now())});
        });
        if (!done) {
            Problems problems = done.problems();
            problems.prepend(Problem::unusable(QStringLiteral("registry.migration-failed"),
                Message("RegistryDatabase", "migrating to schema version %1 failed").arg(m.version), SourceLocation{m_location.display()}));
            return problems;
        }
    }
    return {};
}

Result<QList<AuditEntry>> RegistryDatabase::auditEntries() const
{
    QSqlQuery q(connection());
    if (Result<void> read = run(q, "SELECT sequence, at, actor, action, subject, detail FROM audit ORDER BY sequence"); !read)
        return read.problems();
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), timeOf(q.value(1)), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString()});
    return entries;
}

qint64 RegistryDatabase::revision() const
{
    // Asked before every page served from a cache: prepared once, run many times.
    if (!m_revisionQuery) {
        m_revisionQuery.emplace(connection());
        if (!m_revisionQuery->prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?")))
            return -1;
    }
    QSqlQuery& q = *m_revisionQuery;
    q.addBindValue(QStringLiteral("writes"));
    const bool read = q.exec() && q.next();
    const qint64 value = read ? q.value(0).toLongLong() : -1;
    q.finish();
    return value;
}

QByteArray RegistryDatabase::fingerprint() const
{
    Sha256 hash;
    for (const auto& [table, order] : tables) {
        QSqlQuery q(connection());
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY " + order;
        if (!run(q, sql.constData()))
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

int RegistryDatabase::appliedSchemaVersion() const
{
    QSqlQuery q(connection());
    if (!run(q, "SELECT MAX(version) FROM schema_migrations") || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString RegistryDatabase::timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime RegistryDatabase::timeOf(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QDate RegistryDatabase::dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace starmark
