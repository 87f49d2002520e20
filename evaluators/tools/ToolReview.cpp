#include "evaluators/tools/ToolReview.h"

namespace starmark {

QList<ToolReview::Reviewed> ToolReview::of(const Assessment& assessment, const QList<ToolRunProposals::Entry>& proposals)
{
    // A proposal is gone against when the verdict is not its own and not what the proposals for
    // the requirement come to: taking the protocol rule's fail is not going against the suites
    // rule's pass, and overriding busybox's fail with pass does not go against the port scan's pass.
    // An override set back by hand to what the tools come to goes against nothing any more.
    const QMap<QString, ToolRunProposals::Combined> combined = ToolRunProposals::combine(proposals);
    QList<Reviewed> out;
    for (const ToolRunProposals::Entry& e : proposals) {
        const QString& id = e.proposal.requirement;
        Reviewed r{e.proposal, e.verdict, Status::Open, false, assessment.results.value(id).rationale};
        if (e.verdict == Verdict::NotAssessed)
            r.status = Status::Open;
        else if (e.decision == ToolRunProposals::Decision::Accepted)
            r.status = Status::Accepted;
        else if (e.verdict == e.proposal.verdict || e.verdict == combined.value(id).verdict)
            r.status = Status::Agrees;
        else {
            r.status = Status::Overridden;
            r.recorded = e.decision == ToolRunProposals::Decision::Overridden;
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
