#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"

#include <QHash>

namespace starmark {

// StarMark's own checklist workbook, in IPA's shape: one row per requirement, then one per
// evaluation item, in the columns below; a second sheet for the applicant and the product.
// The one place its sheet names, headers and words are written, in both languages, so
// that the writer, the reader and the template filler agree.
class ChecklistLayout {
public:
    enum Column { Requirement = 1, Text, Item, Method, Verdict, Rationale, Evidence };
    static constexpr int columnCount = Evidence;
    static constexpr int headerRow = 1;

    struct Row {
        QString requirement;
        QString item; // empty on the requirement's own row
        QStringList cells; // columnCount texts, column Requirement first
    };

    static Message sheetName();
    static Message productSheetName();
    static Message header(Column column);
    static Message verdictWord(starmark::Verdict verdict);
    static Message tickWord();

    // The words a verdict is read from, case-folded: either language's, and the term names
    // (pass, not-applicable). Built once per workbook read, not once per cell.
    static QHash<QString, starmark::Verdict> verdictsByWord();
    // Whether an item's cell says it holds, case-folded: the tick StarMark writes and the usual
    // marks (○ ✓ yes はい 1 TRUE), or not (empty, - × no).
    static QHash<QString, bool> ticksByWord();
    // "(1) text" in column Item; the id back from such a cell.
    static QString itemLabel(const QString& id, const QString& text);
    static std::optional<QString> itemIdOf(const QString& cell);

    static QList<Row> rows(const Assessment& assessment, const QList<const Catalog*>& chain, Language language);
    // Label and value rows of the applicant's sheet; one row per model number.
    static QList<std::pair<QString, QString>> productRows(const Assessment& assessment, Language language);
    // The text column Rationale stands for: the justification of a result judged not applicable.
    static bool rationaleIsJustification(starmark::Verdict verdict) { return verdict == starmark::Verdict::NotApplicable; }
};

} // namespace starmark
