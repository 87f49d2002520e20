#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"
#include "evaluators/AuditTrail.h"
#include "evaluators/Clock.h"

#include <QJsonObject>

#include <memory>

namespace starmark {

// The `*.starmark` file: one SQLite database holding an assessment, its
// evidence blobs, its revisions and its audit trail. Every change is one
// transaction, so a crash or a full disk at any instant leaves the last
// committed state; a new file is built beside its name and renamed into place.
class AssessmentFile {
public:
    enum class Access { ReadOnly, ReadWrite };
    struct Revision {
        int number = 0;
        QString firmware;
        QDateTime closedAt;
        QJsonObject snapshot; // the assessment as it stood when the next revision began
    };

    ~AssessmentFile();
    AssessmentFile(const AssessmentFile&) = delete;
    AssessmentFile& operator=(const AssessmentFile&) = delete;

    // nullptr with `error` set: the file is missing, not an assessment, or unreadable.
    static std::unique_ptr<AssessmentFile> open(const QString& path, Access access, QString* error);
    // Refuses to replace an existing file.
    static std::unique_ptr<AssessmentFile> create(const QString& path, const Assessment& assessment, const QList<const Catalog*>& chain,
        const QString& who, const Clock& clock, QString* error);

    const QString& path() const { return m_path; }
    std::optional<Assessment> load(QString* error) const;
    // Makes the file hold `next`, storing evidence that has a sourcePath, auditing
    // each change. A signed-off assessment only changes by starting a new revision.
    bool save(const Assessment& next, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error);

    QList<AuditTrail::Entry> auditEntries() const;
    AuditTrail::Verification verifyAudit() const;
    QList<Revision> revisions() const;
    // The catalogs as they were when pinned, by qualified id (canonical JSON).
    QMap<QString, QJsonObject> pinnedCatalogs() const;
    // Writes one evidence blob to `path` atomically, checking its SHA-256 on the way.
    bool exportEvidence(const QByteArray& sha256, const QString& path, QString* error) const;

private:
    AssessmentFile(QString path, QString connection);
    bool write(const Assessment& next, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error);
    QList<AuditTrail::Entry> auditEntries(const QString& order) const;
    std::optional<AuditTrail::Entry> newestAuditEntry() const;

    QString m_path;
    QString m_connection;
};

} // namespace starmark
