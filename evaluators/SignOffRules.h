#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"

namespace starmark {

// When a lab's reviewer may sign an evaluation off: lab mode, not yet signed,
// someone other than the evaluator, and nothing left unassessed or unchecked.
class SignOffRules {
public:
    // Why `reviewer` cannot sign off now (what to do about it), or empty.
    static QString problem(const Assessment& assessment, const QList<const Catalog*>& chain, const QString& reviewer);
};

} // namespace starmark
