#include "labels/registry/RevocationList.h"

#include "labels/IssuerKey.h"
#include "labels/registry/RegistryStore.h"
#include "labels/registry/SignedJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace starmark {
namespace {

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

Problem unreadable(const QString& file, const QString& key)
{
    return Problem::unusable(QStringLiteral("registry.revocations-unreadable"),
        Message("RevocationList", "the signed revocation list lacks a valid \"%1\"").arg(key), {file}, key);
}

} // namespace

Result<RevocationList> RevocationList::of(const RegistryStore& store, const IssuerKey& key, const QDateTime& now)
{
    const Result<QList<RegisteredProduct>> all = store.list();
    if (!all)
        return all.problems();
    const Result<qint64> sequence = store.revocationSequence();
    if (!sequence)
        return sequence.problems();
    RevocationList list;
    list.m_issuer = QString::fromLatin1(key.spkiSha256().toHex());
    list.m_sequence = *sequence;
    // On the hour: every list of one hour is the same document, and the page that shows its dates stays right for the hour.
    list.m_thisUpdate = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - now.toSecsSinceEpoch() % 3600, Qt::UTC);
    list.m_nextUpdate = list.m_thisUpdate.addSecs(freshSeconds);
    for (const RegisteredProduct& p : *all)
        if (p.revokedAt)
            list.m_entries.append({p.registration, *p.revokedAt, p.revocationReason});
    return list;
}

QJsonObject RevocationList::toJson() const
{
    QJsonArray revoked;
    for (const Entry& e : m_entries)
        revoked.append(QJsonObject{{QStringLiteral("registration"), e.registration}, {QStringLiteral("revoked_at"), iso(e.revokedAt)},
            {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("issuer"), m_issuer}, {QStringLiteral("sequence"), m_sequence}, {QStringLiteral("this_update"), iso(m_thisUpdate)},
        {QStringLiteral("next_update"), iso(m_nextUpdate)}, {QStringLiteral("revoked"), revoked}};
}

QByteArray RevocationList::sealed(const IssuerKey& key) const
{
    return SignedJson::seal(QString::fromLatin1(name), toJson(), key);
}

Result<RevocationList> RevocationList::read(const QByteArray& bytes, const IssuerKey& key, const QDateTime& now, const QString& file)
{
    const Result<QJsonObject> opened = SignedJson::open(bytes, QString::fromLatin1(name), key, file);
    if (!opened)
        return opened.problems();
    const QJsonObject& o = *opened;
    RevocationList list;
    list.m_issuer = o.value(QStringLiteral("issuer")).toString();
    list.m_thisUpdate = QDateTime::fromString(o.value(QStringLiteral("this_update")).toString(), Qt::ISODate);
    list.m_nextUpdate = QDateTime::fromString(o.value(QStringLiteral("next_update")).toString(), Qt::ISODate);
    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    if (!sequence.isDouble() || sequence.toDouble() < 0 || sequence.toDouble() != double(sequence.toInteger()))
        return unreadable(file, QStringLiteral("sequence"));
    list.m_sequence = sequence.toInteger();
    if (list.m_issuer != QString::fromLatin1(key.spkiSha256().toHex()))
        return unreadable(file, QStringLiteral("issuer"));
    if (!list.m_thisUpdate.isValid())
        return unreadable(file, QStringLiteral("this_update"));
    if (!list.m_nextUpdate.isValid() || list.m_nextUpdate < list.m_thisUpdate)
        return unreadable(file, QStringLiteral("next_update"));
    if (!o.value(QStringLiteral("revoked")).isArray())
        return unreadable(file, QStringLiteral("revoked"));
    for (const QJsonValue& v : o.value(QStringLiteral("revoked")).toArray()) {
        const QJsonObject e = v.toObject();
        Entry entry{e.value(QStringLiteral("registration")).toString(),
            QDateTime::fromString(e.value(QStringLiteral("revoked_at")).toString(), Qt::ISODate), e.value(QStringLiteral("reason")).toString()};
        if (entry.registration.isEmpty() || !entry.revokedAt.isValid())
            return unreadable(file, QStringLiteral("revoked"));
        list.m_entries.append(entry);
    }
    if (now > list.m_nextUpdate)
        return Problem::unusable(QStringLiteral("registry.revocations-stale"),
            Message("RevocationList", "the revocation list was issued for %1 to %2, and it is now %3: a revoked label would not show on it")
                .arg(iso(list.m_thisUpdate))
                .arg(iso(list.m_nextUpdate))
                .arg(iso(now)),
            {file}, QStringLiteral("next_update"));
    return list;
}

Result<void> RevocationList::checkAndRecordSequence(const QString& stateFile) const
{
    QJsonObject seen;
    QFile in(stateFile);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return Problem::unusable(QStringLiteral("registry.revocations-state-unreadable"),
                Message("RevocationList", "the record of revocation lists seen cannot be read (%1)").arg(Message::plain(in.errorString())),
                {stateFile});
        const QJsonDocument document = QJsonDocument::fromJson(in.read(64 * 1024));
        if (!document.isObject())
            return Problem::unusable(QStringLiteral("registry.revocations-state-unreadable"),
                Message("RevocationList", "the record of revocation lists seen is not the JSON object this command writes"), {stateFile});
        seen = document.object();
    }
    const qint64 highest = seen.value(m_issuer).toInteger(-1);
    if (m_sequence < highest)
        return Problem::unusable(QStringLiteral("registry.revocations-rolled-back"),
            Message("RevocationList", "this revocation list has sequence %1, lower than the %2 already seen from this issuer: an older list "
                                      "was passed off as the current one")
                .arg(m_sequence)
                .arg(highest),
            {stateFile}, m_issuer);
    if (m_sequence == highest)
        return {};
    seen.insert(m_issuer, m_sequence);
    QSaveFile out(stateFile);
    const QByteArray bytes = QJsonDocument(seen).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Problem::unusable(QStringLiteral("registry.revocations-state-unwritable"),
            Message("RevocationList", "the record of revocation lists seen cannot be written (%1)").arg(Message::plain(out.errorString())),
            {stateFile});
    return {};
}

std::optional<RevocationList::Entry> RevocationList::find(const QString& registration) const
{
    for (const Entry& e : m_entries)
        if (e.registration.compare(registration, Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

Result<void> RevocationList::check(const QString& registration) const
{
    const std::optional<Entry> revoked = find(registration);
    if (!revoked)
        return {};
    return Problem::invalid(QStringLiteral("label.revoked"),
        Message("RevocationList", "label %1 was revoked on %2: %3")
            .arg(revoked->registration)
            .arg(iso(revoked->revokedAt))
            .arg(Message::plain(revoked->reason)),
        {}, revoked->registration);
}

} // namespace starmark
