#include "evaluators/tools/ToolAcceptance.h"

#include "evaluators/AssessmentEdit.h"
#include "evaluators/tools/ToolRunProposals.h"

namespace starmark {

Result<QList<std::pair<QString, Verdict>>> ToolAcceptance::accept(
    OpenedAssessment& opened, const ToolRules& rules, const QString& requirement, const QString& who, const Clock& clock)
{
    const Result<QList<ToolRunProposals::Entry>> proposals = ToolRunProposals::derive(*opened.file, opened.assessment, rules);
    if (!proposals)
        return proposals.problems();
    const bool every = requirement == QLatin1String(all);
    const QMap<QString, ToolRunProposals::Combined> proposed = ToolRunProposals::combine(*proposals, every ? QString() : requirement);
    if (proposed.isEmpty())
        return ToolRunProposals::noProposal(every ? QString() : requirement, opened.file->path());

    const AssessmentEdit edit(opened.chain, QString());
    QList<std::pair<QString, Verdict>> accepted;
    const Result<void> updated = opened.update(
        [&](Assessment& state) {
            QList<std::pair<QString, QString>> assignments;
            for (auto it = proposed.cbegin(); it != proposed.cend(); ++it) {
                assignments.append({it.key() + QStringLiteral(".verdict"), termName<Verdict>(verdicts, it->verdict)});
                for (Assessment::ToolRun& run : state.toolRuns) {
                    if (!it->outputs.contains(run.sha256))
                        continue;
                    // Accepting takes back an earlier override of the same proposals.
                    run.overridden.removeAll(it.key());
                    if (!run.accepted.contains(it.key()))
                        run.accepted.append(it.key());
                }
                accepted.append({it.key(), it->verdict});
            }
            // Then every result it touched is checked against its requirement (ResultRules).
            const Problems problems = edit.apply(state, assignments);
            return problems;
        },
        who, clock);
    if (!updated)
        return updated.problems();
    return accepted;
}

} // namespace starmark
