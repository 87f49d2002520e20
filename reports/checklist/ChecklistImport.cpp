#include "reports/checklist/ChecklistImport.h"

#include "criteria/InputFile.h"
#include "evaluators/AssessmentEdit.h"
#include "evaluators/Sha256.h"
#include "reports/checklist/ChecklistLayout.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace starmark {
namespace {

// What one requirement's rows ask for.
struct Wanted {
    int row = 0;
    Verdict verdict = Verdict::NotAssessed;
    QString text; // column Rationale
    bool hasItems = false;
    QStringList ticked;
    int firstItemRow = 0;
};

QString normalised(const QString& header)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return header.simplified().remove(space).toCaseFolded();
}

// The words StarMark writes, in both languages, since both are read: data, not a sentence.
QString verdictWords()
{
    QStringList words;
    for (Language language : {Language::Japanese, Language::English}) {
        QStringList some;
        for (const Term<Verdict>& term : verdicts)
            some << ChecklistLayout::verdictWord(term.value).text(language);
        words << some.join(QStringLiteral(", "));
    }
    return words.join(QStringLiteral(" / "));
}

} // namespace

Result<ChecklistImport::Plan> ChecklistImport::plan(
    const XlsxWorkbook& workbook, const QString& workbookName, const Assessment& state, const QList<const Catalog*>& chain)
{
    const XlsxWorkbook::Sheet* sheet = nullptr;
    for (Language language : {Language::Japanese, Language::English}) {
        if (!sheet)
            sheet = workbook.sheet(ChecklistLayout::sheetName().text(language));
    }
    if (!sheet) {
        return Problem::invalid(QStringLiteral("checklist.missing-sheet"),
            Message("ChecklistImport", "the workbook has no sheet %1 (or %2)")
                .arg(ChecklistLayout::sheetName().text(Language::Japanese))
                .arg(ChecklistLayout::sheetName().text(Language::English)),
            {workbookName});
    }
    const auto at = [&](int row, int column) {
        return SourceLocation{QStringLiteral("%1:%2!%3").arg(workbookName, sheet->name, XlsxWorkbook::cellName(row, column))};
    };

    // Columns are found by their headers, in either language, wherever they are.
    QMap<int, int> columnOf; // ChecklistLayout::Column → sheet column
    const QMap<int, QString> headers = sheet->cells.value(ChecklistLayout::headerRow);
    QList<std::pair<QString, int>> known; // a header in either language, normalised → its ChecklistLayout::Column
    for (int c = 1; c <= ChecklistLayout::columnCount; ++c) {
        for (Language language : {Language::Japanese, Language::English})
            known.append({normalised(ChecklistLayout::header(ChecklistLayout::Column(c)).text(language)), c});
    }
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QString header = normalised(*it);
        for (const auto& [text, c] : known) {
            if (header == text && !columnOf.contains(c))
                columnOf.insert(c, it.key());
        }
    }
    Problems problems;
    const int lastHeader = headers.isEmpty() ? 1 : headers.lastKey();
    for (ChecklistLayout::Column c : {ChecklistLayout::Requirement, ChecklistLayout::Item, ChecklistLayout::Verdict, ChecklistLayout::Rationale}) {
        if (!columnOf.contains(c)) {
            problems << Problem::invalid(QStringLiteral("checklist.missing-column"),
                Message("ChecklistImport", "the header row has no column %1 (or %2)")
                    .arg(ChecklistLayout::header(c).text(Language::Japanese))
                    .arg(ChecklistLayout::header(c).text(Language::English)),
                at(ChecklistLayout::headerRow, lastHeader + 1));
        }
    }
    if (!problems.isEmpty())
        return problems;

    // Looked up once a row: a hash, not the chain's lists, for a few hundred rows.
    QHash<QString, const Requirement*> requirements;
    for (const Catalog* c : chain) {
        for (const Requirement& r : c->requirements)
            requirements.insert(r.id, &r);
    }
    const QHash<QString, Verdict> verdictsByWord = ChecklistLayout::verdictsByWord();
    const QHash<QString, bool> ticksByWord = ChecklistLayout::ticksByWord();
    QMap<QString, Wanted> wanted;
    QStringList order;
    for (auto r = sheet->cells.cbegin(); r != sheet->cells.cend(); ++r) {
        const int row = r.key();
        if (row <= ChecklistLayout::headerRow)
            continue;
        const QString id = r->value(columnOf[ChecklistLayout::Requirement]).trimmed();
        const QString itemCell = r->value(columnOf[ChecklistLayout::Item]);
        const QString verdictCell = r->value(columnOf[ChecklistLayout::Verdict]);
        if (id.isEmpty()) {
            if (!itemCell.trimmed().isEmpty() || !verdictCell.trimmed().isEmpty()) {
                problems << Problem::invalid(QStringLiteral("checklist.missing-requirement"),
                    Message("ChecklistImport", "this row has no requirement number"), at(row, columnOf[ChecklistLayout::Requirement]));
            }
            continue;
        }
        const Requirement* requirement = requirements.value(id);
        if (!requirement) {
            problems << Problem::invalid(QStringLiteral("checklist.unknown-requirement"),
                Message("ChecklistImport", "'%1' is not a requirement of this assessment's catalogs").arg(id),
                at(row, columnOf[ChecklistLayout::Requirement]));
            continue;
        }
        Wanted& w = wanted[id];
        if (const std::optional<QString> itemId = ChecklistLayout::itemIdOf(itemCell)) {
            const bool known = std::any_of(requirement->items.cbegin(), requirement->items.cend(),
                [&](const Requirement::Item& item) { return item.id == *itemId; });
            if (!known) {
                problems << Problem::invalid(QStringLiteral("checklist.unknown-item"),
                    Message("ChecklistImport", "'%1' is not an evaluation item of %2").arg(*itemId).arg(id), at(row, columnOf[ChecklistLayout::Item]));
                continue;
            }
            const auto ticked = ticksByWord.constFind(verdictCell.trimmed().toCaseFolded());
            if (ticked == ticksByWord.cend()) {
                problems << Problem::invalid(QStringLiteral("checklist.unknown-tick"),
                    Message("ChecklistImport", "'%1' neither ticks nor clears the evaluation item; write %2 or leave it empty")
                        .arg(verdictCell)
                        .arg(ChecklistLayout::tickWord()),
                    at(row, columnOf[ChecklistLayout::Verdict]));
                continue;
            }
            if (!w.hasItems)
                w.firstItemRow = row;
            w.hasItems = true;
            if (*ticked && !w.ticked.contains(*itemId))
                w.ticked << *itemId;
            continue;
        }
        if (w.row != 0) {
            problems << Problem::invalid(QStringLiteral("checklist.duplicate-requirement"),
                Message("ChecklistImport", "%1 has a second verdict row; its first is row %2").arg(id).arg(w.row),
                at(row, columnOf[ChecklistLayout::Requirement]));
            continue;
        }
        w.row = row;
        const auto verdict = verdictsByWord.constFind(verdictCell.trimmed().toCaseFolded());
        if (verdict == verdictsByWord.cend()) {
            problems << Problem::invalid(QStringLiteral("checklist.unknown-verdict"),
                Message("ChecklistImport", "'%1' is not a verdict; write one of %2").arg(verdictCell).arg(Message::plain(verdictWords())),
                at(row, columnOf[ChecklistLayout::Verdict]));
            continue;
        }
        w.verdict = *verdict;
        w.text = r->value(columnOf[ChecklistLayout::Rationale]);
        order << id;
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it->row == 0 && it->hasItems) {
            problems << Problem::invalid(QStringLiteral("checklist.missing-verdict-row"),
                Message("ChecklistImport", "%1 has evaluation item rows but no verdict row").arg(it.key()),
                at(it->firstItemRow, columnOf[ChecklistLayout::Requirement]));
        }
    }
    if (!problems.isEmpty())
        return problems;

    // Only what differs, so that an untouched workbook sets nothing (a verdict given again
    // would also count as re-checked).
    Plan plan{{}, workbookName, sheet->name, columnOf, {}};
    QList<std::pair<QString, QString>>& list = plan.assignments;
    for (const QString& id : order) {
        const Wanted& w = wanted[id];
        plan.rows.insert(id, {w.row, w.hasItems ? w.firstItemRow : 0});
        const Assessment::Result current = state.results.value(id);
        if (w.verdict != current.verdict)
            list.append({id + QStringLiteral(".verdict"), termName<Verdict>(verdicts, w.verdict)});
        if (w.hasItems) {
            QStringList ticked;
            for (const Requirement::Item& item : requirements.value(id)->items) {
                if (w.ticked.contains(item.id))
                    ticked << item.id;
            }
            QStringList had = current.items;
            std::sort(had.begin(), had.end());
            QStringList now = ticked;
            std::sort(now.begin(), now.end());
            if (had != now)
                list.append({id + QStringLiteral(".items"), ticked.join(QLatin1Char(','))});
        }
        const bool justification = ChecklistLayout::rationaleIsJustification(w.verdict);
        const QString& had = justification ? current.justification : current.rationale;
        if (w.text != had)
            list.append({id + (justification ? QStringLiteral(".justification") : QStringLiteral(".rationale")), w.text});
    }
    return plan;
}

SourceLocation ChecklistImport::Plan::cellOf(const QString& key) const
{
    QString id = key;
    QString field;
    if (!rows.contains(id)) {
        const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
        id = key.left(dot);
        field = key.mid(dot + 1);
    }
    const auto it = rows.constFind(id);
    if (it == rows.cend())
        return {workbookName};
    int row = it->first;
    int column = columns.value(ChecklistLayout::Verdict);
    if (field == QLatin1String("items") && it->second > 0)
        row = it->second, column = columns.value(ChecklistLayout::Item);
    else if (field == QLatin1String("rationale") || field == QLatin1String("justification"))
        column = columns.value(ChecklistLayout::Rationale);
    return {QStringLiteral("%1:%2!%3").arg(workbookName, sheet, XlsxWorkbook::cellName(row, column))};
}

Result<QList<ChecklistImport::Change>> ChecklistImport::apply(OpenedAssessment& o, const QString& path, const QString& who, const Clock& clock)
{
    const Result<QByteArray> bytes = InputFile::read(path, XlsxPackage::maxFileBytes);
    if (!bytes)
        return bytes.problems();
    const Result<XlsxPackage> package = XlsxPackage::read(*bytes, path);
    if (!package)
        return package.problems();
    const Result<XlsxWorkbook> workbook = XlsxWorkbook::read(*package);
    if (!workbook)
        return workbook.problems();
    // Checked against the state as read, so that a bad workbook is refused, cell by cell, before
    // the file is touched; applied again to the state read inside the write transaction.
    const Result<Plan> planned = plan(*workbook, path, o.assessment, o.chain);
    if (!planned)
        return planned.problems();
    if (planned->assignments.isEmpty())
        return QList<Change>();
    const AssessmentEdit edit(o.chain, QFileInfo(path).absolutePath());
    Assessment trial = o.assessment;
    if (Problems refused = edit.apply(trial, planned->assignments); hasErrors(refused)) {
        for (Problem& p : refused) {
            p.where = planned->cellOf(p.key);
        }
        return refused;
    }

    Sha256 sha;
    sha.add(*bytes);
    const AssessmentFile::Origin origin{QStringLiteral("import-checklist"), QFileInfo(path).fileName(), QString::fromLatin1(sha.hex())};
    QList<Change> changes;
    const Result<void> updated = o.update(
        [&](Assessment& state) -> Problems {
            const Result<Plan> now = plan(*workbook, path, state, o.chain);
            if (!now)
                return now.problems();
            changes.clear();
            for (const auto& [key, value] : now->assignments) {
                const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
                const QString id = key.left(dot);
                const QString field = key.mid(dot + 1);
                const Assessment::Result r = state.results.value(id);
                const QString before = field == QLatin1String("verdict") ? termName<Verdict>(verdicts, r.verdict)
                    : field == QLatin1String("items")                   ? r.items.join(QLatin1Char(','))
                    : field == QLatin1String("rationale")               ? r.rationale
                                                                        : r.justification;
                changes.append({id, field, before, value});
            }
            return edit.apply(state, now->assignments);
        },
        who, clock, origin);
    if (!updated)
        return updated.problems();
    return changes;
}

} // namespace starmark
