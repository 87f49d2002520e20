#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Applicability.h"
#include "evaluators/Assessment.h"

namespace starmark {

// Where an assessment stands: the level achieved (every applicable requirement
// of that level and all below is pass), what blocks the next level, counts.
struct Outcome {
    struct Gap {
        QString requirement;
        int level = 0;
        Verdict verdict = Verdict::NotAssessed;
        bool recheck = false; // a pass carried over to new firmware, not yet confirmed
    };

    int target = 0;
    int achieved = 0; // 0: not even ★1
    QMap<Verdict, int> counts;
    int recheck = 0;
    QList<Gap> gaps; // the requirements that keep level achieved + 1 out of reach
    QStringList unanswered; // profile questions that decide applicability and have no answer

    // `chain`: the catalogs of the assessment, lowest level first.
    static Outcome of(const Assessment& assessment, const QList<const Catalog*>& chain);
    // The verdict that counts: a profile that rules a requirement out makes it not applicable.
    static Verdict effectiveVerdict(const Requirement& requirement, const Assessment& assessment);
    static Verdict effectiveVerdict(const Requirement& requirement, const Assessment& assessment, const Applicability& applicability);
};

} // namespace starmark
