#include "evaluators/tools/ToolReview.h"

namespace starmark {

QList<ToolReview::Reviewed> ToolReview::of(const Assessment& assessment, const QList<ToolRunProposals::Entry>& proposals)
{
    QList<Reviewed> out;
    for (const ToolRunProposals::Entry& e : proposals) {
        const QString& id = e.proposal.requirement;
        Reviewed r{e.proposal, e.verdict, Status::Open, false, assessment.results.value(id).rationale};
        const auto run = std::find_if(assessment.toolRuns.cbegin(), assessment.toolRuns.cend(),
            [&](const Assessment::ToolRun& run) { return run.sha256 == e.proposal.evidence; });
        const bool ranHere = run != assessment.toolRuns.cend();
        if (e.verdict == Verdict::NotAssessed)
            r.status = Status::Open;
        else if (e.verdict != e.proposal.verdict) {
            r.status = Status::Overridden;
            r.recorded = std::any_of(assessment.toolRuns.cbegin(), assessment.toolRuns.cend(),
                [&](const Assessment::ToolRun& run) { return run.overridden.contains(id); });
        } else
            r.status = ranHere && run->accepted.contains(id) ? Status::Accepted : Status::Agrees;
        out.append(std::move(r));
    }
    return out;
}

ToolReview::Summary ToolReview::summary(const QList<Reviewed>& reviewed)
{
    Summary s;
    for (const Reviewed& r : reviewed) {
        ++s.proposals;
        switch (r.status) {
        case Status::Accepted:
        case Status::Agrees:
            ++s.accepted;
            break;
        case Status::Overridden:
            ++s.overridden;
            break;
        case Status::Open:
            ++s.open;
            break;
        }
    }
    return s;
}

} // namespace starmark
