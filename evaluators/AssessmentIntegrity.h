#pragma once

#include "criteria/Problem.h"
#include "evaluators/AssessmentFile.h"

namespace starmark {

// Whether an assessment file may be acted on — signed into a report, labelled,
// signed off, revised, exported — although it came from someone else: its
// audit trail holds and leads to the state it holds, every evidence blob still
// matches its SHA-256 and every cited one is there, and a sign-off it records
// keeps the sign-off rules. Every command that acts on a file asks here first.
class AssessmentIntegrity {
public:
    // Why `file` (holding `assessment`) must not be acted on; empty when it may.
    static Problems problems(const AssessmentFile& file, const Assessment& assessment);
};

} // namespace starmark
