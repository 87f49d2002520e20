#pragma once

#include "evaluators/OpenedAssessment.h"
#include "reports/checklist/XlsxWorkbook.h"

namespace starmark {

// A filled checklist (StarMark's layout, edited in Excel or LibreOffice) applied to an
// assessment: its verdicts, ticked items and rationale, through AssessmentEdit as one
// audited change whose first entry names the workbook (file name and SHA-256). Only what
// differs is set, so a workbook exported and imported untouched changes nothing. The
// workbook is checked whole before anything is changed; every problem names the sheet and
// the cell (checklist.xlsx:チェックリスト!E12).
class ChecklistImport {
public:
    struct Change {
        QString requirement;
        QString field; // verdict, items, rationale or justification, as AssessmentEdit names them
        QString before;
        QString after;
    };

    struct Plan {
        QList<std::pair<QString, QString>> assignments; // KEY=VALUE for AssessmentEdit
        // The cell an AssessmentEdit key (S1.1-04.items) or a requirement id came from.
        SourceLocation cellOf(const QString& key) const;

        QString workbookName;
        QString sheet;
        QMap<int, int> columns; // ChecklistLayout::Column → the sheet's column
        QHash<QString, std::pair<int, int>> rows; // requirement → its verdict row, its first item row (or 0)
    };
    // What the workbook asks for against `state`; problems name the cells.
    static Result<Plan> plan(
        const XlsxWorkbook& workbook, const QString& workbookName, const Assessment& state, const QList<const Catalog*>& chain);
    // Reads `path` and applies it to `o` (opened for writing). The changes made; none when
    // the workbook says what the assessment says already.
    static Result<QList<Change>> apply(OpenedAssessment& o, const QString& path, const QString& who, const Clock& clock);
};

} // namespace starmark
