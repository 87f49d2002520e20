#pragma once

#include "criteria/Result.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/tools/ToolProposal.h"
#include "evaluators/tools/ToolRules.h"

namespace starmark {

// The proposals of an assessment's tool runs, derived each time from the raw outputs
// stored in the file and the rules given: a proposal is a function of the two, so what
// `assess status` shows cannot drift from the evidence it names. Beside each, the
// requirement's verdict as the evaluator gave it.
class ToolRunProposals {
public:
    struct Entry {
        ToolProposal proposal;
        Verdict verdict = Verdict::NotAssessed; // the evaluator's, for the proposal's requirement
    };

    static Result<QList<Entry>> derive(const AssessmentFile& file, const Assessment& assessment, const ToolRules& rules);
    // The same from outputs already written out, each in `folder` under its hex SHA-256
    // (`verify --recheck` takes them from the signed report).
    static Result<QList<Entry>> deriveFrom(const QString& folder, const Assessment& assessment, const ToolRules& rules);
};

} // namespace starmark
