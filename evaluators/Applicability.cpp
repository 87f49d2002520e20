#include "evaluators/Applicability.h"

#include "evaluators/PstiRoute.h"

namespace starmark {

Applicability Applicability::of(const Requirement& requirement, const QMap<QString, QString>& profile)
{
    Applicability result;
    result.pstiRoute = PstiRoute::standsFor(requirement, profile);
    const ApplicabilityExpression& rule = requirement.appliesIf;
    const std::optional<bool> applies = rule.evaluate([&](const QString& question) -> std::optional<QString> {
        const auto it = profile.constFind(question);
        return it == profile.constEnd() ? std::nullopt : std::optional<QString>(*it);
    });
    if (applies == true)
        return result;
    QStringList answers;
    for (const ApplicabilityExpression::Use& use : rule.uses()) {
        if (!profile.contains(use.question)) {
            if (!result.unanswered.contains(use.question))
                result.unanswered << use.question;
        } else if (!answers.contains(use.question + QStringLiteral(" = ") + profile.value(use.question))) {
            answers << use.question + QStringLiteral(" = ") + profile.value(use.question);
        }
    }
    if (!applies) {
        result.state = State::Unknown;
        return result;
    }
    result.state = State::NotApplicable;
    const QString rule_ = rule.source().simplified();
    const QString given = answers.join(QStringLiteral(", "));
    result.justification = {
        QStringLiteral("製品プロファイルの回答（%1）により適用条件「%2」を満たさないため、適用外。").arg(given, rule_),
        QStringLiteral("Not applicable: the product profile (%1) does not meet the rule \"%2\".").arg(given, rule_),
    };
    return result;
}

} // namespace starmark
