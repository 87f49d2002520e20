#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace starmark {

// The append-only record of every change to an assessment. Each entry's hash
// covers its content, the hash of the state it left the file in, and the
// previous entry's hash, so editing, removing or reordering any entry breaks
// the chain from there on, and a state changed behind the trail no longer
// matches the newest entry's.
class AuditTrail {
public:
    struct Entry {
        qint64 seq = 0;
        QDateTime at;
        QString who;
        QString action; // create, set, store-evidence, import, import-checklist, revise, sign-off, tool-override
        QString target; // what changed, e.g. results.S1.1-04 or product.firmware
        QString oldValue;
        QString newValue;
        QByteArray previous; // hex hash of the entry before; 64 zeros for the first
        QByteArray hash; // hex SHA-256 of this entry
        // Hex SHA-256 of the file's state once the change this entry belongs to
        // was made (AssessmentFile::stateHash); empty in files of format 1.
        QByteArray state;

        QByteArray computeHash() const;
    };
    struct Verification {
        bool intact = true;
        qint64 firstBroken = 0; // seq of the first entry that does not verify
        QString problem;
    };

    static QByteArray genesis();
    // Fills in seq, previous and hash so that `entry` follows `last`.
    static void chain(Entry& entry, const Entry* last);
    // `head`: the hash the file records as its newest entry's, so a removed tail is found too.
    static Verification verify(const QList<Entry>& entries, const QByteArray& head);
};

} // namespace starmark
