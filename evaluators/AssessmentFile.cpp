#include "evaluators/AssessmentFile.h"

#include "criteria/CatalogJson.h"
#include "evaluators/AssessmentJson.h"
#include "evaluators/EvidenceStore.h"

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
#include <QVariant>

#include <cerrno>
#include <csignal>

namespace starmark {
namespace {

constexpr int schemaVersion = 1;
const QString formatName = QStringLiteral("starmark-assessment");

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

QString sqliteProblem(const QString& path, const QSqlError& error)
{
    return QStringLiteral("cannot write %1: %2. Nothing was changed: the file still holds its previous state. "
                          "Check free disk space and permissions, then try again")
        .arg(path, error.text());
}

void createSchema(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA page_size = 65536")); // evidence is most of the file: fewer, larger pages
    q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    q.exec(QStringLiteral(
        "CREATE TABLE catalogs(position INTEGER PRIMARY KEY, qualified_id TEXT NOT NULL, digest TEXT NOT NULL, content TEXT NOT NULL)"));
    q.exec(QStringLiteral("CREATE TABLE profile(question TEXT PRIMARY KEY, answer TEXT NOT NULL)"));
    q.exec(QStringLiteral("CREATE TABLE results(requirement TEXT PRIMARY KEY, body TEXT NOT NULL)"));
    q.exec(QStringLiteral(
        "CREATE TABLE revisions(number INTEGER PRIMARY KEY, firmware TEXT NOT NULL, closed_at TEXT NOT NULL, snapshot TEXT NOT NULL)"));
    q.exec(QStringLiteral("CREATE TABLE audit(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, "
                          "target TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL)"));
    EvidenceStore::createSchema(db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('format', ?), ('schema', ?)"));
    q.addBindValue(formatName);
    q.addBindValue(QString::number(schemaVersion));
    q.exec();
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
        q.prepare(sql);
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

std::unique_ptr<AssessmentFile> AssessmentFile::open(const QString& path, Access access, QString* error)
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
    db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(QStringLiteral("cannot be opened (%1)").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (metaValue(db, QStringLiteral("format")) != formatName)
        return fail(QStringLiteral("not a StarMark assessment file (*.starmark)"));
    if (metaValue(db, QStringLiteral("schema")).toInt() > schemaVersion)
        return fail(QStringLiteral("written by a newer StarMark (file format %1); update StarMark to open it")
                        .arg(metaValue(db, QStringLiteral("schema"))));
    return file;
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
    QFile::remove(temporary);
    {
        const QString connection = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temporary);
            if (!db.open()) {
                if (error)
                    *error = QStringLiteral("cannot create %1 (%2)").arg(path, db.lastError().text());
                QSqlDatabase::removeDatabase(connection);
                return nullptr;
            }
            createSchema(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    std::unique_ptr<AssessmentFile> file = open(temporary, Access::ReadWrite, error);
    if (!file || !file->save(assessment, chain, who, clock, error)) {
        file.reset();
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        if (error)
            error->replace(temporary, path);
        return nullptr;
    }
    file.reset();
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (error)
            *error = QStringLiteral("cannot create %1: renaming the finished file into place failed").arg(path);
        return nullptr;
    }
    return open(path, Access::ReadWrite, error);
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
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        if (error)
            *error = sqliteProblem(m_path, db.lastError());
        return false;
    }
    if (!write(next, chain, who, clock, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = sqliteProblem(m_path, db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool AssessmentFile::write(
    const Assessment& requested, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool fresh = metaValue(db, QStringLiteral("assessment")).isEmpty();
    Assessment current;
    if (!fresh) {
        std::optional<Assessment> loaded = load(error);
        if (!loaded)
            return false;
        current = *loaded;
    }
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
        entries.append({0, now, who, action, target, oldValue, newValue, {}, {}});
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
                    if (error)
                        *error
                            = QStringLiteral("cannot store evidence %1 in %2: %3. Nothing was changed").arg(evidence.name, m_path, problem);
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

    std::optional<AuditTrail::Entry> previous = newestAuditEntry();
    for (AuditTrail::Entry& e : entries) {
        AuditTrail::chain(e, previous ? &*previous : nullptr);
        w.exec(QStringLiteral("INSERT INTO audit(seq, at, who, action, target, old, new, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.seq, e.at.toString(Qt::ISODateWithMs), e.who, e.action, e.target, e.oldValue, e.newValue, QString::fromLatin1(e.previous),
                QString::fromLatin1(e.hash)});
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
    q.exec(QStringLiteral("SELECT seq, at, who, action, target, old, new, prev, hash FROM audit ") + order);
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString().toLatin1(),
            q.value(8).toString().toLatin1()});
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
    return AuditTrail::verify(auditEntries(), metaValue(QSqlDatabase::database(m_connection), QStringLiteral("audit_head")).toLatin1());
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
