#include "labels/registry/TransparencyLog.h"

#include "evaluators/Clock.h"
#include "labels/registry/MerkleTree.h"
#include "labels/registry/RegistryDatabase.h"
#include "labels/registry/SignedJson.h"

#include <QJsonObject>

namespace starmark {

TransparencyLog::TransparencyLog(const RegistryDatabase& database)
    : m_db(database)
{
}

Result<void> TransparencyLog::record(const QString& action, const QString& registration) const
{
    QSqlQuery q(m_db.connection());
    if (Result<void> read = m_db.run(q,
            "SELECT p.level, p.category, p.manufacturer_ja, p.manufacturer_en, p.name_ja, p.name_en, p.model, p.revoked_at,"
            " p.revocation_reason, f.number, f.firmware, f.evaluated, f.valid_until, f.token, f.report_sha256, f.support_until,"
            " f.vulnerability_contact, f.overrides FROM products p JOIN firmware_revisions f ON f.registration = p.registration"
            " WHERE p.registration = ? ORDER BY f.number DESC",
            {registration});
        !read)
        return read;
    if (!q.next())
        return Problem::unusable(QStringLiteral("registry.database-failed"),
            Message("TransparencyLog", "%1 is not in the database it was just written to").arg(registration), {m_db.location().display()});
    const auto text = [&](int i) { return q.isNull(i) ? QJsonValue() : QJsonValue(q.value(i).toString()); };
    const auto pair = [&](int ja, int en) {
        return QJsonObject{{QStringLiteral("ja"), q.value(ja).toString()}, {QStringLiteral("en"), q.value(en).toString()}};
    };
    QJsonObject revision;
    revision.insert(QStringLiteral("number"), q.value(9).toInt());
    revision.insert(QStringLiteral("firmware"), q.value(10).toString());
    revision.insert(QStringLiteral("evaluated"), q.value(11).toString());
    revision.insert(QStringLiteral("valid_until"), q.value(12).toString());
    revision.insert(QStringLiteral("token"), q.value(13).toString());
    revision.insert(QStringLiteral("report_sha256"), text(14));
    revision.insert(QStringLiteral("support_until"), text(15));
    revision.insert(QStringLiteral("vulnerability_contact"), text(16));
    revision.insert(QStringLiteral("overrides"), text(17));
    // Only what the page and the label already make public: no staff names, no reasons for overrides.
    QJsonObject entry;
    entry.insert(QStringLiteral("action"), action);
    entry.insert(QStringLiteral("at"), RegistryDatabase::timestamp(m_db.clock().now()));
    entry.insert(QStringLiteral("registration"), registration);
    entry.insert(QStringLiteral("level"), q.value(0).toInt());
    entry.insert(QStringLiteral("category"), q.value(1).toString());
    entry.insert(QStringLiteral("manufacturer"), pair(2, 3));
    entry.insert(QStringLiteral("name"), pair(4, 5));
    entry.insert(QStringLiteral("model"), q.value(6).toString());
    entry.insert(QStringLiteral("revoked_at"), text(7));
    entry.insert(QStringLiteral("revocation_reason"), text(8));
    entry.insert(QStringLiteral("revision"), revision);
    const Result<qint64> index = m_db.next("log");
    if (!index)
        return index.problems();
    const QByteArray canonical = SignedJson::canonical(entry);
    QSqlQuery insert(m_db.connection());
    return m_db.run(insert, "INSERT INTO transparency_log (idx, entry, leaf_hash) VALUES (?, ?, ?)",
        {*index - 1, QString::fromUtf8(canonical), QString::fromLatin1(MerkleTree::leafHash(canonical).toHex())});
}

Result<void> TransparencyLog::recordExisting() const
{
    QSqlQuery q(m_db.connection());
    if (Result<void> read = m_db.run(q, "SELECT registration FROM products ORDER BY sequence"); !read)
        return read;
    QStringList registrations;
    while (q.next())
        registrations << q.value(0).toString();
    for (const QString& registration : registrations)
        if (Result<void> logged = record(QStringLiteral("migrated"), registration); !logged)
            return logged;
    return {};
}

Result<qint64> TransparencyLog::size() const
{
    return m_db.current("log");
}

Result<QList<QByteArray>> TransparencyLog::leafHashes() const
{
    const Result<qint64> n = size();
    if (!n)
        return n.problems();
    QSqlQuery q(m_db.connection());
    if (Result<void> read = m_db.run(q, "SELECT leaf_hash FROM transparency_log WHERE idx < ? ORDER BY idx", {*n}); !read)
        return read.problems();
    QList<QByteArray> leaves;
    leaves.reserve(*n);
    while (q.next())
        leaves.append(QByteArray::fromHex(q.value(0).toString().toLatin1()));
    // A row deleted behind the store's back leaves a gap the counter still counts: the log is broken, say so.
    if (leaves.size() != *n)
        return Problem::unusable(QStringLiteral("log.entries-missing"),
            Message("TransparencyLog", "the log counts %1 entries but holds %2: entries were removed from the database").arg(*n).arg(leaves.size()),
            {m_db.location().display()});
    return leaves;
}

Result<QList<TransparencyLog::Entry>> TransparencyLog::entries(qint64 start, qint64 end) const
{
    const Result<qint64> n = size();
    if (!n)
        return n.problems();
    if (start < 0 || start >= *n || end < start)
        return Problem::unusable(QStringLiteral("log.bad-range"),
            Message("TransparencyLog", "entries %1 to %2 are not in the log, which holds entries 0 to %3").arg(start).arg(end).arg(*n - 1), {},
            QStringLiteral("start"));
    const qint64 last = std::min({end, start + maxEntries - 1, *n - 1});
    QSqlQuery q(m_db.connection());
    if (Result<void> read
        = m_db.run(q, "SELECT idx, entry, leaf_hash FROM transparency_log WHERE idx >= ? AND idx <= ? ORDER BY idx", {start, last});
        !read)
        return read.problems();
    QList<Entry> out;
    while (q.next()) {
        Entry e{q.value(0).toLongLong(), q.value(1).toString().toUtf8()};
        // The tree is built from the hashes kept at append time; an entry edited since no longer matches its own.
        if (MerkleTree::leafHash(e.entry).toHex() != q.value(2).toString().toLatin1())
            return Problem::unusable(QStringLiteral("log.entry-rewritten"),
                Message("TransparencyLog", "entry %1 no longer matches the hash it was logged with: it was edited in the database").arg(e.index),
                {m_db.location().display()});
        out.append(e);
    }
    return out;
}

} // namespace starmark
