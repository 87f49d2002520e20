#include "evaluators/SignOffRules.h"

#include "evaluators/Outcome.h"

namespace starmark {
namespace {

Problem refused(const char* code, Message message)
{
    return Problem::invalid(QString::fromLatin1(code), std::move(message));
}

Problem selfReview(const QString& reviewer)
{
    return refused(
        "sign-off.self-review", Message("SignOffRules", "the reviewer must be someone other than the evaluator (%1)").arg(reviewer));
}

Problem unfinished(qsizetype notAssessed, qsizetype recheck)
{
    return refused("sign-off.unfinished",
        Message("SignOffRules", "%1 requirement(s) are not assessed and %2 need re-checking")
            .arg(qint64(notAssessed))
            .arg(qint64(recheck)));
}

} // namespace

std::optional<Problem> SignOffRules::problem(const Assessment& assessment, const QList<const Catalog*>& chain, const QString& reviewer)
{
    if (reviewer.trimmed().isEmpty())
        return refused("sign-off.no-reviewer", Message("SignOffRules", "the reviewer's name is missing"));
    if (assessment.mode != Assessment::Mode::Lab) {
        return refused("sign-off.not-lab",
            Message("SignOffRules", "sign-off belongs to lab evaluations; a self-declaration is signed with its report"));
    }
    if (assessment.isLocked())
        return refused("sign-off.already-signed", Message("SignOffRules", "already signed off by %1").arg(assessment.signOff->reviewer));
    if (reviewer.trimmed() == assessment.evaluator.name)
        return selfReview(reviewer.trimmed());
    const Outcome outcome = Outcome::of(assessment, chain);
    if (outcome.counts.value(Verdict::NotAssessed) > 0 || outcome.recheck > 0)
        return unfinished(outcome.counts.value(Verdict::NotAssessed), outcome.recheck);
    return std::nullopt;
}

std::optional<Problem> SignOffRules::recordedProblem(const Assessment& assessment)
{
    if (!assessment.signOff)
        return std::nullopt;
    const QString reviewer = assessment.signOff->reviewer.trimmed();
    if (assessment.mode != Assessment::Mode::Lab) {
        return refused("sign-off.not-lab",
            Message("SignOffRules", "a self-declaration records a reviewer's sign-off, which only lab evaluations have"));
    }
    if (reviewer.isEmpty())
        return refused("sign-off.no-reviewer", Message("SignOffRules", "the sign-off names no reviewer"));
    if (reviewer == assessment.evaluator.name.trimmed())
        return selfReview(reviewer);
    if (!assessment.signOff->at.isValid())
        return refused("sign-off.no-date", Message("SignOffRules", "the sign-off has no valid date"));
    qsizetype notAssessed = 0;
    qsizetype recheck = 0;
    for (const Assessment::Result& r : assessment.results) {
        notAssessed += r.verdict == Verdict::NotAssessed;
        recheck += r.recheck;
    }
    if (notAssessed || recheck)
        return unfinished(notAssessed, recheck);
    return std::nullopt;
}

} // namespace starmark
