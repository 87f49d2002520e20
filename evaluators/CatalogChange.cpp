#include "evaluators/CatalogChange.h"

#include "criteria/CatalogJson.h"

#include <QJsonArray>

namespace starmark {

Message CatalogChange::Entry::describe() const
{
    switch (kind) {
    case Kind::Added:
        return Message("CatalogChange", "%1 added").arg(requirement);
    case Kind::Removed:
        return Message("CatalogChange", "%1 removed").arg(requirement);
    case Kind::Reworded:
        return Message("CatalogChange", "%1 reworded (%2)").arg(requirement).arg(fields.join(QStringLiteral(", ")));
    case Kind::Changed:
        return Message("CatalogChange", "%1 changed (%2)").arg(requirement).arg(fields.join(QStringLiteral(", ")));
    }
    return {};
}

QList<CatalogChange::Entry> CatalogChange::between(const QJsonObject& pinned, const Catalog& current)
{
    QMap<QString, QJsonObject> before;
    QStringList order;
    for (const QJsonValue& v : pinned.value(QStringLiteral("requirements")).toArray()) {
        const QJsonObject r = v.toObject();
        before.insert(r.value(QStringLiteral("id")).toString(), r);
        order << r.value(QStringLiteral("id")).toString();
    }
    QList<Entry> changes;
    for (const Requirement& requirement : current.requirements) {
        const auto old = before.constFind(requirement.id);
        if (old == before.cend()) {
            changes.append({Entry::Kind::Added, requirement.id, {}});
            continue;
        }
        const QJsonObject now = CatalogJson::toJson(requirement);
        QStringList wording;
        QStringList other;
        for (const QString& key : now.keys() + old->keys()) {
            if (now.value(key) == old->value(key) || wording.contains(key) || other.contains(key))
                continue;
            (key == QLatin1String("title") || key == QLatin1String("text") ? wording : other) << key;
        }
        if (!wording.isEmpty())
            changes.append({Entry::Kind::Reworded, requirement.id, wording + other});
        else if (!other.isEmpty())
            changes.append({Entry::Kind::Changed, requirement.id, other});
    }
    for (const QString& id : order) {
        if (!current.requirement(id))
            changes.append({Entry::Kind::Removed, id, {}});
    }
    return changes;
}

} // namespace starmark
