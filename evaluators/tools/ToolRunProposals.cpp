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
        const ToolProposer::Context context{{}, run.sha256, run.tool, run.version};
        for (ToolProposal& proposal : ToolProposer::propose(*findings, rules, context)) {
            const QString requirement = run.requirements.contains(proposal.requirement) ? proposal.requirement : QString();
            const auto result = assessment.results.constFind(requirement);
            entries.append({std::move(proposal), result == assessment.results.cend() ? Verdict::NotAssessed : result->verdict});
        }
    }
    return entries;
}

} // namespace starmark
