#include "evaluators/AssessmentFile.h"

#include "criteria/CatalogJson.h"
#include "evaluators/AssessmentChange.h"
#include "evaluators/AssessmentJson.h"
#include "evaluators/EvidenceStore.h"
#include "evaluators/Sha256.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

namespace starmark {
namespace {

const QString formatName = QStringLiteral("starmark-assessment");
constexpr int busyTimeoutSeconds = 5;

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Flattens nested objects to dotted keys, so that the audit names the field that changed.
void flatten(const QJsonObject& json, const QString& prefix, QMap<QString, QString>& out)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else if (it.value().isArray())
            out.insert(key, QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)));
        else
            out.insert(key, it.value().toVariant().toString());
    }
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("starmark-assessment-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's result codes, as Qt's driver gives them in nativeErrorCode().
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteIoError = 10;
constexpr int sqliteFull = 13;

QString sqliteProblem(const QString& path, const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // the primary code, whether or not the extended one is given
    rlimit limit{};
    const bool sizeLimited = ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY;
    if (code == sqliteBusy || code == sqliteLocked) {
        return QStringLiteral("cannot write %1: another program is writing to it and has held it for more than %2 seconds. "
                              "Nothing was changed; try again when that program has finished")
            .arg(path)
            .arg(busyTimeoutSeconds);
    }
    if ((code == sqliteFull || code == sqliteIoError) && sizeLimited) {
        return QStringLiteral("cannot write %1: the file size limit was hit (ulimit -f: %2 bytes). Nothing was changed: the file still "
                              "holds its previous state. Raise the limit, then try again")
            .arg(path)
            .arg(qulonglong(limit.rlim_cur));
    }
    if (code == sqliteFull) {
        return QStringLiteral("cannot write %1: the disk is full. Nothing was changed: the file still holds its previous state. "
                              "Free some space, then try again")
            .arg(path);
    }
    return QStringLiteral("cannot write %1: %2. Nothing was changed: the file still holds its previous state. "
                          "Check free disk space and permissions, then try again")
        .arg(path, error.text());
}

// The tables of format 2, by name, as created; format 1 lacked audit.state,
// which ALTER TABLE adds with exactly this text.
const QList<std::pair<QString, QString>>& ownTables()
{
    static const QList<std::pair<QString, QString>> list{
        {QStringLiteral("meta"), QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")},
        {QStringLiteral("catalogs"),
            QStringLiteral("CREATE TABLE catalogs(position INTEGER PRIMARY KEY, qualified_id TEXT NOT NULL, digest TEXT NOT NULL, "
                           "content TEXT NOT NULL)")},
        {QStringLiteral("profile"), QStringLiteral("CREATE TABLE profile(question TEXT PRIMARY KEY, answer TEXT NOT NULL)")},
        {QStringLiteral("results"), QStringLiteral("CREATE TABLE results(requirement TEXT PRIMARY KEY, body TEXT NOT NULL)")},
        {QStringLiteral("revisions"),
            QStringLiteral("CREATE TABLE revisions(number INTEGER PRIMARY KEY, firmware TEXT NOT NULL, closed_at TEXT NOT NULL, "
                           "snapshot TEXT NOT NULL)")},
        {QStringLiteral("audit"),
            QStringLiteral("CREATE TABLE audit(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, "
                           "target TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL, "
                           "state TEXT NOT NULL DEFAULT '')")},
    };
    return list;
}

const QString stateColumn = QStringLiteral(", state TEXT NOT NULL DEFAULT '')");

// The tables a file of `format` must have, exactly.
QMap<QString, QString> expectedTables(int format)
{
    QMap<QString, QString> tables;
    for (const auto& [name, sql] : ownTables())
        tables.insert(name, sql);
    for (const auto& [name, sql] : EvidenceStore::tables())
        tables.insert(name, sql);
    if (format < 2)
        tables[QStringLiteral("audit")].replace(stateColumn, QStringLiteral(")"));
    return tables;
}

// Why the file's schema is not one StarMark makes, or empty. A planted trigger,
// view or index could change what is read or written behind the audit trail.
QString schemaProblem(const QSqlDatabase& db, int format)
{
    const QMap<QString, QString> expected = expectedTables(format);
    QSet<QString> seen;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid")))
        return QStringLiteral("its schema cannot be read (%1)").arg(q.lastError().text());
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        // Indexes SQLite makes itself for PRIMARY KEY and UNIQUE: no CREATE INDEX can give this name.
        if (type == QLatin1String("index") && q.value(3).isNull() && name.startsWith(QLatin1String("sqlite_autoindex_"))
            && expected.contains(q.value(2).toString()))
            continue;
        if (type == QLatin1String("table") && expected.value(name) == q.value(3).toString()) {
            seen.insert(name);
            continue;
        }
        if (type == QLatin1String("table") && expected.contains(name))
            return QStringLiteral("its table '%1' was changed outside StarMark; refusing to use it. Ask for the file as StarMark wrote it")
                .arg(name);
        return QStringLiteral("it holds a %1 '%2' that StarMark never makes: it was added outside StarMark and could change what is "
                              "read or written. Refusing to use it; ask for the file as StarMark wrote it")
            .arg(type, name);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            return QStringLiteral("its table '%1' is missing: the file was damaged or changed outside StarMark. Refusing to use it")
                .arg(it.key());
    }
    return {};
}

// An invalid error when the file has its tables.
QSqlError createSchema(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA page_size = 65536"))) // evidence is most of the file: fewer, larger pages
        return q.lastError();
    for (const auto& [name, sql] : ownTables()) {
        if (!q.exec(sql))
            return q.lastError();
    }
    if (const QSqlError error = EvidenceStore::createSchema(db); error.isValid())
        return error;
    if (!q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('format', ?), ('schema', ?)")))
        return q.lastError();
    q.addBindValue(formatName);
    q.addBindValue(QString::number(AssessmentFile::formatVersion));
    return q.exec() ? QSqlError() : q.lastError();
}

// Before anything reads the schema: functions in views and triggers of a file are not to be trusted.
bool configure(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    q.exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return q.exec(QStringLiteral("PRAGMA trusted_schema")) && q.next() && q.value(0).toInt() == 0;
}

QString metaValue(const QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Collects a transaction's writes and stops at the first failure.
class Writer {
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    bool ok() const { return !m_error.isValid(); }
    const QSqlError& error() const { return m_error; }
    void fail(const QSqlError& error)
    {
        if (ok())
            m_error = error.isValid() ? error : QSqlError(QStringLiteral("write failed"), {}, QSqlError::UnknownError);
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        if (!ok())
            return;
        QSqlQuery q(m_db);
        // A failed prepare (an I/O error, a full disk) is the error, not the "parameter count mismatch" exec would add.
        if (!q.prepare(sql)) {
            fail(q.lastError());
            return;
        }
        for (const QVariant& v : values) {
            // A null QString binds as SQL NULL; an empty text is what is meant.
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (!q.exec())
            fail(q.lastError());
    }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
};

} // namespace

AssessmentFile::AssessmentFile(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

AssessmentFile::~AssessmentFile()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<AssessmentFile> AssessmentFile::open(const QString& path, Access access, QString* error, const Clock& clock)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file; create one with 'starmark assess init' or 'starmark assess import'"));
    if (info.isDir())
        return fail(QStringLiteral("this is a folder, not an assessment file"));
    if (!info.isFile())
        return fail(QStringLiteral("not a regular file, so not an assessment file (*.starmark)"));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be read (%1); check its permissions").arg(probe.errorString()));
    if (!probe.read(16).startsWith("SQLite format 3"))
        return fail(QStringLiteral("not a StarMark assessment file (*.starmark)"));
    probe.close();

    const QString connection = nextConnectionName();
    std::unique_ptr<AssessmentFile> file(new AssessmentFile(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutSeconds * 1000);
    db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + busy : busy);
    if (!db.open())
        return fail(QStringLiteral("cannot be opened (%1)").arg(db.lastError().text()));
    if (!configure(db))
        return fail(QStringLiteral("cannot be opened safely: this SQLite does not turn trusted_schema off"));
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")))
        return fail(QStringLiteral("cannot be read as an assessment (%1)").arg(tables.lastError().text()));
    if (!tables.next() || metaValue(db, QStringLiteral("format")) != formatName)
        return fail(QStringLiteral("not a StarMark assessment file (*.starmark)"));
    tables.finish();
    file->m_format = metaValue(db, QStringLiteral("schema")).toInt();
    if (file->m_format > formatVersion)
        return fail(QStringLiteral("written by a newer StarMark (file format %1); update StarMark to open it").arg(file->m_format));
    if (file->m_format < 1)
        return fail(QStringLiteral("not a StarMark assessment file (*.starmark): its format is not recorded"));
    if (const QString problem = schemaProblem(db, file->m_format); !problem.isEmpty())
        return fail(problem);
    if (access == Access::ReadWrite && file->m_format < formatVersion) {
        QString problem;
        if (!file->upgrade(clock, &problem))
            return fail(problem);
    }
    return file;
}

// Format 1 to 2: the trail starts recording the state after each entry. The
// state as found cannot be proved; the upgrade entry says so by being there.
bool AssessmentFile::upgrade(const Clock& clock, QString* error)
{
    const AuditTrail::Verification v = verifyAudit();
    if (!v.intact) {
        *error = QStringLiteral("its audit trail is broken (%1), so it is not upgraded to file format %2; ask for the file as StarMark "
                                "wrote it")
                     .arg(v.problem)
                     .arg(formatVersion);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = sqliteProblem(m_path, q.lastError());
        return false;
    }
    const int from = m_format;
    Writer w(db);
    w.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN state TEXT NOT NULL DEFAULT ''"), {});
    w.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema'"), {QString::number(formatVersion)});
    m_format = formatVersion;
    if (w.ok()) {
        std::optional<AuditTrail::Entry> last = newestAuditEntry();
        AuditTrail::Entry e{0, clock.now().toUTC(), QStringLiteral("starmark"), QStringLiteral("upgrade"),
            QStringLiteral("format"), QString::number(from), QString::number(formatVersion), {}, {}, stateHash()};
        AuditTrail::chain(e, last ? &*last : nullptr);
        w.exec(QStringLiteral("INSERT INTO audit(seq, at, who, action, target, old, new, prev, hash, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?)"),
            {e.seq, e.at.toString(Qt::ISODateWithMs), e.who, e.action, e.target, e.oldValue, e.newValue, QString::fromLatin1(e.previous),
                QString::fromLatin1(e.hash), QString::fromLatin1(e.state)});
        w.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)"), {QString::fromLatin1(e.hash)});
    }
    if (!w.ok() || !q.exec(QStringLiteral("COMMIT"))) {
        *error = sqliteProblem(m_path, w.ok() ? q.lastError() : w.error());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_format = from;
        return false;
    }
    return true;
}

std::unique_ptr<AssessmentFile> AssessmentFile::create(const QString& path, const Assessment& assessment,
    const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error)
{
    if (QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1 already exists; choose another name, or import into it to update it").arg(path);
        return nullptr;
    }
    // A creation killed half-way left its partial file behind: clear those whose process is gone.
    const QFileInfo target(path);
    const QString prefix = target.fileName() + QStringLiteral(".partial-");
    for (const QFileInfo& stale : QDir(target.absolutePath()).entryInfoList({prefix + QLatin1Char('*')}, QDir::Files)) {
        bool ok = false;
        const qint64 pid = stale.fileName().mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(stale.filePath());
    }
    const QString temporary = QStringLiteral("%1.partial-%2").arg(path).arg(QCoreApplication::applicationPid());
    auto clear = [&] {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
    };
    clear();
    {
        const QString connection = nextConnectionName();
        QSqlError failed;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temporary);
            failed = db.open() ? createSchema(db) : db.lastError();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (failed.isValid()) {
            clear();
            if (error)
                *error = sqliteProblem(path, failed).replace(QStringLiteral("the file still holds its previous state"),
                    QStringLiteral("no file was made"));
            return nullptr;
        }
    }
    std::unique_ptr<AssessmentFile> file = open(temporary, Access::ReadWrite, error, clock);
    if (!file || !file->save(assessment, chain, who, clock, error)) {
        file.reset();
        clear();
        if (error)
            error->replace(temporary, path).replace(QStringLiteral("the file still holds its previous state"), QStringLiteral("no file was made"));
        return nullptr;
    }
    file.reset();
    if (!QFile::rename(temporary, path)) {
        clear();
        if (error)
            *error = QStringLiteral("cannot create %1: renaming the finished file into place failed").arg(path);
        return nullptr;
    }
    return open(path, Access::ReadWrite, error, clock);
}

std::optional<Assessment> AssessmentFile::load(QString* error) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    Assessment a;
    const QString header = metaValue(db, QStringLiteral("assessment"));
    if (header.isEmpty() || !AssessmentJson::readHeader(parse(header), a)) {
        if (error)
            *error = QStringLiteral("%1: the assessment in this file is damaged or empty").arg(m_path);
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT question, answer FROM profile"));
    while (q.next())
        a.profile.insert(q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT requirement, body FROM results"));
    while (q.next()) {
        std::optional<Assessment::Result> r = AssessmentJson::resultFromJson(parse(q.value(1).toString()));
        if (!r) {
            if (error)
                *error = QStringLiteral("%1: the result of %2 is damaged").arg(m_path, q.value(0).toString());
            return std::nullopt;
        }
        a.results.insert(q.value(0).toString(), *r);
    }
    return a;
}

bool AssessmentFile::save(
    const Assessment& next, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error)
{
    return update(
        [&](Assessment& state) {
            state = next;
            return QString();
        },
        chain, who, clock, error);
}

bool AssessmentFile::save(const Assessment& base, const Assessment& next, const QList<const Catalog*>& chain, const QString& who,
    const Clock& clock, QString* error)
{
    const AssessmentChange change(base, next);
    return update(
        [&](Assessment& state) {
            change.applyTo(state);
            return QString();
        },
        chain, who, clock, error);
}

bool AssessmentFile::update(const Edit& edit, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error,
    const std::optional<Origin>& origin)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // IMMEDIATE: the write lock is taken before the state is read, so no other writer changes it in between.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = sqliteProblem(m_path, begin.lastError());
        return false;
    }
    auto rollback = [&] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        // After an I/O error (a full disk, a file size limit) SQLite leaves the undo to the next
        // connection: reopening now puts the file back as it was, byte for byte.
        if (QFileInfo::exists(m_path + QStringLiteral("-journal"))) {
            db.close();
            if (db.open() && configure(db))
                metaValue(db, QStringLiteral("format"));
        }
    };
    // Checked again here: a trigger planted while the file was open would act on this very change.
    if (const QString problem = schemaProblem(db, m_format); !problem.isEmpty()) {
        rollback();
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, problem);
        return false;
    }
    const bool fresh = metaValue(db, QStringLiteral("assessment")).isEmpty();
    Assessment current;
    if (!fresh) {
        std::optional<Assessment> loaded = load(error);
        if (!loaded) {
            rollback();
            return false;
        }
        current = *loaded;
    }
    Assessment next = current;
    if (const QString problem = edit(next); !problem.isEmpty()) {
        rollback();
        if (error)
            *error = problem;
        return false;
    }
    if (!write(fresh, current, next, chain, who, clock, error, origin)) {
        rollback();
        return false;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = sqliteProblem(m_path, commit.lastError());
        rollback();
        return false;
    }
    return true;
}

bool AssessmentFile::write(bool fresh, const Assessment& current, const Assessment& requested, const QList<const Catalog*>& chain,
    const QString& who, const Clock& clock, QString* error, const std::optional<Origin>& origin)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!fresh && current.isLocked() && requested.revision <= current.revision && requested != current) {
        if (error) {
            *error = QStringLiteral("%1 was signed off by %2 on %3 and is locked; start a new revision with 'starmark assess revise'")
                         .arg(m_path, current.signOff->reviewer, current.signOff->at.toString(Qt::ISODate));
        }
        return false;
    }

    Writer w(db);
    QList<AuditTrail::Entry> entries;
    const QDateTime now = clock.now().toUTC();
    auto audit = [&](const QString& action, const QString& target, const QString& oldValue, const QString& newValue) {
        entries.append({0, now, who, action, target, oldValue, newValue, {}, {}, {}});
    };

    if (fresh)
        audit(QStringLiteral("create"), QStringLiteral("assessment"), {}, requested.catalog);

    // Evidence first: results cite it by SHA-256.
    Assessment next = requested;
    EvidenceStore store(db);
    QMap<QString, EvidenceStore::Stored> storedBySource;
    for (Assessment::Result& result : next.results) {
        for (Assessment::Evidence& evidence : result.evidence) {
            if (evidence.sourcePath.isEmpty())
                continue;
            auto it = storedBySource.constFind(evidence.sourcePath);
            if (it == storedBySource.cend()) {
                QString problem;
                const std::optional<EvidenceStore::Stored> stored = store.store(evidence.sourcePath, &problem);
                if (!stored) {
                    if (error) {
                        *error = store.sqlError().isValid()
                            ? sqliteProblem(m_path, store.sqlError())
                            : QStringLiteral("cannot store evidence %1 in %2: %3. Nothing was changed").arg(evidence.name, m_path, problem);
                    }
                    return false;
                }
                if (stored->added)
                    audit(QStringLiteral("store-evidence"), QString::fromLatin1(stored->sha256), {},
                        QStringLiteral("%1 (%2 bytes)").arg(evidence.name).arg(stored->size));
                it = storedBySource.insert(evidence.sourcePath, *stored);
            }
            evidence.sha256 = it->sha256;
            evidence.size = it->size;
            evidence.sourcePath.clear();
        }
    }

    if (next.revision > current.revision && !fresh) {
        w.exec(QStringLiteral("INSERT INTO revisions(number, firmware, closed_at, snapshot) VALUES (?, ?, ?, ?)"),
            {current.revision, current.product.firmware, now.toString(Qt::ISODateWithMs), compact(AssessmentJson::toJson(current))});
        audit(QStringLiteral("revise"), QStringLiteral("revision"), QString::number(current.revision), QString::number(next.revision));
    }

    if (fresh || next.chain != current.chain) {
        w.exec(QStringLiteral("DELETE FROM catalogs"), {});
        for (int i = 0; i < chain.size(); ++i) {
            w.exec(QStringLiteral("INSERT INTO catalogs(position, qualified_id, digest, content) VALUES (?, ?, ?, ?)"),
                {i, chain[i]->qualifiedId(), QString::fromLatin1(next.chain.value(i).digest), compact(CatalogJson::toJson(*chain[i]))});
        }
    }

    QMap<QString, QString> before;
    QMap<QString, QString> after;
    if (!fresh)
        flatten(AssessmentJson::header(current), {}, before);
    flatten(AssessmentJson::header(next), {}, after);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != *it)
            audit(QStringLiteral("set"), it.key(), before.value(it.key()), *it);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            audit(QStringLiteral("set"), it.key(), *it, {});
    }
    w.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('assessment', ?)"), {compact(AssessmentJson::header(next))});

    for (auto it = next.profile.cbegin(); it != next.profile.cend(); ++it) {
        if (current.profile.value(it.key()) == *it && current.profile.contains(it.key()))
            continue;
        w.exec(QStringLiteral("INSERT OR REPLACE INTO profile(question, answer) VALUES (?, ?)"), {it.key(), *it});
        audit(QStringLiteral("set"), QStringLiteral("profile.") + it.key(), current.profile.value(it.key()), *it);
    }
    for (auto it = current.profile.cbegin(); it != current.profile.cend(); ++it) {
        if (next.profile.contains(it.key()))
            continue;
        w.exec(QStringLiteral("DELETE FROM profile WHERE question = ?"), {it.key()});
        audit(QStringLiteral("set"), QStringLiteral("profile.") + it.key(), *it, {});
    }

    for (auto it = next.results.cbegin(); it != next.results.cend(); ++it) {
        const auto old = current.results.constFind(it.key());
        if (old != current.results.cend() && *old == *it)
            continue;
        const QString body = compact(AssessmentJson::toJson(*it));
        w.exec(QStringLiteral("INSERT OR REPLACE INTO results(requirement, body) VALUES (?, ?)"), {it.key(), body});
        audit(QStringLiteral("set"), QStringLiteral("results.") + it.key(),
            old == current.results.cend() ? QString() : compact(AssessmentJson::toJson(*old)), body);
    }
    for (auto it = current.results.cbegin(); it != current.results.cend(); ++it) {
        if (next.results.contains(it.key()))
            continue;
        w.exec(QStringLiteral("DELETE FROM results WHERE requirement = ?"), {it.key()});
        audit(QStringLiteral("set"), QStringLiteral("results.") + it.key(), compact(AssessmentJson::toJson(*it)), {});
    }

    if (origin && !entries.isEmpty())
        entries.prepend({0, now, who, origin->action, origin->target, {}, origin->value, {}, {}, {}});
    // Every entry of one change records the state the whole change leaves: a change is made whole or not at all.
    const QByteArray state = w.ok() && !entries.isEmpty() ? stateHash() : QByteArray();
    std::optional<AuditTrail::Entry> previous = newestAuditEntry();
    for (AuditTrail::Entry& e : entries) {
        e.state = state;
        AuditTrail::chain(e, previous ? &*previous : nullptr);
        w.exec(QStringLiteral("INSERT INTO audit(seq, at, who, action, target, old, new, prev, hash, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?)"),
            {e.seq, e.at.toString(Qt::ISODateWithMs), e.who, e.action, e.target, e.oldValue, e.newValue, QString::fromLatin1(e.previous),
                QString::fromLatin1(e.hash), QString::fromLatin1(e.state)});
        previous = e;
    }
    if (previous)
        w.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)"), {QString::fromLatin1(previous->hash)});
    if (!w.ok()) {
        if (error)
            *error = sqliteProblem(m_path, w.error());
        return false;
    }
    return true;
}

QList<AuditTrail::Entry> AssessmentFile::auditEntries(const QString& order) const
{
    QList<AuditTrail::Entry> entries;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const QString state = m_format >= 2 ? QStringLiteral("state") : QStringLiteral("''");
    q.exec(QStringLiteral("SELECT seq, at, who, action, target, old, new, prev, hash, %1 FROM audit ").arg(state) + order);
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString().toLatin1(),
            q.value(8).toString().toLatin1(), q.value(9).toString().toLatin1()});
    }
    return entries;
}

QList<AuditTrail::Entry> AssessmentFile::auditEntries() const
{
    return auditEntries(QStringLiteral("ORDER BY seq"));
}

// A save only needs the entry it follows, not the whole trail, which grows with every edit.
std::optional<AuditTrail::Entry> AssessmentFile::newestAuditEntry() const
{
    const QList<AuditTrail::Entry> newest = auditEntries(QStringLiteral("ORDER BY seq DESC LIMIT 1"));
    return newest.isEmpty() ? std::nullopt : std::optional<AuditTrail::Entry>(newest.first());
}

AuditTrail::Verification AssessmentFile::verifyAudit() const
{
    const QList<AuditTrail::Entry> entries = auditEntries();
    AuditTrail::Verification v
        = AuditTrail::verify(entries, metaValue(QSqlDatabase::database(m_connection), QStringLiteral("audit_head")).toLatin1());
    if (!v.intact)
        return v;
    if (entries.isEmpty())
        return {false, 1, QStringLiteral("the audit trail is empty, yet every assessment file records at least its creation")};
    const AuditTrail::Entry& newest = entries.last();
    // Format 1 recorded no state: AssessmentIntegrity asks for the file to be upgraded.
    if (!newest.state.isEmpty() && newest.state != stateHash()) {
        return {false, newest.seq,
            QStringLiteral("the file does not hold the state its audit trail recorded after entry %1 (%2 %3 at %4): it was changed "
                           "outside StarMark, e.g. with sqlite3")
                .arg(newest.seq)
                .arg(newest.action, newest.target, newest.at.toString(Qt::ISODate))};
    }
    return v;
}

QByteArray AssessmentFile::stateHash() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Each table in a fixed order, each row as a JSON array: no two states serialise alike.
    static const QStringList queries{QStringLiteral("SELECT key, value FROM meta WHERE key <> 'audit_head' ORDER BY key"),
        QStringLiteral("SELECT position, qualified_id, digest, content FROM catalogs ORDER BY position"),
        QStringLiteral("SELECT question, answer FROM profile ORDER BY question"),
        QStringLiteral("SELECT requirement, body FROM results ORDER BY requirement"),
        QStringLiteral("SELECT number, firmware, closed_at, snapshot FROM revisions ORDER BY number"),
        QStringLiteral("SELECT sha256, size FROM evidence ORDER BY sha256")};
    Sha256 hash;
    for (const QString& sql : queries) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(sql);
        hash.add(sql.toUtf8());
        while (q.next()) {
            QJsonArray row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            hash.add(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    return hash.hex();
}

QByteArray AssessmentFile::auditHead() const
{
    const std::optional<AuditTrail::Entry> newest = newestAuditEntry();
    return newest ? newest->hash : AuditTrail::genesis();
}

bool AssessmentFile::hasEvidence(const QByteArray& sha256, qint64 size) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM evidence WHERE sha256 = ? AND size = ?"));
    q.addBindValue(QString::fromLatin1(sha256));
    q.addBindValue(size);
    return q.exec() && q.next();
}

QString AssessmentFile::evidenceDamage() const
{
    return EvidenceStore(QSqlDatabase::database(m_connection)).damage();
}

QList<AssessmentFile::Revision> AssessmentFile::revisions() const
{
    QList<Revision> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT number, firmware, closed_at, snapshot FROM revisions ORDER BY number"));
    while (q.next()) {
        out.append({q.value(0).toInt(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
            parse(q.value(3).toString())});
    }
    return out;
}

QMap<QString, QJsonObject> AssessmentFile::pinnedCatalogs() const
{
    QMap<QString, QJsonObject> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT qualified_id, content FROM catalogs ORDER BY position"));
    while (q.next())
        out.insert(q.value(0).toString(), parse(q.value(1).toString()));
    return out;
}

bool AssessmentFile::exportEvidence(const QByteArray& sha256, const QString& path, QString* error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1 (%2)").arg(path, out.errorString());
        return false;
    }
    QString problem;
    if (!EvidenceStore(QSqlDatabase::database(m_connection)).read(sha256, out, &problem) || !out.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, problem.isEmpty() ? out.errorString() : problem);
        return false;
    }
    return true;
}

} // namespace starmark
