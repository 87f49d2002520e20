#include "evaluators/tools/ToolRunProposals.h"

#include "evaluators/tools/ToolOutput.h"
#include "evaluators/tools/ToolProposer.h"

#include <QDir>
#include <QTemporaryDir>

namespace starmark {

Result<QList<ToolRunProposals::Entry>> ToolRunProposals::derive(const AssessmentFile& file, const Assessment& assessment, const ToolRules& rules)
{
    QTemporaryDir dir;
    for (const Assessment::ToolRun& run : assessment.toolRuns) {
        QString error;
        if (!file.exportEvidence(run.sha256, dir.filePath(QString::fromLatin1(run.sha256)), &error))
            return Problem::invalid(QStringLiteral("tool.output-missing"),
                Message("ToolRunProposals", "the output of %1 stored as %2 cannot be read back (%3)")
                    .arg(Message::plain(run.tool))
                    .arg(Message::plain(run.evidence))
                    .arg(Message::plain(error)),
                {file.path(), 0, 0});
    }
    return deriveFrom(dir.path(), assessment, rules);
}

Result<QList<ToolRunProposals::Entry>> ToolRunProposals::deriveFrom(const QString& folder, const Assessment& assessment, const ToolRules& rules)
{
    QList<Entry> entries;
    for (const Assessment::ToolRun& run : assessment.toolRuns) {
        const QString output = QDir(folder).filePath(QString::fromLatin1(run.sha256));
        const Result<ToolFindings> findings = ToolOutput::read(output, termFromName<ToolFormat>(toolFormats, run.format.toStdString()));
        if (!findings)
            return findings.problems();
        const ToolProposer::Context context{assessment.product.neededInterfaces, run.sha256, run.tool, run.version};
        for (ToolProposal& proposal : ToolProposer::propose(*findings, rules, context)) {
            const QString requirement = run.requirements.contains(proposal.requirement) ? proposal.requirement : QString();
            const auto result = assessment.results.constFind(requirement);
            const Decision decision = run.overridden.contains(proposal.requirement) ? Decision::Overridden
                : run.accepted.contains(proposal.requirement)                       ? Decision::Accepted
                                                                                    : Decision::Open;
            entries.append({std::move(proposal), result == assessment.results.cend() ? Verdict::NotAssessed : result->verdict, decision});
        }
    }
    // An acceptance holds only while the verdict is what the proposals come to, an override only
    // while it is not: a verdict changed afterwards (assess set) undoes either, and shows as open.
    const QMap<QString, Combined> combined = combine(entries);
    for (Entry& e : entries) {
        const bool theTools = e.verdict == combined.value(e.proposal.requirement).verdict;
        if ((e.decision == Decision::Accepted && !theTools) || (e.decision == Decision::Overridden && theTools))
            e.decision = Decision::Open;
    }
    return entries;
}

QMap<QString, ToolRunProposals::Combined> ToolRunProposals::combine(const QList<Entry>& entries, const QString& requirement)
{
    QMap<QString, Combined> combined;
    for (const Entry& e : entries) {
        const QString& id = e.proposal.requirement;
        if (!requirement.isEmpty() && id != requirement)
            continue;
        Combined& c = combined[id];
        if (e.proposal.verdict == Verdict::Fail)
            c.verdict = Verdict::Fail;
        c.outputs.insert(e.proposal.evidence);
    }
    return combined;
}

Problem ToolRunProposals::noProposal(const QString& requirement, const QString& file)
{
    return Problem::invalid(QStringLiteral("tool.no-proposal"),
        requirement.isEmpty() ? Message("ToolAcceptance", "no tool output in this assessment proposes a verdict")
                              : Message("ToolAcceptance", "no tool output proposes a verdict for %1").arg(Message::plain(requirement)),
        {file, 0, 0});
}

} // namespace starmark
