#include "evaluators/tools/ToolImport.h"

#include "criteria/InputFile.h"
#include "evaluators/AssessmentEdit.h"
#include "evaluators/EvidenceName.h"
#include "evaluators/Sha256.h"
#include "evaluators/tools/ToolLimits.h"
#include "evaluators/tools/ToolOutput.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace starmark {
namespace {

// Copies `path` into `dir`, hashing on the way: the copy is what is read and stored,
// so a file changed behind the import cannot be stored other than it was read.
Result<QByteArray> copyHashed(const QString& path, const QString& copy)
{
    Result<std::unique_ptr<QFile>> in = InputFile::open(path, ToolLimits::xmlBytes);
    if (!in)
        return in.problems();
    QFile out(copy);
    const auto unreadable = [&](const QFileDevice& device) {
        return Problem::unusable(QStringLiteral("file.unreadable"),
            Message("ToolImport", "the file cannot be read (%1)").arg(Message::plain(device.errorString())), {path, 0, 0});
    };
    if (!out.open(QIODevice::WriteOnly))
        return unreadable(out);
    Sha256 sha;
    qint64 total = 0;
    for (QByteArray chunk; !(chunk = (*in)->read(1 << 20)).isEmpty();) {
        total += chunk.size();
        if (total > ToolLimits::xmlBytes || out.write(chunk) != chunk.size()) // it grew since, or the disk is full
            return unreadable(out);
        sha.add(chunk);
    }
    if ((*in)->error() != QFileDevice::NoError)
        return unreadable(**in);
    return sha.hex();
}

// A rule's target is a requirement id or a test case id; results are kept per requirement.
QString requirementOf(const QList<const Catalog*>& chain, const QString& target)
{
    for (const Catalog* catalog : chain) {
        for (const Requirement& requirement : catalog->requirements) {
            if (requirement.id == target)
                return requirement.id;
            for (const Requirement::TestCase& test : requirement.tests) {
                if (test.id == target)
                    return requirement.id;
            }
        }
    }
    return {};
}

} // namespace

Result<ToolImport::Imported> ToolImport::import(
    OpenedAssessment& opened, const ToolRules& rules, const Request& request, const QString& who, const Clock& clock)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("output"));
    const Result<QByteArray> sha256 = copyHashed(request.file, copy);
    if (!sha256)
        return sha256.problems();
    Result<ToolFindings> read = ToolOutput::read(copy, request.format);
    if (!read) {
        Problems problems = read.problems();
        for (Problem& problem : problems)
            problem.where.file = request.file; // the problems are the original's, not the copy's
        return problems;
    }
    Imported imported{read.take(), {}};
    const ToolFindings::Run& found = imported.findings.run;
    const ToolFindings::Run& given = request.run;
    imported.run.tool = given.tool.isEmpty() ? found.tool : given.tool;
    imported.run.version = given.version.isEmpty() ? found.version : given.version;
    imported.run.arguments = given.arguments.isEmpty() ? found.arguments : given.arguments;
    imported.run.ranAt = (given.ranAt.isValid() ? given.ranAt : found.ranAt).toUTC();
    imported.run.format = termName<ToolFormat>(toolFormats, imported.findings.format);
    imported.run.sha256 = *sha256;
    for (const ToolRules::Rule* rule : rules.rulesFor(imported.findings.format)) {
        const QString requirement = requirementOf(opened.chain, rule->requirement);
        if (!requirement.isEmpty() && !imported.run.requirements.contains(requirement))
            imported.run.requirements.append(requirement);
    }
    const SourceLocation where{request.file, 0, 0};
    if (imported.run.requirements.isEmpty())
        return Problem::invalid(QStringLiteral("tool.no-requirement"),
            Message("ToolImport", "the rules %1 %2 tie %3 output to no requirement of the catalogs this assessment is made against")
                .arg(Message::plain(rules.id))
                .arg(Message::plain(rules.version))
                .arg(Message::plain(imported.run.format)),
            where);
    for (const Assessment::ToolRun& earlier : opened.assessment.toolRuns) {
        if (earlier.sha256 == imported.run.sha256)
            return Problem::invalid(QStringLiteral("tool.already-imported"),
                Message("ToolImport", "this output was imported already, as %1").arg(Message::plain(earlier.evidence)), where);
    }

    const QString original = QFileInfo(request.file).fileName();
    const Result<void> updated = opened.update(
        [&](Assessment& state) {
            imported.run.evidence = EvidenceName::unique(original, [&](const QString& candidate) {
                for (const Assessment::Result& result : std::as_const(state.results)) {
                    for (const Assessment::Evidence& evidence : result.evidence) {
                        if (evidence.name == candidate)
                            return true;
                    }
                }
                return false;
            });
            Problems problems;
            for (const QString& requirement : std::as_const(imported.run.requirements)) {
                state.results[requirement].evidence.append({imported.run.evidence, {}, QFileInfo(copy).size(), copy});
                problems << AssessmentEdit::addEvidence(state.results[requirement], request.companions);
            }
            state.toolRuns.append(imported.run);
            return problems;
        },
        who, clock);
    if (!updated)
        return updated.problems();
    return imported;
}

} // namespace starmark
