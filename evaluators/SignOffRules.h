#pragma once

#include "criteria/Catalog.h"
#include "criteria/Problem.h"
#include "evaluators/Assessment.h"

namespace starmark {

// When a lab's reviewer may sign an evaluation off: lab mode, not yet signed,
// someone other than the evaluator, and nothing left unassessed or unchecked.
class SignOffRules {
public:
    // Why `reviewer` cannot sign off now, if so.
    static std::optional<Problem> problem(const Assessment& assessment, const QList<const Catalog*>& chain, const QString& reviewer);
    // Why the sign-off `assessment` records could not have been given by these
    // rules (a file edited to forge one), if so. Requirements the catalog
    // added since are not held against it.
    static std::optional<Problem> recordedProblem(const Assessment& assessment);
};

} // namespace starmark
