#include "evaluators/EvidenceStore.h"

#include "evaluators/EvidenceSource.h"
#include "evaluators/Sha256.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <future>

namespace starmark {
namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

EvidenceStore::EvidenceStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const QList<std::pair<QString, QString>>& EvidenceStore::tables()
{
    static const QList<std::pair<QString, QString>> list{
        {QStringLiteral("evidence"),
            QStringLiteral("CREATE TABLE evidence(id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE NOT NULL, size INTEGER NOT NULL)")},
        {QStringLiteral("evidence_chunk"),
            QStringLiteral("CREATE TABLE evidence_chunk(evidence INTEGER NOT NULL REFERENCES evidence(id), seq INTEGER NOT NULL, "
                           "data BLOB NOT NULL, PRIMARY KEY(evidence, seq))")}};
    return list;
}

QSqlError EvidenceStore::createSchema(QSqlDatabase& db)
{
    QSqlQuery q(db);
    for (const auto& [name, sql] : tables()) {
        if (!q.exec(sql))
            return q.lastError();
    }
    return {};
}

void EvidenceStore::failSql(QString* error, const QSqlError& sqlError)
{
    m_sqlError = sqlError;
    fail(error, sqlError.text());
}

std::optional<qint64> EvidenceStore::idOf(const QByteArray& sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM evidence WHERE sha256 = ?"));
    q.addBindValue(QString::fromLatin1(sha256));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool EvidenceStore::contains(const QByteArray& sha256) const
{
    return idOf(sha256).has_value();
}

std::optional<EvidenceStore::Stored> EvidenceStore::store(const QString& sourcePath, QString* error)
{
    QString problem;
    const std::unique_ptr<EvidenceSource> source = EvidenceSource::open(sourcePath, &problem);
    if (!source) {
        fail(error, problem);
        return std::nullopt;
    }
    EvidenceSource& file = *source;
    const qint64 size = file.size();
    QSqlQuery sameSize(m_db);
    sameSize.prepare(QStringLiteral("SELECT 1 FROM evidence WHERE size = ? LIMIT 1"));
    sameSize.addBindValue(size);
    if (sameSize.exec() && sameSize.next()) {
        // Probably stored already (a re-import): hash first rather than write it again.
        Sha256 hash;
        QByteArray chunk;
        while (!(chunk = file.read(chunkSize)).isEmpty())
            hash.add(chunk);
        const QByteArray sha = hash.hex();
        if (contains(sha) && file.readWhole())
            return Stored{sha, size, false};
        if (!file.rewind()) {
            fail(error, QStringLiteral("evidence %1 cannot be read again (%2)").arg(sourcePath, file.errorString()));
            return std::nullopt;
        }
    }

    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO evidence(sha256, size) VALUES (?, ?)"));
    add.addBindValue(QStringLiteral("pending:") + sourcePath);
    add.addBindValue(size);
    if (!add.exec()) {
        failSql(error, add.lastError());
        return std::nullopt;
    }
    const qint64 id = add.lastInsertId().toLongLong();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO evidence_chunk(evidence, seq, data) VALUES (?, ?, ?)"));
    // Hash each chunk on a second thread while SQLite writes it: the two take
    // about as long as each other, and chunks are hashed in order.
    Sha256 hash;
    std::future<void> hashing;
    qint64 seq = 0;
    qint64 total = 0;
    for (;;) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty())
            break;
        if (hashing.valid())
            hashing.get();
        hashing = std::async(std::launch::async, [&hash, chunk] { hash.add(chunk); });
        total += chunk.size();
        insert.bindValue(0, id);
        insert.bindValue(1, seq++);
        insert.bindValue(2, chunk);
        if (!insert.exec()) {
            hashing.get();
            failSql(error, insert.lastError());
            return std::nullopt;
        }
    }
    if (hashing.valid())
        hashing.get();
    if (!file.readWhole() || total != size) {
        fail(error, QStringLiteral("evidence %1 changed or could not be read while it was stored; store it again").arg(sourcePath));
        return std::nullopt;
    }
    const QByteArray sha = hash.hex();
    QSqlQuery finish(m_db);
    if (idOf(sha)) {
        finish.prepare(QStringLiteral("DELETE FROM evidence_chunk WHERE evidence = ?"));
        finish.addBindValue(id);
        finish.exec();
        finish.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
        finish.addBindValue(id);
        if (!finish.exec()) {
            failSql(error, finish.lastError());
            return std::nullopt;
        }
        return Stored{sha, size, false};
    }
    finish.prepare(QStringLiteral("UPDATE evidence SET sha256 = ? WHERE id = ?"));
    finish.addBindValue(QString::fromLatin1(sha));
    finish.addBindValue(id);
    if (!finish.exec()) {
        failSql(error, finish.lastError());
        return std::nullopt;
    }
    return Stored{sha, size, true};
}

bool EvidenceStore::read(const QByteArray& sha256, QIODevice& out, QString* error) const
{
    const std::optional<qint64> id = idOf(sha256);
    if (!id)
        return fail(error, QStringLiteral("no evidence with SHA-256 %1 in this file").arg(QString::fromLatin1(sha256)));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM evidence_chunk WHERE evidence = ? ORDER BY seq"));
    q.addBindValue(*id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    Sha256 hash;
    while (q.next()) {
        const QByteArray chunk = q.value(0).toByteArray();
        hash.add(chunk);
        if (out.write(chunk) != chunk.size())
            return fail(error, out.errorString());
    }
    if (hash.hex() != sha256)
        return fail(error,
            QStringLiteral("evidence %1 is damaged in this file: its content no longer matches its SHA-256")
                .arg(QString::fromLatin1(sha256)));
    return true;
}

QString EvidenceStore::damage() const
{
    QSqlQuery blobs(m_db);
    blobs.setForwardOnly(true);
    if (!blobs.exec(QStringLiteral("SELECT id, sha256, size FROM evidence ORDER BY id")))
        return blobs.lastError().text();
    QSqlQuery chunks(m_db);
    chunks.setForwardOnly(true);
    chunks.prepare(QStringLiteral("SELECT data FROM evidence_chunk WHERE evidence = ? ORDER BY seq"));
    while (blobs.next()) {
        const QByteArray sha = blobs.value(1).toString().toLatin1();
        chunks.bindValue(0, blobs.value(0));
        if (!chunks.exec())
            return chunks.lastError().text();
        Sha256 hash;
        qint64 size = 0;
        while (chunks.next()) {
            const QByteArray chunk = chunks.value(0).toByteArray();
            hash.add(chunk);
            size += chunk.size();
        }
        chunks.finish();
        if (hash.hex() != sha || size != blobs.value(2).toLongLong())
            return QStringLiteral("evidence %1 is damaged: its content no longer matches its SHA-256").arg(QString::fromLatin1(sha));
    }
    return {};
}

} // namespace starmark
