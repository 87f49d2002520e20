#include "evaluators/Outcome.h"

#include "evaluators/Applicability.h"

namespace starmark {

Verdict Outcome::effectiveVerdict(const Requirement& requirement, const Assessment& assessment)
{
    return effectiveVerdict(requirement, assessment, Applicability::of(requirement, assessment.profile));
}

Verdict Outcome::effectiveVerdict(const Requirement& requirement, const Assessment& assessment, const Applicability& applicability)
{
    if (!applicability.applies())
        return Verdict::NotApplicable;
    const auto it = assessment.results.constFind(requirement.id);
    return it == assessment.results.cend() ? Verdict::NotAssessed : it->verdict;
}

Outcome Outcome::of(const Assessment& assessment, const QList<const Catalog*>& chain)
{
    Outcome outcome;
    outcome.target = assessment.level;
    QMap<int, QList<Gap>> blocking; // by level
    for (const Catalog* catalog : chain) {
        for (const Requirement& requirement : catalog->requirements) {
            const Applicability applicability = Applicability::of(requirement, assessment.profile);
            for (const QString& question : applicability.unanswered) {
                if (!outcome.unanswered.contains(question))
                    outcome.unanswered << question;
            }
            const Verdict verdict = effectiveVerdict(requirement, assessment, applicability);
            const auto result = assessment.results.constFind(requirement.id);
            const bool recheck = result != assessment.results.cend() && result->recheck && applicability.applies();
            outcome.counts[verdict] += 1;
            outcome.recheck += recheck ? 1 : 0;
            if ((verdict != Verdict::Pass && verdict != Verdict::NotApplicable) || recheck)
                blocking[catalog->level].append({requirement.id, catalog->level, verdict, recheck});
        }
    }
    int levels = 0;
    for (const Catalog* catalog : chain)
        levels = std::max(levels, catalog->level);
    for (int level = 1; level <= levels; ++level) {
        if (!blocking.value(level).isEmpty()) {
            outcome.gaps = blocking.value(level);
            break;
        }
        outcome.achieved = level;
    }
    return outcome;
}

} // namespace starmark
