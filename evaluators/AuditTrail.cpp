#include "evaluators/AuditTrail.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {

QByteArray AuditTrail::genesis()
{
    return QByteArray(64, '0');
}

QByteArray AuditTrail::Entry::computeHash() const
{
    QJsonArray fields{QString::number(seq), at.toUTC().toString(Qt::ISODateWithMs), who, action, target, oldValue, newValue,
        QString::fromLatin1(previous)};
    // Entries of format 1 had no state: their hashes stay what they were.
    if (!state.isEmpty())
        fields.append(QString::fromLatin1(state));
    return QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}

void AuditTrail::chain(Entry& entry, const Entry* last)
{
    entry.seq = last ? last->seq + 1 : 1;
    entry.previous = last ? last->hash : genesis();
    entry.hash = entry.computeHash();
}

AuditTrail::Verification AuditTrail::verify(const QList<Entry>& entries, const QByteArray& head)
{
    QByteArray previous = genesis();
    qint64 seq = 1;
    for (const Entry& e : entries) {
        QString problem;
        if (e.seq != seq)
            problem = QStringLiteral("entry %1 is missing: the trail jumps from %2 to %3").arg(seq).arg(seq - 1).arg(e.seq);
        else if (e.previous != previous)
            problem
                = QStringLiteral("entry %1 does not follow entry %2: an entry was removed, inserted or edited").arg(e.seq).arg(e.seq - 1);
        else if (e.computeHash() != e.hash)
            problem = QStringLiteral("entry %1 (%2 %3 at %4) was altered after it was written")
                          .arg(e.seq)
                          .arg(e.action, e.target, e.at.toString(Qt::ISODate));
        if (!problem.isEmpty())
            return {false, e.seq, problem};
        previous = e.hash;
        ++seq;
    }
    if (previous != head)
        return {false, seq, QStringLiteral("the newest entries are missing: the file records a later entry than the trail holds")};
    return {};
}

} // namespace starmark
