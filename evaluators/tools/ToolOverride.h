#pragma once

#include "criteria/Result.h"
#include "evaluators/Clock.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolRules.h"

namespace starmark {

// The use case behind `starmark tool override`: the evaluator sets a requirement's verdict
// against what the tools propose for it, and says why. The verdict and the rationale go
// through AssessmentEdit, so its rules hold; every run proposing for the requirement records
// it as overridden (and no longer as accepted), and the audit trail names the override: one
// change, or nothing when it is refused. A verdict the proposals come to as well is not an
// override but an acceptance (ToolAcceptance), and an override without a reason is refused,
// so that a certification body reading the report sees why a lab went against its own tools.
class ToolOverride {
public:
    // The verdict the proposals came to, which `verdict` now overrides.
    static Result<Verdict> override(OpenedAssessment& opened, const ToolRules& rules, const QString& requirement, Verdict verdict,
        const QString& rationale, const QString& who, const Clock& clock);
};

} // namespace starmark
