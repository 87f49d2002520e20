#include "reports/checklist/ChecklistLayout.h"

#include "evaluators/PstiRoute.h"

namespace starmark {

Message ChecklistLayout::sheetName()
{
    return Message("ChecklistLayout", "Checklist");
}

Message ChecklistLayout::productSheetName()
{
    return Message("ChecklistLayout", "Applicant and product");
}

Message ChecklistLayout::header(Column column)
{
    switch (column) {
    case Requirement:
        return Message("ChecklistLayout", "Requirement no.");
    case Text:
        return Message("ChecklistLayout", "Requirement");
    case Item:
        return Message("ChecklistLayout", "Evaluation item");
    case Method:
        return Message("ChecklistLayout", "Document review / device test");
    case Verdict:
        return Message("ChecklistLayout", "Verdict");
    case Rationale:
        return Message("ChecklistLayout", "Rationale");
    case Evidence:
        return Message("ChecklistLayout", "Evidence");
    }
    return {};
}

Message ChecklistLayout::verdictWord(starmark::Verdict verdict)
{
    switch (verdict) {
    case starmark::Verdict::Pass:
        return Message("ChecklistLayout", "Pass");
    case starmark::Verdict::Fail:
        return Message("ChecklistLayout", "Fail");
    case starmark::Verdict::NotApplicable:
        return Message("ChecklistLayout", "N/A");
    case starmark::Verdict::NotAssessed:
        return Message("ChecklistLayout", "Not assessed");
    }
    return {};
}

Message ChecklistLayout::tickWord()
{
    return Message("ChecklistLayout", "yes", "an evaluation item that holds");
}

QHash<QString, starmark::Verdict> ChecklistLayout::verdictsByWord()
{
    QHash<QString, starmark::Verdict> words;
    for (const Term<starmark::Verdict>& term : verdicts) {
        words.insert(termName<starmark::Verdict>(verdicts, term.value), term.value);
        for (Language language : {Language::Japanese, Language::English})
            words.insert(verdictWord(term.value).text(language).toCaseFolded(), term.value);
    }
    return words;
}

QHash<QString, bool> ChecklistLayout::ticksByWord()
{
    QHash<QString, bool> words;
    for (const char* yes : {"○", "◯", "✓", "✔", "yes", "はい", "1", "true"})
        words.insert(QString::fromUtf8(yes), true);
    for (const char* no : {"", "-", "－", "×", "no", "いいえ", "0", "false"})
        words.insert(QString::fromUtf8(no), false);
    for (Language language : {Language::Japanese, Language::English})
        words.insert(tickWord().text(language).toCaseFolded(), true);
    return words;
}

QString ChecklistLayout::itemLabel(const QString& id, const QString& text)
{
    return QStringLiteral("(%1) %2").arg(id, text);
}

std::optional<QString> ChecklistLayout::itemIdOf(const QString& cell)
{
    // "(1) …" or "（1） …": by hand, not by a regular expression, since every row of an import asks.
    const auto opening = [](QChar c) { return c == u'(' || c == u'（'; };
    const auto closing = [](QChar c) { return c == u')' || c == u'）'; };
    qsizetype from = 0;
    while (from < cell.size() && cell[from].isSpace())
        ++from;
    if (from == cell.size() || !opening(cell[from]))
        return std::nullopt;
    qsizetype to = ++from;
    while (to < cell.size() && !closing(cell[to]))
        ++to;
    if (to == cell.size() || to == from)
        return std::nullopt;
    return QStringView(cell).mid(from, to - from).trimmed().toString();
}

QList<ChecklistLayout::Row> ChecklistLayout::rows(const Assessment& assessment, const QList<const Catalog*>& chain, Language language)
{
    // Each word translated once, not once a row.
    QHash<starmark::Verdict, QString> verdictWords;
    for (const Term<starmark::Verdict>& term : verdicts)
        verdictWords.insert(term.value, verdictWord(term.value).text(language));
    QHash<starmark::Requirement::Method, QString> methodNames;
    for (const Term<starmark::Requirement::Method>& term : starmark::Requirement::methods)
        methodNames.insert(term.value, starmark::Requirement::methodName(term.value).text(language));
    const QString tick = tickWord().text(language);
    // On IPA's PSTI route the statement of compliance stands for the rows it covers: the method says so.
    const PstiRoute route(chain);
    const bool onRoute = route.applies(assessment);
    const QString byStatement = Message("ChecklistLayout", "PSTI statement of compliance").text(language);
    QList<Row> rows;
    for (const Catalog* catalog : chain) {
        for (const starmark::Requirement& r : catalog->requirements) {
            const Assessment::Result result = assessment.results.value(r.id);
            QStringList evidence;
            for (const Assessment::Evidence& e : result.evidence)
                evidence << e.name;
            QStringList cells(columnCount);
            cells[Requirement - 1] = r.id;
            cells[Text - 1] = r.text.in(language);
            cells[Method - 1] = onRoute && route.covers(r.id) ? byStatement : methodNames.value(r.method);
            cells[Verdict - 1] = verdictWords.value(result.verdict);
            cells[Rationale - 1] = rationaleIsJustification(result.verdict) ? result.justification : result.rationale;
            cells[Evidence - 1] = evidence.join(QLatin1Char('\n'));
            rows.append({r.id, {}, cells});
            for (const starmark::Requirement::Item& item : r.items) {
                QStringList itemCells(columnCount);
                itemCells[Requirement - 1] = r.id;
                itemCells[Item - 1] = itemLabel(item.id, item.text.in(language));
                itemCells[Verdict - 1] = result.items.contains(item.id) ? tick : QString();
                rows.append({r.id, item.id, itemCells});
            }
        }
    }
    return rows;
}

QList<std::pair<QString, QString>> ChecklistLayout::productRows(const Assessment& assessment, Language language)
{
    const Product& p = assessment.product;
    QList<std::pair<QString, QString>> rows{
        {Message("ChecklistLayout", "Manufacturer").text(language), p.manufacturer.in(language)},
        {Message("ChecklistLayout", "Product").text(language), p.name.in(language)},
    };
    for (const QString& model : p.models())
        rows.append({Message("ChecklistLayout", "Model number").text(language), model});
    rows << std::pair{Message("ChecklistLayout", "Firmware").text(language), p.firmware}
         << std::pair{Message("ChecklistLayout", "Support period ends").text(language), p.supportUntil.toString(Qt::ISODate)}
         << std::pair{Message("ChecklistLayout", "Vulnerability contact").text(language), p.vulnerabilityContact};
    return rows;
}

} // namespace starmark
