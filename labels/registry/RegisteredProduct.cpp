#include "labels/registry/RegisteredProduct.h"

#include "labels/LabelToken.h"

#include <QJsonArray>

namespace starmark {

QString RegisteredProduct::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::SupportEnded:
        return QStringLiteral("support-ended");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

RegisteredProduct::Status RegisteredProduct::status(const QDate& today) const
{
    if (revokedAt)
        return Status::Revoked;
    if (!revisions.isEmpty() && today > current().validUntil)
        return Status::Expired;
    if (today > supportUntil)
        return Status::SupportEnded;
    return Status::Valid;
}

QJsonObject RegisteredProduct::toJson(const QDate& today, const QString& registryUrl) const
{
    const RegisteredProduct& p = *this;
    const auto text = [](const LocalizedText& t) { return QJsonObject{{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}}; };
    QJsonArray revisions;
    for (const RegisteredRevision& r : p.revisions) {
        QJsonObject revision{{QStringLiteral("firmware"), r.firmware}, {QStringLiteral("evaluated"), r.evaluated.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), r.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("registered_at"), r.registeredAt.toString(Qt::ISODate)}};
        if (!r.addedModels.isEmpty())
            revision.insert(QStringLiteral("added_models"), QJsonArray::fromStringList(r.addedModels));
        if (!r.overrides.isEmpty())
            revision.insert(QStringLiteral("override"),
                QJsonObject{{QStringLiteral("changes"), QJsonArray::fromStringList(r.overrides)},
                    {QStringLiteral("reason"), r.overrideReason}, {QStringLiteral("by"), r.overrideBy}});
        revisions.append(revision);
    }
    const Result<LabelToken> token = LabelToken::decode(p.current().token);
    QJsonObject o{{QStringLiteral("registration"), p.registration},
        {QStringLiteral("status"), RegisteredProduct::statusName(p.status(today))}, {QStringLiteral("level"), p.level},
        {QStringLiteral("category"), p.category}, {QStringLiteral("manufacturer"), text(p.manufacturer)},
        {QStringLiteral("name"), text(p.name)}, {QStringLiteral("model"), p.model},
        {QStringLiteral("models"), QJsonArray::fromStringList(p.models())}, {QStringLiteral("firmware"), p.current().firmware},
        {QStringLiteral("evaluated"), p.current().evaluated.toString(Qt::ISODate)},
        {QStringLiteral("support_until"), p.supportUntil.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), p.current().validUntil.toString(Qt::ISODate)},
        {QStringLiteral("vulnerability_contact"), p.vulnerabilityContact},
        {QStringLiteral("registered_at"), p.registeredAt.toString(Qt::ISODate)}, {QStringLiteral("revisions"), revisions},
        {QStringLiteral("token"), p.current().token}, {QStringLiteral("url"), token ? LabelToken::url(registryUrl, *token) : QString()}};
    if (p.revokedAt) {
        o.insert(QStringLiteral("revoked_at"), p.revokedAt->toString(Qt::ISODate));
        o.insert(QStringLiteral("revocation_reason"), p.revocationReason);
    }
    return o;
}


} // namespace starmark
