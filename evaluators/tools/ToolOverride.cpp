#include "evaluators/tools/ToolOverride.h"

#include "criteria/CatalogChain.h"
#include "evaluators/AssessmentEdit.h"
#include "evaluators/tools/ToolRunProposals.h"

namespace starmark {

Result<Verdict> ToolOverride::override(OpenedAssessment& opened, const ToolRules& rules, const QString& requirement, Verdict verdict,
    const QString& rationale, const QString& who, const Clock& clock)
{
    const QString file = opened.file->path();
    if (!CatalogChain::requirement(opened.chain, requirement))
        return Problem::invalid(QStringLiteral("tool.unknown-requirement"),
            Message("ToolOverride", "%1 is not a requirement of this assessment's catalogs").arg(Message::plain(requirement)), {file, 0, 0});
    if (opened.assessment.isLocked())
        return Problem::unusable(QStringLiteral("tool.assessment-locked"),
            Message("ToolOverride", "the assessment is signed off: its verdicts change only in a new revision"), {file, 0, 0});
    if (rationale.trimmed().isEmpty())
        return Problem::invalid(QStringLiteral("tool.override-without-rationale"),
            Message("ToolOverride", "an override of the tools' proposals for %1 needs a rationale").arg(Message::plain(requirement)),
            {file, 0, 0});
    const Result<QList<ToolRunProposals::Entry>> proposals = ToolRunProposals::derive(*opened.file, opened.assessment, rules);
    if (!proposals)
        return proposals.problems();
    const QMap<QString, ToolRunProposals::Combined> proposed = ToolRunProposals::combine(*proposals, requirement);
    if (proposed.isEmpty())
        return ToolRunProposals::noProposal(requirement, file);
    const ToolRunProposals::Combined& against = proposed.first();
    if (against.verdict == verdict)
        return Problem::invalid(QStringLiteral("tool.override-agrees"),
            Message("ToolOverride", "the tools propose %1 for %2 too: that verdict goes with them, not against them")
                .arg(Message::plain(termName<Verdict>(verdicts, verdict)))
                .arg(Message::plain(requirement)),
            {file, 0, 0});

    const AssessmentEdit edit(opened.chain, QString());
    const AssessmentFile::Origin origin{QStringLiteral("tool-override"), requirement,
        QStringLiteral("%1 against %2").arg(termName<Verdict>(verdicts, verdict), termName<Verdict>(verdicts, against.verdict))};
    const Result<void> updated = opened.update(
        [&](Assessment& state) {
            for (Assessment::ToolRun& run : state.toolRuns) {
                if (!against.outputs.contains(run.sha256))
                    continue;
                run.accepted.removeAll(requirement);
                if (!run.overridden.contains(requirement))
                    run.overridden.append(requirement);
            }
            return edit.apply(state, {{requirement + QStringLiteral(".verdict"), termName<Verdict>(verdicts, verdict)},
                                         {requirement + QStringLiteral(".rationale"), rationale}});
        },
        who, clock, origin);
    if (!updated)
        return updated.problems();
    return against.verdict;
}

} // namespace starmark
