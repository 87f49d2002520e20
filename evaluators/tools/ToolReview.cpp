#include "evaluators/tools/ToolReview.h"

namespace starmark {

QList<ToolReview::Reviewed> ToolReview::of(const Assessment& assessment, const QList<ToolRunProposals::Entry>& proposals)
{
    // Against what the proposals for the requirement come to, not each one alone: taking the
    // protocol rule's fail is not going against the suites rule's pass.
    const QMap<QString, ToolRunProposals::Combined> combined = ToolRunProposals::combine(proposals);
    QList<Reviewed> out;
    for (const ToolRunProposals::Entry& e : proposals) {
        const QString& id = e.proposal.requirement;
        Reviewed r{e.proposal, e.verdict, Status::Open, false, assessment.results.value(id).rationale};
        switch (e.decision) {
        case ToolRunProposals::Decision::Accepted:
            r.status = Status::Accepted;
            break;
        case ToolRunProposals::Decision::Overridden:
            r.status = Status::Overridden;
            r.recorded = true;
            break;
        case ToolRunProposals::Decision::Open:
            if (e.verdict != Verdict::NotAssessed)
                r.status = e.verdict == combined.value(id).verdict ? Status::Agrees : Status::Overridden;
            break;
        }
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
