#include "evaluators/PstiRoute.h"

namespace starmark {

PstiRoute::PstiRoute(const QList<const Catalog*>& chain)
{
    for (const Catalog* catalog : chain) {
        if (catalog->pstiRoute)
            m_route = &*catalog->pstiRoute;
    }
}

bool PstiRoute::applies(const Assessment& assessment) const
{
    return m_route && assessment.profile.value(m_route->question) == QLatin1String("true");
}

bool PstiRoute::covers(const QString& requirementId) const
{
    return m_route && m_route->covers.contains(requirementId);
}

QStringList PstiRoute::covered() const
{
    return m_route ? m_route->covers : QStringList();
}

LocalizedText PstiRoute::evidence() const
{
    return m_route ? m_route->evidence : LocalizedText();
}

bool PstiRoute::standsFor(const Requirement& requirement, const QMap<QString, QString>& profile)
{
    return !requirement.pstiQuestion.isEmpty() && profile.value(requirement.pstiQuestion) == QLatin1String("true");
}

} // namespace starmark
