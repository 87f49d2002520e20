#include "evaluators/SignOffRules.h"

#include "evaluators/Outcome.h"

namespace starmark {
namespace {

QString selfReview(const QString& reviewer)
{
    return QStringLiteral("the reviewer must be someone other than the evaluator (%1)").arg(reviewer);
}

QString unfinished(qsizetype notAssessed, qsizetype recheck)
{
    return QStringLiteral("%1 requirement(s) are not assessed and %2 need re-checking; finish them before sign-off")
        .arg(notAssessed)
        .arg(recheck);
}

} // namespace

QString SignOffRules::problem(const Assessment& assessment, const QList<const Catalog*>& chain, const QString& reviewer)
{
    if (reviewer.trimmed().isEmpty())
        return QStringLiteral("the reviewer's name is required");
    if (assessment.mode != Assessment::Mode::Lab)
        return QStringLiteral("sign-off belongs to lab evaluations; a self-declaration is signed with its report");
    if (assessment.isLocked())
        return QStringLiteral("already signed off by %1").arg(assessment.signOff->reviewer);
    if (reviewer.trimmed() == assessment.evaluator.name)
        return selfReview(reviewer.trimmed());
    const Outcome outcome = Outcome::of(assessment, chain);
    if (outcome.counts.value(Verdict::NotAssessed) > 0 || outcome.recheck > 0)
        return unfinished(outcome.counts.value(Verdict::NotAssessed), outcome.recheck);
    return {};
}

QString SignOffRules::recordedProblem(const Assessment& assessment)
{
    if (!assessment.signOff)
        return {};
    const QString reviewer = assessment.signOff->reviewer.trimmed();
    if (assessment.mode != Assessment::Mode::Lab)
        return QStringLiteral("a self-declaration records a reviewer's sign-off, which only lab evaluations have");
    if (reviewer.isEmpty())
        return QStringLiteral("the sign-off names no reviewer");
    if (reviewer == assessment.evaluator.name.trimmed())
        return selfReview(reviewer);
    if (!assessment.signOff->at.isValid())
        return QStringLiteral("the sign-off has no valid date");
    qsizetype notAssessed = 0;
    qsizetype recheck = 0;
    for (const Assessment::Result& r : assessment.results) {
        notAssessed += r.verdict == Verdict::NotAssessed;
        recheck += r.recheck;
    }
    if (notAssessed || recheck)
        return unfinished(notAssessed, recheck);
    return {};
}

} // namespace starmark
