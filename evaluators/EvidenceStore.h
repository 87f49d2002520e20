#pragma once

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

class QIODevice;

namespace starmark {

// Evidence blobs inside the assessment file, addressed by SHA-256 and kept in
// 1 MiB chunks: a file is streamed in and out, never held whole in memory, and
// stored once however often it is cited.
class EvidenceStore {
public:
    struct Stored {
        QByteArray sha256;
        qint64 size = 0;
        bool added = false; // false: the same content was already in the store
    };
    static constexpr qint64 chunkSize = 1 << 20;

    explicit EvidenceStore(QSqlDatabase db);

    // The tables, by name, as they are created: the assessment file refuses any other shape.
    static const QList<std::pair<QString, QString>>& tables();
    // An invalid error when the tables were made.
    static QSqlError createSchema(QSqlDatabase& db);
    // Call inside the caller's transaction: it is part of the change it belongs to.
    std::optional<Stored> store(const QString& sourcePath, QString* error);
    // The SQLite error that made the last store fail (a full disk, a lock), or an invalid one.
    const QSqlError& sqlError() const { return m_sqlError; }
    bool read(const QByteArray& sha256, QIODevice& out, QString* error) const;
    bool contains(const QByteArray& sha256) const;
    // Reads every blob back: what is wrong with the first whose content or size no longer matches, or empty.
    QString damage() const;

private:
    std::optional<qint64> idOf(const QByteArray& sha256) const;
    void failSql(QString* error, const QSqlError& sqlError);

    QSqlDatabase m_db;
    QSqlError m_sqlError;
};

} // namespace starmark
