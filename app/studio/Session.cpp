#include "Session.h"

#include "EditCommand.h"
#include "Studio.h"

#include "evaluators/AssessmentIntegrity.h"
#include "evaluators/DeclarationExport.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolAcceptance.h"
#include "evaluators/tools/ToolImport.h"
#include "evaluators/tools/ToolOverride.h"
#include "reports/checklist/ChecklistWriter.h"

#include <QFileInfo>

namespace starmark::studio {

Session::Session(std::unique_ptr<AssessmentFile> file, Assessment assessment, QList<const Catalog*> chain, const Studio& studio)
    : m_file(std::move(file))
    , m_assessment(std::move(assessment))
    , m_chain(std::move(chain))
    , m_studio(studio)
    , m_head(m_file->auditHead())
{
    // First of all that follow a change, so that every view shows the proposals of the state it shows.
    connect(this, &Session::changed, this, &Session::deriveProposals);
    deriveProposals();
    m_watcher.addPath(m_file->path());
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // A file replaced by rename is no longer watched: watch the new one.
        if (!m_watcher.files().contains(m_file->path()))
            m_watcher.addPath(m_file->path());
        reloadIfChangedElsewhere();
    });
}

std::unique_ptr<Session> Session::open(const QString& path, const Studio& studio, QString* error)
{
    Result<OpenedAssessment> opened = OpenedAssessment::open(path, AssessmentFile::Access::ReadWrite, studio.library());
    if (!opened) {
        QStringList lines;
        for (const Problem& p : opened.problems())
            lines << p.toString();
        if (findProblem(opened.problems(), u"assessment.catalog-not-installed") || findProblem(opened.problems(), u"assessment.catalog-not-valid"))
            lines << tr("Install it under %1/catalogs or fix it (see the catalog errors on the start page).").arg(Studio::shareRoot());
        *error = lines.join(QLatin1Char('\n'));
        return nullptr;
    }
    OpenedAssessment& o = *opened;
    auto session = std::unique_ptr<Session>(new Session(std::move(o.file), std::move(o.assessment), std::move(o.chain), studio));
    session->m_catalogChanges = opened.problems();
    return session;
}

std::unique_ptr<Session> Session::create(const QString& path, const Assessment& assessment, const Studio& studio, QString* error)
{
    const Catalog* catalog = studio.library().find(assessment.catalog);
    if (!catalog) {
        *error = QObject::tr("the catalog %1 is not installed").arg(assessment.catalog);
        return nullptr;
    }
    if (!AssessmentFile::create(path, assessment, studio.library().chain(*catalog), Studio::login(), studio.clock(), error))
        return nullptr;
    return open(path, studio, error);
}

QStringList Session::catalogChanges() const
{
    QStringList lines;
    for (const Problem& p : m_catalogChanges)
        lines << p.message.text();
    return lines;
}

bool Session::change(const Assessment& next, const QString& description, const QString& mergeKey)
{
    const Assessment before = m_assessment;
    if (!store(before, next))
        return false;
    if (m_assessment.isLocked() || m_assessment.revision != before.revision) {
        // Signed off, or a new revision begun: one-way steps (the file keeps the old revision's snapshot and
        // the audit trail the history), so nothing before them can be undone. No undo the file would refuse.
        m_undo.clear();
        return true;
    }
    m_undo.push(new EditCommand(*this, before, m_assessment, description, mergeKey));
    return true;
}

void Session::changeResult(
    const QString& requirementId, const QString& description, const std::function<void(Assessment::Result&)>& edit, const QString& mergeKey)
{
    Assessment next = m_assessment;
    edit(next.results[requirementId]);
    if (next != m_assessment)
        change(next, description, mergeKey);
}

bool Session::store(const Assessment& from, const Assessment& to)
{
    const QString who = m_assessment.evaluator.name.isEmpty() ? Studio::login() : m_assessment.evaluator.name;
    QString error;
    if (!m_file->save(from, to, m_chain, who, m_studio.clock(), &error)) {
        emit saveFailed(error);
        return false;
    }
    // Read back what the file holds: new evidence now has its SHA-256, and another program's changes are in.
    if (std::optional<Assessment> saved = m_file->load(&error))
        m_assessment = std::move(*saved);
    else
        m_assessment = to;
    m_head = m_file->auditHead();
    emit changed();
    return true;
}

QStringList Session::integrityProblems() const
{
    QStringList lines;
    for (const Problem& p : AssessmentIntegrity::problems(*m_file, m_assessment))
        lines << p.toString();
    return lines;
}

Result<void> Session::exportDeclaration(const QString& declarationPath) const
{
    if (const Problems problems = AssessmentIntegrity::problems(*m_file, m_assessment); !problems.isEmpty())
        return problems;
    return DeclarationExport::write(*m_file, m_assessment, m_chain, declarationPath);
}

Result<void> Session::exportChecklist(const QString& path, Language language) const
{
    return ChecklistWriter::writeFile(path, m_assessment, m_chain, language);
}

Result<void> Session::withTools(const std::function<Problems(OpenedAssessment&, const ToolRules&, const QString& who)>& useCase)
{
    const Result<ToolRules> rules = ToolRules::load(Studio::shareRoot() + QStringLiteral("/tool-rules/jc-star.yaml"));
    if (!rules)
        return rules.problems();
    Result<OpenedAssessment> opened = OpenedAssessment::open(path(), AssessmentFile::Access::ReadWrite, m_studio.library(), m_studio.clock());
    if (!opened)
        return opened.problems();
    const QString who = m_assessment.evaluator.name.isEmpty() ? Studio::login() : m_assessment.evaluator.name;
    const Problems problems = useCase(*opened, *rules, who);
    if (hasErrors(problems))
        return problems;
    m_head = m_file->auditHead();
    m_assessment = opened->assessment;
    m_undo.clear();
    emit changed();
    return {};
}

Result<void> Session::importToolOutput(const QString& outputPath)
{
    return withTools([&](OpenedAssessment& opened, const ToolRules& rules, const QString& who) {
        return ToolImport::import(opened, rules, {outputPath, std::nullopt, {}, {}}, who, m_studio.clock()).problems();
    });
}

Result<void> Session::acceptProposals(const QString& requirement)
{
    return withTools([&](OpenedAssessment& opened, const ToolRules& rules, const QString& who) {
        return ToolAcceptance::accept(opened, rules, requirement, who, m_studio.clock()).problems();
    });
}

Result<void> Session::overrideProposals(const QString& requirement, Verdict verdict, const QString& rationale)
{
    return withTools([&](OpenedAssessment& opened, const ToolRules& rules, const QString& who) {
        return ToolOverride::override(opened, rules, requirement, verdict, rationale, who, m_studio.clock()).problems();
    });
}

void Session::deriveProposals()
{
    m_proposals.clear();
    m_proposalsProblem.clear();
    if (m_assessment.toolRuns.isEmpty())
        return;
    const Result<ToolRules> rules = ToolRules::load(Studio::shareRoot() + QStringLiteral("/tool-rules/jc-star.yaml"));
    Result<QList<ToolRunProposals::Entry>> derived
        = rules ? ToolRunProposals::derive(*m_file, m_assessment, *rules) : Result<QList<ToolRunProposals::Entry>>(rules.problems());
    if (derived)
        m_proposals = derived.take();
    else
        m_proposalsProblem = derived.problems().value(0).toString();
}

bool Session::reloadIfChangedElsewhere()
{
    const QByteArray head = m_file->auditHead();
    if (head == m_head)
        return false;
    QString error;
    std::optional<Assessment> current = m_file->load(&error);
    if (!current) {
        emit saveFailed(error);
        return false;
    }
    m_head = head;
    m_assessment = std::move(*current);
    m_undo.clear();
    emit changed();
    emit changedElsewhere(tr("%1 was changed by another program; showing what it holds now. Undo starts afresh from here.")
                              .arg(QFileInfo(path()).fileName()));
    return true;
}

} // namespace starmark::studio
