#pragma once

#include "criteria/Requirement.h"
#include "evaluators/Applicability.h"
#include "evaluators/Assessment.h"

namespace starmark {

// What makes a result consistent with its requirement: ticked items that
// satisfy the item rule for a pass, a justification for a manual
// not-applicable, test cases that exist and, in lab mode, all pass for a pass.
class ResultRules {
public:
    struct Problem {
        QString field; // the result's key concerned: verdict, items, justification, tests.<id>
        QString message; // what is wrong and how to fix it
    };

    static QList<Problem> check(
        const Requirement& requirement, const Assessment::Result& result, Assessment::Mode mode, const Applicability& applicability);
    // A result to look at again: decided but against a rule above (not yet assessed is a
    // state of its own, not a problem), or a pass carried over to new firmware.
    static bool needsAttention(
        const Requirement& requirement, const Assessment::Result& result, Assessment::Mode mode, const Applicability& applicability);
};

} // namespace starmark
