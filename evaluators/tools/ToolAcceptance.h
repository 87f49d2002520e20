#pragma once

#include "criteria/Result.h"
#include "evaluators/Clock.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolRules.h"

namespace starmark {

// The use case behind `starmark tool accept`: the evaluator takes the tools' proposals
// as the verdict of a requirement (or of every requirement with proposals). Where the
// proposals for one requirement differ, fail wins: one tool that saw TLS 1.0 outweighs
// one that did not. The verdict is set through AssessmentEdit, so its rules hold (a pass
// still needs its evaluation items), and each run whose proposals were taken records it;
// one audited change, nothing changed when any requirement is refused. Accepting takes
// back an override of the same proposals (ToolOverride).
class ToolAcceptance {
public:
    static constexpr const char* all = "all";
    // The requirements whose verdict was set, each with the verdict.
    static Result<QList<std::pair<QString, Verdict>>> accept(
        OpenedAssessment& opened, const ToolRules& rules, const QString& requirement, const QString& who, const Clock& clock);
};

} // namespace starmark
