#pragma once

#include "evaluators/Assessment.h"
#include "evaluators/tools/ToolRunProposals.h"

namespace starmark {

// What the evaluator made of each proposal, as a certification body reads it: the verdict given
// set against the proposal and against what the proposals for its requirement come to, with the
// decision its run records (ToolRunProposals::Decision) — a verdict typed against the tools is an
// override even unrecorded. The report lists it beside each proposal and `verify --recheck` names
// every requirement where the evaluator went against its tools.
class ToolReview {
public:
    enum class Status {
        Accepted, // taken with `tool accept`, and still what the proposals come to
        Agrees, // the proposal's own verdict, or what the proposals come to, set by the evaluator
        Overridden, // against the proposal, and against what the proposals come to or recorded with `tool override`
        Open, // the requirement is not assessed yet
    };
    static constexpr Term<Status> statuses[]
        = {{Status::Accepted, "accepted"}, {Status::Agrees, "agrees"}, {Status::Overridden, "overridden"}, {Status::Open, "open"}};

    struct Reviewed {
        ToolProposal proposal;
        Verdict verdict = Verdict::NotAssessed; // the evaluator's, for the proposal's requirement
        Status status = Status::Open;
        bool recorded = false; // Overridden: the evaluator recorded it as an override (Assessment::ToolRun::overridden)
        QString rationale; // the requirement's, as the evaluator gave it
    };
    struct Summary {
        int proposals = 0;
        int accepted = 0; // Accepted or Agrees
        int overridden = 0;
        int open = 0;
    };

    static QList<Reviewed> of(const Assessment& assessment, const QList<ToolRunProposals::Entry>& proposals);
    static Summary summary(const QList<Reviewed>& reviewed);
};

} // namespace starmark
