#pragma once

#include "criteria/Result.h"
#include "evaluators/AssessmentFile.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolRunProposals.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace starmark::studio {

class Studio;

// One open `*.starmark` file. Every change goes through `change`, which saves
// it into the file at once (one SQLite transaction, one audit entry) and puts
// it on the undo stack: there is no Save button because there is nothing unsaved.
// When another program changes the file, the session reloads it and clears the
// undo stack: its steps were taken on a state that no longer is.
class Session : public QObject {
    Q_OBJECT
public:
    // nullptr with `error` set: the file cannot be opened, or its catalog is not installed or not valid.
    static std::unique_ptr<Session> open(const QString& path, const Studio& studio, QString* error);
    // Creates the file, refusing to replace one, and opens it.
    static std::unique_ptr<Session> create(const QString& path, const Assessment& assessment, const Studio& studio, QString* error);

    const QString& path() const { return m_file->path(); }
    const Assessment& assessment() const { return m_assessment; }
    const QList<const Catalog*>& chain() const { return m_chain; }
    const AssessmentFile& file() const { return *m_file; }
    const Studio& studio() const { return m_studio; }
    QUndoStack* undoStack() { return &m_undo; }
    // What changed in the catalogs since the assessment pinned them, one line each.
    QStringList catalogChanges() const;

    // Saves `next` and makes it undoable. Edits with the same `mergeKey`, one
    // after the other (typing a rationale), are undone as one. False when the
    // file refused it (a signed-off assessment): `saveFailed` says why.
    bool change(const Assessment& next, const QString& description, const QString& mergeKey = {});
    // `change` made to one requirement's result; an edit that leaves the result as it was is no step to undo.
    void changeResult(const QString& requirementId, const QString& description, const std::function<void(Assessment::Result&)>& edit,
        const QString& mergeKey = {});
    // Makes the change from `from` to `to` to what the file holds, without
    // touching the undo stack; undo and redo use it.
    bool store(const Assessment& from, const Assessment& to);
    // Why the file must not be signed off, revised or exported (AssessmentIntegrity), or empty.
    QStringList integrityProblems() const;
    // The assessment written back as a declaration with its evidence (DeclarationExport), once the file holds.
    Result<void> exportDeclaration(const QString& declarationPath) const;
    // IPA's checklist workbook of the open assessment (reports/checklist), in `language`.
    Result<void> exportChecklist(const QString& path, Language language) const;
    // A tool's output read in as evidence of the requirements the shipped tool rules tie it to
    // (ToolImport, as `starmark tool import`): one audited change, nothing when it is refused.
    // Not a step to undo: the evidence stays on the record, and undo starts afresh.
    Result<void> importToolOutput(const QString& outputPath);
    // The proposals of the tool runs, derived from their stored outputs and the shipped rules each
    // time the assessment changes (ToolRunProposals); empty without tool runs. Why they could not be
    // derived, or empty.
    const QList<ToolRunProposals::Entry>& proposals() const { return m_proposals; }
    const QString& proposalsProblem() const { return m_proposalsProblem; }
    // The tools' proposals for `requirement` taken as its verdict (ToolAcceptance, as `starmark tool
    // accept`); like an import, not a step to undo.
    Result<void> acceptProposals(const QString& requirement);
    // The verdict set against them with a reason (ToolOverride, as `starmark tool override`).
    Result<void> overrideProposals(const QString& requirement, Verdict verdict, const QString& rationale);
    // Reloads when the file no longer holds what this session last saw; true if it did.
    bool reloadIfChangedElsewhere();

signals:
    void changed();
    void saveFailed(const QString& message);
    // Another program changed the file; the window shows what it holds now.
    void changedElsewhere(const QString& message);

private:
    Session(std::unique_ptr<AssessmentFile> file, Assessment assessment, QList<const Catalog*> chain, const Studio& studio);

    std::unique_ptr<AssessmentFile> m_file;
    Assessment m_assessment;
    QList<const Catalog*> m_chain;
    const Studio& m_studio;
    QUndoStack m_undo;
    QFileSystemWatcher m_watcher;
    QByteArray m_head; // the audit trail's newest hash as this session last saw it
    Problems m_catalogChanges; // found when it was opened
    QList<ToolRunProposals::Entry> m_proposals;
    QString m_proposalsProblem;

    void deriveProposals();
    // Runs a tool use case on the file, then shows what it holds: the use cases open it as the CLI does.
    Result<void> withTools(const std::function<Problems(OpenedAssessment&, const ToolRules&, const QString& who)>& useCase);
};

} // namespace starmark::studio
