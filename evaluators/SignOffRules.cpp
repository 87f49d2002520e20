#include "evaluators/SignOffRules.h"

#include "evaluators/Outcome.h"

namespace starmark {

QString SignOffRules::problem(const Assessment& assessment, const QList<const Catalog*>& chain, const QString& reviewer)
{
    if (reviewer.trimmed().isEmpty())
        return QStringLiteral("the reviewer's name is required");
    if (assessment.mode != Assessment::Mode::Lab)
        return QStringLiteral("sign-off belongs to lab evaluations; a self-declaration is signed with its report");
    if (assessment.isLocked())
        return QStringLiteral("already signed off by %1").arg(assessment.signOff->reviewer);
    if (reviewer.trimmed() == assessment.evaluator.name)
        return QStringLiteral("the reviewer must be someone other than the evaluator (%1)").arg(reviewer.trimmed());
    const Outcome outcome = Outcome::of(assessment, chain);
    if (outcome.counts.value(Verdict::NotAssessed) > 0 || outcome.recheck > 0)
        return QStringLiteral("%1 requirement(s) are not assessed and %2 need re-checking; finish them before sign-off")
            .arg(outcome.counts.value(Verdict::NotAssessed))
            .arg(outcome.recheck);
    return {};
}

} // namespace starmark
