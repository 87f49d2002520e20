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
    QMap<QString, Verdict> proposed; // requirement → the verdict the proposals come to
    QMap<QString, QSet<QByteArray>> runs; // requirement → the outputs proposing for it
    for (const ToolRunProposals::Entry& e : *proposals) {
        const QString& id = e.proposal.requirement;
        if (requirement != QLatin1String(all) && id != requirement)
            continue;
        proposed[id] = proposed.value(id, Verdict::Pass) == Verdict::Fail ? Verdict::Fail : e.proposal.verdict;
        runs[id].insert(e.proposal.evidence);
    }
    if (proposed.isEmpty())
        return Problem::invalid(QStringLiteral("tool.no-proposal"),
            requirement == QLatin1String(all) ? Message("ToolAcceptance", "no tool output in this assessment proposes a verdict")
                                              : Message("ToolAcceptance", "no tool output proposes a verdict for %1").arg(Message::plain(requirement)),
            {opened.file->path(), 0, 0});

    const AssessmentEdit edit(opened.chain, QString());
    QList<std::pair<QString, Verdict>> accepted;
    const Result<void> updated = opened.update(
        [&](Assessment& state) {
            QList<std::pair<QString, QString>> assignments;
            for (auto it = proposed.cbegin(); it != proposed.cend(); ++it) {
                assignments.append({it.key() + QStringLiteral(".verdict"), termName<Verdict>(verdicts, *it)});
                for (Assessment::ToolRun& run : state.toolRuns) {
                    if (runs.value(it.key()).contains(run.sha256) && !run.accepted.contains(it.key()))
                        run.accepted.append(it.key());
                }
                accepted.append({it.key(), *it});
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
