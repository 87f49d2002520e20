#include "labels/registry/RevocationList.h"

#include "labels/IssuerKey.h"
#include "labels/registry/RegistryStore.h"

#include <QJsonArray>

namespace starmark {

Result<RevocationList> RevocationList::of(const RegistryStore& store, const IssuerKey& key, const QDateTime& generatedAt)
{
    const Result<QList<RegisteredProduct>> all = store.list();
    if (!all)
        return all.problems();
    RevocationList list;
    list.m_issuerKeyId = key.id();
    list.m_generatedAt = generatedAt.toUTC();
    for (const RegisteredProduct& p : *all)
        if (p.revokedAt)
            list.m_entries.append({p.registration, *p.revokedAt, p.revocationReason});
    return list;
}

QJsonObject RevocationList::toJson() const
{
    QJsonArray revoked;
    for (const Entry& e : m_entries)
        revoked.append(QJsonObject{{QStringLiteral("registration"), e.registration},
            {QStringLiteral("revoked_at"), e.revokedAt.toString(Qt::ISODate)}, {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("issuer_key"), QString::fromLatin1(m_issuerKeyId.toHex())},
        {QStringLiteral("generated_at"), m_generatedAt.toString(Qt::ISODate)}, {QStringLiteral("revocations"), revoked}};
}

} // namespace starmark
