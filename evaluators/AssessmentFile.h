#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"
#include "evaluators/AuditTrail.h"
#include "evaluators/Clock.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace starmark {

// The `*.starmark` file: one SQLite database holding an assessment, its
// evidence blobs, its revisions and its audit trail. Every change is one
// transaction, so a crash or a full disk at any instant leaves the last
// committed state; a new file is built beside its name and renamed into place.
// A file is untrusted input: it is opened with trusted_schema=OFF and refused
// when it holds any table, index, view or trigger StarMark does not make.
// Each change is made to the state read inside its write transaction
// (BEGIN IMMEDIATE), so two programs writing at once never undo each other.
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

    // Why a change cannot be made to `state` (the file's, read inside the
    // write transaction), or empty once the change is made to it.
    using Edit = std::function<QString(Assessment& state)>;
    // What a change came from, when it is more than a key typed (a workbook imported): the
    // change's first audit entry, written only when the change changes something.
    struct Origin {
        QString action;
        QString target;
        QString value;
    };
    static constexpr int formatVersion = 2; // 2: each audit entry records the state after it

    // nullptr with `error` set: the file is missing, not an assessment, or
    // unreadable, or holds schema objects StarMark does not make. Opened for
    // writing, a file of format 1 is upgraded (AuditTrail, "upgrade").
    // `clock` dates the upgrade's audit entry.
    static std::unique_ptr<AssessmentFile> open(
        const QString& path, Access access, QString* error, const Clock& clock = Clock::system());
    // Refuses to replace an existing file.
    static std::unique_ptr<AssessmentFile> create(const QString& path, const Assessment& assessment, const QList<const Catalog*>& chain,
        const QString& who, const Clock& clock, QString* error);

    const QString& path() const { return m_path; }
    std::optional<Assessment> load(QString* error) const;
    int format() const { return m_format; }
    // Makes `edit` to the state inside one write transaction, storing evidence
    // that has a sourcePath and auditing each change. A signed-off assessment
    // only changes by starting a new revision.
    bool update(const Edit& edit, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error,
        const std::optional<Origin>& origin = std::nullopt);
    // Makes the file hold `next`, whatever it held.
    bool save(const Assessment& next, const QList<const Catalog*>& chain, const QString& who, const Clock& clock, QString* error);
    // Makes the changes from `base` to `next` to what the file holds now (AssessmentChange).
    bool save(const Assessment& base, const Assessment& next, const QList<const Catalog*>& chain, const QString& who, const Clock& clock,
        QString* error);

    QList<AuditTrail::Entry> auditEntries() const;
    // The chain, and that the file's state is the one its newest entry recorded.
    AuditTrail::Verification verifyAudit() const;
    // Hex SHA-256 over everything the file holds but its trail (evidence by
    // its SHA-256, which EvidenceStore::damage checks against the content).
    QByteArray stateHash() const;
    // The newest entry's hash (what changes whenever anything is saved), or genesis.
    QByteArray auditHead() const;
    QList<Revision> revisions() const;
    // The catalogs as they were when pinned, by qualified id (canonical JSON).
    QMap<QString, QJsonObject> pinnedCatalogs() const;
    // Writes one evidence blob to `path` atomically, checking its SHA-256 on the way.
    bool exportEvidence(const QByteArray& sha256, const QString& path, QString* error) const;
    bool hasEvidence(const QByteArray& sha256, qint64 size) const;
    // Every evidence blob read back and checked against its SHA-256: the first damage found, or empty.
    QString evidenceDamage() const;

private:
    AssessmentFile(QString path, QString connection);
    bool write(bool fresh, const Assessment& current, const Assessment& requested, const QList<const Catalog*>& chain, const QString& who,
        const Clock& clock, QString* error, const std::optional<Origin>& origin = std::nullopt);
    bool upgrade(const Clock& clock, QString* error);
    QList<AuditTrail::Entry> auditEntries(const QString& order) const;
    std::optional<AuditTrail::Entry> newestAuditEntry() const;

    QString m_path;
    QString m_connection;
    int m_format = formatVersion;
};

} // namespace starmark
