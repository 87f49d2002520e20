#pragma once

#include "criteria/Result.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/tools/ToolProposal.h"
#include "evaluators/tools/ToolRules.h"

#include <QSet>

namespace starmark {

// The proposals of an assessment's tool runs, derived each time from the raw outputs
// stored in the file and the rules given: a proposal is a function of the two, so what
// `assess status` shows cannot drift from the evidence it names. Beside each, the
// requirement's verdict as the evaluator gave it, and what the evaluator did with it.
class ToolRunProposals {
public:
    // On its run: accepted (the verdict taken from the proposals, and still theirs), overridden
    // (set against them, with the result's rationale), or neither.
    enum class Decision { Open, Accepted, Overridden };
    static constexpr Term<Decision> decisions[] = {
        {Decision::Open, "open"}, {Decision::Accepted, "accepted"}, {Decision::Overridden, "overridden"}};

    struct Entry {
        ToolProposal proposal;
        Verdict verdict = Verdict::NotAssessed; // the evaluator's, for the proposal's requirement
        Decision decision = Decision::Open;
    };
    // What the proposals for one requirement come to, and the outputs (hex SHA-256) proposing.
    struct Combined {
        Verdict verdict = Verdict::Pass;
        QSet<QByteArray> outputs;
    };

    static Result<QList<Entry>> derive(const AssessmentFile& file, const Assessment& assessment, const ToolRules& rules);
    // The same from outputs already written out, each in `folder` under its hex SHA-256
    // (`verify --recheck` takes them from the signed report).
    static Result<QList<Entry>> deriveFrom(const QString& folder, const Assessment& assessment, const ToolRules& rules);
    // By requirement (only `requirement`, unless it is empty). Where the proposals differ, fail
    // wins: one tool that saw TLS 1.0 outweighs one that did not.
    static QMap<QString, Combined> combine(const QList<Entry>& entries, const QString& requirement = {});
    // tool.no-proposal: nothing proposes for `requirement` (empty: for any requirement).
    static Problem noProposal(const QString& requirement, const QString& file);
};

} // namespace starmark
